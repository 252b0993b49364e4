"""SEARCH_URL and SEARCH_ENGINE choose the search backend."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from search.engines import DATABASE_BACKEND, redact_url, search_backends


def test_no_search_url_means_the_database_backend():
    assert search_backends("", "", "pfs_") == {"default": {"BACKEND": DATABASE_BACKEND}}


def test_search_url_defaults_to_elasticsearch9():
    config = search_backends("http://search:9200", "", "pfs_")["default"]
    assert config["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert config["URLS"] == ["http://search:9200"]
    assert config["INDEX_PREFIX"] == "pfs_"


def test_search_url_may_list_a_clusters_nodes_separated_by_commas():
    config = search_backends("http://node1:9200, http://node2:9200,", "opensearch2", "p_")
    assert config["default"]["URLS"] == ["http://node1:9200", "http://node2:9200"]


def test_a_malformed_node_in_the_list_stops_start_up():
    with pytest.raises(ImproperlyConfigured, match="SEARCH_URL"):
        search_backends("http://node1:9200,node2:9200", "opensearch2", "p_")


def test_opensearch2_is_supported_out_of_the_box():
    config = search_backends("http://search:9200", "opensearch2", "pfs_")["default"]
    assert config["BACKEND"] == "wagtail.search.backends.opensearch2"


def test_an_unknown_engine_is_an_error_naming_the_allowed_values():
    with pytest.raises(ImproperlyConfigured) as error:
        search_backends("http://search:9200", "solr", "pfs_")
    message = str(error.value)
    assert "'solr'" in message
    for allowed in ("elasticsearch9", "opensearch2", "elasticsearch8", "opensearch3"):
        assert allowed in message


@pytest.mark.parametrize(
    ("engine", "client"), [("elasticsearch8", "elasticsearch"), ("opensearch3", "opensearch-py")]
)
def test_engines_needing_another_client_say_which_to_pin(engine, client):
    with pytest.raises(ImproperlyConfigured, match=rf"needs the {client} \d\.x client.*Pin"):
        search_backends("http://search:9200", engine, "pfs_")


def test_an_engine_without_a_url_is_an_error():
    with pytest.raises(ImproperlyConfigured, match="SEARCH_ENGINE is set but SEARCH_URL is not"):
        search_backends("", "opensearch2", "pfs_")


def test_a_search_url_must_be_http_and_errors_never_show_its_password():
    with pytest.raises(ImproperlyConfigured) as error:
        search_backends("ftp://user:hunter2@search:21", "opensearch2", "pfs_")
    assert "must start with http" in str(error.value)
    assert "hunter2" not in str(error.value)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://u:p@search.example:9243/es", "https://search.example:9243/es"),
        ("http://search.example", "http://search.example"),
        ("http://elastic@search.example:9200/", "http://search.example:9200/"),
        ("http://10.0.0.5:9200", "http://10.0.0.5:9200"),
        ("https://u:p@10.0.0.5/es?pretty#top", "https://10.0.0.5/es"),
        ("http://[::1]:9200", "http://[::1]:9200"),
        ("http://u:p@[2001:db8::5]:9200/es", "http://[2001:db8::5]:9200/es"),
        ("https://u:p@[2001:db8::5]", "https://[2001:db8::5]"),
        ("http://u:p@ss@search.example:9200", "http://search.example:9200"),
        ("http://u:pa/ss?w#rd@search.example", "http://search.example"),
        ("u:p@search.example:9200", "search.example:9200"),
        ("http://[::1:9200", "http://[::1:9200"),
    ],
)
def test_redacted_urls_drop_credentials_but_keep_host_port_and_path(url, shown):
    assert redact_url(url) == shown


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1]:9200",
        "https://elastic:pw@[2001:db8::5]/es",
        "http://10.0.0.5:9200",
        "http://search.internal",
    ],
)
def test_search_urls_with_any_host_form_are_accepted(url):
    assert search_backends(url, "opensearch2", "pfs_")["default"]["URLS"] == [url]


@pytest.mark.parametrize(
    "url",
    [
        "http://elastic:hunter2@[::1:9200",
        "http://elastic:hunter2@search:port",
        "http://elastic:hunter2@search:99999",
        "http://elastic:hunter2@:9200",
        "http://elastic:hunter2#@search:9200",
    ],
)
def test_a_malformed_search_url_stops_start_up_without_showing_its_password(url):
    with pytest.raises(ImproperlyConfigured, match="SEARCH_URL must be http") as error:
        search_backends(url, "opensearch2", "pfs_")
    assert "hunter2" not in str(error.value)
