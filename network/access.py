"""The access policy: who may see which pages, documents and network content.

One module answers "may this user see this?" and "which of these may this user see?".
Listings, page serving, document downloads, search, the sitemap, the pack ZIP and the
dashboard all ask here. Rules:

- Public content: live pages without view restrictions, documents in collections that are
  neither restricted nor gated.
- Network members: people with an approved membership of an area that is in the network now
  (an area that leaves takes its people's access with it), with an active account.
- ROTH Chairs: network members holding the Chair role.
- An area's single point of contact: a network member holding that role; they decide the
  requests to join through their area.
- Programme staff are decided by permissions, never by group names (the groups and what
  each holds are in docs/security.md, "Roles and staff groups"):
  - `network.view_network_content`: sees everything members and Chairs see;
  - `network.moderate_discussions`: reads every discussion space (and its session notes),
    posts waiting for approval and hidden posts, and moderates;
  - `network.change_membership`: decides any area's requests to join;
  - `network.manage_personal_data` and `network.view_audit_log`: the data protection tools;
  - `wagtailadmin.access_admin`: programme staff at all (trusted posters).
Gated page types declare `access` ("members" or "chairs"); gated collections carry a
GatedCollection row. Evidence contributions' documents are for staff and the contributing area.

Search asks the same questions as *scopes* (the end of this module): a findable object lists
the scopes that may see it, a person holds scopes, and the person may see the object when
they share one. tests/security/test_search_scopes.py checks that this agrees with the
functions above for every object of the demo content and every role.
"""

from functools import reduce
from itertools import combinations, product
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import (
    CollectionViewRestriction,
    Page,
    PageManager,
    PageViewRestriction,
    get_page_models,
)
from wagtail.query import PageQuerySet

from home import page_cache
from network import access_generation
from network.audience import GATED_COLLECTIONS, PAGE_LEVELS, Audience
from network.people.models import GatedCollection, LocalArea, Membership, Role

#: The permissions the policy asks about (granted to staff groups by data migrations).
SEE_ALL_NETWORK_CONTENT = "network.view_network_content"
MODERATE_DISCUSSIONS = "network.moderate_discussions"
MANAGE_NETWORK = "network.change_membership"
HANDLE_PERSONAL_DATA = "network.manage_personal_data"
VIEW_AUDIT_LOG = "network.view_audit_log"
ADMIN_ACCESS = "wagtailadmin.access_admin"
WRITE_SESSION_NOTES = "network.add_actionlearningsession"


def _cached(user, name, compute):
    """Per-request memo on the user object (a new object for each request)."""
    if user is None:
        return compute()
    attribute = f"_pfs_access_{name}"
    if not hasattr(user, attribute):
        setattr(user, attribute, compute())
    return getattr(user, attribute)


def is_signed_in(user):
    """An active account whose address is verified: nobody else counts as anyone."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and getattr(user, "email_verified_at", None) is not None
    )


def _has_power(user, permission):
    """A signed-in person holding the permission (through a group, directly, or superuser)."""
    return is_signed_in(user) and user.has_perm(permission)  # Django caches the set per user


def is_programme_staff(user):
    """Anyone the Wagtail admin lets in: every staff group gives admin access."""
    return _has_power(user, ADMIN_ACCESS)


def may_see_all_network_content(user):
    """Staff who see everything members and Chairs see (Editors, Network administrators)."""
    return _has_power(user, SEE_ALL_NETWORK_CONTENT)


def may_moderate(user):
    """Staff who moderate discussions (Moderators)."""
    return _has_power(user, MODERATE_DISCUSSIONS)


def may_manage_network(user):
    """Staff who manage areas and memberships and decide any area's requests to join."""
    return _has_power(user, MANAGE_NETWORK)


def may_handle_personal_data(user):
    """Staff who answer subject access requests: export and erase anyone's data."""
    return _has_power(user, HANDLE_PERSONAL_DATA)


def may_view_audit_log(user):
    return _has_power(user, VIEW_AUDIT_LOG)


def may_write_session_notes(user):
    """Staff who facilitate action learning sets and write their session notes (Editors)."""
    return _has_power(user, WRITE_SESSION_NOTES)


def sees_every_space(user):
    """Staff who read every discussion space and its session notes."""
    return may_see_all_network_content(user) or may_moderate(user)


def membership_of(user):
    """The user's membership with its area, or None."""
    if not is_signed_in(user):
        return None

    def load():
        membership = Membership.objects.select_related("area").filter(user=user).first()
        if membership is not None:
            membership.user = user  # the same person: gives_access reads them without a query
        return membership

    return _cached(user, "membership", load)


def is_network_member(user):
    """Approved member of an area that is in the network now. Used for priority booking."""
    membership = membership_of(user)
    return membership is not None and membership.gives_access


def is_chair(user):
    """A network member who holds the ROTH conference Chair role."""
    membership = membership_of(user)
    if membership is None or not membership.gives_access:
        return False
    return "chair" in role_codes(user, membership)


def is_area_contact(user):
    """A network member holding the single point of contact role: they decide the requests
    to join through their area. (The area's `single_point_of_contact` field names the
    programme's contact for the area; the role, held by one or more members, decides.)"""
    membership = membership_of(user)
    if membership is None or not membership.gives_access:
        return False
    return Role.SINGLE_POINT_OF_CONTACT in role_codes(user, membership)


def role_codes(user, membership):
    """The codes of the roles the membership holds (one query per request)."""
    return _cached(user, "role_codes", lambda: set(membership.roles.values_list("code", flat=True)))


def may_access(user, audience):
    """Whether the user belongs to an audience (network/audience.py); None is everyone.

    A discussion set or a contributing area is decided per space or document (below): of
    those audiences this says only that staff who see all network content belong."""
    if audience in (None, Audience.PUBLIC):
        return True
    if audience == Audience.SIGNED_IN:
        return is_signed_in(user)
    if may_see_all_network_content(user):
        return True
    if audience == Audience.MEMBERS:
        return is_network_member(user)
    if audience == Audience.CHAIRS:
        return is_chair(user)
    return False


# Pages ------------------------------------------------------------------------------------


def page_audience(page):
    """The audience a page's type requires, or None for public page types."""
    return getattr(page.specific_class or type(page), "access", None)


def gated_page_models():
    return [model for model in get_page_models() if getattr(model, "access", None)]


def hidden_page_types(user):
    """Content types of the gated page models this user may not see."""
    hidden = [model for model in gated_page_models() if not may_access(user, model.access)]
    return list(ContentType.objects.get_for_models(*hidden).values()) if hidden else []


def page_restrictions():
    """[(restricted page's path, restriction type, ids of the groups it names)], the same for
    everyone: kept until pages next change (adding, changing or removing a restriction or
    its groups moves that generation: home/apps.py), with CACHE_URL only."""

    def read():
        restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        return [
            (r.page.path, r.restriction_type, frozenset(group.pk for group in r.groups.all()))
            for r in restrictions
        ]

    return page_cache.shared_rule("page-view-restrictions", read)


def group_ids(user):
    return _cached(user, "group_ids", lambda: set(user.groups.values_list("pk", flat=True)))


def accepted_restriction_q(user):
    """A Q excluding pages under view restrictions this user does not pass (in listings)."""
    return _cached(user, "restriction_q", lambda: _accepted_restriction_q(user))


def _accepted_restriction_q(user):
    if may_see_all_network_content(user):
        return Q()

    def passes(kind, groups):
        return is_signed_in(user) and (
            kind == PageViewRestriction.LOGIN
            or (kind == PageViewRestriction.GROUPS and not groups.isdisjoint(group_ids(user)))
        )

    refused = [
        Q(path__startswith=path)
        for path, kind, groups in page_restrictions()
        if not passes(kind, groups)
    ]
    return ~reduce(or_, refused) if refused else Q()


def visible_pages(user, pages):
    """The live pages of this queryset that this user may see."""
    pages = pages.live().filter(accepted_restriction_q(user))
    hidden = hidden_page_types(user)
    return pages.exclude(content_type__in=hidden) if hidden else pages


class VisiblePageQuerySet(PageQuerySet):
    def visible_to(self, user):
        """The live pages of this query set that this user may see."""
        return visible_pages(user, self)


#: the manager of the site's page types: `EventPage.objects.live().visible_to(user)`
VisiblePageManager = PageManager.from_queryset(VisiblePageQuerySet)


def all_pages():
    """Pages of every type, as a query set that has `visible_to`."""
    return VisiblePageQuerySet(Page)


def can_view_page(user, page):
    """Whether the user may see this page's content (its type, then its view restrictions)."""
    if not may_access(user, page_audience(page)):
        return False
    return visible_pages(user, Page.objects.filter(pk=page.pk)).exists()


# Documents --------------------------------------------------------------------------------


def restricted_collection_paths():
    """Kept like the pages' restrictions: collection restrictions, gates and evidence
    contributions move the pages generation (home/apps.py, network/apps.py)."""
    return page_cache.shared_rule(
        "restricted-collections",
        lambda: list(CollectionViewRestriction.objects.values_list("collection__path", flat=True)),
    )


def gated_collection_audiences():
    """[(collection path, audience)] for every gated collection."""
    return page_cache.shared_rule(
        "gated-collections",
        lambda: list(GatedCollection.objects.values_list("collection__path", "audience")),
    )


def document_visibility(user):
    """A test "may this user download this document?", for checking many documents at once."""
    staff = may_see_all_network_content(user)
    restricted = [] if staff else restricted_collection_paths()
    gates = [] if staff else gated_collection_audiences()
    allowed_gates = {audience: may_access(user, audience) for _, audience in gates}
    contribution_documents = {} if staff else contribution_document_areas()
    membership = membership_of(user)

    def may_download(document):
        if document is None:
            return False
        if staff:
            return True
        if document.pk in contribution_documents:
            return (
                membership is not None
                and membership.gives_access
                and membership.area_id == contribution_documents[document.pk]
            )
        path = document.collection.path
        if any(path.startswith(p) for p, audience in gates if not allowed_gates[audience]):
            return False
        if any(path.startswith(p) for p in restricted):
            return is_signed_in(user) and any(
                path.startswith(p) for p, audience in gates if allowed_gates[audience]
            )
        return True

    return may_download


def contribution_document_areas():
    """{document id: contributing area id} for documents attached to evidence contributions."""
    shared = LocalArea.objects.filter(contributions__document__isnull=False)
    return page_cache.shared_rule(
        "contribution-documents",
        lambda: dict(shared.values_list("contributions__document_id", "pk")),
    )


def can_view_document(user, document):
    return document_visibility(user)(document)


def refused_document_audience(document):
    """Who a document someone was refused is for, to tell them: CONTRIBUTORS for an evidence
    contribution's document, else the narrowest audience of the gated collections holding it,
    else STAFF (a private collection without a gate is for staff only)."""
    if LocalArea.objects.filter(contributions__document=document).exists():
        return Audience.CONTRIBUTORS
    path = document.collection.path
    gates = [audience for gate, audience in gated_collection_audiences() if path.startswith(gate)]
    return max(gates, key=GATED_COLLECTIONS.index) if gates else Audience.STAFF


def public_collection_q(prefix="collection__"):
    """A Q for objects whose collection is neither restricted nor gated, nor any ancestor."""
    paths = restricted_collection_paths() + [path for path, _ in gated_collection_audiences()]
    if not paths:
        return Q()
    return ~reduce(or_, (Q(**{f"{prefix}path__startswith": path}) for path in paths))


def visible_documents(user, documents):
    """The documents of this queryset that this user may download."""
    if may_see_all_network_content(user):
        return documents
    may_download = document_visibility(user)
    ids = [doc.pk for doc in documents.select_related("collection") if may_download(doc)]
    return documents.filter(pk__in=ids)


# Discussions and session notes ------------------------------------------------------------
#
# Each takes the query set to narrow: the models' `visible_to(user)` methods (Space, Thread,
# Post and ActionLearningSession managers) call these, so the policy needs none of those models.


def readable_space_q(user, via=""):
    """A Q for the discussion spaces this user may read and post in, reached from the
    queried model through `via` ("space__" from a thread, "thread__space__" from a post)."""
    if sees_every_space(user):
        return Q()
    if not is_network_member(user):
        return Q(pk__in=[])
    audiences = [Audience.MEMBERS] + ([Audience.CHAIRS] if is_chair(user) else [])
    named_sets = user.discussion_sets.values("pk")
    return Q(**{f"{via}audience__in": audiences}) | Q(
        **{f"{via}audience": Audience.SET, f"{via}pk__in": named_sets}
    )


def visible_spaces(user, spaces):
    """The discussion spaces of this query set that the user may read and post in."""
    return spaces.filter(readable_space_q(user))


def session_note_spaces(user, spaces):
    """The sets this person may record session notes for from the site: every Chairs' or
    named set for staff who write session notes, their own for the set's members."""
    sets = spaces.filter(audience__in=[Audience.CHAIRS, Audience.SET])
    if may_write_session_notes(user):
        return sets
    if not is_network_member(user):
        return sets.none()
    return sets.filter(readable_space_q(user))


def visible_threads(user, threads):
    """Threads in spaces the user may see; threads awaiting approval only for their author."""
    if not is_signed_in(user):
        return threads.none()
    threads = threads.filter(readable_space_q(user, via="space__"))
    if may_moderate(user):
        return threads
    return threads.filter(Q(awaiting_approval=False) | Q(author=user))


def visible_posts(user, posts):
    """Published posts in threads the user may see, and the user's own waiting posts.

    Hidden and deleted posts keep their place in a thread (as a notice), but their text is
    for moderators and, when hidden, for its author: listings and search use only these.
    """
    if not is_signed_in(user):
        return posts.none()
    posts = posts.filter(readable_space_q(user, via="thread__space__"))
    if may_moderate(user):
        return posts
    posts = posts.filter(Q(thread__awaiting_approval=False) | Q(thread__author=user))
    state = posts.model.State
    return posts.filter(Q(state=state.PUBLISHED) | Q(state=state.PENDING, author=user))


def visible_sessions(user, sessions):
    """Action learning session notes: for their set's members and staff who see every space."""
    if not is_signed_in(user):
        return sessions.none()
    return sessions.filter(readable_space_q(user, via="space__"))


# Search scopes ----------------------------------------------------------------------------
#
# Scope names: "public", "signed-in", "members", "chairs" (what a page's type and a login
# restriction ask), "staff" (who sees all network content), "space:<id>" (a discussion
# space's threads, replies and session notes). A page under view restrictions for groups
# needs its level and a group from each restriction: "members|group:3" (joined by "|",
# groups sorted), and people hold those combinations for their own groups.

#: a page under more nested group restrictions than this is found by staff only
MAX_NESTED_GROUP_RESTRICTIONS = 2


def scopes_of_person(user):
    """Every scope this person holds (a frozenset of strings). A signed-in person's are kept
    between requests until anything they depend on changes (network/access_generation.py)."""
    if not is_signed_in(user):
        return frozenset({Audience.PUBLIC})
    return _cached(
        user,
        "scopes",
        lambda: access_generation.kept_for(user, "scopes", lambda: _person_scopes(user)),
    )


def _person_scopes(user):
    levels = [Audience.PUBLIC]
    if is_signed_in(user):
        levels.append(Audience.SIGNED_IN)
    if is_network_member(user):
        levels.append(Audience.MEMBERS)
    if is_chair(user):
        levels.append(Audience.CHAIRS)
    scopes = set(levels)
    if may_see_all_network_content(user):
        scopes.add(Audience.STAFF)
    if is_signed_in(user):
        groups = sorted(f"group:{pk}" for pk in user.groups.values_list("pk", flat=True))
        for size in range(1, MAX_NESTED_GROUP_RESTRICTIONS + 1):
            for combination in combinations(groups, size):
                scopes.update("|".join((level, *combination)) for level in levels[1:])
        # every space, through the user's relation to them (the policy imports no space model)
        spaces = visible_spaces(user, user.discussion_sets.model.objects.all())
        scopes.update(f"space:{pk}" for pk in spaces.values_list("pk", flat=True))
    return frozenset(scopes)


def page_scopes_resolver():
    """A function (page path, page model) -> the scopes that may see a live page there.

    Reads the view restrictions once, so that many pages can be resolved cheaply."""
    restrictions = [
        (r.page.path, r.restriction_type, sorted(f"group:{g.pk}" for g in r.groups.all()))
        for r in PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    ]

    def scopes_of_page(path, model):
        level = getattr(model, "access", None) or Audience.PUBLIC
        group_sets = []
        for restriction_path, kind, groups in restrictions:
            if not path.startswith(restriction_path):
                continue
            if kind == PageViewRestriction.LOGIN:
                level = max(level, Audience.SIGNED_IN, key=PAGE_LEVELS.index)
            elif kind == PageViewRestriction.GROUPS and groups:
                group_sets.append(groups)
            else:  # a password, or groups with no group in them: nobody passes
                return frozenset({Audience.STAFF})
        if not group_sets:
            return frozenset({Audience.STAFF, level})
        if len(group_sets) > MAX_NESTED_GROUP_RESTRICTIONS:
            return frozenset({Audience.STAFF})
        if level == Audience.PUBLIC:  # passing a group restriction needs a signed-in person
            level = Audience.SIGNED_IN
        return frozenset(
            {Audience.STAFF}
            | {"|".join((level, *sorted(set(chosen)))) for chosen in product(*group_sets)}
        )

    return scopes_of_page


def scopes_of_page(page):
    """The scopes that may see this live page."""
    return page_scopes_resolver()(page.path, page.specific_class or type(page))


def scopes_of_space(space_id):
    """Threads, replies and session notes of a discussion space: its readers' scope."""
    return frozenset({f"space:{space_id}"})


def scopes_of(obj):
    """The scopes that may see a findable object: a live page, a thread, a post or a
    session note (each kind of object is seen by the scopes of what holds it)."""
    if isinstance(obj, Page):
        return scopes_of_page(obj)
    if hasattr(obj, "space_id"):  # a thread or a session note
        return scopes_of_space(obj.space_id)
    if hasattr(obj, "thread"):  # a post
        return scopes_of_space(obj.thread.space_id)
    raise TypeError(f"{type(obj).__name__} is not findable by search")
