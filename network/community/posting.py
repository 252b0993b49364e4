"""The rules of posting: who may post where, approval, rate limits, editing and deleting."""

import math
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from network.access import is_programme_staff, may_moderate
from network.community.models import DiscussionSettings, Follow, Post, ReadMarker, Space, Thread
from network.community.notifications import notify_followers


class PostingRefused(Exception):
    """A rule stopped the post; the message is for the person, `status` for the response."""

    def __init__(self, message, status=403, retry_after=None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after  # seconds, with status 429


def seconds_until_window_frees(times, window, now):
    """When the oldest of `times` leaves the sliding window, one more is allowed."""
    return max(1, math.ceil((min(times) + window - now).total_seconds()))


def settings_for(user):
    found, _ = DiscussionSettings.objects.get_or_create(user=user)
    return found


def check_may_post(user, space, now):
    if not Space.objects.visible_to(user).filter(pk=space.pk).exists():
        raise PostingRefused("You cannot post in this space.")
    window = timedelta(minutes=settings.DISCUSSION_RATE_WINDOW_MINUTES)
    recent = list(
        Post.objects.filter(author=user, created_at__gt=now - window).values_list(
            "created_at", flat=True
        )
    )
    if len(recent) >= settings.DISCUSSION_RATE_LIMIT and not is_programme_staff(user):
        raise PostingRefused(
            f"You have posted {len(recent)} times in the last "
            f"{settings.DISCUSSION_RATE_WINDOW_MINUTES} minutes. Please wait a few minutes "
            "before posting again.",
            status=429,
            retry_after=seconds_until_window_frees(recent, window, now),
        )


def needs_approval(user):
    """A new member's first posts wait for a moderator (unless staff turned that off)."""
    if is_programme_staff(user) or settings_for(user).skip_approval:
        return False
    approved = Post.objects.filter(
        author=user, state__in=[Post.State.PUBLISHED, Post.State.DELETED]
    ).count()
    return approved < settings.DISCUSSION_APPROVE_FIRST_POSTS


def start_thread(space, author, title, body, topics=(), now=None):
    now = now or timezone.now()
    check_may_post(author, space, now)
    state = Post.State.PENDING if needs_approval(author) else Post.State.PUBLISHED
    with transaction.atomic():
        thread = Thread.objects.create(
            space=space,
            title=title,
            author=author,
            created_at=now,
            last_activity_at=now,
            awaiting_approval=state == Post.State.PENDING,
        )
        thread.topics.set(topics)
        post = Post.objects.create(
            thread=thread, author=author, is_opening=True, body=body, state=state, created_at=now
        )
        Follow.objects.get_or_create(user=author, thread=thread)
        mark_read(author, thread, now)
        if post.is_published:
            announce(post)
    return thread


def add_reply(thread, author, body, now=None):
    now = now or timezone.now()
    if thread.is_locked and not may_moderate(author):
        raise PostingRefused("This thread is locked: no more replies can be added.")
    check_may_post(author, thread.space, now)
    state = Post.State.PENDING if needs_approval(author) else Post.State.PUBLISHED
    with transaction.atomic():
        post = Post.objects.create(
            thread=thread, author=author, body=body, state=state, created_at=now
        )
        refresh_thread(thread)
        mark_read(author, thread, now)
        if post.is_published:
            announce(post)
    return post


def can_edit(post, user, now=None):
    """Authors edit their own visible posts for a while after posting."""
    now = now or timezone.now()
    window = timedelta(minutes=settings.DISCUSSION_EDIT_MINUTES)
    return (
        user.is_authenticated
        and post.author_id == user.pk
        and post.state in (Post.State.PUBLISHED, Post.State.PENDING)
        and now - post.created_at <= window
        and not post.thread.is_locked
    )


def can_delete(post, user):
    return (
        user.is_authenticated
        and post.author_id == user.pk
        and post.state in (Post.State.PUBLISHED, Post.State.PENDING)
    )


def edit_post(post, user, body, now=None):
    now = now or timezone.now()
    if not can_edit(post, user, now):
        raise PostingRefused(
            f"Posts can be edited by their author for {settings.DISCUSSION_EDIT_MINUTES} "
            "minutes after posting."
        )
    post.body = body
    post.edited_at = now
    post.save(update_fields=["body", "body_html", "edited_at"])


def delete_post(post, user):
    """Soft delete: the post keeps its place as "deleted by its author"."""
    if not can_delete(post, user):
        raise PostingRefused("You can only delete your own posts.")
    post.state = Post.State.DELETED
    post.save(update_fields=["state"])
    refresh_thread(post.thread)


def refresh_thread(thread):
    """Recount replies and latest activity from the posts everyone can see."""
    published = thread.posts.filter(state=Post.State.PUBLISHED)
    opening = thread.posts.filter(is_opening=True).first()
    thread.reply_count = published.filter(is_opening=False).count()
    thread.last_activity_at = published.aggregate(latest=Max("created_at"))["latest"] or (
        thread.created_at
    )
    thread.awaiting_approval = opening is not None and opening.state == Post.State.PENDING
    thread.save(update_fields=["reply_count", "last_activity_at", "awaiting_approval"])


def mark_read(user, thread, now=None, last_read=None):
    """Remember that the person has read the thread up to now. Given when they last read it
    (`last_read`), a reading that finds nothing new since writes nothing: reading a page
    costs no write unless the thread moved on."""
    now = now or timezone.now()
    if last_read is None:
        ReadMarker.objects.update_or_create(user=user, thread=thread, defaults={"read_at": now})
    elif last_read < thread.last_activity_at:
        ReadMarker.objects.filter(user=user, thread=thread).update(read_at=now)


def read_markers(user, threads):
    """{thread id: when the user last read it} for these threads, in one query."""
    if not user.is_authenticated:
        return {}
    return dict(
        ReadMarker.objects.filter(user=user, thread__in=threads).values_list("thread_id", "read_at")
    )


def is_following(user, thread=None, space=None):
    if not user.is_authenticated:
        return False
    return (
        Follow.objects.filter(user=user)
        .filter(Q(thread=thread) if thread is not None else Q(space=space))
        .exists()
    )


def announce(post):
    """Tell followers about a post once the transaction that published it commits."""
    transaction.on_commit(lambda: notify_followers.enqueue(post.pk))
