"""Demo content for the resources section, built by `manage.py load_demo_content`."""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.collections import child_collection
from home.demo.builder import ensure_child, ensure_section
from home.documents import make_docx, make_xlsx
from home.models import Audience, HomePageFeature, Topic
from home.pdf import make_pdf
from resources.demo_content import PACKS, TOOL_IN_REVIEW
from resources.models import ResourceIndexPage, ResourcePackPage, ResourcePage

COLLECTION_NAME = "Resource packs"
FEATURED_PACKS = 3

TITLE = "Resource packs"
INTRO = (
    "<p>Our resource packs are practical tools for practice and policy. Each pack covers "
    "one topic. They are written for the people who design and deliver Risk Outside of the "
    "Home (ROTH) pathways, including social workers, conference Chairs, managers, school "
    "staff, police, health colleagues and commissioners.</p><p>Topics include panel and "
    "meeting processes, chairing ROTH conferences, safety planning for young people and the"
    " places where harm happens, working with parents and carers, community guardianship, "
    "the role of education providers, and what young people need from services.</p><p>All "
    "packs are published here and anyone can use them. Use the search to find material on a"
    " particular subject.</p>"
)


def build_demo_content(home, report):
    """The library, the eight packs with their tools and documents, and featured packs."""
    library = ensure_section(home, ResourceIndexPage, "resources", TITLE, INTRO, report)
    collection = resource_collection()
    packs = [
        ensure_child(library, spec["slug"], lambda spec=spec: new_pack(spec), report)
        for spec in PACKS
    ]
    for pack, spec in zip(packs, PACKS, strict=True):
        for tool in spec["tools"]:
            ensure_child(
                pack, tool["slug"], lambda t=tool, p=spec: new_tool(t, p, collection), report
            )
    feature_packs(home, packs[:FEATURED_PACKS])
    submit_tool_for_review(library, TOOL_IN_REVIEW, report)


def submit_tool_for_review(library, spec, report):
    """A draft tool in the Programme review workflow, as an editor leaves it on submitting."""
    pack = library.get_children().get(slug=spec["pack"]).specific
    existing = pack.get_children().filter(slug=spec["slug"]).first()
    report.record(spec["title"], existing is None)
    if existing is not None:
        return
    pack_spec = next(candidate for candidate in PACKS if candidate["slug"] == spec["pack"])
    tool = new_tool(spec, pack_spec, resource_collection())
    tool.live = False
    pack.add_child(instance=tool)
    editor = get_user_model().objects.get(email=spec["submitted_by"])
    tool.save_revision(user=editor)
    tool.get_workflow().start(tool, editor)


def resource_collection():
    """A public collection for the packs' documents."""
    collection, _ = child_collection(COLLECTION_NAME)
    return collection


def by_slug(model, slugs):
    return list(model.objects.filter(slug__in=slugs))


def new_pack(spec):
    pack = ResourcePackPage(
        title=spec["title"],
        slug=spec["slug"],
        primary_topic=Topic.objects.get(slug=spec["primary_topic"]),
        summary=spec["summary"],
        search_description=spec["summary"],
        introduction=spec["introduction"],
        body=list(spec["body"]),
        last_reviewed=datetime.date.fromisoformat(spec["last_reviewed"]),
    )
    pack.topics = by_slug(Topic, pack_topic_slugs(spec))
    pack.audiences = by_slug(Audience, spec["audiences"])
    return pack


def pack_topic_slugs(pack_spec):
    return [pack_spec["primary_topic"], *pack_spec["further_topics"]]


def new_tool(spec, pack_spec, collection):
    """A tool with its pack's topics, as a new tool gets in the admin."""
    tool = ResourcePage(
        title=spec["title"],
        slug=spec["slug"],
        tool_type=spec["tool_type"],
        summary=spec["summary"],
        search_description=spec["summary"],
        body=list(spec["body"]),
        last_reviewed=datetime.date.fromisoformat(spec["last_reviewed"]),
        external_url=spec.get("external_url", ""),
    )
    if spec["format"] != "web":
        tool.document = make_document(spec, collection)
    tool.topics = by_slug(Topic, pack_topic_slugs(pack_spec))
    tool.audiences = by_slug(Audience, spec["audiences"])
    return tool


def make_document(spec, collection):
    """A real PDF, Word or Excel file with the tool's text, stored as a Wagtail document."""
    document = spec["document"]
    if spec["format"] == "xlsx":
        content = make_xlsx(document["title"], document["columns"], document["rows"])
    elif spec["format"] == "docx":
        content = make_docx(document["title"], document["sections"])
    else:
        content = make_pdf(document["title"], document["sections"])
    return get_document_model().objects.create(
        title=document["title"],
        collection=collection,
        file=ContentFile(content, name=f"{spec['slug']}.{spec['format']}"),
    )


def feature_packs(home, packs):
    """Feature the first packs on the home page, unless editors have chosen features."""
    if HomePageFeature.objects.filter(home_page=home).exists():
        return
    home = home.specific
    home.featured_pages = [HomePageFeature(page=pack) for pack in packs]
    home.save_revision().publish()
