"""The network app's models, as Django loads them.

Django registers an app's models by importing its `models` module, so this module imports
every module of the app that defines models, and holds nothing else:

- `network/people/models.py`: users, local areas, roles, memberships, applications to join,
  gated document collections and the audit log;
- `network/home_page.py` and `network/pages.py`: the network section's page types;
- `network/contributions.py`: what areas contribute to evidence-building activities;
- `network/community/models.py`: discussion spaces, threads, posts, follows, reports;
- `network/learning/models.py`: action learning session notes, agreed actions, attachments.

Other code may import any model from here. The modules those model modules import (the
access policy, network/access.py, above all) import from the defining module instead, so
that loading the models never needs this module.
"""

from network.community.models import (
    DigestItem,
    DiscussionSettings,
    Follow,
    Post,
    PostReport,
    ReadMarker,
    Space,
    Thread,
)
from network.contributions import EvidenceContribution
from network.home_page import NetworkHomePage
from network.learning.models import ActionLearningSession, AgreedAction, SessionAttachment
from network.pages import ChairsNetworkPage, EvidenceActivityPage, NetworkPage
from network.people.models import (
    FORMER_MEMBER,
    AreaApplication,
    AuditEvent,
    GatedCollection,
    LocalArea,
    Membership,
    Region,
    Role,
    User,
    UserManager,
)

__all__ = [
    "FORMER_MEMBER",
    "ActionLearningSession",
    "AgreedAction",
    "AreaApplication",
    "AuditEvent",
    "ChairsNetworkPage",
    "DigestItem",
    "DiscussionSettings",
    "EvidenceActivityPage",
    "EvidenceContribution",
    "Follow",
    "GatedCollection",
    "LocalArea",
    "Membership",
    "NetworkHomePage",
    "NetworkPage",
    "Post",
    "PostReport",
    "ReadMarker",
    "Region",
    "Role",
    "SessionAttachment",
    "Space",
    "Thread",
    "User",
    "UserManager",
]
