"""The signed-in person's own data, for "download my data". Never anyone else's."""

from wagtail import hooks

from network.community.models import DiscussionSettings, Follow, Post, PostReport
from network.learning.models import AgreedAction
from network.models import Membership


def personal_data(user):
    membership = Membership.objects.filter(user=user).select_related("area").first()
    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "job_title": user.job_title,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "membership": None,
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
            "email_verified_at": membership.email_verified_at,
            "decision_reason": membership.decision_reason,
            "decided_at": membership.decided_at,
            "created_at": membership.created_at,
        }
    data.update(discussion_data(user))
    # Other apps add what they hold (bookings, newsletter subscription) through this hook.
    for provider in hooks.get_hooks("personal_data"):
        data.update(provider(user))
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
