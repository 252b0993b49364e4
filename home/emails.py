"""Email through an outbox: stored with the change that caused it, sent by a task, retried.

`send_email` renders the message and stores it as an OutgoingEmail in the caller's
transaction, so a booking or an application is saved with its email or not at all. After the
commit a task sends it. If the mail server is down the message waits and is retried with a
growing wait (`retry_emails`, every few minutes, also picks up messages whose task was lost).

Never twice: each message has a unique key (queuing the same key again does nothing), and it
is marked sent in the same transaction that holds its row lock while the mail server takes it.

One bad message never holds up the others: whatever goes wrong while one is built or sent is
recorded on that message (`last_error`) and logged, and the next is tried. A malformed message
(a newline in a header, an address that cannot be written) is marked failed at once, since
every try would fail the same way; any other error waits and is tried again.
"""

import base64
import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template import engines
from django.utils import timezone
from django_tasks import task

from home.models import OutgoingEmail

logger = logging.getLogger(__name__)

#: errors that mean "the mail server did not take it": the message is retried later
SEND_ERRORS = (smtplib.SMTPException, OSError)
#: errors that mean the stored message itself is malformed (e.g. BadHeaderError): never retried
MALFORMED_ERRORS = (ValueError,)
FIRST_RETRY = timedelta(minutes=5)
#: a queued message never tried after this long lost its task (e.g. a worker restart)
LOST_AFTER = timedelta(minutes=15)


def retry_wait(attempts):
    """How long to wait after the given number of failed attempts: 5, 10, 20, 40... minutes."""
    return FIRST_RETRY * 2 ** (attempts - 1)


def render_email(template, context):
    """(subject, body) from a template whose first line is the subject."""
    text = engines["text"].get_template(template).render(context).strip()
    subject, _, body = text.partition("\n")
    return subject.strip(), body.strip() + "\n"


def send_email(key, to, template, context, headers=None, attachments=()):
    """Render a template's email and queue it (see `queue_email`)."""
    subject, body = render_email(template, {"base_url": settings.BASE_URL, **context})
    return queue_email(key, to, subject, body, headers, attachments)


def queue_email(key, to, subject, body, headers=None, attachments=()):
    """Store the email in the outbox and send it after the current transaction commits.

    `attachments` are (filename, content, mimetype) triples: text (e.g. an .ics file) or
    bytes (e.g. a PDF), which the outbox keeps in base64.
    Returns False when a message with this key was already queued.
    """
    recipients = [to] if isinstance(to, str) else list(to)
    email, created = OutgoingEmail.objects.get_or_create(
        key=key[:200],
        defaults={
            "recipients": ", ".join(recipients),
            "subject": subject[:300],
            "body": body,
            "headers": headers or {},
            "attachments": [stored_attachment(*attachment) for attachment in attachments],
        },
    )
    if created:
        transaction.on_commit(lambda: deliver_email.enqueue(email.pk))
    return created


@task()
def deliver_email(email_id):
    return deliver(email_id)


def deliver(email_id, now=None):
    """Send one queued email if it is due. Returns what happened."""
    now = now or timezone.now()
    with transaction.atomic():
        email = (
            OutgoingEmail.objects.select_for_update()
            .filter(pk=email_id, sent_at__isnull=True, failed_at__isnull=True)
            .first()
        )
        if email is None:
            return "done already"
        if email.attempts and email.next_attempt_at > now:
            return "not due"
        email.attempts += 1
        try:
            build_message(email).send()
        except Exception as error:  # one bad message must not stop the ones after it
            record_failure(email, error, now)
            return "failed"
        email.sent_at = now
        email.last_error = ""
        email.save(update_fields=["attempts", "sent_at", "last_error"])
        return "sent"


def record_failure(email, error, now):
    """Note why this try failed, and when to try again or that the email has failed for good."""
    email.last_error = f"{type(error).__name__}: {error}"[:500]
    if isinstance(error, MALFORMED_ERRORS) or email.attempts >= settings.EMAIL_MAX_ATTEMPTS:
        email.failed_at = now
    else:
        email.next_attempt_at = now + retry_wait(email.attempts)
    email.save(update_fields=["attempts", "last_error", "failed_at", "next_attempt_at"])
    logger.log(
        logging.ERROR if email.failed_at else logging.WARNING,
        "Email %s not sent (attempt %d, %s): %s",
        email.key,
        email.attempts,
        "given up" if email.failed_at else f"next try {email.next_attempt_at:%Y-%m-%d %H:%M}",
        email.last_error,
        # An error that is neither the mail server nor the message is a bug: keep its trace.
        exc_info=not isinstance(error, SEND_ERRORS + MALFORMED_ERRORS),
    )


def stored_attachment(filename, content, mimetype):
    """How the outbox keeps an attachment (JSON): text as it is, bytes in base64."""
    if isinstance(content, bytes):
        return [filename, base64.b64encode(content).decode("ascii"), mimetype, "base64"]
    return [filename, content, mimetype]


def build_message(email):
    message = EmailMultiAlternatives(
        email.subject, email.body, to=email.recipient_list, headers=email.headers
    )
    for filename, content, mimetype, *encoding in email.attachments:
        if encoding == ["base64"]:
            content = base64.b64decode(content)
        message.attach(filename, content, mimetype)
    return message


def due_emails(now=None):
    """Waiting emails to try now: failed ones whose wait is over, and lost ones."""
    now = now or timezone.now()
    return OutgoingEmail.objects.filter(sent_at__isnull=True, failed_at__isnull=True).filter(
        Q(attempts__gt=0, next_attempt_at__lte=now)
        | Q(attempts=0, created_at__lte=now - LOST_AFTER)
    )


def send_due(now=None, progress=None):
    """Try every due email now, in this process: {outcome: count}.

    `progress(done, total, email_id, outcome)`, if given, is called after each email.
    """
    outcomes = {}
    email_ids = list(due_emails(now).order_by("pk").values_list("pk", flat=True))
    for done, email_id in enumerate(email_ids, start=1):
        outcome = deliver(email_id, now)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if progress:
            progress(done, len(email_ids), email_id, outcome)
    return outcomes
