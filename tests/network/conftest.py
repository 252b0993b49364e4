"""People in every role, and gated content to try them against."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction

from network.community.models import Space
from network.learning.models import ActionLearningSession, AgreedAction, SessionAttachment
from network.models import (
    ChairsNetworkPage,
    EvidenceActivityPage,
    EvidenceContribution,
    GatedCollection,
    LocalArea,
    Membership,
    NetworkHomePage,
    NetworkPage,
    Role,
)
from tests.events.conftest import events_index  # noqa: F401 - fixture
from tests.factories import UserFactory, make_document, make_home_page, publish
from tests.two_factor import sign_in_with_second_factor


def make_area(name, status=LocalArea.Status.MEMBER, region="london"):
    return LocalArea.objects.create(
        name=name,
        region=region,
        network_status=status,
        member_since=datetime.date(2025, 6, 1) if status != LocalArea.Status.NOT_MEMBER else None,
    )


def make_member(area, roles=("practitioner",), status=Membership.Status.APPROVED, **user):
    person = UserFactory(**user)
    membership = Membership.objects.create(user=person, area=area, status=status)
    membership.roles.set(Role.objects.filter(code__in=roles))
    return person


@pytest.fixture
def areas(db):
    return {
        "member": make_area("Harrowfield Council"),
        "other": make_area("Eastmere Children's Trust", region="north-west"),
        "left": make_area("Wyle Council", status=LocalArea.Status.LEFT),
        "outside": make_area("Brackenmoor Council", status=LocalArea.Status.NOT_MEMBER),
    }


def make_staff(group, **user):
    """Someone in one programme staff group, holding only that group's powers."""
    person = UserFactory(**user)
    person.groups.add(Group.objects.get(name=group))
    return person


@pytest.fixture
def people(areas):
    staff = make_staff("Editors", email="staff@example.org")
    return {
        "anonymous": None,
        "registered": UserFactory(email="registered@example.org"),
        "applicant": make_member(
            areas["member"], status=Membership.Status.APPLIED, email="applicant@example.org"
        ),
        "member": make_member(areas["member"], email="member@example.org"),
        "chair": make_member(areas["other"], roles=("chair",), email="chair@example.org"),
        "left_area_member": make_member(areas["left"], email="former@example.org"),
        # The applicant's area's single point of contact (by role; the area's field is unset).
        "spoc": make_member(areas["member"], roles=("spoc",), email="spoc@example.org"),
        # "staff" is the Editor, as most tests call them; each staff group has its person.
        "staff": staff,
        "editor": staff,
        "moderator": make_staff("Moderators", email="moderator@example.org"),
        "network_admin": make_staff("Network administrators", email="network-admin@example.org"),
        "data_protection": make_staff("Data protection", email="dataprotection@example.org"),
        "reviewer": make_staff("Reviewers", email="reviewer@example.org"),
    }


@pytest.fixture
def network_home(db):
    home = make_home_page()
    return publish(home, NetworkHomePage(title="The network", slug="network", intro="<p>Join</p>"))


@pytest.fixture
def gated(network_home, areas, people):
    """One of each kind of gated content, with the member's area's contribution."""
    network_page = publish(
        network_home,
        NetworkPage(
            title="Peer support",
            slug="peer-support",
            summary="How peer support works.",
            body=[("paragraph", "<p>MEMBERS-ONLY BODY</p>")],
        ),
    )
    chairs_page = publish(
        network_home,
        ChairsNetworkPage(
            title="Action learning sets",
            slug="action-learning",
            summary="For Chairs.",
            body=[("paragraph", "<p>CHAIRS-ONLY BODY</p>")],
        ),
    )
    evidence_page = publish(
        network_home,
        EvidenceActivityPage(
            title="Guardianship evidence",
            slug="guardianship-evidence",
            summary="Share what works.",
            theme="guardianship",
            body=[("paragraph", "<p>EVIDENCE BODY</p>")],
        ),
    )
    collection = Collection.get_first_root_node().add_child(name="Network documents")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    GatedCollection.objects.create(collection=collection, audience="members")
    private_document = make_document("terms.pdf", b"%PDF private", collection=collection)
    staff_collection = Collection.get_first_root_node().add_child(name="Evidence contributions")
    GatedCollection.objects.create(collection=staff_collection, audience="staff")
    contribution = EvidenceContribution.objects.create(
        activity=evidence_page,
        area=areas["member"],
        author=people["member"],
        doing="We map places with young people.",
        document=make_document("ours.pdf", b"%PDF ours", collection=staff_collection),
    )
    return {
        "network_page": network_page,
        "chairs_page": chairs_page,
        "evidence_page": evidence_page,
        "private_document": private_document,
        "contribution": contribution,
    }


@pytest.fixture
def session(people, media_root):
    """Notes of a Chairs' action learning session, with actions and an attachment."""
    notes = ActionLearningSession.objects.create(
        title="Session 2: contexts, not behaviour",
        space=Space.objects.get(slug="chairs-action-learning"),
        date=datetime.date(2026, 10, 1),
        facilitator=people["staff"],
        notes="<p>CHAIRS-ONLY NOTES about conference agendas.</p>",
    )
    notes.attendees.set([people["chair"]])
    today = timezone.localdate()
    AgreedAction.objects.create(
        session=notes,
        description="Trial the one-page agenda",
        owner=people["chair"],
        due_date=today - datetime.timedelta(days=3),
    )
    AgreedAction.objects.create(
        session=notes,
        description="Share the decision log template",
        owner=people["chair"],
        due_date=today + datetime.timedelta(days=10),
        is_done=True,
    )
    SessionAttachment.objects.create(
        session=notes, title="Agenda template", file=ContentFile(b"%PDF agenda", "agenda.pdf")
    )
    return notes


def client_for(client, person):
    """The client signed in as the person (None: signed out); staff with their second factor."""
    client.logout()
    if person is not None:
        sign_in_with_second_factor(client, person)
    return client


@pytest.fixture
def no_approval(settings):
    """Most discussion tests are not about first-post approval: let everyone's posts through."""
    settings.DISCUSSION_APPROVE_FIRST_POSTS = 0
