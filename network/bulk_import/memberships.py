"""Importing memberships: a row gives a person with a verified account a membership of an
area, or changes the area, roles or status of the one they have.

Nothing is matched to an account by an address its owner has not proved
(network/verification.py), and an import never creates accounts. Status changes go through
the same decisions as the admin's Decide page (network/joining.py), with their emails and
log entries: a request to join may be approved, not rejected (a rejection needs a reason the
person reads). A new membership is created approved, like those an area's approval grants;
the person is not emailed (staff import people they are in touch with).
"""

import re
from dataclasses import dataclass

from network import joining
from network.bulk_import.plan import Change, Importer, RowError, RowPlan, cell, choice_value, one_of
from network.models import LocalArea, Membership, Role, User

STATUSES = Membership.Status
#: the reason recorded with a status an import sets (shown on the person's data export)
IMPORT_REASON = "Changed by the programme team in a CSV import."


@dataclass(frozen=True)
class MembershipRow:
    """What a valid row sets: `membership` is None for a new one."""

    user: User
    area: LocalArea
    roles: tuple[Role, ...]
    status: str
    membership: Membership | None


def role_names(roles):
    """The roles in their usual order (the same every time: the preview's fingerprint)."""
    return ", ".join(role.name for role in sorted(roles, key=lambda r: (r.sort_order, r.name)))


class MembershipImport(Importer):
    model = Membership
    permissions = ("network.change_membership",)
    headings = ("Email", "Area", "Roles", "Status")
    ignored = ("User", "Region", "Created At")
    key_heading = "Email"
    noun = "person"
    rules = (
        "People are matched by email address, and only to an account whose owner has "
        "verified the address. An import never creates accounts: a row for anyone else is "
        "an error.",
        "One row per person (a person has one membership). The area must exist: import "
        "areas first.",
        "Roles are role names separated by commas or semicolons; “-” or nothing means none.",
        "Status takes a value as the export writes it or its label. A new membership must "
        "be Approved. A request to join can be approved (the person is emailed, as from its "
        "Decide page) but not rejected: reject it on its Decide page, with a reason.",
    )

    def prepare(self, records, lock):
        emails = {cell(r.values, "Email").lower() for r in records if r.values is not None}
        self.people = {user.email: user for user in User.objects.filter(email__in=emails)}
        memberships = Membership.objects.filter(user__in=self.people.values())
        if lock:
            memberships = memberships.select_for_update(of=("self",))
        self.memberships = {
            membership.user_id: membership
            for membership in memberships.select_related("area").prefetch_related("roles")
        }
        self.areas = {area.name.casefold(): area for area in LocalArea.objects.all()}
        self.roles = {role.name.casefold(): role for role in Role.objects.all()}

    def plan_row(self, line, values):
        email = cell(values, "Email").lower()
        errors = []
        user = self.people.get(email)
        if user is None or not user.email_verified:
            errors.append(
                RowError(
                    "Email",
                    f"No account with a verified email address “{email}”. People make their "
                    "own accounts and prove their address; an import never matches or "
                    "creates one.",
                )
            )
        area_name = cell(values, "Area")
        area = self.areas.get(area_name.casefold())
        if area is None:
            errors.append(RowError("Area", f"No local area is named “{area_name}”."))
        roles, unknown = self.read_roles(cell(values, "Roles"))
        known_roles = role_names(self.roles.values())
        errors += [
            RowError("Roles", f"No role is named “{name}”. Roles: {known_roles}.")
            for name in unknown
        ]
        status_text = cell(values, "Status")
        status = choice_value(STATUSES.choices, status_text)
        if status is None:
            errors.append(
                RowError("Status", f"“{status_text}” is not one of: {one_of(STATUSES.choices)}.")
            )
        if errors:
            return RowPlan(line, email, errors=errors)
        membership = self.memberships.get(user.pk)
        row = MembershipRow(user, area, roles, status, membership)
        return RowPlan(
            line,
            email,
            is_new=membership is None,
            changes=self.changes(row),
            errors=self.status_errors(row),
            target=row,
        )

    def read_roles(self, text):
        """The roles a comma or semicolon separated list names, and the names it has wrong."""
        names = [name.strip() for name in re.split(r"[,;]", text) if name.strip()]
        roles = tuple({self.roles[n.casefold()] for n in names if n.casefold() in self.roles})
        return roles, [name for name in names if name.casefold() not in self.roles]

    @staticmethod
    def changes(row):
        old = row.membership
        shown = [
            ("Area", old and old.area.name, row.area.name),
            ("Roles", old and role_names(old.roles.all()), role_names(row.roles)),
            ("Status", old and old.get_status_display(), STATUSES(row.status).label),
        ]
        return [
            Change(column, before or "", after)
            for column, before, after in shown
            if before != after
        ]

    @staticmethod
    def status_errors(row):
        if row.membership is None and row.status != STATUSES.APPROVED:
            message = "A new membership must be Approved: people ask to join themselves."
        elif (
            row.membership is not None
            and row.membership.status == STATUSES.APPLIED
            and row.status not in (STATUSES.APPLIED, STATUSES.APPROVED)
        ):
            message = (
                "A request to join can be approved by an import, nothing else: reject it on "
                "its Decide page, with a reason the person will read."
            )
        else:
            return []
        return [RowError("Status", message)]

    def apply_row(self, row, user):
        target = row.target
        if target.membership is None:
            joining.grant_membership(
                target.user, target.area, [role.code for role in target.roles], user
            )
            return
        membership = target.membership
        if membership.area_id != target.area.pk:
            membership.area = target.area
            membership.save(update_fields=["area"])
        membership.roles.set(target.roles)
        if target.status == membership.status:
            return
        if membership.status == STATUSES.APPLIED:
            joining.decide_membership(membership, user, approve=True)
        else:
            joining.change_membership_status(membership, target.status, user, IMPORT_REASON)
