from django.contrib.auth import views as auth_views
from django.urls import path

from network import two_factor_views, views
from network.community import views as discussions
from network.learning import views as learning

app_name = "network"

account_urls = [
    path("accounts/login/", views.SignInView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/two-factor/", two_factor_views.verify, name="two_factor"),
    path("accounts/two-factor/setup/", two_factor_views.setup, name="two_factor_setup"),
    path(
        "accounts/two-factor/recovery-codes/",
        two_factor_views.recovery_codes,
        name="two_factor_recovery_codes",
    ),
    path(
        "accounts/two-factor/recovery-codes/new/",
        two_factor_views.new_recovery_codes,
        name="two_factor_new_recovery_codes",
    ),
    path("accounts/password-reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="network/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "accounts/password-reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password-reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="network/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("accounts/password/", views.password_change, name="password_change"),
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/verify/<str:token>/", views.verify_email, name="verify_email"),
    path("accounts/email/", views.email_change, name="email_change"),
    path(
        "accounts/email/confirm/<str:token>/",
        views.email_change_confirm,
        name="email_change_confirm",
    ),
    path("accounts/bookings/", views.my_bookings, name="my_bookings"),
    path("accounts/leave-network/", views.leave, name="leave"),
    path("accounts/my-data/", views.my_data, name="my_data"),
    path("accounts/delete/", views.delete_account, name="delete_account"),
]

network_urls = [
    path("network/join/", views.join, name="join"),
    path("network/join/person/", views.join_person, name="join_person"),
    path("network/join/area/", views.join_area, name="join_area"),
    path("network/join/sent/", views.join_sent, name="join_sent"),
    path("network/join/area/sent/", views.join_area_sent, name="join_area_sent"),
    path("network/requests/", views.area_requests, name="area_requests"),
    path("network/directory/", views.directory, name="directory"),
]

discussion_urls = [
    path("network/discussions/", discussions.spaces, name="discussions"),
    path("network/discussions/posts/<int:post_id>/", discussions.post_permalink, name="post"),
    path("network/discussions/posts/<int:post_id>/edit/", discussions.edit, name="post_edit"),
    path(
        "network/discussions/posts/<int:post_id>/delete/",
        discussions.delete,
        name="post_delete",
    ),
    path(
        "network/discussions/posts/<int:post_id>/report/",
        discussions.report,
        name="post_report",
    ),
    path(
        "network/discussions/posts/<int:post_id>/moderate/",
        discussions.moderate_post,
        name="post_moderate",
    ),
    path(
        "network/discussions/threads/<int:thread_id>/reply/",
        discussions.reply,
        name="thread_reply",
    ),
    path(
        "network/discussions/threads/<int:thread_id>/moderate/",
        discussions.moderate_thread,
        name="thread_moderate",
    ),
    path(
        "network/discussions/follow/<str:kind>/<int:object_id>/",
        discussions.follow,
        name="follow",
    ),
    path(
        "network/discussions/unfollow/<str:token>/",
        discussions.unfollow,
        name="discussion_unfollow",
    ),
    path("network/discussions/<slug:slug>/", discussions.space, name="space"),
    path("network/discussions/<slug:slug>/new/", discussions.new_thread, name="new_thread"),
    path(
        "network/discussions/<slug:slug>/<int:thread_id>-<slug:thread_slug>/",
        discussions.thread,
        name="thread",
    ),
    path(
        "accounts/discussion-emails/",
        discussions.discussion_settings,
        name="discussion_settings",
    ),
]

session_urls = [
    path("network/sessions/", learning.sessions, name="sessions"),
    path("network/sessions/new/", learning.new_session, name="new_session"),
    path("network/sessions/<int:session_id>/", learning.session, name="session"),
    path(
        "network/sessions/<int:session_id>/attachments/<int:attachment_id>/",
        learning.attachment,
        name="session_attachment",
    ),
    path("network/sessions/actions/<int:action_id>/", learning.toggle_action, name="action_toggle"),
]

urlpatterns = account_urls + network_urls + discussion_urls + session_urls
