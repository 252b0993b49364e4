"""Action learning session notes (network/sessions/).

Included by network/urls.py without a namespace of its own: the names are in "network".
"""

from django.urls import path

from network.learning import views

urlpatterns = [
    path("network/sessions/", views.sessions, name="sessions"),
    path("network/sessions/new/", views.new_session, name="new_session"),
    path("network/sessions/<int:session_id>/", views.session, name="session"),
    path(
        "network/sessions/<int:session_id>/attachments/<int:attachment_id>/",
        views.attachment,
        name="session_attachment",
    ),
    path("network/sessions/actions/<int:action_id>/", views.toggle_action, name="action_toggle"),
]
