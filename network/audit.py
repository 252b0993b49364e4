"""The audit log: sign-ins, failed sign-ins, two-factor sign-in (set-up, wrong codes, recovery
codes used and regenerated, resets), role changes, approvals, moderation and exports.

`record()` writes one AuditEvent. Sign-ins come from Django's auth signals, staff role changes
from changes to a person's groups, and approvals and moderation from the Wagtail log entries
the network already writes (network.membership.*, network.post.*, ...), mirrored here so that
staff read one log (Reports → Audit log).
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver
from wagtail.log_actions import get_active_log_context
from wagtail.models import ModelLogEntry

from home.limits import client_address
from network.models import AuditEvent, User

SIGN_IN = "sign-in"
SIGN_IN_FAILED = "sign-in failed"
ROLE_CHANGE = "role change"
DATA_EXPORT = "data export"
ERASURE = "erasure"
EMAIL_VERIFIED = "email verified"
EMAIL_CHANGE_REQUESTED = "email change requested"
EMAIL_CHANGED = "email changed"
TWO_FACTOR_SET_UP = "two-factor set up"
TWO_FACTOR_FAILED = "two-factor code failed"
RECOVERY_CODE_USED = "recovery code used"
RECOVERY_CODES_REGENERATED = "recovery codes regenerated"
TWO_FACTOR_RESET = "two-factor reset"
#: Wagtail log actions mirrored into the audit log
MIRRORED_PREFIXES = ("network.",)


def label_of(user):
    return user.email if user is not None and user.pk else ""


def record(action, actor=None, subject="", request=None, actor_label=None, **detail):
    return AuditEvent.objects.create(
        action=action,
        actor=actor if actor is not None and actor.pk else None,
        actor_label=(actor_label if actor_label is not None else label_of(actor))[:254],
        subject=str(subject)[:300],
        address=client_address(request) if request is not None else "",
        detail=detail,
    )


@receiver(user_logged_in, dispatch_uid="network.audit.sign_in")
def record_sign_in(sender, request, user, **kwargs):
    record(SIGN_IN, actor=user, subject=user.email, request=request)


@receiver(user_login_failed, dispatch_uid="network.audit.sign_in_failed")
def record_failed_sign_in(sender, credentials, request=None, **kwargs):
    typed = str(credentials.get("username") or credentials.get("email") or "").strip()
    record(SIGN_IN_FAILED, subject=typed, request=request, actor_label="")


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="network.audit.groups")
def record_group_change(sender, instance, action, reverse, **kwargs):
    """A person's staff groups changed (in the admin, or anywhere else)."""
    if action not in ("post_add", "post_remove", "post_clear") or reverse:
        return
    record(
        ROLE_CHANGE,
        actor=get_active_log_context().user,
        subject=instance.email,
        groups=sorted(instance.groups.values_list("name", flat=True)),
    )


@receiver(post_save, sender=ModelLogEntry, dispatch_uid="network.audit.mirror")
def mirror_log_entry(sender, instance, created, **kwargs):
    if created and instance.action.startswith(MIRRORED_PREFIXES):
        record(
            instance.action,
            actor=instance.user,
            subject=instance.label,
            object=object_reference(instance.content_type.model_class(), instance.object_id),
            **({"data": instance.data} if instance.data else {}),
        )


def object_reference(model, pk):
    """ "network.membership:12": which object an entry is about, to find it again on erasure."""
    return f"{model._meta.label_lower}:{pk}"


def expire_audit_events(now):
    """The `apply_retention` hook: entries older than AUDIT_RETENTION_DAYS are deleted."""
    cutoff = now - timedelta(days=settings.AUDIT_RETENTION_DAYS)
    deleted, _ = AuditEvent.objects.filter(created_at__lt=cutoff).delete()
    return [("audit entries deleted", deleted)]
