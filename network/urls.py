from django.contrib.auth import views as auth_views
from django.urls import include, path

from network import two_factor_views, views

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

urlpatterns = [
    *account_urls,
    *network_urls,
    path("", include("network.community.urls")),
    path("", include("network.learning.urls")),
]
