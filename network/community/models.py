"""Discussion spaces, threads, posts, follows, read markers, reports and email preferences."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from wagtail.search import index

from home.generations import Generation
from home.models import SlugFromName
from network import access, audience
from network.community.markdown import render_markdown

USER = settings.AUTH_USER_MODEL


#: moves whenever a thread, a post or session notes change (network/apps.py), so pieces of
#: pages that list them (the dashboard's latest threads) are never kept past a change
DISCUSSIONS = Generation("discussions", "discussions:generation")


class SpaceQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The spaces this user may read and post in (the access policy decides)."""
        return access.visible_spaces(user, self)

    def taking_session_notes_from(self, user):
        """The sets this user may record session notes for from the site."""
        return access.session_note_spaces(user, self)


class ThreadQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Threads in spaces the user may see (the access policy decides)."""
        return access.visible_threads(user, self)


class PostQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Posts whose text the user may read (the access policy decides)."""
        return access.visible_posts(user, self)


class Space(SlugFromName, models.Model):
    """A place for threads with its own audience: all members, Chairs, or a named set."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    description = models.TextField(max_length=500, blank=True)
    audience = models.CharField(max_length=10, choices=audience.choices(*audience.SPACES))
    participants = models.ManyToManyField(
        USER,
        blank=True,
        related_name="discussion_sets",
        help_text="For a set: the members who belong to it (programme staff always may).",
    )
    order = models.PositiveSmallIntegerField(default=0)

    objects = SpaceQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Thread(index.Indexed, models.Model):
    space = models.ForeignKey(Space, on_delete=models.PROTECT, related_name="threads")
    title = models.CharField(max_length=150)
    author = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    topics = models.ManyToManyField("home.Topic", blank=True, related_name="threads")
    created_at = models.DateTimeField(default=timezone.now)
    #: when the latest post others can see was written
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)
    reply_count = models.PositiveIntegerField(default=0)
    #: the opening post waits for a moderator: only its author and staff see the thread
    awaiting_approval = models.BooleanField(default=False)
    is_locked = models.BooleanField(default=False)
    is_pinned = models.BooleanField(default=False)

    objects = ThreadQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.RelatedFields("topics", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("space_id"),
        index.FilterField("awaiting_approval"),
        index.FilterField("created_at"),
    ]

    class Meta:
        ordering = ["-is_pinned", "-last_activity_at"]
        indexes = [models.Index(fields=["space", "-is_pinned", "-last_activity_at"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("network:thread", args=[self.space.slug, self.pk, self.slug])

    @property
    def slug(self):
        return slugify(self.title)[:60] or "thread"


class Post(index.Indexed, models.Model):
    """The opening post of a thread or a reply."""

    class State(models.TextChoices):
        PUBLISHED = "published", "Published"
        PENDING = "pending", "Waiting for a moderator"
        HIDDEN = "hidden", "Hidden by a moderator"
        DELETED = "deleted", "Deleted by its author"

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    is_opening = models.BooleanField(default=False)
    body = models.TextField("message", max_length=10000)
    body_html = models.TextField(editable=False)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PUBLISHED)
    hidden_reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    objects = PostQuerySet.as_manager()

    search_fields = [
        index.SearchField("body"),
        index.FilterField("thread_id"),
        index.FilterField("state"),
        index.FilterField("created_at"),
    ]

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["thread", "state", "created_at"]),
            models.Index(fields=["author", "created_at"]),
        ]

    def __str__(self):
        return f"Post {self.pk} in {self.thread_id}"

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)

    @property
    def is_published(self):
        return self.state == self.State.PUBLISHED


class Follow(models.Model):
    """Someone gets emails about new posts in a thread, or new threads and posts in a space."""

    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="follows")
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.CASCADE)
    space = models.ForeignKey(Space, null=True, blank=True, on_delete=models.CASCADE)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="follow_thread_once"),
            models.UniqueConstraint(fields=["user", "space"], name="follow_space_once"),
            models.CheckConstraint(
                condition=models.Q(thread__isnull=True) ^ models.Q(space__isnull=True),
                name="follow_thread_or_space",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} follows {self.thread_id or self.space_id}"


class ReadMarker(models.Model):
    """When someone last opened a thread, for "new since your last visit"."""

    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="+")
    read_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="one_marker_per_thread")
        ]

    def __str__(self):
        return f"{self.user_id} read {self.thread_id}"


class PostReport(models.Model):
    class Reason(models.TextChoices):
        IDENTIFIES = "identifies", "It could identify a child, family or place"
        UNKIND = "unkind", "It is abusive, unkind or discriminatory"
        MISLEADING = "misleading", "It is wrong or misleading practice advice"
        SPAM = "spam", "It is spam or advertising"
        OTHER = "other", "Something else"

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.CharField(max_length=20, choices=Reason.choices)
    details = models.TextField(max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["post", "reporter"], name="report_a_post_once")
        ]

    def __str__(self):
        return f"Report of post {self.post_id}"


class DiscussionSettings(models.Model):
    """A person's discussion email choice, and whether their posts skip approval."""

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", "As each post is made"
        DAILY = "daily", "A daily digest"
        WEEKLY = "weekly", "A weekly digest"
        NONE = "none", "No emails"

    user = models.OneToOneField(USER, on_delete=models.CASCADE, related_name="discussion")
    frequency = models.CharField(
        "discussion emails", max_length=10, choices=Frequency.choices, default="immediate"
    )
    skip_approval = models.BooleanField(
        "posts appear without a moderator's approval",
        default=False,
        help_text="New members' first posts wait for approval unless this is ticked.",
    )

    class Meta:
        verbose_name_plural = "discussion settings"

    def __str__(self):
        return f"Discussion settings of {self.user_id}"


class DigestItem(models.Model):
    """A post waiting for someone's next digest. Unique, so a digest never repeats a post."""

    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "post"], name="digest_post_once")]
        indexes = [models.Index(fields=["user", "sent_at"])]

    def __str__(self):
        return f"Post {self.post_id} for {self.user_id}"
