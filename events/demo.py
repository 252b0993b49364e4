"""Demo content for the events section, built by `manage.py load_demo_content`."""

import datetime
import zoneinfo

from django.utils import timezone

from events.models import Booking, EventIndexPage, EventPage
from home.demo.builder import ensure_child, ensure_section
from home.models import Audience, Topic

LONDON = zoneinfo.ZoneInfo("Europe/London")
ONLINE_JOINING = (
    "Join on the video meeting platform: https://meet.example.org/pfs-{slug}\n"
    "Meeting code: PFS-{number:04d}. Cameras optional; live captions are on."
)
# slug, title, type, format, region, days from today, start hour, hours, capacity,
# priority opens (days from today), general opens (days), who may book, topics, summary
# fmt: off
EVENTS = [
    ("introduction-north-west", "Introduction to ROTH pathways: North West", "introductory",
     "in-person", "north-west", 40, 10, 3, 60, -5, 10, "public",
     ["multi-agency-responsibilities"],
     "A half-day introduction to Risk Outside of the Home pathways for partners new to them."),
    ("introduction-yorkshire", "Introduction to ROTH pathways: Yorkshire and the Humber",
     "introductory", "in-person", "yorkshire-humber", 55, 10, 3, 60, -20, -5, "public",
     ["multi-agency-responsibilities"],
     "What a ROTH pathway is, how conferences and plans work, and what partners contribute."),
    ("introduction-south-west", "Introduction to ROTH pathways: South West", "introductory",
     "in-person", "south-west", 70, 10, 3, 60, 5, 15, "public",
     ["multi-agency-responsibilities"],
     "An introduction for the South West, with time to meet colleagues from nearby areas."),
    ("introduction-london", "Introduction to ROTH pathways: London", "introductory",
     "in-person", "london", -30, 10, 3, 60, -80, -60, "public",
     ["multi-agency-responsibilities"],
     "The London introductory event, held earlier in the programme."),
    ("workshop-designing-plans", "Workshop: designing plans for young people and contexts",
     "workshop", "in-person", "west-midlands", 25, 9, 7, 4, -30, -15, "public",
     ["safety-planning", "planning-processes-for-chairs"],
     "A full-day workshop on writing plans that cover young people and the places around them."),
    ("workshop-outcomes", "Workshop: outcomes for young people on ROTH pathways", "workshop",
     "in-person", "east-of-england", 90, 9, 7, 40, -2, 12, "public",
     ["what-young-people-need", "safety-planning"],
     "A full-day workshop on describing and tracking outcomes that matter to young people."),
    ("webinar-multi-agency", "Webinar: multi-agency responsibilities on ROTH pathways",
     "webinar", "online", "", 14, 13, 1.5, 300, -20, -10, "public",
     ["multi-agency-responsibilities"],
     "Who does what on a ROTH pathway, from referral to review, explained by practitioners."),
    ("webinar-guardianship", "Webinar: building community guardianship", "webinar", "online",
     "", 35, 13, 1.5, 300, -10, -3, "public", ["guardianship", "community-guardianship"],
     "How areas identify and support the adults who keep young people safe in public spaces."),
    ("webinar-schools", "Webinar: the role of schools on ROTH pathways", "webinar", "online",
     "", -10, 15, 1.5, 300, -50, -40, "public", ["roles-of-schools", "education-providers"],
     "How schools contribute to assessments, conferences and plans for contexts."),
    ("chairs-session-planning", "Chairs' session: planning processes", "chairs-session",
     "online", "", 20, 10, 2, 30, -14, -7, "chairs", ["planning-processes-for-chairs"],
     "A session for ROTH conference Chairs on running planning discussions that lead to action."),
    ("network-meeting-winter", "Network meeting: sharing practice", "network-meeting",
     "online", "", 45, 14, 1.5, 80, -10, -10, "members", ["multi-agency-responsibilities"],
     "The network's regular meeting: updates from member areas and a themed discussion."),
]
# fmt: on
FULL_EVENT = "workshop-designing-plans"
DEMO_BOOKERS = [
    "member@example.org",
    "chair@example.org",
    "lead@example.org",
    "visitor@example.org",
]

TITLE = "Events"
INTRO = (
    "<p>Our events are open to anyone with an interest in Risk Outside of the Home (ROTH) "
    'pathways. Areas in the <a href="/network/">network</a> get priority '
    "booking.</p><p>Online events cover topics such as the responsibilities of each agency "
    "on ROTH pathways, guardianship, and the part schools play. Some sessions are just for "
    "ROTH conference Chairs and focus on planning processes.</p><p>In-person events take "
    "place in different regions. They include four introductory events on ROTH pathways and"
    " two full-day workshops on designing plans and outcomes for young people.</p><p>We add"
    " new events during the year and announce them in our <a "
    'href="/newsletters/">newsletter</a>.</p>'
)


def build_demo_content(home, report):
    """The events listing, the programme's events around today, and demo bookings."""
    index = ensure_section(home, EventIndexPage, "events", TITLE, INTRO, report)
    today = timezone.localdate()
    for number, spec in enumerate(EVENTS, start=1):
        event = ensure_child(
            index, spec[0], lambda s=spec, n=number: new_event(s, n, today), report
        )
        if spec[0] == FULL_EVENT:
            fill_with_bookings(event)
        elif spec[0] == "webinar-multi-agency":
            add_booking(event, "member@example.org")


def at(day, hour):
    whole = int(hour)
    minutes = round((hour - whole) * 60)
    return datetime.datetime.combine(day, datetime.time(whole, minutes), tzinfo=LONDON)


def new_event(spec, number, today):
    (
        slug,
        title,
        event_type,
        event_format,
        region,
        days,
        hour,
        hours,
        capacity,
        priority_days,
        general_days,
        who,
        topics,
        summary,
    ) = spec
    day = today + datetime.timedelta(days=days)
    start = at(day, hour)
    in_person = event_format != "online"
    event = EventPage(
        title=title,
        slug=slug,
        event_type=event_type,
        event_format=event_format,
        region=region,
        summary=summary,
        search_description=summary,
        body=[("paragraph", f"<p>{summary} There is time for questions throughout.</p>")],
        start=start,
        end=start + datetime.timedelta(hours=hours),
        capacity=capacity,
        who_may_book=who,
        priority_booking_opens=at(today + datetime.timedelta(days=priority_days), 9),
        general_booking_opens=at(today + datetime.timedelta(days=general_days), 9),
        venue_name="The Meeting Rooms, Civic Centre" if in_person else "",
        venue_address="1 Market Street" if in_person else "",
        venue_postcode="AB1 2CD" if in_person else "",
        venue_access="Step-free entrance, lift to all floors, hearing loop in the main room."
        if in_person
        else "",
        joining_details="" if in_person else ONLINE_JOINING.format(slug=slug, number=number),
        organiser_name="Planning for Safety events team",
        organiser_email="planningforsafety@example.org",
    )
    event.topics = list(Topic.objects.filter(slug__in=topics))
    event.audiences = list(Audience.objects.all()[:3])
    return event


def add_booking(event, email, status=Booking.Status.CONFIRMED, position=None):
    from network.models import User

    person = User.objects.filter(email=email).first()
    if person is None or Booking.objects.filter(event=event, email=email).exists():
        return
    Booking.objects.create(
        event=event,
        user=person,
        name=person.get_full_name(),
        email=email,
        organisation="Demo area",
        job_role=person.job_title or "Practitioner",
        consented_at=timezone.now(),
        status=status,
        waitlist_position=position,
    )


def fill_with_bookings(event):
    """Book every place, and put one more person on the waitlist."""
    for email in DEMO_BOOKERS[: event.capacity]:
        add_booking(event, email)
    add_booking(event, "former@example.org", status=Booking.Status.WAITLISTED, position=1)
