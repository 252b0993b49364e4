"""Sending email through the task API, at most once per message key.

Callers give each message a key that names it (e.g. "membership-approved:42"). The task
records the key before sending, inside a transaction, so a retried or duplicated task finds
the record and sends nothing: an email is never sent twice.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template import engines
from django_tasks import task

from home.models import SentEmail


def render_email(template, context):
    """(subject, body) from a template whose first line is the subject."""
    text = engines["text"].get_template(template).render(context).strip()
    subject, _, body = text.partition("\n")
    return subject.strip(), body.strip() + "\n"


def send_email(key, to, template, context, headers=None, attachments=()):
    """Queue one email after the current transaction commits.

    `attachments` are (filename, text content, mimetype) triples, e.g. an .ics file.
    """
    subject, body = render_email(template, {"base_url": settings.BASE_URL, **context})
    recipients = [to] if isinstance(to, str) else list(to)
    files = [list(attachment) for attachment in attachments]
    transaction.on_commit(
        lambda: deliver_email.enqueue(key, recipients, subject, body, headers or {}, files)
    )


@task()
def deliver_email(key, recipients, subject, body, headers, attachments=()):
    try:
        with transaction.atomic():
            SentEmail.objects.create(key=key, recipients=", ".join(recipients), subject=subject)
            message = EmailMultiAlternatives(subject, body, to=recipients, headers=headers)
            for filename, content, mimetype in attachments:
                message.attach(filename, content, mimetype)
            message.send()
    except IntegrityError:
        return "already sent"
    return "sent"
