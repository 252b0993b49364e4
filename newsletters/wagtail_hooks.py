from django.contrib.auth.models import AnonymousUser
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail_modeladmin.options import modeladmin_register

from home.admin_dashboard import offer
from network.access import all_pages
from newsletters import admin_views
from newsletters.admin_panels import FailedDeliveriesPanel
from newsletters.admin_viewsets import SubscriberAdmin
from newsletters.models import NewsletterPage, Subscriber

modeladmin_register(SubscriberAdmin)
hooks.register("construct_homepage_panels", offer(FailedDeliveriesPanel))


@hooks.register("register_admin_urls")
def register_newsletter_admin_urls():
    return [
        path("newsletters/<int:page_id>/send/", admin_views.send_issue, name="newsletters_send"),
        path("newsletters/sends/", admin_views.mailings, name="newsletters_mailings"),
        path(
            "newsletters/sends/<int:mailing_id>/",
            admin_views.mailing_detail,
            name="newsletters_mailing",
        ),
    ]


class SendLogMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.SEND_NEWSLETTER)


@hooks.register("register_admin_menu_item")
def register_send_log_menu_item():
    return SendLogMenuItem(
        "Newsletter sends", reverse("newsletters_mailings"), icon_name="mail", order=560
    )


@hooks.register("register_page_header_buttons")
def newsletter_page_buttons(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, NewsletterPage) and user.has_perm(
        admin_views.SEND_NEWSLETTER
    ):
        yield Button(
            "Send to subscribers",
            reverse("newsletters_send", args=[page.pk]),
            icon_name="mail",
            priority=80,
        )
    if page.live and all_pages().filter(pk=page.pk).visible_to(AnonymousUser()).exists():
        yield Button(
            "QR code and flyer",
            reverse("page_flyer", args=[page.pk]),
            icon_name="link",
            priority=85,
        )


@hooks.register("register_log_actions")
def register_newsletter_log_actions(actions):
    actions.register_action("newsletters.send", "Send newsletter", "Newsletter sent to subscribers")


@hooks.register("personal_data")
def newsletter_personal_data(person):
    """The newsletter subscription of the person's address, with its consent record."""
    subscriber = Subscriber.objects.filter(email__iexact=person.email).first()
    if subscriber is None:
        return {"newsletter": None}
    return {
        "newsletter": {
            "email": subscriber.email,
            "status": subscriber.get_status_display(),
            "topics": sorted(topic.name for topic in subscriber.topics.all()),
            "consent_text": subscriber.consent_text,
            "consent_source": subscriber.get_consent_source_display(),
            "consent_at": subscriber.consent_at,
            "confirmed_at": subscriber.confirmed_at,
            "unsubscribed_at": subscriber.unsubscribed_at,
        }
    }


@hooks.register("erase_personal_data")
def erase_subscription(person):
    """The subscription, its consent record and its copies in the send logs are deleted."""
    deleted, _ = Subscriber.objects.filter(email__iexact=person.email).delete()
    return {"newsletter subscriptions": 1 if deleted else 0}
