"""Subscribers, and the record of every newsletter send and delivery."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from newsletters.pages import NewsletterIndexPage, NewsletterPage

__all__ = ["Delivery", "Mailing", "NewsletterIndexPage", "NewsletterPage", "Subscriber"]


def new_link_key():
    return secrets.token_urlsafe(12)


class Subscriber(models.Model):
    """An email address that asked for the newsletter, with its consent record."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for confirmation"
        CONFIRMED = "confirmed", "Subscribed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    class Source(models.TextChoices):
        HOME = "home", "Home page"
        NEWSLETTER = "newsletter", "Newsletter pages"
        FOOTER = "footer", "Footer of any page"
        PROFILE = "profile", "Member profile"
        MANAGE_LINK = "manage", "Manage-preferences link"
        IMPORT = "import", "Added by staff"

    email = models.EmailField(max_length=254)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    topics = models.ManyToManyField(
        "home.Topic",
        blank=True,
        related_name="subscribers",
        help_text="Topics of interest. None chosen means every topic.",
    )
    consent_text = models.TextField(help_text="The consent statement the person agreed to.")
    consent_source = models.CharField(max_length=20, choices=Source.choices)
    consent_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    #: part of every signed link: replacing it makes all earlier links invalid
    link_key = models.CharField(max_length=32, default=new_link_key, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="unique_subscriber_email"),
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.status == self.Status.CONFIRMED


class Mailing(models.Model):
    """One press of "send": an issue sent to the subscribers chosen then."""

    issue = models.ForeignKey(NewsletterPage, on_delete=models.PROTECT, related_name="mailings")
    subject = models.CharField(max_length=255)
    topics = models.ManyToManyField(
        "home.Topic",
        blank=True,
        related_name="+",
        help_text="Sent to subscribers interested in these topics (and to those who chose none).",
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    #: {block id: [items]}: what the issue's listing blocks held when it was sent
    frozen_listings = models.JSONField(default=dict)
    html_body = models.TextField()
    text_body = models.TextField()

    class Meta:
        ordering = ["-created_at"]
        permissions = [("send_newsletter", "Can send newsletter issues to subscribers")]

    def __str__(self):
        return f"{self.subject} ({self.created_at:%d %b %Y %H:%M})"

    def counts(self):
        """{status: number of deliveries} with every status present."""
        found = dict(
            self.deliveries.values_list("status").annotate(n=models.Count("pk")).order_by()
        )
        return {status: found.get(status, 0) for status in Delivery.Status.values}


class DeliveryQuerySet(models.QuerySet):
    def failed(self):
        """Copies given up on after the last attempt (the send log's problems, the dashboard,
        /healthz)."""
        return self.filter(status=Delivery.Status.FAILED)


class Delivery(models.Model):
    """One subscriber's copy of an issue. At most one per issue and subscriber, ever."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped (unsubscribed before sending)"

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    issue = models.ForeignKey(NewsletterPage, on_delete=models.CASCADE, related_name="+")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    queued_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(fields=["issue", "subscriber"], name="one_copy_per_subscriber"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.issue_id} to {self.subscriber_id}: {self.status}"


class TestSend(models.Model):
    """An editor sent themselves the published version of an issue (needed before sending)."""

    issue = models.ForeignKey(NewsletterPage, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    revision_id = models.PositiveIntegerField(null=True)
    sent_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Test of {self.issue_id} to {self.user_id}"
