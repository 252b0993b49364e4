from django.urls import path

from newsletters import views

app_name = "newsletters"

urlpatterns = [
    path("subscribe/", views.signup, name="signup"),
    path("subscribe/check-your-email/", views.signup_sent, name="signup_sent"),
    path("subscription/<str:token>/confirm/", views.confirm, name="confirm"),
    path("subscription/<str:token>/unsubscribe/", views.unsubscribe, name="unsubscribe"),
    path("subscription/<str:token>/", views.manage, name="manage"),
    path("accounts/newsletter/", views.my_subscription, name="mine"),
]
