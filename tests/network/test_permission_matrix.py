"""Each role against each kind of gated URL: the status code, and never the content."""

import pytest

from tests.network.helpers import client_for

pytestmark = pytest.mark.django_db

EXPLAINED = "explained"  # 200: what kind of thing the link is to and how to get in
KINDS = [
    "network_page",
    "chairs_page",
    "evidence_page",
    "private_document",
    "contribution",
    "directory",
]
# role: expected result for each kind, in KINDS order
MATRIX = {
    "anonymous": [200, 200, 200, EXPLAINED, EXPLAINED, EXPLAINED],
    "registered": [403, 403, 403, 403, 403, 403],
    "applicant": [403, 403, 403, 403, 403, 403],
    "member": [200, 403, 200, 200, 200, 200],
    "chair": [200, 200, 200, 200, 403, 200],
    "left_area_member": [403, 403, 403, 403, 403, 403],
    "staff": [200, 200, 200, 200, 200, 200],
}
SECRET_CONTENT = {
    "network_page": "MEMBERS-ONLY BODY",
    "chairs_page": "CHAIRS-ONLY BODY",
    "evidence_page": "EVIDENCE BODY",
}


def url_for(kind, gated):
    if kind == "private_document":
        return gated["private_document"].url
    if kind == "contribution":
        return gated["contribution"].document.url
    if kind == "directory":
        return "/network/directory/"
    return gated[kind].url


CASES = [
    (role, kind, expected)
    for role, row in MATRIX.items()
    for kind, expected in zip(KINDS, row, strict=True)
]


@pytest.mark.parametrize(("role", "kind", "expected"), CASES)
def test_permission_matrix(client, people, gated, role, kind, expected):
    response = client_for(client, people[role]).get(url_for(kind, gated))
    if expected == EXPLAINED:
        assert response.status_code == 200
        assert "network/gated_link.html" in [template.name for template in response.templates]
        return
    assert response.status_code == expected
    if kind in SECRET_CONTENT:
        body = response.content.decode()
        assert (SECRET_CONTENT[kind] in body) is (expected == 200 and role != "anonymous")


@pytest.mark.parametrize("kind", ["network_page", "chairs_page", "evidence_page"])
def test_outsiders_see_title_summary_and_how_to_join_not_a_bare_wall(client, gated, kind):
    html = client.get(gated[kind].url).content.decode()
    assert f"<h1>{gated[kind].title}</h1>" in html
    assert gated[kind].summary in html
    assert 'href="/network/join/"' in html
    assert "Sign in" in html


def test_signed_in_outsiders_get_the_explanation_with_403(client, people, gated):
    response = client_for(client, people["registered"]).get(gated["network_page"].url)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Your account does not give access" in html
    assert gated["network_page"].summary in html


def test_editors_can_turn_the_teaser_off(client, people, gated):
    page = gated["network_page"]
    page.show_teaser = False
    page.save_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 302 and "/accounts/login/" in response.url
    response = client_for(client, people["registered"]).get(page.url)
    assert response.status_code == 403
    assert page.summary not in response.content.decode()
    assert page.title not in response.content.decode().split("<main", 1)[1]


def test_gated_pages_stay_gated_when_moved_out_of_the_network(client, gated):
    page = gated["network_page"]
    page.move(page.get_parent().get_parent(), pos="last-child")
    response = client.get("/peer-support/")
    assert "MEMBERS-ONLY BODY" not in response.content.decode()


def test_gated_responses_are_never_cached_publicly(client, people, gated):
    for person in (None, people["member"]):
        response = client_for(client, person).get(gated["network_page"].url)
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
