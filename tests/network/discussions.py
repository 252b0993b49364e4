"""Helpers for the discussion tests: spaces, threads and posts made through the rules."""

from network.community import posting
from network.community.models import Space


def space(slug="peer-support"):
    return Space.objects.get(slug=slug)


def start(author, title="How do you run ROTH panels?", body="Tell me **more**.", where=None):
    return posting.start_thread(where or space(), author, title, body)


def reply(thread, author, body="We use a shared agenda."):
    return posting.add_reply(thread, author, body)
