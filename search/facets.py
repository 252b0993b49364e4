"""Search facets: what each one reads from an item, its labels, and disjunctive counts.

Counting happens here, over the items the person may see, so every value is counted (the
engines' facet APIs return only their top ten buckets) and the counts are the same on every
backend. Within a facet, values combine with OR; facets combine with AND; a facet's counts
apply every other facet's selection but not its own.
"""

from dataclasses import dataclass

from events.models import EventFormat
from home.facets import Facet, FacetOption, toggled_query
from home.models import Audience, Topic
from network.models import Region
from resources.formats import Format
from resources.models import ToolType
from search.items import KIND_LABELS


@dataclass(frozen=True)
class FacetSpec:
    param: str
    label: str
    values_of: object  # item -> set of values

    def matches(self, item, wanted):
        return bool(self.values_of(item) & wanted)


def single(attribute):
    return lambda item: {getattr(item, attribute)} - {""}


FACETS = [
    FacetSpec("topic", "Topic", lambda item: item.topics),
    FacetSpec("type", "Content type", lambda item: {item.kind}),
    FacetSpec("audience", "Audience", lambda item: item.audiences),
    FacetSpec("tool_type", "Tool type", single("tool_type")),
    FacetSpec("format", "Format", single("format")),
    FacetSpec("event_format", "Event format", single("event_format")),
    FacetSpec("region", "Region", single("region")),
    FacetSpec("year", "Year", single("year")),
]


def facet_labels(items):
    """{param: {value: label}} for every value a facet can take, in display order."""
    years = sorted({item.year for item in items if item.year}, reverse=True)
    return {
        "topic": dict(Topic.objects.order_by("name").values_list("slug", "name")),
        "type": dict(KIND_LABELS),
        "audience": dict(Audience.objects.order_by("name").values_list("slug", "name")),
        "tool_type": dict(ToolType.choices),
        "format": dict(Format.choices),
        "event_format": dict(EventFormat.choices),
        "region": dict(Region.choices),
        "year": {year: year for year in years},
    }


def selected_values(params, labels):
    """{param: set of known values asked for}; unknown values and facets are ignored."""
    return {
        spec.param: {value for value in params.getlist(spec.param) if value in labels[spec.param]}
        for spec in FACETS
    }


def passes(item, selected, skip=None):
    return all(
        spec.matches(item, selected[spec.param])
        for spec in FACETS
        if spec.param != skip and selected[spec.param]
    )


def count_facets(items, selected, labels, params):
    """Facets with disjunctive counts; values with no results are left out unless chosen."""
    facets = []
    for spec in FACETS:
        counts = {}
        for item in items:
            if passes(item, selected, skip=spec.param):
                for value in spec.values_of(item):
                    counts[value] = counts.get(value, 0) + 1
        options = [
            FacetOption(
                value,
                label,
                counts.get(value, 0),
                value in selected[spec.param],
                toggled_query(params, spec.param, value),
            )
            for value, label in labels[spec.param].items()
            if counts.get(value) or value in selected[spec.param]
        ]
        if options:
            facets.append(Facet(spec.param, spec.label, options))
    return facets
