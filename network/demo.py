"""Demo content for the network section, built by `manage.py load_demo_content`."""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

from home.collections import child_collection
from home.demo.builder import ensure_child, ensure_section
from home.pdf import make_pdf
from network import two_factor
from network.audience import Audience
from network.demo_content import AREAS, CHAIRS_PAGES, EVIDENCE_ACTIVITIES, NETWORK_PAGES, PEOPLE
from network.demo_discussions import build_discussions
from network.models import (
    ChairsNetworkPage,
    EvidenceActivityPage,
    GatedCollection,
    LocalArea,
    Membership,
    NetworkHomePage,
    NetworkPage,
    Role,
    User,
)

# Local development only: with DEBUG off the demo accounts get no usable password, and the
# demo staff no authenticator device with the development key.
DEMO_PASSWORD = "planning-for-safety-demo"  # noqa: S105 (documented in README, DEBUG only)
#: One demo account per staff group: each has only its group's powers (docs/security.md).
STAFF = [
    ("editor@example.org", "Erin", "Hale", "Editors"),
    ("moderator@example.org", "Sam", "Moreno", "Moderators"),
    ("network-admin@example.org", "Nia", "Brennan", "Network administrators"),
    ("dataprotection@example.org", "Dev", "Ashby", "Data protection"),
    ("reviewer@example.org", "Rosa", "Quinn", "Reviewers"),
]
VISITOR = ("visitor@example.org", "Val", "Turner")
DOCUMENTS_COLLECTION = "Network documents"

TITLE = "The network"
INTRO = (
    "<p>The Contextual Safeguarding Local Area Interest Network brings together local areas"
    " that are developing Risk Outside of the Home (ROTH) pathways. Membership is held by a"
    " local area, not by an individual. If your area is a member, you take part through "
    "your area.</p><p>Member areas get:</p><ul><li>peer support from colleagues in other "
    "areas</li><li>places in the action learning network for ROTH conference "
    "Chairs</li><li>the chance to take part in evidence-building "
    "activities</li><li>priority booking for our events</li></ul><p>Members can sign in to "
    "join discussions and read notes from action learning sessions. To ask about membership"
    ' for your area, <a href="/contact/">contact us</a>.</p>'
)


def build_demo_content(home, report):
    """Areas, people in every role, staff, the network's pages and evidence activities,
    discussions and action learning sessions."""
    network = ensure_section(home, NetworkHomePage, "network", TITLE, INTRO, report)
    areas = {spec["name"]: ensure_area(spec) for spec in AREAS}
    for spec in PEOPLE:
        ensure_person(spec, areas[spec["area"]])
    for email, first, last, group in STAFF:
        staff = ensure_user(email, first, last)
        staff.groups.add(Group.objects.get(name=group))
        if settings.DEBUG:  # the documented development key; real accounts set up their own
            two_factor.ensure_development_device(staff)
    ensure_user(*VISITOR)
    document = ensure_members_document()
    for number, spec in enumerate(NETWORK_PAGES):
        body = list(spec["body"])
        if number == 0:
            body.append(("document", {"document": document, "link_text": document.title}))
        ensure_child(network, spec["slug"], lambda s=spec, b=body: gated(NetworkPage, s, b), report)
    for spec in CHAIRS_PAGES:
        ensure_child(network, spec["slug"], lambda s=spec: gated(ChairsNetworkPage, s), report)
    for spec in EVIDENCE_ACTIVITIES:
        ensure_child(network, spec["slug"], lambda s=spec: evidence_activity(s), report)
    build_discussions()


def ensure_area(spec):
    area, _ = LocalArea.objects.get_or_create(
        name=spec["name"],
        defaults={
            "kind": spec["kind"],
            "region": spec["region"],
            "network_status": spec["status"],
            "member_since": spec["member_since"],
            "left_on": spec["left_on"],
            "contact_email": spec["contact_email"],
            "roth_stage": spec["roth_stage"],
        },
    )
    return area


def ensure_user(email, first_name, last_name, job_title=""):
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        return user
    user = User(
        email=email,
        first_name=first_name,
        last_name=last_name,
        job_title=job_title,
        email_verified_at=timezone.now(),
    )
    if settings.DEBUG:
        user.set_password(DEMO_PASSWORD)
    else:
        user.set_unusable_password()
    user.save()
    return user


def ensure_person(spec, area):
    user = ensure_user(spec["email"], spec["first_name"], spec["last_name"], spec["job_title"])
    membership, created = Membership.objects.get_or_create(
        user=user,
        defaults={
            "area": area,
            "status": spec["status"],
            "listed_in_directory": spec["listed"],
            "reason": spec["bio"],
        },
    )
    if created:
        membership.roles.set(Role.objects.filter(code__in=spec["roles"]))
        if Role.SINGLE_POINT_OF_CONTACT in spec["roles"] and area.single_point_of_contact is None:
            area.single_point_of_contact = user
            area.save(update_fields=["single_point_of_contact"])
    return membership


def ensure_members_document():
    """A members-only document in a gated, private collection."""
    collection, created = child_collection(DOCUMENTS_COLLECTION)
    if created:
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
        GatedCollection.objects.create(collection=collection, audience=Audience.MEMBERS)
    Document = get_document_model()
    document = Document.objects.filter(collection=collection).first()
    if document is None:
        content = make_pdf(
            "How the network works: terms of reference",
            [
                {
                    "heading": "Purpose",
                    "paragraphs": [
                        "The network brings member areas together to learn from each other "
                        "while they build and embed Risk Outside of the Home pathways."
                    ],
                },
                {
                    "heading": "How we share",
                    "paragraphs": [
                        "Members share practice, tools and reflections. Nobody shares details "
                        "that could identify a child, a family or a place where harm happened."
                    ],
                },
            ],
        )
        document = Document.objects.create(
            title="Network terms of reference",
            collection=collection,
            file=ContentFile(content, name="network-terms-of-reference.pdf"),
        )
    return document


def gated(page_class, spec, body=None):
    return page_class(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        body=body if body is not None else list(spec["body"]),
    )


def evidence_activity(spec):
    questions = spec["questions"]
    return EvidenceActivityPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        body=list(spec["body"]),
        theme=spec["theme"],
        closes_on=datetime.date.fromisoformat(spec["closes_on"]),
        prompt_doing=questions["doing"],
        prompt_helps=questions["helps"],
        prompt_missing=questions["missing"],
    )
