"""Discussion pages (network/discussions/) and discussion email settings.

Included by network/urls.py without a namespace of its own: the names are in "network".
"""

from django.urls import path

from network.community import views

urlpatterns = [
    path("network/discussions/", views.spaces, name="discussions"),
    path("network/discussions/posts/<int:post_id>/", views.post_permalink, name="post"),
    path("network/discussions/posts/<int:post_id>/edit/", views.edit, name="post_edit"),
    path(
        "network/discussions/posts/<int:post_id>/delete/",
        views.delete,
        name="post_delete",
    ),
    path(
        "network/discussions/posts/<int:post_id>/report/",
        views.report,
        name="post_report",
    ),
    path(
        "network/discussions/posts/<int:post_id>/moderate/",
        views.moderate_post,
        name="post_moderate",
    ),
    path(
        "network/discussions/threads/<int:thread_id>/reply/",
        views.reply,
        name="thread_reply",
    ),
    path(
        "network/discussions/threads/<int:thread_id>/moderate/",
        views.moderate_thread,
        name="thread_moderate",
    ),
    path(
        "network/discussions/follow/<str:kind>/<int:object_id>/",
        views.follow,
        name="follow",
    ),
    path(
        "network/discussions/unfollow/<str:token>/",
        views.unfollow,
        name="discussion_unfollow",
    ),
    path("network/discussions/<slug:slug>/", views.space, name="space"),
    path("network/discussions/<slug:slug>/new/", views.new_thread, name="new_thread"),
    path(
        "network/discussions/<slug:slug>/<int:thread_id>-<slug:thread_slug>/",
        views.thread,
        name="thread",
    ),
    path(
        "accounts/discussion-emails/",
        views.discussion_settings,
        name="discussion_settings",
    ),
]
