"""Subscribers in the Wagtail admin: a list to search, filter and export, with consent."""

from wagtail_modeladmin.options import ModelAdmin

from newsletters.models import Subscriber


class SubscriberAdmin(ModelAdmin):
    model = Subscriber
    menu_label = "Subscribers"
    menu_icon = "mail"
    menu_order = 570
    list_display = ["email", "status", "consent_source", "consent_at", "confirmed_at"]
    list_filter = ["status", "consent_source", "topics"]
    search_fields = ["email"]
    list_export = [
        "email",
        "status",
        "consent_text",
        "consent_source",
        "consent_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
    # Consent is a record of what the person did: staff may change topics, never consent.
    form_fields_exclude = [
        "email",
        "status",
        "consent_text",
        "consent_source",
        "consent_at",
        "confirmed_at",
        "unsubscribed_at",
        "confirmation_sent_at",
        "created_at",
    ]
