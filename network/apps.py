from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Network and accounts"

    # The imports below are inside the methods because an app's config is loaded before any
    # model: ready() is Django's place for wiring that needs them.

    def ready(self):
        # Connect signal receivers: shorter admin sessions, and the audit log.
        from django.contrib.auth.models import Group

        from network import access_generation, audit, sessions  # noqa: F401
        from network.models import LocalArea, Membership, Role, Space, User

        access_generation.connect([User, Membership, LocalArea, Role, Group, Space])
        self.connect_page_cache()
        self.connect_discussions()
        self.connect_attachment_files()

    def connect_page_cache(self):
        """Gated collections and evidence contributions decide who may download documents
        (network/access.py keeps them with the pages generation)."""
        from django.db.models.signals import post_delete, post_save

        from home.page_cache import invalidate
        from network.models import EvidenceContribution, GatedCollection

        for signal in (post_save, post_delete):
            for model in (GatedCollection, EvidenceContribution):
                signal.connect(invalidate, sender=model, dispatch_uid="network.page_cache")

    def connect_discussions(self):
        from django.db.models.signals import post_delete, post_save

        from network.community.models import DISCUSSIONS, Post, Thread
        from network.learning.models import ActionLearningSession, AgreedAction

        for signal in (post_save, post_delete):
            for model in (Thread, Post, ActionLearningSession, AgreedAction):
                signal.connect(
                    DISCUSSIONS.move_now_and_on_commit,
                    sender=model,
                    dispatch_uid="network.discussions",
                )

    def connect_attachment_files(self):
        from django.db.models.signals import post_delete

        from network.learning.models import SessionAttachment, delete_attachment_file

        post_delete.connect(
            delete_attachment_file, sender=SessionAttachment, dispatch_uid="network.attachments"
        )
