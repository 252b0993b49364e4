"""Everything held about one person, for "download my data" and subject access requests.

A person is an email address, with the account that has it if there is one: bookings and
newsletter subscriptions can exist without an account. Other apps add what they hold through
the `personal_data` hook, a function of a Person returning a dict of sections.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail import hooks

from home.models import OutgoingEmail
from network.community.models import DiscussionSettings, Follow, Post, PostReport
from network.learning.models import AgreedAction
from network.models import AreaApplication, Membership, User


@dataclass(frozen=True)
class Person:
    email: str
    user: User | None = None

    @classmethod
    def of_user(cls, user):
        """The signed-in person: their address counts only once verified, so an account that
        merely claims an address can never export or erase what is held under it."""
        if user.verified_email is None:
            raise PermissionDenied("Verify your email address first.")
        return cls(email=user.verified_email, user=user)

    @classmethod
    def of_email(cls, email):
        """A person by address (the staff tool): the account counts only if it has proved the
        address, so an account that merely claims it is neither exported nor erased with it."""
        email = email.strip().lower()
        verified = User.objects.filter(email__iexact=email, email_verified_at__isnull=False)
        return cls(email=email, user=verified.first())


def unverified_claim_exists(email):
    """Whether an account claims this address without having proved it (the staff tool says
    so: that account is neither exported nor erased with the address)."""
    return User.objects.filter(email__iexact=email, email_verified_at__isnull=True).exists()


def personal_data(person):
    data = {"email_address": person.email, "account": None, "membership": None}
    if person.user is not None:
        data.update(account_data(person.user))
    data["area_applications"] = [
        {
            "organisation": application.organisation_name,
            "applicant_name": application.applicant_name,
            "applicant_job_title": application.applicant_job_title,
            "applicant_email": application.applicant_email,
            "phone": application.phone,
            "single_point_of_contact": f"{application.spoc_name} <{application.spoc_email}>",
            "status": application.get_status_display(),
            "created_at": application.created_at,
        }
        for application in applications_naming(person.email)
    ]
    data["emails_to_this_address"] = [
        {"subject": email.subject, "queued_at": email.created_at, "sent_at": email.sent_at}
        for email in emails_to(person.email)
    ]
    for provider in hooks.get_hooks("personal_data"):
        data.update(provider(person))
    return data


def applications_naming(email):
    return AreaApplication.objects.filter(
        Q(applicant_email__iexact=email) | Q(spoc_email__iexact=email)
    )


def emails_to(email):
    """Outbox emails with this address among their recipients."""
    candidates = OutgoingEmail.objects.filter(recipients__icontains=email)
    return [found for found in candidates if email in map(str.lower, found.recipient_list)]


def account_data(user):
    membership = Membership.objects.filter(user=user).select_related("area").first()
    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "job_title": user.job_title,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "email_verified_at": user.email_verified_at,
            "pending_email": user.pending_email,
        },
        "evidence_contributions": [
            {
                "activity": contribution.activity.title,
                "area": contribution.area.name,
                "doing": contribution.doing,
                "helps": contribution.helps,
                "missing": contribution.missing,
                "document": contribution.document.title if contribution.document else None,
                "created_at": contribution.created_at,
            }
            for contribution in user.contributions.select_related("activity", "area", "document")
        ],
    }
    if membership is not None:
        data["membership"] = {
            "area": membership.area.name,
            "roles": sorted(role.name for role in membership.roles.all()),
            "status": membership.get_status_display(),
            "listed_in_directory": membership.listed_in_directory,
            "reason_for_joining": membership.reason,
            "decision_reason": membership.decision_reason,
            "decided_at": membership.decided_at,
            "created_at": membership.created_at,
        }
    data.update(discussion_data(user))
    return data


def discussion_data(user):
    """Posts, reports, follows and action learning actions of this person."""
    settings_row = DiscussionSettings.objects.filter(user=user).first()
    return {
        "discussion_posts": [
            {
                "thread": post.thread.title,
                "created_at": post.created_at,
                "edited_at": post.edited_at,
                "state": post.get_state_display(),
                "message": post.body,
            }
            for post in Post.objects.filter(author=user).select_related("thread")
        ],
        "discussion_reports": [
            {
                "reason": report.get_reason_display(),
                "details": report.details,
                "created_at": report.created_at,
            }
            for report in PostReport.objects.filter(reporter=user)
        ],
        "discussion_follows": [
            follow.thread.title if follow.thread else f"Space: {follow.space.name}"
            for follow in Follow.objects.filter(user=user).select_related("thread", "space")
        ],
        "discussion_emails": settings_row.get_frequency_display() if settings_row else None,
        "action_learning_actions": [
            {"action": action.description, "due_date": action.due_date, "done": action.is_done}
            for action in AgreedAction.objects.filter(owner=user)
        ],
    }
