"""Factories for the objects tests need, and helpers to build the page tree."""

import factory
from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage
from network.models import AreaApplication, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    # People in tests have proved their address unless a test says otherwise.
    email_verified_at = factory.LazyFunction(timezone.now)
    first_name = "Sam"
    last_name = factory.Sequence(lambda n: f"Tester{n}")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def publish(parent, page):
    """Add a page under parent and publish it, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def ensure_root_page():
    """The tree's root; transactional tests flush the one Wagtail's migrations made."""
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    Locale.objects.get_or_create(language_code=language)
    root = Page.get_first_root_node()
    return root or Page.add_root(instance=Page(title="Root", slug="root"))


def make_home_page(**overrides):
    """A published HomePage that is the default site's root, replacing Wagtail's welcome page."""
    existing = HomePage.objects.first()
    if existing is not None:
        return existing
    root = ensure_root_page()
    root.get_children().exact_type(Page).delete()
    fields = {
        "title": "Planning for Safety",
        "slug": "home",
        "hero_heading": "Support for local areas",
        "hero_text": "A national support programme for ROTH pathways.",
        "intro": "<p>Welcome to the programme.</p>",
        **overrides,
    }
    home = publish(root, HomePage(**fields))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "PfS"},
    )
    return home


def make_standard_page(parent, **overrides):
    fields = {
        "title": "About the programme",
        "slug": "about",
        "summary": "What the programme is and who it is for.",
        "body": [("heading", {"text": "Who we are", "level": "h2"}), ("paragraph", "<p>Hi</p>")],
        **overrides,
    }
    return publish(parent, StandardPage(**fields))


def root_collection():
    """The root collection; transactional tests flush the one Wagtail's migrations made."""
    from wagtail.models import Collection

    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def make_document(name="briefing.pdf", content=b"%PDF-1.4 test", title=None, collection=None):
    """A Wagtail document with a real file in the default storage (MEDIA_ROOT, or the bucket)."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    return get_document_model().objects.create(
        title=title or name,
        file=ContentFile(content, name=name),
        collection=collection or root_collection(),
    )


def make_library(home, **overrides):
    from resources.models import ResourceIndexPage

    fields = {"title": "Resource packs", "slug": "resources", "intro": "<p>Packs</p>", **overrides}
    return publish(home, ResourceIndexPage(**fields))


def make_pack(library, topic_slug="safety-planning", topics=(), audiences=(), **overrides):
    from home.models import Audience, Topic
    from resources.models import ResourcePackPage

    fields = {
        "title": "Safety planning",
        "slug": topic_slug,
        "summary": "Plans for young people and places.",
        "introduction": "<p>How to plan.</p>",
        "last_reviewed": "2026-01-15",
        "primary_topic": Topic.objects.get(slug=topic_slug),
        **overrides,
    }
    pack = ResourcePackPage(**fields)
    pack.topics = list(Topic.objects.filter(slug__in=topics))
    pack.audiences = list(Audience.objects.filter(slug__in=audiences))
    return publish(library, pack)


def make_tool(pack, document=None, topics=(), audiences=(), live=True, **overrides):
    """A tool in a pack; a PDF document unless a document, web link or video is given."""
    from home.models import Audience, Topic
    from resources.models import ResourcePage

    fields = {
        "title": "Safety mapping tool",
        "slug": None,
        "tool_type": "practice-tool",
        "summary": "Map the places where a young person feels unsafe.",
        "last_reviewed": "2026-02-01",
        **overrides,
    }
    fields["slug"] = fields["slug"] or slugify(fields["title"])
    if document is None and not fields.get("external_url") and not fields.get("video_url"):
        document = make_document(f"{fields['slug']}.pdf")
    tool = ResourcePage(document=document, **fields)
    tool.topics = list(Topic.objects.filter(slug__in=topics))
    tool.audiences = list(Audience.objects.filter(slug__in=audiences))
    if live:
        return publish(pack, tool)
    tool.live = False
    pack.add_child(instance=tool)
    tool.save_revision()
    return tool


def make_area_application(**overrides):
    """A senior leader's application for their area to join, waiting for a decision."""
    fields = {
        "organisation_name": "Northvale Council",
        "kind": "local-authority",
        "region": "london",
        "applicant_name": "Robin Lee",
        "applicant_job_title": "Director of Children's Services",
        "applicant_email": "robin@northvale.example.org",
        "roth_stage": "exploring",
        "roth_detail": "We are mapping our pathway.",
        "spoc_name": "Robin Lee",
        "spoc_email": "robin@northvale.example.org",
    }
    return AreaApplication.objects.create(**{**fields, **overrides})
