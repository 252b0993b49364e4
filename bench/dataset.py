"""The large generated data set the benchmarks share (call after django.setup()).

50 resource packs holding the tools, upcoming events, and discussion threads with posts, on
top of the demo content, then indexed by `manage.py update_index` (Wagtail's admin indexes
and the site search index). Generated once per database: a second call sees the first pack
and only indexes, if the configured search store does not hold every tool yet (the same
database can be measured on the engine store and on the database store).

Tools, events, threads and posts are written in bulk: page rows get their tree position
(treebeard's materialised `path`, `depth`, the parent's `numchild`) and `url_path` here, as
`add_child` would give them, without one save, one set of signals and one index request per
page. 50,000 tools and 200,000 posts are written in about 75 s this way; indexing them
takes longer (docs/benchmarks.md).
"""

import datetime
import io
import itertools
import os
import time

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from home.models import Audience, Topic
from network import audience as audiences
from network.community.markdown import render_markdown
from network.community.models import Post, Space, Thread
from network.models import User
from resources.formats import Format
from resources.models import ResourceIndexPage, ResourcePackPage, ResourcePage, ToolType
from search.documents import SearchRequest
from search.stores import get_store

WORDS = [
    *("safety", "planning", "context", "school", "guardianship", "panel", "conference"),
    *("agenda", "parents", "carers", "transport", "community", "exploitation", "review"),
    *("multi-agency", "police", "health", "youth", "outreach", "mapping", "assessment"),
    *("template", "briefing", "guide", "training", "place", "peer", "harm", "support"),
]
PACKS = 50
#: rows per INSERT (a page row has 29 columns; PostgreSQL allows 65,535 parameters)
BATCH_SIZE = 1000
#: first publication dates are spread over these years, so the year facet has values
FIRST_YEAR, YEARS = 2019, 8


def words(n, seed):
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(n))


def spread_date(n):
    """A publication time between FIRST_YEAR and FIRST_YEAR + YEARS, varying with n."""
    start = datetime.datetime(FIRST_YEAR, 1, 1, 9, tzinfo=datetime.UTC)
    return start + datetime.timedelta(days=(n * 37) % (YEARS * 365), minutes=n % 600)


def chunks(items, size=BATCH_SIZE):
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def add_children(parent, pages):
    """Insert new pages of one model as the last live children of `parent`, in bulk.

    Gives each the tree fields `parent.add_child` would (path, depth, numchild, url_path,
    locale, content type); writes the Page rows with bulk_create, then the page type's own
    rows (Django cannot bulk_create a multi-table model), then the parent's numchild.
    No signals are sent: the caller indexes afterwards (update_index)."""
    if not pages:
        return
    model = type(pages[0])
    parent.refresh_from_db(fields=["numchild"])
    content_type = ContentType.objects.get_for_model(model)
    for position, page in enumerate(pages, start=parent.numchild + 1):
        page.depth = parent.depth + 1
        page.path = model._get_path(parent.path, page.depth, position)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.live = True
        page.has_unpublished_changes = False
        page.last_published_at = page.first_published_at
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    own_fields = model._meta.local_concrete_fields
    with transaction.atomic():
        for chunk in chunks(pages):
            rows = Page.objects.bulk_create(
                [Page(**{f.attname: getattr(p, f.attname) for f in base_fields}) for p in chunk]
            )
            for page, row in zip(chunk, rows, strict=True):
                page.id = page.page_ptr_id = row.pk
            model._base_manager._insert(chunk, fields=own_fields)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))


def add_relations(pages, name, values_of):
    """Bulk-insert a many-to-many relation of these pages: values_of(n) lists the objects."""
    relation = getattr(type(pages[0]), name)
    through = relation.through
    source = relation.field.m2m_field_name()
    target = relation.field.m2m_reverse_field_name()
    through.objects.bulk_create(
        (
            through(**{f"{source}_id": page.pk, f"{target}_id": value.pk})
            for n, page in enumerate(pages)
            for value in values_of(n)
        ),
        batch_size=BATCH_SIZE,
    )


def two_of(items, n):
    """Two different items for n (all pairs occur as n grows)."""
    first = n % len(items)
    second = (first + 1 + (n // len(items)) % (len(items) - 1)) % len(items)
    return [items[first], items[second]]


def make_packs(library, topics):
    """The 50 packs, saved one by one as editors would (few enough)."""
    packs = []
    for n in range(PACKS):
        topic = topics[n % len(topics)]
        pack = ResourcePackPage(
            title=f"Benchmark pack {n}: {words(3, n)}",
            slug="benchmark-library" if n == 0 else f"benchmark-pack-{n}",
            primary_topic=topic,
            summary=words(20, n),
            introduction=f"<p>{words(40, n)}</p>",
            last_reviewed=datetime.date(2026, 1, 1),
        )
        pack.topics = [topic]
        library.add_child(instance=pack)
        packs.append(pack)
    return packs


def make_tools(packs, tools, topics, audiences):
    """Tools of every type and format, two topics and one or two audiences each, first
    published over several years; spread evenly over the packs."""
    tool_types = list(ToolType.values)
    formats = list(Format.values)
    made = []
    for index, pack in enumerate(packs):
        children = []
        for n in range(index, tools, len(packs)):
            file_format = formats[(n // len(tool_types)) % len(formats)]
            video = file_format == Format.VIDEO
            children.append(
                ResourcePage(
                    title=f"{words(4, n).capitalize()} {n}",
                    slug=f"benchmark-tool-{n}",
                    tool_type=tool_types[n % len(tool_types)],
                    file_format=file_format,
                    summary=words(25, n),
                    last_reviewed=datetime.date(2026, 2, 1),
                    external_url="" if video else "https://example.org/tool",
                    video_url="https://example.org/video" if video else "",
                    first_published_at=spread_date(n),
                )
            )
        add_children(pack, children)
        made += children
    add_relations(made, "topics", lambda n: two_of(topics, n))
    add_relations(made, "audiences", lambda n: two_of(audiences, n)[: 1 + n % 2])
    return made


def make_events(home, events, topics):
    events_index = EventIndexPage.objects.first() or home.add_child(
        instance=EventIndexPage(title="Events", slug="events", intro="<p>Events</p>")
    )
    regions = ["london", "north-west", "south-west", "west-midlands"]
    now = timezone.now()
    start = now + datetime.timedelta(days=10)
    pages = [
        EventPage(
            title=f"Event {n}: {words(4, n)}",
            slug=f"benchmark-event-{n}",
            event_type="workshop",
            event_format=["online", "in-person"][n % 2],
            region=regions[(n // 2) % len(regions)] if n % 2 else "",
            venue_name="Venue" if n % 2 else "",
            summary=words(20, n),
            start=start + datetime.timedelta(hours=n),
            end=start + datetime.timedelta(hours=n + 2),
            capacity=40,
            general_booking_opens=now,
            first_published_at=now - datetime.timedelta(days=n % 700),
        )
        for n in range(events)
    ]
    add_children(events_index, pages)
    add_relations(pages, "topics", lambda n: [topics[n % len(topics)]])


def make_discussions(posts):
    """Threads of 40 posts in the peer support space, by the demo member."""
    author = User.objects.get(email="member@example.org")
    space = Space.objects.get(slug="peer-support")
    count = max(1, posts // 40)
    threads = Thread.objects.bulk_create(
        [
            Thread(
                space=space,
                title=f"Benchmark thread {n}: {words(5, n)}",
                author=author,
                created_at=spread_date(n),
                last_activity_at=spread_date(n) + datetime.timedelta(days=2),
                reply_count=len(range(n, posts, count)) - 1,
            )
            for n in range(count)
        ],
        batch_size=BATCH_SIZE,
    )
    html = {}  # words(30, n) takes few distinct values: render each once

    def rendered(text):
        if text not in html:
            html[text] = render_markdown(text)
        return html[text]

    for chunk in chunks(range(posts), 5000):
        Post.objects.bulk_create(
            [
                Post(
                    thread=threads[n % count],
                    author=author,
                    is_opening=n < count,
                    body=words(30, n),
                    body_html=rendered(words(30, n)),
                    created_at=spread_date(n % count) + datetime.timedelta(hours=1 + n // count),
                )
                for n in chunk
            ],
            batch_size=BATCH_SIZE,
        )


class TimedLines(io.StringIO):
    """Keeps when each line of a command's output was written (to time its stages)."""

    def __init__(self):
        super().__init__()
        self.stamps = []

    def write(self, text):
        if text.strip():
            self.stamps.append((time.perf_counter(), text.strip()))
        return super().write(text)


def store_lacks_tools():
    """Whether the configured store holds fewer tools than the database (not indexed yet,
    or only what the signals indexed while the packs were made)."""
    probe = SearchRequest(
        text="",
        scopes=frozenset({audiences.Audience.PUBLIC}),
        within={"type": frozenset({"tool"})},
        counted=(),
    )
    return get_store().search(probe).total < ResourcePage.objects.live().count()


def index():
    """`manage.py update_index`, timed: Wagtail's admin indexes, then site search's."""
    started = time.perf_counter()
    output = TimedLines()
    call_command("update_index", stdout=output)
    ended = time.perf_counter()
    site = next((at for at, line in output.stamps if line.startswith("Site search:")), started)
    documents = next(
        (line for _, line in reversed(output.stamps) if line.endswith("documents indexed.")), ""
    )
    print(
        f"update_index: {ended - started:.0f} s (Wagtail's admin indexes {site - started:.0f} s, "
        f"site search {ended - site:.0f} s). {documents}"
    )


def generate(tools, events, posts):
    """The demo content plus the data set (once), indexed; with no tools, events or posts,
    the demo content alone."""
    if not (tools or events or posts):
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115 (adds only what is missing)
        if store_lacks_tools():
            index()
        return
    if Page.objects.filter(slug="benchmark-library").exists():
        print("Data set already generated: reusing it.")
        if store_lacks_tools():
            print("The search store does not hold every tool: indexing.")
            index()
        return
    started = time.perf_counter()
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    home = Page.objects.get(depth=2).specific
    topics = list(Topic.objects.order_by("pk"))
    audiences = list(Audience.objects.order_by("pk"))
    packs = make_packs(ResourceIndexPage.objects.first(), topics)
    made = time.perf_counter()
    make_tools(packs, tools, topics, audiences)
    print(f"{tools} tools in {time.perf_counter() - made:.0f} s")
    made = time.perf_counter()
    make_events(home, events, topics)
    print(f"{events} events in {time.perf_counter() - made:.0f} s")
    made = time.perf_counter()
    make_discussions(posts)
    print(f"{posts} posts in {time.perf_counter() - made:.0f} s")
    print(f"Generated in {time.perf_counter() - started:.0f} s; indexing…")
    index()
