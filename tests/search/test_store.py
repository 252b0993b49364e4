"""The search store's promises (search.stores), on synthetic documents.

Runs against whichever store the run is configured with: the engine store with SEARCH_URL
set, else the database store. Expected results are worked out here, in Python, from the
documents each test indexes.
"""

import itertools
import random
from collections import Counter
from datetime import UTC, datetime

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.documents import FACETS, SORTS, SearchDocument, SearchRequest
from search.stores import SearchUnavailable, get_store
from tests.services import require_search_server, uses_search_server

pytestmark = pytest.mark.django_db

PUBLIC = frozenset({"public"})
MEMBERS = frozenset({"members"})
EVERYONE = PUBLIC | MEMBERS
JAN_2024 = datetime(2024, 1, 15, 9, 30, tzinfo=UTC)


def document(
    number,
    title="Untitled",
    *,
    kind="page",
    scopes=PUBLIC,
    summary="",
    body="",
    published=JAN_2024,
    event_start=None,
    listed=True,
    **facets,
):
    """A SearchDocument keyed "<kind>:<number>"; facets as keyword arguments (topic=["a"])."""
    return SearchDocument(
        key=f"{kind}:{number}",
        kind=kind,
        title=title,
        url=f"/{kind}/{number}/",
        scopes=frozenset(scopes),
        summary=summary,
        body=body,
        published=published,
        event_start=event_start,
        facets={name: frozenset(values) for name, values in facets.items()},
        listed=listed,
    )


@pytest.fixture
def store():
    store = get_store()
    store.clear()
    return store


@pytest.fixture
def index(store):
    """Save documents and make them searchable now."""

    def index(*documents):
        store.save(documents)
        store.refresh()
        return documents

    return index


def search(store, text="", scopes=PUBLIC, **options):
    return store.search(SearchRequest(text=text, scopes=frozenset(scopes), **options))


def keys(response_or_hits):
    hits = getattr(response_or_hits, "hits", response_or_hits)
    return [hit.key for hit in hits]


def expected_results(documents, selected):
    """Brute force: the documents a selection shows, and each facet's counts, where a
    facet's counts apply every other facet's selection but not its own."""

    def chosen(doc, ignoring=None):
        values = doc.facet_values()
        return all(
            set(values.get(facet, ())) & set(wanted)
            for facet, wanted in selected.items()
            if facet != ignoring and wanted
        )

    shown = {doc.key for doc in documents if chosen(doc)}
    counts = {
        facet: dict(
            Counter(
                value
                for doc in documents
                if chosen(doc, ignoring=facet)
                for value in doc.facet_values().get(facet, ())
            )
        )
        for facet in FACETS
    }
    return shown, counts


# Words


def test_every_word_must_match_and_title_matches_rank_above_body_only_matches(store, index):
    index(
        document(1, "Guidance", body="Our approach to safety planning in parks."),
        document(2, "Safety planning", body="A short guide."),
        document(3, "Safety at home", summary="Planning ahead for visits."),
        document(4, "Safety briefing", body="Nothing about the other word."),
        document(5, "Planning meetings", body="Agendas."),
    )

    found = search(store, "safety planning")

    assert set(keys(found)) == {"page:1", "page:2", "page:3"}
    assert found.total == 3
    assert keys(found)[0] == "page:2"
    assert keys(found).index("page:2") < keys(found).index("page:1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("school", {"page:1", "page:2"}),
        ("schools", {"page:1", "page:2"}),
        ("planning", {"page:3", "page:4"}),
        ("plan", {"page:3", "page:4"}),
    ],
)
def test_english_stemming_matches_other_forms_of_a_word_both_ways(store, index, text, expected):
    index(
        document(1, "Schools pack"),
        document(2, "Working with a school", body="Head teachers."),
        document(3, "Safety plan template"),
        document(4, "Guidance", body="Planning a visit."),
        document(5, "Parks and scholars"),
    )

    assert set(keys(search(store, text))) == expected


# Access


def test_a_document_is_seen_only_by_requests_sharing_one_of_its_scopes(store, index):
    index(
        document(1, "Safety planning", summary="Open to all.", topic=["open"]),
        document(
            2,
            "Safety planning for members",
            scopes=MEMBERS,
            summary="Members' secret safety notes.",
            body="Secret safety planning.",
            topic=["private"],
        ),
    )

    public = search(store, "safety")
    assert keys(public) == ["page:1"]
    assert public.total == 1
    assert public.counts["topic"] == {"open": 1}
    assert all("secret" not in hit.snippet.lower() for hit in public.hits)
    assert search(store, "secret").total == 0
    assert search(store, "").total == 1
    assert keys(store.suggest("safe", PUBLIC, None, 10)) == ["page:1"]

    both = search(store, "safety", EVERYONE)
    assert set(keys(both)) == {"page:1", "page:2"}
    assert both.total == 2
    assert both.counts["topic"] == {"open": 1, "private": 1}
    assert set(keys(store.suggest("safe", EVERYONE, None, 10))) == {"page:1", "page:2"}
    assert keys(search(store, "secret", MEMBERS)) == ["page:2"]


def test_a_request_without_scopes_sees_nothing(store, index):
    index(document(1, "Safety planning"))

    assert search(store, "safety", frozenset()).total == 0
    assert store.suggest("safe", frozenset(), None, 10) == []


# Facets


def test_a_facets_counts_ignore_its_own_selection_but_apply_every_other_facets(store, index):
    index(
        document(1, "Report one", topic=["a"], audience=["x"]),
        document(2, "Report two", topic=["a", "b"], audience=["y"]),
        document(3, "Report three", topic=["b"], audience=["y"]),
        document(4, "Report four", topic=["b"], audience=["z"]),
        document(5, "Report five", audience=["x"]),
    )

    found = search(store, "report", selected={"topic": frozenset({"a"})})

    assert set(keys(found)) == {"page:1", "page:2"}
    assert found.total == 2
    # as if no topic were chosen: b still shows its three documents
    assert found.counts["topic"] == {"a": 2, "b": 3}
    # topic=a applied: only documents 1 and 2 are counted
    assert found.counts["audience"] == {"x": 1, "y": 1}
    assert found.counts["type"] == {"page": 2}


def test_values_chosen_within_one_facet_combine_with_or(store, index):
    index(
        document(1, "Report one", topic=["a"], audience=["x"]),
        document(2, "Report two", topic=["b"], audience=["y"]),
        document(3, "Report three", topic=["c"], audience=["x"]),
    )

    found = search(store, "report", selected={"topic": frozenset({"a", "b"})})

    assert set(keys(found)) == {"page:1", "page:2"}
    assert found.total == 2
    assert found.counts["audience"] == {"x": 1, "y": 1}

    narrowed = search(
        store, "report", selected={"topic": frozenset({"a", "b"}), "audience": frozenset({"x"})}
    )
    assert keys(narrowed) == ["page:1"]
    assert narrowed.counts["topic"] == {"a": 1, "c": 1}
    assert narrowed.counts["audience"] == {"x": 1, "y": 1}


def generated_documents(count, seed, first=1):
    """Documents that all match "report", with varied facets, kinds and years."""
    rng = random.Random(seed)
    documents = []
    for number in range(first, first + count):
        documents.append(
            document(
                number,
                f"Report {number}",
                kind=rng.choice(["pack", "tool", "event"]),
                summary=rng.choice(["", "A summary of findings."]),
                published=datetime(rng.choice([2022, 2023, 2024]), 3, 1 + number % 28, tzinfo=UTC),
                topic=rng.sample(["a", "b", "c"], rng.randint(0, 2)),
                audience=rng.sample(["x", "y", "z"], rng.randint(0, 2)),
                region=rng.sample(["north", "south"], rng.randint(0, 1)),
            )
        )
    return documents


def selections(documents):
    """Every facet value alone, every pair of values of one facet, and a few across facets."""
    values = {facet: set() for facet in FACETS}
    for doc in documents:
        for facet, chosen in doc.facet_values().items():
            values[facet].update(chosen)
    for facet, found in values.items():
        for size in (1, 2):
            for chosen in itertools.combinations(sorted(found), size):
                yield {facet: frozenset(chosen)}
    yield {"topic": frozenset({"a"}), "audience": frozenset({"x", "y"})}
    yield {
        "topic": frozenset({"b", "c"}),
        "region": frozenset({"north"}),
        "type": frozenset({"tool"}),
    }
    yield {"year": frozenset({"2023"}), "type": frozenset({"pack", "event"})}


def test_totals_results_and_counts_equal_a_brute_force_count_for_every_selection(store, index):
    documents = generated_documents(60, seed=7)
    others = [document(100 + n, "Unrelated", topic=["a"], audience=["x"]) for n in range(5)]
    index(*documents, *others)

    problems = []
    for selected in selections(documents):
        found = search(store, "report", selected=selected, limit=100)
        shown, counts = expected_results(documents, selected)
        if found.total != len(shown) or set(keys(found)) != shown:
            problems.append(f"{selected}: {found.total} results, expected {len(shown)}")
        if found.counts != counts:
            problems.append(f"{selected}: counts {found.counts}, expected {counts}")
    assert not problems, "\n".join(problems)


def test_only_the_facets_asked_for_are_counted(store, index):
    index(document(1, "Report", topic=["a"], audience=["x"]))

    found = search(store, "report", counted=("topic",))

    assert found.counts == {"topic": {"a": 1}}


def test_within_filters_results_and_counts_but_is_never_a_counted_selection(store, index):
    index(
        document(1, "Safety tool", kind="tool", topic=["a"]),
        document(2, "Safety checklist", kind="tool", topic=["b"]),
        document(3, "Safety pack", kind="pack", topic=["a"]),
        document(4, "Safety webinar", kind="event", topic=["c"]),
    )

    found = search(store, "safety", within={"type": frozenset({"tool"})})

    assert set(keys(found)) == {"tool:1", "tool:2"}
    assert found.total == 2
    # a chosen type would still count the other types; `within` leaves them out
    assert found.counts["type"] == {"tool": 2}
    assert found.counts["topic"] == {"a": 1, "b": 1}

    chosen = search(
        store,
        "safety",
        within={"type": frozenset({"tool"})},
        selected={"topic": frozenset({"a"})},
    )
    assert keys(chosen) == ["tool:1"]
    assert chosen.counts["topic"] == {"a": 1, "b": 1}
    assert chosen.counts["type"] == {"tool": 1}


# Browsing


def test_browsing_without_words_shows_only_listed_documents(store, index):
    index(
        document(1, "Safety thread", kind="discussion", topic=["a"]),
        document(2, "Re: Safety", kind="discussion", body="Reply", listed=False, topic=["b"]),
    )

    browsed = search(store, "")
    assert keys(browsed) == ["discussion:1"]
    assert browsed.total == 1
    assert browsed.counts["topic"] == {"a": 1}

    assert set(keys(search(store, "safety"))) == {"discussion:1", "discussion:2"}


# Sorting and paging


def test_newest_sorts_by_publication_newest_first_with_undated_documents_last(store, index):
    index(
        document(1, "Report 2021", published=datetime(2021, 5, 1, tzinfo=UTC)),
        document(2, "Report undated", published=None),
        document(3, "Report 2023", published=datetime(2023, 5, 1, tzinfo=UTC)),
        document(4, "Report 2022", published=datetime(2022, 5, 1, tzinfo=UTC)),
    )

    expected = ["page:3", "page:4", "page:1", "page:2"]
    assert keys(search(store, "", sort="newest")) == expected
    assert keys(search(store, "report", sort="newest")) == expected


def test_event_date_sorts_events_by_start_then_the_rest_newest_first(store, index):
    march = datetime(2027, 3, 1, 10, tzinfo=UTC)
    january = datetime(2027, 1, 5, 10, tzinfo=UTC)
    index(
        document(1, "Report older page", published=datetime(2023, 1, 1, tzinfo=UTC)),
        document(2, "Report March event", kind="event", event_start=march),
        document(3, "Report newer page", published=datetime(2024, 6, 1, tzinfo=UTC)),
        document(4, "Report January event", kind="event", event_start=january),
    )

    expected = ["event:4", "event:2", "page:3", "page:1"]
    assert keys(search(store, "", sort="event_date")) == expected
    assert keys(search(store, "report", sort="event_date")) == expected


def test_title_sorts_a_to_z_ignoring_case(store, index):
    index(
        document(1, "banana report"),
        document(2, "Cherry report"),
        document(3, "Apple report"),
        document(4, "apricot report"),
    )

    expected = ["page:3", "page:4", "page:1", "page:2"]
    assert keys(search(store, "", sort="title")) == expected
    assert keys(search(store, "report", sort="title")) == expected


@pytest.mark.parametrize("sort", SORTS)
def test_pages_hold_every_result_once_and_each_states_the_exact_total(store, index, sort):
    documents = generated_documents(23, seed=3)
    index(*documents)

    pages = [search(store, "report", sort=sort, offset=n, limit=5) for n in range(0, 25, 5)]

    assert [page.total for page in pages] == [23] * 5
    assert [len(page.hits) for page in pages] == [5, 5, 5, 5, 3]
    paged = [key for page in pages for key in keys(page)]
    assert sorted(paged) == sorted(doc.key for doc in documents)
    assert paged == keys(search(store, "report", sort=sort, limit=23))
    assert search(store, "report", sort=sort, offset=30, limit=5).hits == []


# Results and snippets


def test_a_hit_carries_the_documents_fields(store, index):
    start = datetime(2027, 2, 1, 10, 0, tzinfo=UTC)
    published = datetime(2024, 11, 3, 14, 5, 9, tzinfo=UTC)
    index(document(7, "Safety webinar", kind="event", published=published, event_start=start))

    (hit,) = search(store, "webinar").hits

    assert (hit.key, hit.kind, hit.title, hit.url) == (
        "event:7",
        "event",
        "Safety webinar",
        "/event/7/",
    )
    assert hit.published == published
    assert hit.event_start == start
    assert hit.published.tzinfo is not None


def test_snippets_escape_the_text_and_mark_the_matched_words(store, index):
    index(document(1, "Notice", body="Read this <script>alert(1)</script> safety advice."))

    (hit,) = search(store, "safety").hits

    assert "&lt;script&gt;" in hit.snippet
    assert "<mark>safety</mark>" in hit.snippet
    assert "<script" not in hit.snippet


def test_without_a_highlighted_word_the_snippet_is_the_escaped_summary(store, index):
    long_summary = "Fish & chips <b>bold</b> " + "word " * 100
    index(document(1, "Safety notice", summary=long_summary))

    (hit,) = search(store, "safety").hits

    assert hit.snippet.startswith("Fish &amp; chips &lt;b&gt;bold&lt;/b&gt; word")
    assert "<b>" not in hit.snippet
    assert hit.snippet.endswith("…")
    assert len(hit.snippet) < 300


# Keeping the index


def test_saving_replaces_a_document_by_key(store, index):
    index(document(1, "Old safety title"), document(2, "Another safety page"))
    index(document(1, "New safety title"))

    found = search(store, "safety")
    assert found.total == 2
    assert sorted(keys(found)) == ["page:1", "page:2"]
    assert {hit.title for hit in found.hits} == {"New safety title", "Another safety page"}
    assert search(store, "old").total == 0


def test_deleting_removes_documents_and_missing_keys_are_fine(store, index):
    index(document(1, "Safety one"), document(2, "Safety two"))

    store.delete(["page:1", "page:404"])
    store.refresh()

    assert keys(search(store, "safety")) == ["page:2"]
    assert set(store.fingerprints()) == {"page:2"}


def test_fingerprints_give_each_documents_stored_fingerprint(store, index):
    first, second = index(document(1, "Safety one"), document(2, "Safety two"))
    assert store.fingerprints() == {"page:1": first.fingerprint, "page:2": second.fingerprint}

    (changed,) = index(document(2, "Safety two, revised"))
    assert changed.fingerprint != second.fingerprint
    assert store.fingerprints() == {"page:1": first.fingerprint, "page:2": changed.fingerprint}


def test_rebuilding_replaces_everything_and_returns_the_number_indexed(store, index):
    index(document(1, "Safety one"), document(2, "Safety two"), document(3, "Safety three"))
    done = []

    count = store.rebuild(
        (document(n, f"Safety rebuilt {n}") for n in (2, 4)), progress=done.append
    )
    store.refresh()

    assert count == 2
    assert done[-1] == 2
    found = search(store, "safety")
    assert sorted(keys(found)) == ["page:2", "page:4"]
    assert {hit.title for hit in found.hits} == {"Safety rebuilt 2", "Safety rebuilt 4"}
    assert set(store.fingerprints()) == {"page:2", "page:4"}

    index(document(5, "Safety after the rebuild"))
    assert sorted(keys(search(store, "safety"))) == ["page:2", "page:4", "page:5"]


def test_totals_and_counts_are_exact_beyond_two_thousand_matches(store, index):
    documents = generated_documents(2100, seed=11)
    index(*documents)

    found = search(store, "report", limit=10)
    assert found.total == 2100
    assert len(found.hits) == 10
    # Every value of every facet alone, each pair within a facet, and one across facets:
    # totals and every count equal the brute-force figures.
    for selected in [{}, *selections(documents)]:
        answer = search(store, "report", selected=selected, limit=10)
        shown, counts = expected_results(documents, selected)
        assert answer.total == len(shown), selected
        for facet in FACETS:
            assert answer.counts[facet] == {v: n for v, n in counts[facet].items() if n}, (
                selected,
                facet,
            )


# Suggestions


@pytest.fixture
def titles(index):
    return index(
        document(1, "Safety planning", kind="pack"),
        document(2, "Safety briefing", kind="tool"),
        document(3, "School safety guide", kind="pack"),
        document(4, "Planning ahead", kind="page"),
        document(5, "Members' safety plan", kind="discussion", scopes=MEMBERS),
    )


def suggested(store, text, scopes=PUBLIC, kinds=None, limit=10):
    return set(keys(store.suggest(text, frozenset(scopes), kinds, limit)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("saf", {"pack:1", "tool:2", "pack:3"}),
        ("SAFE", {"pack:1", "tool:2", "pack:3"}),
        ("safe pla", {"pack:1"}),
        ("safety planning", {"pack:1"}),
        ("pla", {"pack:1", "page:4"}),
        ("guide sch", {"pack:3"}),
        ("afety", set()),
        ("safety plank", set()),
    ],
)
def test_suggestions_are_titles_with_a_word_beginning_with_each_typed_word(
    store, titles, text, expected
):
    assert suggested(store, text) == expected


def test_suggestions_are_limited_to_shared_scopes_and_chosen_kinds(store, titles):
    assert suggested(store, "safe pla", EVERYONE) == {"pack:1", "discussion:5"}
    assert suggested(store, "saf", kinds=frozenset({"tool"})) == {"tool:2"}
    assert suggested(store, "saf", kinds=frozenset({"pack", "discussion"})) == {"pack:1", "pack:3"}


def test_suggestions_respect_the_limit(store, titles):
    hits = store.suggest("saf", PUBLIC, None, 2)

    assert len(hits) == 2
    assert {hit.key for hit in hits} <= {"pack:1", "tool:2", "pack:3"}
    assert all(hit.title and hit.url for hit in hits)


# The engine store only


def test_an_unreachable_engine_makes_search_and_suggest_raise_search_unavailable():
    require_search_server()
    from search.stores.engine import EngineStore

    config = {**settings.WAGTAILSEARCH_BACKENDS["default"], "URLS": ["http://127.0.0.1:9"]}
    unreachable = EngineStore(config)

    with pytest.raises(SearchUnavailable):
        unreachable.search(SearchRequest(text="safety", scopes=PUBLIC))
    with pytest.raises(SearchUnavailable):
        unreachable.suggest("saf", PUBLIC, None, 5)


def test_a_cluster_node_that_is_down_is_passed_over_for_one_that_answers(store, index):
    """SEARCH_URL lists a cluster's nodes: searching goes on while one of them is down."""
    require_search_server()
    from search.stores.engine import EngineStore

    index(document(1, "Safety plan"))
    config = settings.WAGTAILSEARCH_BACKENDS["default"]
    one_node_down = EngineStore({**config, "URLS": ["http://127.0.0.1:9", *config["URLS"]]})

    for _ in range(3):
        assert keys(search(one_node_down, "safety")) == ["page:1"]


def test_a_store_with_nothing_indexed_yet_answers_with_no_results(store):
    answer = search(store, "safety", counted=("topic", "type"))

    assert (answer.total, answer.hits) == (0, [])
    assert answer.counts == {"topic": {}, "type": {}}


def test_a_search_the_engine_refuses_raises_search_unavailable(store, index):
    require_search_server()
    index(document(1, "Safety plan", topic=["a"]))
    (concrete,) = store._alias_targets()
    store.client.call("indices.close", index=concrete, slow=True)
    try:
        with pytest.raises(SearchUnavailable):
            search(store, "safety", counted=("topic",))
    finally:
        store.client.call("indices.open", index=concrete, slow=True)


# The database store only


@pytest.mark.parametrize(
    ("selected", "group_bys"),
    [({}, 1), ({"topic": ["a"]}, 2), ({"topic": ["a"], "format": ["pdf"]}, 3)],
)
def test_the_database_counts_facets_sharing_the_other_choices_in_one_query(
    store, index, selected, group_bys
):
    if uses_search_server():
        pytest.skip("counts the database store's queries")

    index(document(1, "Safety", topic=["a"], format=["pdf"]), document(2, "Safety", topic=["b"]))
    with CaptureQueriesContext(connection) as queries:
        answer = search(store, "safety", selected=selected, counted=tuple(FACETS))

    assert sum("GROUP BY" in query["sql"] for query in queries) == group_bys
    assert answer.counts["topic"] == ({"a": 1} if "format" in selected else {"a": 1, "b": 1})
