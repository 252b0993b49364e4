"""`audience_key` in every page's context: who this person is to the access policy's pages.

Two people with the same key hold the same search scopes (network/access.py): the same
levels, staff or not, the same groups and spaces, so `visible_pages` shows them the same
pages. A piece of a page that lists only pages the policy lets them see can be kept once for
all of them (`{% fragment ... for=audience_key %}`, home/templatetags/fragments.py).
Computed only when a template asks for it.
"""

from django.utils.functional import lazy

from network.access import scopes_of_person


def audience_key_of(user):
    return "|".join(sorted(scopes_of_person(user)))


def audience(request):
    return {"audience_key": lazy(audience_key_of, str)(request.user)}
