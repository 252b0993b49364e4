"""Facet links: each option's query string switches one value and keeps everything else."""

from django.http import QueryDict

from home.facets import toggled_query


def test_choosing_a_value_adds_it_and_goes_back_to_the_first_page():
    params = QueryDict("q=safety plans&topic=schools&page=3")
    assert toggled_query(params, "topic", "parks") == "q=safety+plans&topic=schools&topic=parks"
    assert toggled_query(params, "type", "tool") == "q=safety+plans&topic=schools&type=tool"


def test_choosing_a_chosen_value_removes_only_that_value():
    params = QueryDict("topic=schools&topic=parks&sort=newest")
    assert toggled_query(params, "topic", "schools") == "topic=parks&sort=newest"
    assert toggled_query(QueryDict("topic=schools"), "topic", "schools") == ""


def test_values_are_encoded_as_the_request_would_send_them():
    params = QueryDict("q=%C5%81ucja+%26+co%3F")  # "Łucja & co?"
    assert (
        toggled_query(params, "region", "north-west") == "q=%C5%81ucja+%26+co%3F&region=north-west"
    )
    assert params.urlencode() == "q=%C5%81ucja+%26+co%3F"  # the request itself is untouched
