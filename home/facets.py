"""Facets for filtered listings: options with counts, and links that switch a value.

Shared by the resource library and site search: plain GET links, so filters work without
JavaScript and every filtered view has a shareable address.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    toggle_query: str  # the query string with this value switched on or off


@dataclass(frozen=True)
class Facet:
    param: str
    label: str
    options: list

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


def toggled_query(params, param, value):
    """The query string with one filter value switched, back on the first page."""
    query = params.copy()
    values = query.getlist(param)
    query.setlist(param, [v for v in values if v != value] if value in values else [*values, value])
    query.pop("page", None)
    return query.urlencode()
