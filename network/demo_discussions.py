"""Demo threads, replies and action learning sessions (text in demo_discussions.toml).

Built once: if any thread exists, editors and members have taken over and nothing is added.
No emails are sent: posts are created directly, not through the posting rules.
"""

import datetime

from django.utils import timezone

from home.demo.data import load
from home.models import Topic
from network.community.models import Follow, Post, Space, Thread
from network.community.posting import refresh_thread
from network.learning.models import ActionLearningSession, AgreedAction
from network.models import User

CONTENT = load(__file__)


def build_discussions():
    if Thread.objects.exists():
        return
    now = timezone.now()
    people = {user.email: user for user in User.objects.all()}
    for spec in CONTENT["threads"]:
        build_thread(spec, people, now)
    for spec in CONTENT["sessions"]:
        build_session(spec, people)


def build_thread(spec, people, now):
    started = now - datetime.timedelta(days=spec["days_ago"])
    author = people[spec["author"]]
    thread = Thread.objects.create(
        space=Space.objects.get(slug=spec["space"]),
        title=spec["title"],
        author=author,
        created_at=started,
        last_activity_at=started,
    )
    thread.topics.set(Topic.objects.filter(slug__in=spec["topics"]))
    Post.objects.create(
        thread=thread, author=author, is_opening=True, body=spec["body"], created_at=started
    )
    Follow.objects.get_or_create(user=author, thread=thread)
    for reply in spec["replies"]:
        Post.objects.create(
            thread=thread,
            author=people[reply["author"]],
            body=reply["body"],
            created_at=min(started + datetime.timedelta(hours=reply["hours_after"]), now),
        )
    refresh_thread(thread)


def build_session(spec, people):
    today = timezone.localdate()
    session = ActionLearningSession(
        title=spec["title"],
        space=Space.objects.get(slug="chairs-action-learning"),
        date=today - datetime.timedelta(days=spec["days_ago"]),
        facilitator=people.get(spec["facilitator"]),
        notes=spec["notes_html"],
    )
    session.save()
    session.attendees.set([people[email] for email in spec["attendees"]])
    session.themes.set(Topic.objects.filter(slug__in=spec["themes"]))
    session.save()
    for order, action in enumerate(spec["actions"]):
        AgreedAction.objects.create(
            session=session,
            sort_order=order,
            description=action["description"],
            owner=people[action["owner"]],
            due_date=today + datetime.timedelta(days=action["due_in_days"]),
            is_done=action["done"],
            done_at=timezone.now() if action["done"] else None,
        )
