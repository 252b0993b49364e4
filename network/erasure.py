"""Erasing a person: what the site holds about an email address, on request or on leaving.

The account stays as an empty shell so that discussion threads, session notes and the
area's evidence remain readable: its name shows as "Former member" and it holds no email
address, name, job title or password. Other apps erase what they hold through the
`erase_personal_data` hook (a function of a Person returning {what: how many}). The audit
log records that an erasure happened, by whom, without the address.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail import hooks
from wagtail.models import ModelLogEntry

from network import audit, two_factor
from network.community.models import DigestItem, DiscussionSettings, Follow, PostReport, ReadMarker
from network.data_export import applications_naming, emails_to
from network.models import AuditEvent, Membership


def erase_person(person, by=None, request=None):
    """Erase everything held about `person`; returns {what: how many}."""
    with transaction.atomic():
        counts = {}
        for erase in hooks.get_hooks("erase_personal_data"):
            counts.update(erase(person))
        if person.user is not None:
            counts.update(erase_account(person.user))
        counts["area applications"] = erase_applications(person.email)
        counts["emails"] = delete_emails_to(person.email)
        counts["audit entries cleared"] = scrub_audit_log(person)
        audit.record(
            audit.ERASURE,
            actor=by,
            subject=f"account #{person.user.pk}" if person.user else "an address with no account",
            request=request,
            counts=counts,
        )
    return counts


def erase_account(user):
    forget_log_labels([user, *Membership.objects.filter(user=user)])
    Membership.objects.filter(user=user).delete()
    for model in (Follow, ReadMarker, DigestItem, DiscussionSettings):
        model.objects.filter(user=user).delete()
    PostReport.objects.filter(reporter=user).update(reporter=None, details="")
    two_factor.remove_devices(user)  # authenticator keys and recovery codes
    user.email = f"erased-{user.pk}@erased.invalid"
    user.first_name = user.last_name = user.job_title = ""
    user.is_active = False
    user.is_staff = user.is_superuser = False
    user.last_login = None
    user.erased_at = timezone.now()
    user.set_unusable_password()  # also ends every session the person had
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    return {"account": 1}


def forget_log_labels(objects):
    """Wagtail's log entries (and our mirrors) about these objects keep their names: drop them."""
    references = [audit.object_reference(obj, obj.pk) for obj in objects]
    AuditEvent.objects.filter(detail__object__in=references).update(subject="(erased)")
    for obj in objects:
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        ).update(label="(erased)")


def erase_applications(email):
    erased = 0
    for application in applications_naming(email):
        if application.applicant_email.lower() == email:
            application.applicant_name = application.applicant_job_title = "Erased"
            application.applicant_email = f"erased-application-{application.pk}@erased.invalid"
            application.phone = ""
        if application.spoc_email.lower() == email:
            application.spoc_name = "Erased"
            application.spoc_email = f"erased-contact-{application.pk}@erased.invalid"
        application.save()
        erased += 1
    return erased


def delete_emails_to(email):
    found = emails_to(email)
    for outgoing in found:
        outgoing.delete()
    return len(found)


def scrub_audit_log(person):
    """Keep what happened and when; drop the address from the entries that show it."""
    mentions = AuditEvent.objects.filter(
        Q(actor_label__iexact=person.email) | Q(subject__iexact=person.email)
    )
    if person.user is not None:
        mentions = mentions | AuditEvent.objects.filter(actor=person.user)
    return mentions.update(actor_label="(erased)", subject="(erased)", address="")
