"""Emails about new posts: at once, or gathered into daily and weekly digests.

Followers of a thread hear about its new replies; followers of a space hear about its new
threads and replies. The author of a post is never told about it, nobody hears about a post
they may no longer see, and every email names what it is for and how to stop it.
"""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from home.emails import send_email
from network.community.models import DigestItem, DiscussionSettings, Follow, Post
from network.models import FORMER_MEMBER, User

UNFOLLOW_SALT = "network.discussions.unfollow"
Frequency = DiscussionSettings.Frequency


def unfollow_token(user, kind, object_id=None):
    """kind: "thread", "space" or "all" (stop all discussion emails)."""
    return signing.dumps([user.pk, kind, object_id], salt=UNFOLLOW_SALT, compress=False)


def read_unfollow_token(token):
    user_id, kind, object_id = signing.loads(token, salt=UNFOLLOW_SALT)
    if kind not in ("thread", "space", "all"):
        raise signing.BadSignature("unknown kind")
    return User.objects.get(pk=int(user_id)), kind, object_id


def unfollow_url(user, kind, object_id=None):
    return settings.BASE_URL + reverse(
        "network:discussion_unfollow", args=[unfollow_token(user, kind, object_id)]
    )


def followers_of(post):
    """People following the post's thread or its space, except its author."""
    thread = post.thread
    follows = Follow.objects.filter(Q(thread=thread) | Q(space=thread.space_id))
    ids = set(follows.values_list("user_id", flat=True)) - {post.author_id}
    return User.objects.filter(pk__in=ids, is_active=True).select_related("discussion")


def frequency_of(user):
    try:
        return user.discussion.frequency
    except DiscussionSettings.DoesNotExist:
        return Frequency.IMMEDIATE


@task()
def notify_followers(post_id):
    """Email immediate followers now and queue the post for digest readers."""
    post = Post.objects.select_related("thread__space", "author").filter(pk=post_id).first()
    if post is None or not post.is_published:
        return 0
    told = 0
    for user in followers_of(post):
        if not Post.objects.filter(pk=post.pk).visible_to(user).exists():
            continue  # left the network, or no longer in this space's audience
        frequency = frequency_of(user)
        if frequency == Frequency.IMMEDIATE:
            email_post(user, post)
            told += 1
        elif frequency in (Frequency.DAILY, Frequency.WEEKLY):
            DigestItem.objects.get_or_create(user=user, post=post)
    return told


def following_reason(user, post):
    """("thread", id) if the user follows the thread, else ("space", id)."""
    if Follow.objects.filter(user=user, thread=post.thread).exists():
        return "thread", post.thread_id
    return "space", post.thread.space_id


def email_post(user, post):
    kind, object_id = following_reason(user, post)
    stop = unfollow_url(user, kind, object_id)
    send_email(
        f"discussion-post:{post.pk}:{user.pk}",
        user.email,
        "network/email/discussion_post.txt",
        {
            "post": post,
            "thread": post.thread,
            "author": display_name(post.author),
            "post_url": settings.BASE_URL + reverse("network:post", args=[post.pk]),
            "kind": kind,
            "unfollow_url": stop,
            "settings_url": settings.BASE_URL + reverse("network:discussion_settings"),
        },
        headers=unsubscribe_headers(stop),
    )


def unsubscribe_headers(url):
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def display_name(user):
    if user is None or not user.is_active:
        return FORMER_MEMBER
    return user.get_full_name() or "A member"


def send_digests(frequency, now=None):
    """Send each digest reader of this frequency their unsent posts. Returns emails sent."""
    now = now or timezone.now()
    readers = User.objects.filter(discussion__frequency=frequency, is_active=True).filter(
        pk__in=DigestItem.objects.filter(sent_at=None).values("user_id")
    )
    return sum(send_digest(user, frequency, now) for user in readers)


def send_digest(user, frequency, now):
    """One digest: the posts still visible to the user, each only ever once; never empty."""
    with transaction.atomic():
        items = list(
            DigestItem.objects.select_for_update(of=("self",))
            .filter(user=user, sent_at=None)
            .select_related("post__thread__space", "post__author")
            .order_by("post__thread_id", "post__created_at")
        )
        if not items:
            return 0
        visible = set(
            Post.objects.filter(pk__in=[item.post_id for item in items])
            .visible_to(user)
            .filter(state=Post.State.PUBLISHED)
            .values_list("pk", flat=True)
        )
        DigestItem.objects.filter(pk__in=[item.pk for item in items]).update(sent_at=now)
        posts = [item.post for item in items if item.post_id in visible]
        if not posts:
            return 0
        stop = unfollow_url(user, "all")
        send_email(
            f"discussion-digest:{user.pk}:{max(item.pk for item in items)}",
            user.email,
            "network/email/discussion_digest.txt",
            {
                "frequency": Frequency(frequency).label.lower(),
                "threads": group_by_thread(posts),
                "count": len(posts),
                "unfollow_url": stop,
                "settings_url": settings.BASE_URL + reverse("network:discussion_settings"),
                "base_url": settings.BASE_URL,
            },
            headers=unsubscribe_headers(stop),
        )
        return 1


def group_by_thread(posts):
    threads = {}
    for post in posts:
        entry = threads.setdefault(post.thread_id, {"thread": post.thread, "posts": []})
        entry["posts"].append(
            {
                "author": display_name(post.author),
                "created_at": post.created_at,
                "url": settings.BASE_URL + reverse("network:post", args=[post.pk]),
                "excerpt": excerpt(post.body),
            }
        )
    return list(threads.values())


def excerpt(text, length=300):
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


def stop_emails(user, kind, object_id):
    """What an unfollow link does: unfollow the thread or space, or turn emails off."""
    if kind == "all":
        DiscussionSettings.objects.update_or_create(
            user=user, defaults={"frequency": Frequency.NONE}
        )
    else:
        Follow.objects.filter(user=user, **{f"{kind}_id": object_id}).delete()
