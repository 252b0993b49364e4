"""Demo content for the network section, built by `manage.py load_demo_content`."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

from home.collections import child_collection
from home.demo.builder import ensure_child, ensure_section
from home.demo.data import load, stream
from home.pdf import make_pdf
from network import two_factor
from network.audience import Audience
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
DOCUMENTS_COLLECTION = "Network documents"
CONTENT = load(__file__)


def build_demo_content(home, report):
    """Areas, people in every role, staff, the network's pages and evidence activities,
    discussions and action learning sessions."""
    section = CONTENT["section"]
    network = ensure_section(
        home, NetworkHomePage, "network", section["title"], section["intro"], report
    )
    areas = {spec["name"]: ensure_area(spec) for spec in CONTENT["areas"]}
    for spec in CONTENT["people"]:
        ensure_person(spec, areas[spec["area"]])
    for spec in CONTENT["staff"]:
        staff = ensure_user(spec["email"], spec["first_name"], spec["last_name"])
        staff.groups.add(Group.objects.get(name=spec["group"]))
        if settings.DEBUG:  # the documented development key; real accounts set up their own
            two_factor.ensure_development_device(staff)
    visitor = CONTENT["visitor"]
    ensure_user(visitor["email"], visitor["first_name"], visitor["last_name"])
    document = ensure_members_document()
    for number, spec in enumerate(CONTENT["network_pages"]):
        body = stream(spec["body"])
        if number == 0:
            body.append(("document", {"document": document, "link_text": document.title}))
        ensure_child(network, spec["slug"], lambda s=spec, b=body: gated(NetworkPage, s, b), report)
    for spec in CONTENT["chairs_pages"]:
        ensure_child(network, spec["slug"], lambda s=spec: gated(ChairsNetworkPage, s), report)
    for spec in CONTENT["evidence_activities"]:
        ensure_child(network, spec["slug"], lambda s=spec: evidence_activity(s), report)
    build_discussions()


def ensure_area(spec):
    area, _ = LocalArea.objects.get_or_create(
        name=spec["name"],
        defaults={
            "kind": spec["kind"],
            "region": spec["region"],
            "network_status": spec["status"],
            "member_since": spec.get("member_since"),
            "left_on": spec.get("left_on"),
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
        spec = CONTENT["members_document"]
        document = Document.objects.create(
            title=spec["title"],
            collection=collection,
            file=ContentFile(make_pdf(spec["pdf_title"], spec["sections"]), name=spec["file_name"]),
        )
    return document


def gated(page_class, spec, body=None):
    return page_class(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        body=body if body is not None else stream(spec["body"]),
    )


def evidence_activity(spec):
    questions = spec["questions"]
    return EvidenceActivityPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        body=stream(spec["body"]),
        theme=spec["theme"],
        closes_on=spec["closes_on"],
        prompt_doing=questions["doing"],
        prompt_helps=questions["helps"],
        prompt_missing=questions["missing"],
    )
