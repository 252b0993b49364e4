"""What an import would do, row by row (the plan staff preview), and the importer base class
that makes the plan and carries it out."""

import hashlib
import json
from collections import Counter
from dataclasses import asdict, dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.log_actions import log

CREATE, UPDATE, UNCHANGED, INVALID = "create", "update", "unchanged", "invalid"
ACTIONS = (CREATE, UPDATE, UNCHANGED, INVALID)
#: What modeladmin's export writes for an empty value
EMPTY = "-"
IMPORT_ACTION = "network.import"


@dataclass(frozen=True)
class Change:
    column: str
    old: str
    new: str


@dataclass(frozen=True)
class RowError:
    column: str
    message: str


@dataclass
class RowPlan:
    """One row: what it would change, or why it cannot be imported. `target` is what the
    importer needs to apply the row (its own business)."""

    line: int
    key: str
    is_new: bool = False
    changes: list[Change] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    target: object = None

    @property
    def action(self):
        if self.errors:
            return INVALID
        if self.is_new:
            return CREATE
        return UPDATE if self.changes else UNCHANGED


@dataclass
class ImportPlan:
    rows: list[RowPlan]

    @property
    def counts(self):
        counted = Counter(row.action for row in self.rows)
        return {action: counted[action] for action in ACTIONS}

    @property
    def is_valid(self):
        return not any(row.errors for row in self.rows)

    @property
    def digest(self):
        """A fingerprint of what the plan shows, to tell at confirm time whether the data
        changed since the preview."""
        shown = [
            (row.line, row.key, row.action, [asdict(c) for c in row.changes]) for row in self.rows
        ]
        return hashlib.sha256(json.dumps(shown).encode()).hexdigest()


def summary(counts):
    return f"{counts[CREATE]} created, {counts[UPDATE]} updated, {counts[UNCHANGED]} unchanged"


def cell(values, heading):
    """A cell's value, trimmed; the export's mark for an empty value reads as empty."""
    value = values[heading].strip()
    return "" if value == EMPTY else value


def choice_value(choices, text):
    """The stored value a cell names, by value (as the export writes model fields) or by
    label (as it writes computed columns), in any case; None if it names none."""
    wanted = text.casefold()
    for value, label in choices:
        if wanted in (str(value).casefold(), str(label).casefold()):
            return value
    return None


def one_of(choices):
    return ", ".join(str(label) for _, label in choices)


class Importer:
    """Reads rows of one model's export. Subclasses name the columns and say how a row is
    planned (`prepare`, `plan_row`) and applied (`apply_row`). Make one per request."""

    model = None
    #: permissions needed to import (all of them)
    permissions = ()
    #: the columns read, as the export heads them; each must be in the file
    headings = ()
    #: columns the export computes: accepted in the file, ignored
    ignored = ()
    #: the column that says which object a row is about
    key_heading = ""
    #: what a row is about, in messages
    noun = ""
    #: what staff need to know about the file, shown with the upload form and the preview
    rules = ()

    @classmethod
    def may_import(cls, user):
        return user.has_perms(cls.permissions)

    @classmethod
    def url_name(cls, step="import"):
        meta = cls.model._meta
        return f"{meta.app_label}_{meta.model_name}_{step}"

    @classmethod
    def title(cls):
        return f"Import {cls.model._meta.verbose_name_plural}"

    def prepare(self, records, lock):
        """Load what planning the rows looks up, locking it for update if `lock`."""
        raise NotImplementedError

    def plan_row(self, line, values):
        raise NotImplementedError

    def apply_row(self, row, user):
        raise NotImplementedError

    def plan(self, records, lock=False):
        self.prepare(records, lock)
        first_line = {}
        rows = []
        for record in records:
            if record.values is None:
                rows.append(RowPlan(record.line, "", errors=[RowError("", record.problem)]))
                continue
            row = self.plan_row(record.line, record.values)
            key = cell(record.values, self.key_heading).casefold()
            if key and key in first_line:
                row.errors.append(
                    RowError(
                        self.key_heading,
                        f"Row {first_line[key]} is about the same {self.noun}: one row each.",
                    )
                )
            first_line.setdefault(key, record.line)
            rows.append(row)
        return ImportPlan(rows)

    def apply(self, plan, user, file_name):
        """Carry out a valid plan (call inside a transaction) and log who imported what."""
        if not plan.is_valid:
            raise ValueError("Only a plan without invalid rows can be applied.")
        for row in plan.rows:
            if row.action in (CREATE, UPDATE):
                self.apply_row(row, user)
        counts = plan.counts
        del counts[INVALID]
        name = self.model._meta.verbose_name_plural.capitalize()
        log(
            ContentType.objects.get_for_model(self.model),
            IMPORT_ACTION,
            user=user,
            title=f"{name} from {file_name[:100]}: {summary(counts)}",
            data={"file": file_name, **counts},
        )
        return counts
