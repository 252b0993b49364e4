"""What search works on: one SearchItem per page, thread, reply or session note that a
person may see, with the values every facet needs.

Items are built with a fixed number of queries however many there are: one per page type
present and one per many-to-many relation, never one per item. Who may see what is decided
by the access policy (network.access) before anything is built.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.html import strip_tags
from wagtail.models import Page, Site, get_page_models

from events.models import EventPage
from home.models import HomePage
from home.pages import SectionIndexPage
from network.access import visible_pages, visible_posts, visible_sessions, visible_threads
from network.community.models import Post, Thread
from network.learning.models import ActionLearningSession
from newsletters.models import NewsletterPage
from resources.models import ResourcePackPage, ResourcePage

PAGE_KINDS = {
    ResourcePackPage: "pack",
    ResourcePage: "tool",
    EventPage: "event",
    NewsletterPage: "newsletter",
}
KIND_LABELS = {
    "pack": "Resource pack",
    "tool": "Tool",
    "event": "Event",
    "newsletter": "Newsletter",
    "page": "Page",
    "discussion": "Discussion",
    "session-note": "Session note",
}


@dataclass
class SearchItem:
    key: str  # "page:12", "thread:3", "post:40", "session:2"
    kind: str
    title: str
    url: str
    date: object = None  # a date or datetime, for "newest" and the year facet
    text: str = ""  # plain text for the snippet
    topics: set = field(default_factory=set)
    audiences: set = field(default_factory=set)
    tool_type: str = ""
    format: str = ""
    event_format: str = ""
    region: str = ""
    event_start: object = None
    page_id: int = None

    @property
    def kind_label(self):
        return KIND_LABELS[self.kind]

    @property
    def year(self):
        return str(self.date.year) if self.date else ""


def site_root_path():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.url_path if site else "/"


def page_url(url_path, root_path):
    return "/" + url_path[len(root_path) :] if url_path.startswith(root_path) else url_path


def listing_page_types():
    """Home and section landing pages: ways into content, not results to show."""
    models = [
        HomePage,
        *(model for model in get_page_models() if issubclass(model, SectionIndexPage)),
    ]
    return list(ContentType.objects.get_for_models(*models).values())


def page_items(user, page_ids=None):
    """Items for the live pages this user may see (all of them, or only these ids)."""
    pages = visible_pages(user, Page.objects.exclude(content_type__in=listing_page_types()))
    if page_ids is not None:
        pages = pages.filter(pk__in=page_ids)
    rows = list(
        pages.exclude(depth__lt=2).values(
            "pk", "title", "url_path", "content_type", "first_published_at", "search_description"
        )
    )
    root = site_root_path()
    items = {
        row["pk"]: SearchItem(
            key=f"page:{row['pk']}",
            kind="page",
            title=row["title"],
            url=page_url(row["url_path"], root),
            date=row["first_published_at"],
            text=row["search_description"],
            page_id=row["pk"],
        )
        for row in rows
    }
    by_type = defaultdict(list)
    for row in rows:
        by_type[row["content_type"]].append(row["pk"])
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            add_page_details(model, ids, items)
    return list(items.values())


def add_page_details(model, ids, items):
    """Kind, summary and each facet's values, from the page type's own table."""
    kind = PAGE_KINDS.get(model, "page")
    names = {f.name for f in model._meta.get_fields()}
    wanted = [name for name in ("summary", "tool_type", "file_format", "event_format",
                                "region", "start", "issue_date") if name in names]  # fmt: skip
    for row in model.objects.filter(pk__in=ids).values("pk", *wanted):
        item = items[row["pk"]]
        item.kind = kind
        item.text = row.get("summary") or item.text
        item.tool_type = row.get("tool_type") or ""
        item.format = row.get("file_format") or ""
        item.event_format = row.get("event_format") or ""
        item.region = row.get("region") or ""
        if row.get("start"):
            item.event_start = item.date = row["start"]
        if row.get("issue_date"):
            item.date = row["issue_date"]
    for relation, attribute in (("topics", "topics"), ("audiences", "audiences")):
        if relation in names and model._meta.get_field(relation).many_to_many:
            add_labels(model, relation, ids, items, attribute)


def add_labels(model, relation, ids, items, attribute):
    through = model._meta.get_field(relation).remote_field.through
    source = f"{model._meta.model_name}_id"
    target = next(
        f.name for f in through._meta.get_fields() if f.is_relation and f.name != source[:-3]
    )
    pairs = through.objects.filter(**{f"{source}__in": ids}).values_list(source, f"{target}__slug")
    for pk, slug in pairs:
        getattr(items[pk], attribute).add(slug)


def discussion_items(user, thread_ids=None, post_ids=None):
    """Threads (title and opening post) and replies this user may see. None = all of them."""
    threads = visible_threads(user).filter(awaiting_approval=False)
    if thread_ids is not None:
        threads = threads.filter(pk__in=thread_ids)
    replies = visible_posts(user).filter(state=Post.State.PUBLISHED, is_opening=False)
    if post_ids is not None:
        replies = replies.filter(pk__in=post_ids)
    items = {}
    openings = dict(
        Post.objects.filter(
            thread__in=threads, is_opening=True, state=Post.State.PUBLISHED
        ).values_list("thread_id", "body")
    )
    for thread in threads.select_related("space"):
        items[f"thread:{thread.pk}"] = SearchItem(
            key=f"thread:{thread.pk}",
            kind="discussion",
            title=thread.title,
            url=thread.get_absolute_url(),
            date=thread.last_activity_at,
            text=openings.get(thread.pk, ""),
        )
    for post in replies.select_related("thread"):
        items[f"post:{post.pk}"] = SearchItem(
            key=f"post:{post.pk}",
            kind="discussion",
            title=f"Reply in “{post.thread.title}”",
            url=f"/network/discussions/posts/{post.pk}/",
            date=post.created_at,
            text=post.body,
        )
    thread_of = {key: int(key.split(":")[1]) for key in items if key.startswith("thread:")}
    thread_of.update(
        {f"post:{pk}": thread_id for pk, thread_id in replies.values_list("pk", "thread_id")}
    )
    topics = defaultdict(set)
    pairs = Thread.topics.through.objects.filter(thread_id__in=set(thread_of.values()))
    for thread_id, slug in pairs.values_list("thread_id", "topic__slug"):
        topics[thread_id].add(slug)
    for key, item in items.items():
        item.topics = set(topics[thread_of[key]])
    return list(items.values())


def session_items(user, session_ids=None):
    sessions = visible_sessions(user)
    if session_ids is not None:
        sessions = sessions.filter(pk__in=session_ids)
    items = {
        session.pk: SearchItem(
            key=f"session:{session.pk}",
            kind="session-note",
            title=session.title,
            url=session.get_absolute_url(),
            date=session.date,
            text=strip_tags(session.notes),
        )
        for session in sessions
    }
    themes = ActionLearningSession.themes.through.objects.filter(
        actionlearningsession_id__in=list(items)
    ).values_list("actionlearningsession_id", "topic__slug")
    for pk, slug in themes:
        items[pk].topics.add(slug)
    return list(items.values())
