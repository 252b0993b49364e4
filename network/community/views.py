"""Discussion pages for members: spaces, threads, posting, following, reporting, moderating.

Every page works without JavaScript: actions are ordinary forms that POST and redirect.
"""

import re
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from home.ids import id_from
from home.models import Topic
from network.access import may_moderate
from network.community import moderation, notifications, posting
from network.community.forms import (
    DiscussionSettingsForm,
    EditForm,
    HideForm,
    ReplyForm,
    ReportForm,
    ThreadForm,
)
from network.community.markdown import quote_markdown
from network.community.models import Follow, Post, Space, Thread
from network.gate import (
    DISCUSSION,
    DISCUSSIONS,
    POST,
    WAITING,
    explain_gated,
    gated_link,
    refuse_private,
)

SLUG = re.compile(r"[-\w]{1,120}")
THREADS_PER_PAGE = 20
POSTS_PER_PAGE = 20
MODERATORS_ONLY = "Only the network's moderators do this."


class Refused(Exception):
    """The signed-in person may not see this; `audience` says who it is for."""

    def __init__(self, audience=None):
        super().__init__(audience)
        self.audience = audience


def space_for(request, slug):
    space = get_object_or_404(Space, slug=slug)
    if not Space.objects.visible_to(request.user).filter(pk=space.pk).exists():
        raise Refused(space.audience)
    return space


def thread_for(request, thread_id):
    thread = get_object_or_404(Thread.objects.select_related("space"), pk=thread_id)
    if not Thread.objects.filter(pk=thread.pk).visible_to(request.user).exists():
        in_space = Space.objects.visible_to(request.user).filter(pk=thread.space_id).exists()
        raise Refused(WAITING if in_space else thread.space.audience)
    return thread


def post_for(request, post_id):
    post = get_object_or_404(Post.objects.select_related("thread__space"), pk=post_id)
    thread_for(request, post.thread_id)
    return post


def members_only(gated):
    """Signed-in members (and staff) only. Everyone else gets the explanation of `gated`, the
    kind of thing the view shows: anonymous visitors before anything is looked up (a POST goes
    to sign in), signed-in people the view refuses with 403."""

    def decorate(view):
        @gated_link(gated)
        @never_cache
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except Refused as refusal:
                return explain_gated(request, gated, refusal.audience)

        return wrapped

    return decorate


def with_retry_after(response, refusal):
    if refusal.retry_after:
        response["Retry-After"] = str(refusal.retry_after)
    return response


def refused_post(request, refusal, template, context):
    messages.error(request, str(refusal))
    response = TemplateResponse(request, template, context, status=refusal.status)
    return with_retry_after(response, refusal)


@members_only(DISCUSSIONS)
def spaces(request):
    found = list(Space.objects.visible_to(request.user))
    if not found:
        raise Refused
    return TemplateResponse(request, "network/community/spaces.html", {"spaces": found})


@members_only(DISCUSSIONS)
def space(request, slug):
    space = space_for(request, slug)
    threads = (
        space.threads.visible_to(request.user).select_related("author").prefetch_related("topics")
    )
    wanted = request.GET.get("topic", "")
    topic = Topic.objects.filter(slug=wanted).first() if SLUG.fullmatch(wanted) else None
    if topic is not None:
        threads = threads.filter(topics=topic)
    page = Paginator(threads, THREADS_PER_PAGE).get_page(request.GET.get("page"))
    read = posting.read_markers(request.user, [thread.pk for thread in page])
    for thread in page:
        seen = read.get(thread.pk)
        thread.has_new = seen is None or thread.last_activity_at > seen
    return TemplateResponse(
        request,
        "network/community/space.html",
        {
            "space": space,
            "page_obj": page,
            "topic": topic,
            "topics": Topic.objects.filter(threads__space=space).distinct().order_by("name"),
            "following": posting.is_following(request.user, space=space),
        },
    )


@members_only(DISCUSSIONS)
def new_thread(request, slug):
    space = space_for(request, slug)
    form = ThreadForm(request.POST or None)
    context = {"space": space, "form": form}
    if request.method == "POST" and form.is_valid():
        try:
            thread = posting.start_thread(
                space,
                request.user,
                form.cleaned_data["title"],
                form.cleaned_data["body"],
                form.cleaned_data["topics"],
            )
        except posting.PostingRefused as refusal:
            return refused_post(request, refusal, "network/community/new_thread.html", context)
        if thread.awaiting_approval:
            messages.info(
                request,
                "Thank you. A moderator checks a new member's first posts: your thread will "
                "appear to others once it is approved.",
            )
        return redirect(thread.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "network/community/new_thread.html", context, status=status)


@members_only(DISCUSSION)
def thread(request, slug, thread_id, thread_slug=None):
    thread = thread_for(request, thread_id)
    if thread.space.slug != slug or thread_slug != thread.slug:
        return redirect(thread.get_absolute_url())
    return thread_page(request, thread, ReplyForm(initial=quote_initial(request, thread)))


def quote_initial(request, thread):
    quoted = id_from(request.GET.get("quote", ""))
    if quoted is None:
        return {}
    post = thread.posts.filter(pk=quoted).visible_to(request.user).first()
    if post is None or not post.is_published:
        return {}
    return {"body": quote_markdown(notifications.display_name(post.author), post.body)}


def thread_page(request, thread, reply_form, status=200):
    user = request.user
    posts = thread.posts.select_related("author")
    if not may_moderate(user):
        # Posts waiting for approval are shown to their author and moderators only.
        posts = posts.exclude(Q(state=Post.State.PENDING) & ~Q(author=user))
    page = Paginator(posts.order_by("created_at", "pk"), POSTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    last_read = posting.read_markers(user, [thread.pk]).get(thread.pk)
    now = timezone.now()
    for post in page:
        post.is_new = last_read is not None and post.created_at > last_read
        post.may_edit = posting.can_edit(post, user, now)
        post.may_delete = posting.can_delete(post, user)
        post.author_name = notifications.display_name(post.author)
    posting.mark_read(user, thread, now, last_read)
    return TemplateResponse(
        request,
        "network/community/thread.html",
        {
            "space": thread.space,
            "thread": thread,
            "page_obj": page,
            "form": reply_form,
            "following": posting.is_following(user, thread=thread),
            "moderator": may_moderate(user),
            "hide_form": HideForm(),
            "first_new": next((post.pk for post in page if post.is_new), None),
        },
        status=status,
    )


@require_POST
@members_only(DISCUSSION)
def reply(request, thread_id):
    thread = thread_for(request, thread_id)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        return thread_page(request, thread, form, status=400)
    try:
        post = posting.add_reply(thread, request.user, form.cleaned_data["body"])
    except posting.PostingRefused as refusal:
        messages.error(request, str(refusal))
        return with_retry_after(thread_page(request, thread, form, status=refusal.status), refusal)
    if not post.is_published:
        messages.info(request, "Thank you. Your reply will appear once a moderator approves it.")
    return redirect("network:post", post_id=post.pk)


@members_only(POST)
def post_permalink(request, post_id):
    """The address of one post: its thread's page that holds it, at the post."""
    post = post_for(request, post_id)
    position = post.thread.posts.filter(created_at__lt=post.created_at).count() + (
        post.thread.posts.filter(created_at=post.created_at, pk__lt=post.pk).count()
    )
    page = position // POSTS_PER_PAGE + 1
    url = post.thread.get_absolute_url()
    return redirect(f"{url}?page={page}#post-{post.pk}" if page > 1 else f"{url}#post-{post.pk}")


@members_only(POST)
def edit(request, post_id):
    post = post_for(request, post_id)
    if not posting.can_edit(post, request.user):
        messages.error(request, "This post can no longer be edited.")
        return redirect("network:post", post_id=post.pk)
    form = EditForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        posting.edit_post(post, request.user, form.cleaned_data["body"])
        messages.success(request, "Your post has been updated.")
        return redirect("network:post", post_id=post.pk)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request, "network/community/edit.html", {"post": post, "form": form}, status=status
    )


@members_only(POST)
def delete(request, post_id):
    post = post_for(request, post_id)
    if not posting.can_delete(post, request.user):
        raise Http404("Not your post.")
    if request.method == "POST":
        posting.delete_post(post, request.user)
        messages.success(request, "Your post has been deleted.")
        return redirect("network:post", post_id=post.pk)
    return TemplateResponse(request, "network/community/delete.html", {"post": post})


@members_only(POST)
def report(request, post_id):
    post = post_for(request, post_id)
    form = ReportForm(request.POST or None)
    context = {"post": post, "form": form}
    if request.method == "POST" and form.is_valid():
        try:
            moderation.report_post(
                post, request.user, form.cleaned_data["reason"], form.cleaned_data["details"]
            )
        except posting.PostingRefused as refusal:
            return refused_post(request, refusal, "network/community/report.html", context)
        messages.success(request, "Thank you: the moderators will look at this post.")
        return redirect("network:post", post_id=post.pk)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "network/community/report.html", context, status=status)


@require_POST
@members_only(DISCUSSION)
def follow(request, kind, object_id):
    """Follow or unfollow a thread or a space (a toggle button)."""
    if kind not in ("thread", "space"):
        raise Http404("Only threads and spaces can be followed.")
    target = thread_for(request, object_id) if kind == "thread" else None
    if kind == "space":
        target = get_object_or_404(Space, pk=object_id)
        space_for(request, target.slug)
    lookup = {"user": request.user, kind: target}
    if request.POST.get("follow") == "1":
        Follow.objects.get_or_create(**lookup)
        messages.success(request, "You will get emails about new posts here.")
    else:
        Follow.objects.filter(**lookup).delete()
        messages.success(request, "You will no longer get emails about new posts here.")
    if kind == "thread":
        return redirect(target.get_absolute_url())
    return redirect("network:space", slug=target.slug)


@require_POST
@members_only(POST)
def moderate_post(request, post_id):
    post = post_for(request, post_id)
    if not may_moderate(request.user):
        return refuse_private(request, MODERATORS_ONLY)
    action = request.POST.get("action")
    if action == "hide":
        form = HideForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Give the reason for hiding the post, so the author knows.")
            return redirect("network:post", post_id=post.pk)
        moderation.hide_post(post, request.user, form.cleaned_data["reason"])
    elif action == "unhide":
        moderation.unhide_post(post, request.user)
    elif action == "approve":
        moderation.approve_post(post, request.user)
    else:
        return unknown_action(request)
    return done(request, reverse("network:post", args=[post.pk]))


@require_POST
@members_only(DISCUSSION)
def moderate_thread(request, thread_id):
    thread = thread_for(request, thread_id)
    if not may_moderate(request.user):
        return refuse_private(request, MODERATORS_ONLY)
    actions = {
        "lock": lambda: moderation.set_locked(thread, request.user, True),
        "unlock": lambda: moderation.set_locked(thread, request.user, False),
        "pin": lambda: moderation.set_pinned(thread, request.user, True),
        "unpin": lambda: moderation.set_pinned(thread, request.user, False),
    }
    action = actions.get(request.POST.get("action"))
    if action is None:
        return unknown_action(request)
    action()
    return done(request, thread.get_absolute_url())


def unknown_action(request):
    return TemplateResponse(
        request, "network/forbidden.html", {"message": "Unknown action."}, status=400
    )


def done(request, url):
    """A moderator's action taken: say so where they took it."""
    messages.success(request, "Done.")
    return redirect(url)


@login_required
@never_cache
def discussion_settings(request):
    settings_row = posting.settings_for(request.user)
    form = DiscussionSettingsForm(request.POST or None, instance=settings_row)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your discussion email choice has been saved.")
        return redirect("network:discussion_settings")
    follows = Follow.objects.filter(user=request.user).select_related("thread", "space")
    return TemplateResponse(
        request,
        "network/community/settings.html",
        {"form": form, "follows": follows},
        status=400 if request.method == "POST" else 200,
    )


@csrf_exempt  # one-click unsubscribe (RFC 8058): the signed token is the key
@never_cache
def unfollow(request, token):
    try:
        user, kind, object_id = notifications.read_unfollow_token(token)
    except (signing.BadSignature, ValueError, TypeError, notifications.User.DoesNotExist):
        return TemplateResponse(request, "network/community/bad_link.html", status=400)
    if request.method == "POST":
        notifications.stop_emails(user, kind, object_id)
        return TemplateResponse(request, "network/community/unfollowed.html", {"kind": kind})
    return TemplateResponse(
        request,
        "network/community/unfollow.html",
        {"kind": kind, "settings_url": reverse("network:discussion_settings")},
    )
