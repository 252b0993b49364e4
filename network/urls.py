from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from network import views
from network.forms import EmailLoginForm

app_name = "network"

account_urls = [
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(
            template_name="network/login.html",
            authentication_form=EmailLoginForm,
            redirect_authenticated_user=True,
        ),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password-reset/",
        auth_views.PasswordResetView.as_view(
            template_name="network/password_reset_form.html",
            email_template_name="network/email/password_reset.txt",
            subject_template_name="network/email/password_reset_subject.txt",
            success_url=reverse_lazy("network:password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "accounts/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="network/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "accounts/password-reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="network/password_reset_confirm.html",
            success_url=reverse_lazy("network:password_reset_complete"),
        ),
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
    path("accounts/bookings/", views.my_bookings, name="my_bookings"),
    path("accounts/leave-network/", views.leave, name="leave"),
    path("accounts/my-data/", views.my_data, name="my_data"),
]

network_urls = [
    path("network/join/", views.join, name="join"),
    path("network/join/person/", views.join_person, name="join_person"),
    path("network/join/area/", views.join_area, name="join_area"),
    path("network/join/sent/", views.join_sent, name="join_sent"),
    path("network/join/area/sent/", views.join_area_sent, name="join_area_sent"),
    path("network/join/verify/<str:token>/", views.verify_email, name="verify_email"),
    path("network/requests/", views.area_requests, name="area_requests"),
    path("network/directory/", views.directory, name="directory"),
]

urlpatterns = account_urls + network_urls
