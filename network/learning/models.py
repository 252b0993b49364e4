"""Notes of action learning sessions, the actions agreed in them, and their attachments."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from home.uploads import safe_filename, validate_document
from network.access import may_write_session_notes, visible_sessions

USER = settings.AUTH_USER_MODEL


class SessionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Session notes the user may read (the access policy decides)."""
        return visible_sessions(user, self)


class ActionLearningSession(index.Indexed, ClusterableModel):
    """One meeting of an action learning set: who came, what was discussed, what was agreed."""

    title = models.CharField(max_length=200)
    space = models.ForeignKey(
        "network.Space",
        on_delete=models.PROTECT,
        related_name="sessions",
        verbose_name="set",
        limit_choices_to={"audience__in": ["chairs", "set"]},
        help_text="The action learning set: its members (and staff) see these notes.",
    )
    date = models.DateField(default=timezone.localdate)
    facilitator = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attendees = ParentalManyToManyField(
        USER,
        blank=True,
        related_name="action_learning_sessions",
        limit_choices_to={"membership__roles__code": "chair"},
        help_text="The Chairs who came.",
    )
    themes = ParentalManyToManyField("home.Topic", blank=True, related_name="+")
    notes = RichTextField(features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])

    objects = SessionQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title", help_text="A short name for the session, e.g. its main theme."),
                FieldRowPanel(
                    [
                        FieldPanel("space"),
                        FieldPanel("date", help_text="The day the set met."),
                    ]
                ),
                FieldPanel("facilitator", help_text="Who led the session, if anyone did."),
                FieldPanel("attendees"),
                FieldPanel(
                    "themes", help_text="Topics the session discussed, to find it by later."
                ),
            ],
            heading="Session",
        ),
        FieldPanel(
            "notes",
            help_text="What was discussed. No names or details of children, families or cases.",
        ),
        InlinePanel("actions", heading="Agreed actions", label="Action"),
        InlinePanel("attachments", heading="Private attachments", label="Attachment"),
    ]

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("notes"),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("space_id"),
        index.FilterField("date"),
    ]

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = "action learning session"

    def __str__(self):
        return f"{self.title} ({self.date:%d %b %Y})"

    def clean(self):
        if self.facilitator and not may_write_session_notes(self.facilitator):
            raise ValidationError(
                {"facilitator": "The facilitator must be programme staff who write session notes."}
            )

    def get_absolute_url(self):
        return reverse("network:session", args=[self.pk])


class AgreedAction(Orderable):
    session = ParentalKey(ActionLearningSession, on_delete=models.CASCADE, related_name="actions")
    description = models.CharField(max_length=300)
    owner = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="learning_actions"
    )
    due_date = models.DateField(null=True, blank=True)
    is_done = models.BooleanField("done", default=False)
    done_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [
        FieldPanel("description", help_text="What was agreed, in a sentence."),
        FieldRowPanel(
            [
                FieldPanel("owner", help_text="Who will do it."),
                FieldPanel("due_date", help_text="Optional."),
                FieldPanel("is_done", help_text="Tick when it has been done."),
            ]
        ),
    ]

    class Meta(Orderable.Meta):
        indexes = [models.Index(fields=["owner", "is_done"])]

    def __str__(self):
        return self.description

    def may_be_marked_by(self, user):
        """Only the action's owner, or staff who write session notes, mark it done or open."""
        return user.is_authenticated and (self.owner_id == user.pk or may_write_session_notes(user))

    @property
    def is_overdue(self):
        return (
            not self.is_done and self.due_date is not None and self.due_date < timezone.localdate()
        )


def attachment_path(instance, filename):
    return f"session-notes/{timezone.localdate():%Y}/{safe_filename(filename)}"


class SessionAttachment(Orderable):
    """A file for the set only: served through a view that checks who is asking."""

    session = ParentalKey(
        ActionLearningSession, on_delete=models.CASCADE, related_name="attachments"
    )
    title = models.CharField(max_length=200)
    file = models.FileField(
        upload_to=attachment_path,
        validators=[validate_document],
        help_text="PDF, Word, Excel, PowerPoint, OpenDocument, RTF, plain text or CSV.",
    )

    panels = [
        FieldPanel("title", help_text="What the file is, as set members will see it."),
        FieldPanel("file"),
    ]

    def __str__(self):
        return self.title


def delete_attachment_file(sender, instance, **kwargs):
    """After an attachment is deleted (alone or with its session), its file leaves the storage
    too, once the deletion is committed: private files are not kept without their notes."""
    transaction.on_commit(lambda: instance.file.delete(save=False))
