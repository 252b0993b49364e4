"""Moderators' actions: approve, hide and unhide posts, lock and pin threads, handle reports,
suspend members. Every action is logged with who did it."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from network.community.models import Post, PostReport
from network.community.posting import (
    PostingRefused,
    announce,
    refresh_thread,
    seconds_until_window_frees,
)
from network.models import Membership


def reported_posts():
    """Posts with reports no moderator has dealt with yet (the queue's first list). Both
    conditions in one filter: `reports__resolved_at=None` alone also matches posts with no
    reports at all (the outer join gives them a NULL)."""
    return Post.objects.filter(reports__isnull=False, reports__resolved_at=None).distinct()


def posts_waiting_for_approval():
    """First posts held for a moderator's approval (the queue's second list)."""
    return Post.objects.filter(state=Post.State.PENDING)


def approve_post(post, moderator):
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.state != Post.State.PENDING:
            return post
        post.state = Post.State.PUBLISHED
        post.save(update_fields=["state"])
        refresh_thread(post.thread)
        announce(post)
    log(post, "network.post.approve", user=moderator)
    return post


def hide_post(post, moderator, reason):
    post.state = Post.State.HIDDEN
    post.hidden_reason = reason
    post.save(update_fields=["state", "hidden_reason"])
    refresh_thread(post.thread)
    resolve_reports(post, moderator, f"Hidden: {reason}")
    log(post, "network.post.hide", user=moderator, data={"reason": reason})


def unhide_post(post, moderator):
    post.state = Post.State.PUBLISHED
    post.hidden_reason = ""
    post.save(update_fields=["state", "hidden_reason"])
    refresh_thread(post.thread)
    log(post, "network.post.unhide", user=moderator)


def resolve_reports(post, moderator, outcome):
    post.reports.filter(resolved_at=None).update(
        resolved_at=timezone.now(), resolved_by=moderator, outcome=outcome[:200]
    )


def set_locked(thread, moderator, locked):
    thread.is_locked = locked
    thread.save(update_fields=["is_locked"])
    log(thread, "network.thread.lock" if locked else "network.thread.unlock", user=moderator)


def set_pinned(thread, moderator, pinned):
    thread.is_pinned = pinned
    thread.save(update_fields=["is_pinned"])
    log(thread, "network.thread.pin" if pinned else "network.thread.unpin", user=moderator)


def report_post(post, reporter, reason, details="", now=None):
    """Record a report; one per person and post, and a few an hour."""
    now = now or timezone.now()
    count, seconds = settings.RATE_LIMITS["report"]
    window = timedelta(seconds=seconds)
    recent = list(
        PostReport.objects.filter(reporter=reporter, created_at__gt=now - window).values_list(
            "created_at", flat=True
        )
    )
    if len(recent) >= count:
        raise PostingRefused(
            "You have sent several reports in a short time. Please wait before sending more, "
            "or email the programme team.",
            status=429,
            retry_after=seconds_until_window_frees(recent, window, now),
        )
    try:
        with transaction.atomic():
            return PostReport.objects.create(
                post=post, reporter=reporter, reason=reason, details=details, created_at=now
            )
    except IntegrityError:
        return PostReport.objects.get(post=post, reporter=reporter)


def suspend_author(post, moderator, reason):
    """Suspend the post author's network membership: they lose member access at once."""
    membership = Membership.objects.filter(user_id=post.author_id).first()
    if membership is None:
        return None
    membership.status = Membership.Status.SUSPENDED
    membership.decision_reason = reason
    membership.decided_by = moderator
    membership.decided_at = timezone.now()
    membership.save(update_fields=["status", "decision_reason", "decided_by", "decided_at"])
    log(membership, "network.membership.suspend", user=moderator, data={"reason": reason})
    return membership
