"""The large generated data set the benchmarks share (call after django.setup()).

50 resource packs holding the tools, upcoming events, and discussion threads with posts, on
top of the demo content, then indexed on the configured search backend. Generated once per
database: a second call sees the first pack and returns.
"""

import datetime
import os
import time

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from home.models import Topic
from network.community.markdown import render_markdown
from network.community.models import Post, Space, Thread
from network.models import User
from resources.models import ResourceIndexPage, ResourcePackPage, ResourcePage

WORDS = [
    *("safety", "planning", "context", "school", "guardianship", "panel", "conference"),
    *("agenda", "parents", "carers", "transport", "community", "exploitation", "review"),
    *("multi-agency", "police", "health", "youth", "outreach", "mapping", "assessment"),
    *("template", "briefing", "guide", "training", "place", "peer", "harm", "support"),
]


def words(n, seed):
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(n))


def generate(tools, events, posts):
    if Page.objects.filter(slug="benchmark-library").exists():
        print("Data set already generated: reusing it.")
        return
    started = time.perf_counter()
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    home = Page.objects.get(depth=2).specific
    topics = list(Topic.objects.all())
    library = ResourceIndexPage.objects.first()
    packs = []
    for n in range(50):
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
    tool_types = [choice[0] for choice in ResourcePage._meta.get_field("tool_type").choices]
    for n in range(tools):
        pack = packs[n % len(packs)]
        tool = ResourcePage(
            title=f"{words(4, n).capitalize()} {n}",
            slug=f"benchmark-tool-{n}",
            tool_type=tool_types[n % len(tool_types)],
            summary=words(25, n),
            last_reviewed=datetime.date(2026, 2, 1),
            external_url="https://example.org/tool",
        )
        tool.topics = list({topics[n % len(topics)], topics[(n * 5) % len(topics)]})
        pack.add_child(instance=tool)
    events_index = EventIndexPage.objects.first() or home.add_child(
        instance=EventIndexPage(title="Events", slug="events", intro="<p>Events</p>")
    )
    regions = ["london", "north-west", "south-west", "west-midlands"]
    start = timezone.now() + datetime.timedelta(days=10)
    for n in range(events):
        event = EventPage(
            title=f"Event {n}: {words(4, n)}",
            slug=f"benchmark-event-{n}",
            event_type="workshop",
            event_format=["online", "in-person"][n % 2],
            region=regions[n % len(regions)] if n % 2 else "",
            venue_name="Venue" if n % 2 else "",
            summary=words(20, n),
            start=start + datetime.timedelta(hours=n),
            end=start + datetime.timedelta(hours=n + 2),
            capacity=40,
            general_booking_opens=timezone.now(),
        )
        event.topics = [topics[n % len(topics)]]
        events_index.add_child(instance=event)
    author = User.objects.get(email="member@example.org")
    space = Space.objects.get(slug="peer-support")
    threads = [
        Thread.objects.create(
            space=space, title=f"Benchmark thread {n}: {words(5, n)}", author=author
        )
        for n in range(max(1, posts // 40))
    ]
    Post.objects.bulk_create(
        Post(
            thread=threads[n % len(threads)],
            author=author,
            is_opening=n < len(threads),
            body=words(30, n),
            body_html=render_markdown(words(30, n)),
        )
        for n in range(posts)
    )
    print(f"Generated in {time.perf_counter() - started:.0f} s; indexing…")
    started = time.perf_counter()
    call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"Indexed in {time.perf_counter() - started:.0f} s.")
