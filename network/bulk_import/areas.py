"""Importing local areas: a row creates an area or updates the one with its name."""

import copy

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from network.bulk_import.plan import Change, Importer, RowError, RowPlan, cell, choice_value, one_of
from network.models import LocalArea

#: {column heading, as the export writes it: the field it sets}
FIELDS = {
    "Name": "name",
    "Kind": "kind",
    "Region": "region",
    "Network Status": "network_status",
    "Member Since": "member_since",
    "Left On": "left_on",
}


def shown(area, name):
    """A field's value as the preview shows it: choices by label, dates as YYYY-MM-DD."""
    field = LocalArea._meta.get_field(name)
    if field.choices:
        return str(getattr(area, f"get_{name}_display")())
    value = getattr(area, name)
    return "" if value is None else str(value)


class AreaImport(Importer):
    """Areas are matched by name (trimmed, in any case); the name itself is never changed by
    an import (rename an area in its edit form). The members count is computed: ignored."""

    model = LocalArea
    permissions = ("network.add_localarea", "network.change_localarea")
    headings = tuple(FIELDS)
    ignored = ("Members",)
    key_heading = "Name"
    noun = "area"
    rules = (
        "Areas are matched by name, in any case: a new name creates an area. An import never "
        "renames an area (do that in its edit form).",
        "Kind, Region and Network Status take a value as the export writes it or its label "
        "(for example “member” or “Member”).",
        "Member Since and Left On are dates written YYYY-MM-DD; “-” or nothing means none.",
        "Members is counted from the memberships, so it is ignored.",
    )

    def prepare(self, records, lock):
        areas = LocalArea.objects.select_for_update() if lock else LocalArea.objects.all()
        self.areas = {area.name.casefold(): area for area in areas}

    def plan_row(self, line, values):
        name = cell(values, "Name")
        stored = self.areas.get(name.casefold())
        # a copy: the row's changes must not show in a later row's "before"
        area = LocalArea(name=name) if stored is None else copy.copy(stored)
        errors = self.assign(area, values)
        changes = [
            Change(heading, "" if stored is None else shown(stored, field), shown(area, field))
            for heading, field in FIELDS.items()
            if field != "name" and (stored is None or shown(stored, field) != shown(area, field))
        ]
        return RowPlan(
            line, area.name, is_new=stored is None, changes=changes, errors=errors, target=area
        )

    def assign(self, area, values):
        """Set the row's values on the area; the model's own validation has the last word."""
        errors, unreadable = [], set()
        for heading, name in FIELDS.items():
            if name == "name":
                continue
            field = LocalArea._meta.get_field(name)
            text = cell(values, heading)
            value = None if field.null and not text else text
            if field.choices and text:
                value = choice_value(field.choices, text)
                if value is None:
                    message = f"“{text}” is not one of: {one_of(field.choices)}."
                    errors.append(RowError(heading, message))
                    unreadable.add(name)
                    continue
            setattr(area, name, value)
        others = [f.name for f in LocalArea._meta.fields if f.name not in FIELDS.values()]
        try:
            # Names are matched in any case, so a row never repeats another area's name:
            # no uniqueness check (a query per row); the database still has the last word.
            area.full_clean(exclude=[*others, *unreadable], validate_unique=False)
        except ValidationError as invalid:
            headings = {name: heading for heading, name in FIELDS.items()} | {NON_FIELD_ERRORS: ""}
            errors += [
                RowError(headings.get(name, name), message)
                for name, messages in invalid.message_dict.items()
                for message in messages
            ]
        return errors

    def apply_row(self, row, user):
        row.target.save()
