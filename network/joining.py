"""The two ways into the network, as service functions the views and admin call.

1. An area applies: network administrators approve or reject; approval makes the area a
   member and gives its senior lead and single point of contact accounts (the contact holds
   the single point of contact role and is the area's named contact).
2. A person asks to join through a member area: they verify their email address
   (network/verification.py), then a member of the area holding the single point of contact
   role (or a network administrator) approves or rejects.
Every step sends an email. Every decision is logged in Wagtail's audit log.
"""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.log_actions import log

from home.emails import send_email
from network import access, verification
from network.models import AreaApplication, LocalArea, Membership, Role, User


class DecisionError(Exception):
    """A decision that cannot be made in the current state (already decided, no reason)."""


def people_with_permission(permission):
    """Active, verified accounts holding the permission through a group or directly
    (superusers only if they hold it that way: they are the site's operators)."""
    app_label, codename = permission.split(".")
    holds = Q(
        groups__permissions__codename=codename,
        groups__permissions__content_type__app_label=app_label,
    ) | Q(
        user_permissions__codename=codename,
        user_permissions__content_type__app_label=app_label,
    )
    return User.objects.filter(holds, is_active=True, email_verified_at__isnull=False).distinct()


def network_admin_addresses():
    """Who hears about area applications and requests no area contact can decide: the staff
    who manage the network, or the site's own address when there are none."""
    admins = people_with_permission(access.MANAGE_NETWORK)
    return sorted({user.email for user in admins}) or [settings.DEFAULT_FROM_EMAIL]


def set_password_path(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return reverse("network:password_reset_confirm", args=[uid, token])


# An area applies ---------------------------------------------------------------------------


def submit_area_application(application):
    application.save()
    context = {"application": application}
    send_email(
        f"area-application-received:{application.pk}",
        application.applicant_email,
        "network/email/area_application_received.txt",
        context,
    )
    send_email(
        f"area-application-staff:{application.pk}",
        network_admin_addresses(),
        "network/email/area_application_staff.txt",
        context,
    )
    return application


def ensure_account(email, full_name, job_title=""):
    """The user with this email, created without a usable password if new. An account that
    never proved its address is not the person's: it gives way."""
    verification.release_unproven_claim(email)
    user = User.objects.filter(email__iexact=email).first()
    if user is not None:
        return user, False
    first, _, last = full_name.strip().partition(" ")
    user = User(email=email, first_name=first, last_name=last, job_title=job_title)
    user.set_unusable_password()
    user.save()
    return user, True


def grant_membership(user, area, role_codes, decided_by):
    membership, _ = Membership.objects.get_or_create(user=user, defaults={"area": area})
    membership.area = area
    membership.status = Membership.Status.APPROVED
    membership.decided_by = decided_by
    membership.decided_at = timezone.now()
    membership.save()
    membership.roles.add(*Role.objects.filter(code__in=role_codes))
    return membership


@transaction.atomic
def approve_area_application(application, staff_user):
    application = AreaApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != AreaApplication.Status.PENDING:
        raise DecisionError("This application has already been decided.")
    area, _ = LocalArea.objects.get_or_create(
        name=application.organisation_name,
        defaults={"kind": application.kind, "region": application.region},
    )
    area.network_status = LocalArea.Status.MEMBER
    area.member_since = timezone.localdate()
    area.left_on = None
    area.contact_email = area.contact_email or application.spoc_email
    area.roth_stage = application.roth_detail
    lead, lead_is_new = ensure_account(
        application.applicant_email, application.applicant_name, application.applicant_job_title
    )
    spoc, spoc_is_new = ensure_account(application.spoc_email, application.spoc_name)
    lead_roles = [Role.SENIOR_LEAD] + ([Role.SINGLE_POINT_OF_CONTACT] if spoc == lead else [])
    grant_membership(lead, area, lead_roles, staff_user)
    if spoc != lead:
        grant_membership(spoc, area, [Role.SINGLE_POINT_OF_CONTACT], staff_user)
    area.single_point_of_contact = spoc
    area.save()
    application.status = AreaApplication.Status.APPROVED
    application.area = area
    application.decided_by = staff_user
    application.decided_at = timezone.now()
    application.save()
    log(application, "network.area_application.approve", user=staff_user)
    log(area, "network.area.join", user=staff_user)
    new_accounts = {user.pk for user, new in ((lead, lead_is_new), (spoc, spoc_is_new)) if new}
    for person in {lead.pk: lead, spoc.pk: spoc}.values():
        send_email(
            f"area-approved:{application.pk}:{person.pk}",
            person.email,
            "network/email/area_application_approved.txt",
            {
                "application": application,
                "person": person,
                "set_password_path": set_password_path(person) if person.pk in new_accounts else "",
            },
        )
    return area


@transaction.atomic
def reject_area_application(application, staff_user, reason):
    if not reason.strip():
        raise DecisionError("Give a reason: the applicant will see it.")
    application = AreaApplication.objects.select_for_update().get(pk=application.pk)
    if application.status != AreaApplication.Status.PENDING:
        raise DecisionError("This application has already been decided.")
    application.status = AreaApplication.Status.REJECTED
    application.decision_reason = reason.strip()
    application.decided_by = staff_user
    application.decided_at = timezone.now()
    application.save()
    log(application, "network.area_application.reject", user=staff_user, data={"reason": reason})
    send_email(
        f"area-rejected:{application.pk}",
        application.applicant_email,
        "network/email/area_application_rejected.txt",
        {"application": application},
    )


# A person joins through their area ---------------------------------------------------------


@transaction.atomic
def request_membership(
    *, email, first_name, last_name, job_title, area, role_codes, reason, password
):
    """Create the account and the pending membership, and send the verification link.

    If the address already has an account nothing is created; that person is told by email,
    so the page answers the same either way and reveals nothing about who has an account.
    An account that never proved its address holds nothing: it gives way to the new request.
    """
    verification.release_unproven_claim(email)
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        send_email(
            f"join-existing:{existing.pk}:{timezone.now():%Y%m%d%H}",
            existing.email,
            "network/email/join_existing_account.txt",
            {"person": existing},
        )
        return None
    user = User(email=email, first_name=first_name, last_name=last_name, job_title=job_title)
    user.set_password(password)
    user.save()
    membership = Membership.objects.create(user=user, area=area, reason=reason)
    membership.roles.set(Role.objects.filter(code__in=role_codes))
    verification.send_verification_link(user)
    return membership


def ask_for_review(user):
    """Once the person's address is verified, their area's contacts are asked to decide."""
    membership = Membership.objects.select_related("area").filter(user=user).first()
    if membership is None or membership.status != Membership.Status.APPLIED:
        return
    send_email(
        f"join-review:{membership.pk}",
        approvers_for(membership.area),
        "network/email/join_review.txt",
        {"membership": membership, "review_path": reverse("network:area_requests")},
    )


def area_contacts(area):
    """The area's members holding the single point of contact role who may decide now."""
    if not area.in_network:
        return User.objects.none()
    return User.objects.filter(
        is_active=True,
        email_verified_at__isnull=False,
        membership__area=area,
        membership__status=Membership.Status.APPROVED,
        membership__roles__code=Role.SINGLE_POINT_OF_CONTACT,
    ).distinct()


def approvers_for(area):
    """Who is asked to decide a request to join through this area: its single points of
    contact, or, when it has none, the network administrators."""
    contacts = sorted(user.email for user in area_contacts(area))
    return contacts or network_admin_addresses()


@transaction.atomic
def decide_membership(membership, decided_by, approve, reason=""):
    membership = (
        Membership.objects.select_for_update().select_related("user", "area").get(pk=membership.pk)
    )
    if membership.status != Membership.Status.APPLIED:
        raise DecisionError("This request has already been decided.")
    if not membership.user.email_verified:
        raise DecisionError("The person has not confirmed their email address yet.")
    if not approve and not reason.strip():
        raise DecisionError("Give a reason: the person will see it.")
    membership.status = Membership.Status.APPROVED if approve else Membership.Status.REJECTED
    membership.decision_reason = reason.strip()
    membership.decided_by = decided_by
    membership.decided_at = timezone.now()
    membership.save()
    action = "approve" if approve else "reject"
    log(membership, f"network.membership.{action}", user=decided_by, data={"reason": reason})
    send_email(
        f"join-{action}:{membership.pk}",
        membership.user.email,
        f"network/email/join_{membership.status}.txt",
        {"membership": membership},
    )
    return membership


@transaction.atomic
def change_membership_status(membership, status, changed_by, reason=""):
    """Staff changes (suspend, reinstate, mark as left), recorded in the audit log."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    previous = membership.status
    membership.status = status
    membership.decision_reason = reason
    membership.decided_by = changed_by
    membership.decided_at = timezone.now()
    membership.save()
    log(
        membership,
        "network.membership.status",
        user=changed_by,
        data={"from": previous, "to": status, "reason": reason},
    )
    return membership


def leave_network(user):
    """A member leaves: the membership ends; the account stays for events and bookings."""
    membership = Membership.objects.filter(user=user).first()
    if membership is None or membership.status == Membership.Status.LEFT:
        return None
    return change_membership_status(membership, Membership.Status.LEFT, user, "Left by choice")
