"""Wagtail's review emails (submitted for review, approved, changes requested) go through
the outbox (home/emails.py) like every other email of the site.

Wagtail sends them over SMTP inside the request and drops them if the mail server is down;
here each is stored with the change that caused it and sent and retried by the worker. The
wording is Wagtail's own templates. Each message's key names the review step it reports, so
a step is never reported twice and a page sent back and resubmitted is reported again.
"""

from django.template.loader import render_to_string
from wagtail.admin import mail
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from home.emails import queue_email


class OutboxNotifications:
    def get_context(self, instance, **kwargs):
        context = super().get_context(instance, **kwargs)
        context["review_step"] = review_step(instance)
        return context

    def send_emails(self, template_set, context, recipients, **kwargs):
        for recipient in recipients:
            context["user"] = recipient
            subject = render_to_string(template_set["subject"], context).strip()
            body = render_to_string(template_set["text"], context).strip() + "\n"
            key = f"review:{self.notification}:{context['review_step']}:{recipient.pk}"
            queue_email(key, recipient.email, subject, body)
        return True


def review_step(instance):
    if isinstance(instance, TaskState):
        return f"task-state-{instance.pk}"
    return f"workflow-state-{instance.pk}-{instance.current_task_state_id}"


class TaskSubmitted(OutboxNotifications, mail.GroupApprovalTaskStateSubmissionEmailNotifier):
    pass


class WorkflowSubmitted(OutboxNotifications, mail.WorkflowStateSubmissionEmailNotifier):
    pass


class WorkflowApproved(OutboxNotifications, mail.WorkflowStateApprovalEmailNotifier):
    pass


class WorkflowRejected(OutboxNotifications, mail.WorkflowStateRejectionEmailNotifier):
    pass


#: (signal, sender, Wagtail's dispatch_uid for it, our notifier)
NOTIFIERS = (
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", TaskSubmitted),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        WorkflowSubmitted,
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        WorkflowRejected,
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        WorkflowApproved,
    ),
)


def send_review_emails_through_the_outbox():
    """Take the place of Wagtail's notifiers (same dispatch uids, whichever app loads first)."""
    for signal, sender, dispatch_uid, notifier in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier(), sender=sender, dispatch_uid=dispatch_uid, weak=False)
