"""Search fields shared by page types labelled with topics and audiences."""

from wagtail.search import index


def text_search_fields():
    """Title (boosted most), summary (boosted) and body."""
    return [
        index.SearchField("title", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]


def label_search_fields():
    """Topics and audiences: searchable names, slugs to filter by, ids to facet on."""
    return [
        index.RelatedFields("topics", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("audiences", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("topics"),
        index.FilterField("audiences"),
    ]
