"""People and places: users, local areas, memberships of the network and applications."""

from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from network import audience

#: how someone whose data was erased appears, e.g. as the author of discussion posts
FORMER_MEMBER = "A former member"


class UserManager(BaseUserManager):
    """Creates users keyed by email address; look-ups ignore the address's case."""

    use_in_migrations = True

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        # Made by an operator at the server's console, who vouches for the address.
        extra_fields.setdefault("email_verified_at", timezone.now())
        if not (extra_fields["is_staff"] and extra_fields["is_superuser"]):
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account. They sign in with their email address; there is no username."""

    username = None
    email = models.EmailField("email address", unique=True)
    job_title = models.CharField(max_length=150, blank=True)
    erased_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Set when the person's data was erased (network/erasure.py).",
    )
    email_verified_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the person proved the address is theirs (network/verification.py). "
        "Until then the account cannot sign in and nothing is matched to it by address.",
    )
    pending_email = models.EmailField(
        blank=True,
        help_text="A new address the person asked for; it replaces the address once verified.",
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["email"]
        # What staff groups may do, asked by the access policy (network/access.py); which
        # group holds which is set by data migrations (docs/security.md, "Roles and staff groups").
        permissions = [
            ("manage_personal_data", "Can export and erase anyone's personal data"),
            ("view_audit_log", "Can view the audit log"),
            ("view_network_content", "Can see all members' and Chairs' content"),
            ("moderate_discussions", "Can moderate discussions"),
        ]

    def __str__(self):
        return self.get_full_name() or self.email

    def get_full_name(self):
        return FORMER_MEMBER if self.erased_at else super().get_full_name()

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)

    @property
    def email_verified(self):
        return self.email_verified_at is not None

    @property
    def verified_email(self):
        """The address to match bookings, subscriptions and personal data by: only once
        verified, so that claiming someone's address gains nothing."""
        return self.email if self.email_verified else None


class Region(models.TextChoices):
    NORTH_EAST = "north-east", "North East"
    NORTH_WEST = "north-west", "North West"
    YORKSHIRE_HUMBER = "yorkshire-humber", "Yorkshire and the Humber"
    EAST_MIDLANDS = "east-midlands", "East Midlands"
    WEST_MIDLANDS = "west-midlands", "West Midlands"
    EAST_OF_ENGLAND = "east-of-england", "East of England"
    LONDON = "london", "London"
    SOUTH_EAST = "south-east", "South East"
    SOUTH_WEST = "south-west", "South West"


class LocalArea(models.Model):
    """An organisation (local authority, children's trust ...). Membership of the network
    belongs to the area: its people have access only while the area is a member."""

    class Kind(models.TextChoices):
        LOCAL_AUTHORITY = "local-authority", "Local authority"
        CHILDRENS_TRUST = "childrens-trust", "Children's trust"
        PARTNERSHIP = "partnership", "Safeguarding partnership"

    class Status(models.TextChoices):
        NOT_MEMBER = "not-member", "Not in the network"
        APPLIED = "applied", "Applied to join"
        MEMBER = "member", "Member"
        LEFT = "left", "Left the network"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.LOCAL_AUTHORITY)
    region = models.CharField(max_length=20, choices=Region.choices)
    network_status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NOT_MEMBER
    )
    member_since = models.DateField(null=True, blank=True)
    left_on = models.DateField(null=True, blank=True)
    contact_email = models.EmailField(blank=True)
    roth_stage = models.TextField(
        "where the area is with ROTH pathways", blank=True, max_length=2000
    )
    single_point_of_contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The area's named contact for the programme team: a member of this area "
        "holding the single point of contact role. Every member holding that role decides "
        "requests to join through the area.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        """The named contact must be one of the people who decide the area's requests."""
        contact = self.single_point_of_contact
        if contact is None or self.pk is None:
            return
        holds_role = Membership.objects.filter(
            user=contact, area=self, roles__code=Role.SINGLE_POINT_OF_CONTACT
        ).exists()
        if not holds_role:
            raise ValidationError(
                {
                    "single_point_of_contact": "Choose a member of this area who holds the "
                    "single point of contact role (give them the role under Memberships)."
                }
            )

    @property
    def in_network(self):
        return self.network_status == self.Status.MEMBER


class Role(models.Model):
    """A role a member holds in their area; a person may hold several."""

    PRACTITIONER = "practitioner"
    PRACTICE_CHAMPION = "practice-champion"
    CHAIR = "chair"
    SENIOR_LEAD = "senior-lead"
    SINGLE_POINT_OF_CONTACT = "spoc"

    code = models.SlugField(max_length=30, unique=True)
    name = models.CharField(max_length=100)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]

    def __str__(self):
        return self.name


class Decision(models.Model):
    """Who decided on a request, when, and the reason they gave (required to reject)."""

    decision_reason = models.TextField(blank=True, max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True


class MembershipQuerySet(models.QuerySet):
    def waiting_for_decision(self):
        """Requests to join that can be decided now: applied, with a verified address. The
        join requests page, the admin's "Waiting for a decision" filter and the dashboard
        all list these."""
        return self.filter(status=Membership.Status.APPLIED, user__email_verified_at__isnull=False)


class Membership(Decision):
    """A person's place in the network, through their local area."""

    class Status(models.TextChoices):
        APPLIED = "applied", "Applied"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        SUSPENDED = "suspended", "Suspended"
        LEFT = "left", "Left"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership"
    )
    area = models.ForeignKey(LocalArea, on_delete=models.PROTECT, related_name="memberships")
    roles = models.ManyToManyField(Role, blank=True, related_name="memberships")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.APPLIED)
    reason = models.TextField("reason for joining", blank=True, max_length=2000)
    listed_in_directory = models.BooleanField(
        "list me in the member directory",
        default=False,
        help_text="Other members can see your name, job title, area and roles.",
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["area__name", "user__last_name"]

    def __str__(self):
        return f"{self.user} ({self.area})"

    def role_codes(self):
        return {role.code for role in self.roles.all()}

    @property
    def gives_access(self):
        """Approved, active, and the area is in the network now."""
        return (
            self.status == self.Status.APPROVED
            and self.user.is_active
            and self.area.network_status == LocalArea.Status.MEMBER
        )


class AreaApplication(Decision):
    """A senior leader's application for their area to join the network."""

    class Stage(models.TextChoices):
        EXPLORING = "exploring", "Exploring a ROTH pathway"
        PILOTING = "piloting", "Piloting a ROTH pathway"
        EMBEDDING = "embedding", "Embedding a ROTH pathway"

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for a decision"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    organisation_name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=LocalArea.Kind.choices)
    region = models.CharField(max_length=20, choices=Region.choices)
    applicant_name = models.CharField(max_length=150)
    applicant_job_title = models.CharField(max_length=150)
    applicant_email = models.EmailField()
    phone = models.CharField(max_length=40, blank=True)
    roth_stage = models.CharField(max_length=20, choices=Stage.choices)
    roth_detail = models.TextField(max_length=2000)
    spoc_name = models.CharField("single point of contact: name", max_length=150)
    spoc_email = models.EmailField("single point of contact: email")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    area = models.ForeignKey(
        LocalArea, null=True, blank=True, on_delete=models.SET_NULL, related_name="applications"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.organisation_name} ({self.get_status_display()})"


class GatedCollection(models.Model):
    """Marks a document collection as network-only: its documents follow the access policy."""

    collection = models.OneToOneField(
        "wagtailcore.Collection", on_delete=models.CASCADE, related_name="gate"
    )
    audience = models.CharField(
        max_length=20, choices=audience.choices(*audience.GATED_COLLECTIONS)
    )

    def __str__(self):
        return f"{self.collection} ({self.get_audience_display()})"


class AuditEvent(models.Model):
    """Who did what and when, for security and accountability (network/audit.py records them)."""

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    action = models.CharField(max_length=60, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_events",
    )
    actor_label = models.CharField(max_length=254, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    address = models.CharField(max_length=100, blank=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} by {self.actor_label or 'nobody'}"
