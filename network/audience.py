"""Who a thing is for: the one vocabulary of audiences.

Every gated thing names its audience with these values: a gated page type's `access`, a
gated document collection, a discussion space, who may book an event, and the search scopes
(network/access.py, "Search scopes"). What each audience means:

- PUBLIC: everyone, signed in or not.
- SIGNED_IN: anyone signed in with a verified address (a page under a login restriction).
- MEMBERS: network members, that is people with an approved membership of an area that is in
  the network now, and an active account.
- CHAIRS: network members who hold the ROTH conference Chair role.
- SET: the people listed on one discussion space (an action learning set).
- CONTRIBUTORS: the area that contributed an evidence document (and staff).
- STAFF: programme staff who see all network content (the `network.view_network_content`
  permission). They belong to every audience above too.

Who belongs to each is decided in network/access.py and nowhere else.
"""

from django.db import models


class Audience(models.TextChoices):
    PUBLIC = "public", "Everyone"
    SIGNED_IN = "signed-in", "Anyone signed in"
    MEMBERS = "members", "Network members"
    CHAIRS = "chairs", "ROTH conference Chairs"
    SET = "set", "Only the people listed (an action learning set)"
    CONTRIBUTORS = "contributors", "The contributing area"
    STAFF = "staff", "Programme staff"


def choices(*audiences):
    """Model field choices offering these audiences (labels from the one vocabulary)."""
    return [(audience.value, audience.label) for audience in audiences]


#: what a page may ask of its readers, each level narrower than the one before
PAGE_LEVELS = (Audience.PUBLIC, Audience.SIGNED_IN, Audience.MEMBERS, Audience.CHAIRS)
#: who a gated page type is for (its `access`)
GATED_PAGES = (Audience.MEMBERS, Audience.CHAIRS)
#: who a gated document collection is for, widest first
GATED_COLLECTIONS = (Audience.MEMBERS, Audience.CHAIRS, Audience.STAFF)
#: who may read a discussion space
SPACES = (Audience.MEMBERS, Audience.CHAIRS, Audience.SET)
#: who may book an event
BOOKERS = (Audience.PUBLIC, Audience.MEMBERS, Audience.CHAIRS)
