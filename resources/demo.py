"""Demo content for the resources section, built by `manage.py load_demo_content`."""

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.collections import child_collection
from home.demo.builder import ensure_child, ensure_section
from home.demo.data import load, stream
from home.documents import make_docx, make_xlsx
from home.models import Audience, HomePageFeature, Topic
from home.pdf import make_pdf
from resources.models import ResourceIndexPage, ResourcePackPage, ResourcePage

CONTENT = load(__file__)
PACKS = CONTENT["packs"]
#: A new tool an editor has submitted for review; a reviewer has still to approve it.
TOOL_IN_REVIEW = CONTENT["tool_in_review"]

COLLECTION_NAME = "Resource packs"
FEATURED_PACKS = 3


def build_demo_content(home, report):
    """The library, the eight packs with their tools and documents, and featured packs."""
    section = CONTENT["section"]
    library = ensure_section(
        home, ResourceIndexPage, "resources", section["title"], section["intro"], report
    )
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
        body=stream(spec["body"]),
        last_reviewed=spec["last_reviewed"],
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
        body=stream(spec["body"]),
        last_reviewed=spec["last_reviewed"],
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
