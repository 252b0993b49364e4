"""Search documents for pages: one per live page, except the home and section landing pages
(ways into content, not results).

Built in batches per page type with a fixed number of queries per batch. The text comes from
each page type's own `search_fields` (Wagtail's declaration of what is searchable), the facet
values from its fields by name (summary, tool_type, file_format, event_format, region,
start, issue_date, topics, audiences), and the scopes from the access policy.
"""

from itertools import islice

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags
from wagtail.models import Page, Site, get_page_models
from wagtail.search import index

from events.models import EventPage
from home.models import HomePage
from home.pages import SectionIndexPage
from home.search_documents import DocumentSource, SearchDocument, start_of_day
from network.access import page_scopes_resolver
from newsletters.models import NewsletterPage
from resources.models import ResourcePackPage, ResourcePage

PAGE_KINDS = {
    ResourcePackPage: "pack",
    ResourcePage: "tool",
    EventPage: "event",
    NewsletterPage: "newsletter",
}
BATCH_SIZE = 500
#: fields read by name into facets: facet -> field
SINGLE_VALUE_FACETS = {
    "tool_type": "tool_type",
    "format": "file_format",
    "event_format": "event_format",
    "region": "region",
}
LABELLED_FACETS = {"topic": "topics", "audience": "audiences"}
#: kept apart from the body: the title and summary are fields of their own
OWN_FIELDS = {"title", "summary"}


def listing_page_models():
    """Home and section landing pages: ways into content, not results to show."""
    return [HomePage, *(m for m in get_page_models() if issubclass(m, SectionIndexPage))]


def findable_pages():
    listing = ContentType.objects.get_for_models(*listing_page_models()).values()
    return Page.objects.live().filter(depth__gte=2).exclude(content_type__in=list(listing))


def site_root_path():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.url_path if site else "/"


def page_url(url_path, root_path):
    return "/" + url_path[len(root_path) :] if url_path.startswith(root_path) else url_path


def build_page_documents(ids=None):
    """Documents for these live, findable pages (all of them when ids is None)."""
    pages = findable_pages()
    if ids is not None:
        pages = pages.filter(pk__in=ids)
    by_type = {}
    for pk, content_type_id in pages.order_by("path").values_list("pk", "content_type"):
        by_type.setdefault(content_type_id, []).append(pk)
    root = site_root_path()
    scopes_of = page_scopes_resolver()
    for content_type_id, type_ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        relations = related_names(model)
        batches = iter(type_ids)
        while batch := list(islice(batches, BATCH_SIZE)):
            for page in model.objects.filter(pk__in=batch).prefetch_related(*relations):
                yield page_document(page, root, scopes_of)


def related_names(model):
    """Many-to-many relations read for facets or text: prefetched once per batch."""
    names = {f.name for f in model._meta.get_fields() if f.many_to_many}
    wanted = set(LABELLED_FACETS.values())
    for field in model.get_search_fields():
        if isinstance(field, index.RelatedFields):
            wanted.add(field.field_name)
    return sorted(names & wanted)


def page_document(page, root, scopes_of):
    values = {name: getattr(page, field, "") or "" for name, field in SINGLE_VALUE_FACETS.items()}
    facets = {name: frozenset({value}) for name, value in values.items() if value}
    for name, relation in LABELLED_FACETS.items():
        related = getattr(page, relation, None)
        if related is not None and hasattr(related, "all"):
            facets[name] = frozenset(label.slug for label in related.all())
    event_start = getattr(page, "start", None)
    issued = start_of_day(getattr(page, "issue_date", None))
    return SearchDocument(
        key=f"page:{page.pk}",
        kind=PAGE_KINDS.get(type(page), "page"),
        title=page.title,
        url=page_url(page.url_path, root),
        scopes=scopes_of(page.path, type(page)),
        summary=getattr(page, "summary", "") or page.search_description or "",
        body=page_text(page),
        published=event_start or issued or page.first_published_at,
        event_start=event_start,
        facets=facets,
    )


def page_text(page):
    """The searchable text of a page's `search_fields`, other than its title and summary."""
    pieces = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name not in OWN_FIELDS:
            pieces += field_text(page, field.field_name)
        elif isinstance(field, index.RelatedFields):
            related = getattr(page, field.field_name, None)
            for obj in related.all() if hasattr(related, "all") else []:
                for inner in field.fields:
                    if isinstance(inner, index.SearchField):
                        pieces += field_text(obj, inner.field_name)
    return " ".join(" ".join(strip_tags(piece).split()) for piece in pieces if piece)


def field_text(obj, name):
    """Text pieces of one field: StreamField blocks' searchable content, or its value."""
    value = getattr(obj, name, None)
    if callable(value):
        value = value()
    if value is None:
        return []
    try:
        model_field = obj._meta.get_field(name)
    except FieldDoesNotExist:  # a method or property
        model_field = None
    if model_field is not None and hasattr(model_field, "get_searchable_content"):
        return [str(piece) for piece in model_field.get_searchable_content(value)]
    return [str(value)]


page_documents = DocumentSource(prefix="page", build=build_page_documents)
