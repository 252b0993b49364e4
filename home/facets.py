"""Facets for filtered listings: options with counts, and links that switch a value.

Shared by the resource library and site search: plain GET links, so filters work without
JavaScript and every filtered view has a shareable address.
"""

from dataclasses import dataclass
from urllib.parse import urlencode


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
    """The query string with one filter value switched, back on the first page.

    Called for every option of every facet, so it reads the parameters once rather than
    deep-copying the QueryDict."""
    lists = dict(params.lists())
    values = lists.get(param, [])
    lists[param] = [v for v in values if v != value] if value in values else [*values, value]
    lists.pop("page", None)
    return urlencode([(name, v) for name, values in lists.items() for v in values])
