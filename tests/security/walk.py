"""Walking the URLconf, visiting URLs as each role, and naming what came back."""

from dataclasses import dataclass

from django.test import Client
from django.urls import URLResolver, get_resolver, reverse

from tests.two_factor import sign_in_with_second_factor

#: People outside the staff, then one person in each programme staff group (and no other).
PEOPLE = ("anonymous", "registered", "applicant", "member", "chair", "left_area_member", "spoc")
STAFF_GROUPS = {
    "editor": "Editors",
    "moderator": "Moderators",
    "network_admin": "Network administrators",
    "data_protection": "Data protection",
    "reviewer": "Reviewers",
}
ROLES = PEOPLE + tuple(STAFF_GROUPS)

# What a response means, beyond its status code:
LOGIN = "login"  # a 302 to the site's sign-in page
ADMIN_LOGIN = "admin login"  # a 302 to the Wagtail admin's sign-in page
REFUSED = "refused"  # Wagtail's answer to admin users without the permission: a 302 to /admin/
TEASER = "teaser"  # a gated page's title and summary with how to join (200), never its body
EXPLAINED = "explained"  # what kind of gated thing a link is to, how to get in (200), nothing of it


def by_role(*outcomes):
    """Expected outcomes in ROLES order, as {role: outcome}."""
    return dict(zip(ROLES, outcomes, strict=True))


def everyone(outcome):
    return by_role(*[outcome] * len(ROLES))


def but(outcomes, **changes):
    """The same outcomes, but these roles' changed."""
    assert changes.keys() <= set(ROLES), changes.keys() - set(ROLES)
    return {**outcomes, **changes}


@dataclass(frozen=True)
class Pattern:
    route: str
    name: str | None
    module: str

    @property
    def key(self):
        return self.name or self.route

    @property
    def is_admin(self):
        return self.route.startswith("admin/")


def view_module(callback):
    view = getattr(callback, "view_class", callback)
    return getattr(view, "__module__", None) or type(view).__module__


def url_patterns(patterns=None, prefix="", namespace=None):
    """Every pattern of the root URLconf, with its full route and namespaced name."""
    for item in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(item, URLResolver):
            inner = namespace
            if item.namespace:
                inner = f"{namespace}:{item.namespace}" if namespace else item.namespace
            yield from url_patterns(item.url_patterns, prefix + str(item.pattern), inner)
        else:
            name = item.name and (f"{namespace}:{item.name}" if namespace else item.name)
            yield Pattern(prefix + str(item.pattern), name, view_module(item.callback))


def client_as(person, role):
    """A client signed in as the person (None: anonymous) that reports errors as 500s; staff
    have given their second factor (tests/security/test_two_factor.py walks the pages before it).

    Each role has its own address, so per-address limits of one role never touch another.
    """
    client = Client(raise_request_exception=False, REMOTE_ADDR=f"192.0.2.{ROLES.index(role) + 1}")
    if person is not None:
        sign_in_with_second_factor(client, person)
    return client


def outcome(response):
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith(reverse("network:login") + "?next="):
            return LOGIN
        if location.startswith(reverse("wagtailadmin_login") + "?next="):
            return ADMIN_LOGIN
        if location == reverse("wagtailadmin_home"):
            return REFUSED
    if response.status_code == 200 and any(
        template.name == "network/gated_page.html" for template in response.templates
    ):
        return TEASER
    if response.status_code == 200 and any(
        template.name == "network/gated_link.html" for template in response.templates
    ):
        return EXPLAINED
    return response.status_code


def visit_all(people, cases):
    """GET each (label, path, {role: expected}) as each role named; a list of the surprises."""
    problems = []
    for role in ROLES:
        client = client_as(people[role], role)
        for label, path, expected in cases:
            if role not in expected:
                continue
            response = client.get(path)
            got = outcome(response)
            if got != expected[role]:
                error = f" ({response.exc_info[1]!r})" if response.exc_info else ""
                problems.append(
                    f"{label} GET {path} as {role}: expected {expected[role]}, got {got}{error}"
                )
    return problems
