"""The signed-in person's own data, for "download my data". Never anyone else's."""

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
    return data
