"""The moderators' queue in the admin: reported posts and posts waiting for approval."""

from django.contrib import messages
from django.db.models import Exists, OuterRef, Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.admin.auth import user_passes_test

from home.keywords import printable
from network.access import may_moderate
from network.community import moderation
from network.community.models import DiscussionSettings, Post, PostReport

moderators_only = user_passes_test(may_moderate)


@moderators_only
def queue(request):
    open_reports = PostReport.objects.filter(resolved_at=None).select_related("reporter")
    # Exists, not a filter across the relation: "reports__resolved_at=None" is a left join,
    # and a post never reported has a null there too.
    reported = (
        Post.objects.filter(Exists(open_reports.filter(post=OuterRef("pk"))))
        .select_related("author", "thread__space")
        .prefetch_related(Prefetch("reports", queryset=open_reports, to_attr="open_reports"))
        .order_by("created_at")
    )
    pending = (
        Post.objects.filter(state=Post.State.PENDING)
        .select_related("author", "thread__space")
        .order_by("created_at")
    )
    return TemplateResponse(
        request,
        "network/admin/moderation_queue.html",
        {"reported": reported, "pending": pending},
    )


@moderators_only
@require_POST
def act(request, post_id):
    post = get_object_or_404(Post.objects.select_related("thread", "author"), pk=post_id)
    action = request.POST.get("action")
    reason = printable(request.POST.get("reason", "")).strip()[:300]  # PostgreSQL refuses NUL
    if action in ("hide", "suspend") and not reason:
        messages.error(request, "Give a reason: the author is told it.")
        return redirect("network_moderation")
    if action == "hide":
        moderation.hide_post(post, request.user, reason)
        messages.success(request, "The post is hidden and its reports are closed.")
    elif action == "dismiss":
        moderation.resolve_reports(post, request.user, "No action needed")
        messages.success(request, "The reports are closed; the post stays.")
    elif action in ("approve", "trust"):
        moderation.approve_post(post, request.user)
        if action == "trust" and post.author_id:
            DiscussionSettings.objects.update_or_create(
                user_id=post.author_id, defaults={"skip_approval": True}
            )
        messages.success(request, "The post is approved.")
    elif action == "suspend":
        moderation.hide_post(post, request.user, reason)
        if moderation.suspend_author(post, request.user, reason) is not None:
            messages.success(request, "The post is hidden and its author's membership suspended.")
        else:
            messages.warning(request, "The post is hidden; its author has no membership.")
    else:
        messages.error(request, "Unknown action.")
    return redirect("network_moderation")
