"""Search documents for the network: discussion threads, replies and session notes.

A thread's document holds its title and opening post; each published reply has its own (found
by its words, not listed when browsing). Threads waiting for a moderator and posts that are
not published are not findable. All are seen by their discussion space's readers
(network.access.scopes_of_space).
"""

from itertools import islice

from django.urls import reverse
from django.utils.html import strip_tags

from home.search_documents import DocumentSource, SearchDocument, start_of_day
from network.access import scopes_of_space
from network.community.models import Post, Thread
from network.learning.models import ActionLearningSession

BATCH_SIZE = 1000


def in_batches(queryset, ids):
    """The queryset's objects (for these ids, or all), fetched a batch at a time."""
    if ids is None:
        keys = queryset.order_by("pk").values_list("pk", flat=True).iterator(BATCH_SIZE)
    else:
        keys = iter(sorted(set(ids)))
    while batch := list(islice(keys, BATCH_SIZE)):
        yield from queryset.filter(pk__in=batch).order_by("pk")


def topic_slugs(topics):
    return frozenset(topic.slug for topic in topics.all())


def build_thread_documents(ids=None):
    threads = Thread.objects.filter(awaiting_approval=False).select_related("space")
    for thread in in_batches(threads.prefetch_related("topics"), ids):
        opening = thread.posts.filter(is_opening=True, state=Post.State.PUBLISHED).first()
        yield SearchDocument(
            key=f"thread:{thread.pk}",
            kind="discussion",
            title=thread.title,
            url=thread.get_absolute_url(),
            scopes=scopes_of_space(thread.space_id),
            body=opening.body if opening else "",
            published=thread.last_activity_at,
            facets={"topic": topic_slugs(thread.topics)},
        )


def build_reply_documents(ids=None):
    replies = Post.objects.filter(
        is_opening=False, state=Post.State.PUBLISHED, thread__awaiting_approval=False
    ).select_related("thread")
    for post in in_batches(replies.prefetch_related("thread__topics"), ids):
        yield SearchDocument(
            key=f"post:{post.pk}",
            kind="discussion",
            title=f"Reply in “{post.thread.title}”",
            url=reverse("network:post", args=[post.pk]),
            scopes=scopes_of_space(post.thread.space_id),
            body=post.body,
            published=post.created_at,
            facets={"topic": topic_slugs(post.thread.topics)},
            listed=False,
        )


def build_session_documents(ids=None):
    sessions = ActionLearningSession.objects.prefetch_related("themes")
    for session in in_batches(sessions, ids):
        yield SearchDocument(
            key=f"session:{session.pk}",
            kind="session-note",
            title=session.title,
            url=session.get_absolute_url(),
            scopes=scopes_of_space(session.space_id),
            body=" ".join(strip_tags(session.notes).split()),
            published=start_of_day(session.date),
            facets={"topic": topic_slugs(session.themes)},
        )


DOCUMENT_SOURCES = [
    DocumentSource(prefix="thread", build=build_thread_documents),
    DocumentSource(prefix="post", build=build_reply_documents),
    DocumentSource(prefix="session", build=build_session_documents),
]
