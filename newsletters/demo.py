"""Demo content for the newsletters section, built by `manage.py load_demo_content`.

Three past issues, each recorded as sent (with what their listings held then), and a few
subscribers: confirmed, waiting for confirmation and unsubscribed. Nothing is emailed.
"""

import datetime

from django.utils import timezone

from home.demo.builder import ensure_child, ensure_section
from home.models import Topic
from newsletters.models import Delivery, NewsletterIndexPage, NewsletterPage, Subscriber
from newsletters.sending import new_mailing
from newsletters.subscriptions import CONSENT_TEXT

TITLE = "Newsletters"
INTRO = (
    "<p>Our newsletter keeps you up to date with the Planning for Safety programme. Each "
    "issue covers new and updated resource packs, upcoming events and what we are learning "
    "alongside local areas.</p><p>You can read past issues on this page.</p><p>Our <a "
    'href="/privacy/">privacy notice</a> explains how we look after your details.</p>'
)


def paragraph(*sentences):
    return ("paragraph", "".join(f"<p>{sentence}</p>" for sentence in sentences))


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


ISSUES = [
    {
        "slug": "spring-2026",
        "title": "Spring 2026: the resource library is open",
        "issue_date": datetime.date(2026, 3, 12),
        "summary": (
            "The first eight resource packs are published, and the Local Area Interest "
            "Network is taking applications."
        ),
        "body": [
            heading("Eight resource packs, free to use"),
            paragraph(
                "Every pack brings together practice and policy tools that local areas have "
                "tested while setting up a Risk Outside the Home (ROTH) Child Protection "
                "Pathway: templates, briefings, checklists and short films.",
                "Start with the pack on panel and meeting processes if your area is deciding "
                "how ROTH conferences will run, or with safety planning if you already hold "
                "them and want plans that cover places as well as people.",
            ),
            ("button", {"text": "Browse the resource library", "page_slug": "resources"}),
            heading("Join the Local Area Interest Network"),
            paragraph(
                "Areas that join get priority booking for events, a members' space to ask "
                "each other questions, and a place in the evidence-building activities that "
                "will shape the next round of guidance.",
                "Ask your area's single point of contact to apply, or apply yourself if you "
                "are that person.",
            ),
        ],
    },
    {
        "slug": "summer-2026",
        "title": "Summer 2026: regional events and what Chairs told us",
        "issue_date": datetime.date(2026, 6, 18),
        "summary": (
            "Regional workshops are coming to five English regions, and the first action "
            "learning sets for ROTH Chairs have met."
        ),
        "body": [
            heading("Regional workshops this autumn"),
            paragraph(
                "Each workshop is a day for a local area's multi-agency team to plan its "
                "pathway together: children's social care, police, health, education and "
                "the voluntary sector in one room.",
                "Network members can book from the day places are announced; everyone else "
                "can book two weeks later.",
            ),
            (
                "callout",
                {
                    "title": "Bring your whole partnership",
                    "text": "<p>Workshops work best when partners from several agencies come "
                    "together. Book one place per person so we can plan rooms and lunch.</p>",
                    "tone": "info",
                },
            ),
            heading("What ROTH Chairs told us"),
            paragraph(
                "Chairs in the first action learning sets said the hardest part of a ROTH "
                "conference is keeping the focus on the places and relationships around a "
                "young person, rather than on the young person's behaviour.",
                "The updated Chairing ROTH conferences pack includes a one-page agenda that "
                "three areas now use to keep that focus.",
            ),
        ],
    },
    {
        "slug": "working-with-schools",
        "title": "Working with schools",
        "issue_date": None,  # a week before the demo is loaded: its listings are current
        "summary": (
            "How schools and colleges take part in ROTH pathways, with upcoming events and "
            "new resources."
        ),
        "body": [
            heading("Schools as partners in safety planning"),
            paragraph(
                "Schools often know first when a young person's world outside home is "
                "changing: new friends at the gate, missed afternoons, a change in who "
                "collects them.",
                "Areas in the network have shared how designated safeguarding leads join "
                "ROTH conferences and which parts of a safety plan a school can own.",
            ),
            (
                "upcoming_events",
                {"heading": "Upcoming events", "topics": [], "limit": 4},
            ),
            (
                "new_resources",
                {"heading": "New resources", "topics": [], "limit": 4, "days": 365},
            ),
        ],
    },
]

SUBSCRIBERS = [
    (
        "member@example.org",
        Subscriber.Status.CONFIRMED,
        Subscriber.Source.PROFILE,
        ["guardianship"],
    ),
    (
        "chair@example.org",
        Subscriber.Status.CONFIRMED,
        Subscriber.Source.HOME,
        ["chairing-roth-conferences", "planning-processes-for-chairs"],
    ),
    ("practitioner@example.org", Subscriber.Status.CONFIRMED, Subscriber.Source.FOOTER, []),
    (
        "schools.lead@example.org",
        Subscriber.Status.CONFIRMED,
        Subscriber.Source.NEWSLETTER,
        ["roles-of-schools", "education-providers"],
    ),
    ("waiting@example.org", Subscriber.Status.PENDING, Subscriber.Source.HOME, ["safety-planning"]),
    ("not.yet@example.org", Subscriber.Status.PENDING, Subscriber.Source.FOOTER, []),
    ("moved.on@example.org", Subscriber.Status.UNSUBSCRIBED, Subscriber.Source.HOME, []),
]


def build_demo_content(home, report):
    index = ensure_section(home, NewsletterIndexPage, "newsletters", TITLE, INTRO, report)
    subscribers = [ensure_subscriber(*spec) for spec in SUBSCRIBERS]
    for spec in ISSUES:
        issue = ensure_child(index, spec["slug"], lambda s=spec: new_issue(s, home), report)
        if isinstance(issue, NewsletterPage) and not issue.mailings.exists():
            record_past_send(issue, subscribers)


def new_issue(spec, home):
    return NewsletterPage(
        title=spec["title"],
        slug=spec["slug"],
        issue_date=spec["issue_date"] or timezone.localdate() - datetime.timedelta(days=7),
        summary=spec["summary"],
        search_description=spec["summary"],
        body=[with_page_links(block, home) for block in spec["body"]],
    )


def with_page_links(block, home):
    """Button blocks name a section of the demo site by slug; link them to that page."""
    kind, value = block
    if kind != "button":
        return block
    page = home.get_children().filter(slug=value["page_slug"]).first()
    return (kind, {"text": value["text"], "page": page, "url": ""})


def ensure_subscriber(email, status, source, topic_slugs):
    subscriber = Subscriber.objects.filter(email__iexact=email).first()
    if subscriber is not None:
        return subscriber
    now = timezone.now()
    subscriber = Subscriber.objects.create(
        email=email,
        status=status,
        consent_text=CONSENT_TEXT,
        consent_source=source,
        consent_at=now - datetime.timedelta(days=1 if status == "pending" else 200),
        confirmed_at=None if status == "pending" else now - datetime.timedelta(days=200),
        unsubscribed_at=now - datetime.timedelta(days=20) if status == "unsubscribed" else None,
    )
    subscriber.topics.set(Topic.objects.filter(slug__in=topic_slugs))
    return subscriber


def record_past_send(issue, subscribers):
    """Record the issue as sent on its date to the confirmed subscribers (no email)."""
    sent_at = datetime.datetime.combine(issue.issue_date, datetime.time(9, 30), tzinfo=datetime.UTC)
    mailing = new_mailing(issue, issue.live_listings(), created_at=sent_at)
    Delivery.objects.bulk_create(
        Delivery(
            mailing=mailing,
            issue=issue,
            subscriber=subscriber,
            status=Delivery.Status.SENT,
            attempts=1,
            queued_at=sent_at,
            sent_at=sent_at,
        )
        for subscriber in subscribers
        if subscriber.status != Subscriber.Status.PENDING
    )
