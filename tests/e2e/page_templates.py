"""The site's page templates, found by reading the template folders.

A page template renders a whole page of the public site: a layout (a template that starts an
HTML document: `base.html`, and `standalone_error.html` for the 500 and 503 pages), or a
template that extends a layout, directly or through another page template (the resource
library extends `section_index_page.html`, which extends `base.html`).

Everything else is left out by that rule: includes and StreamField block templates extend
nothing; the admin's templates extend Wagtail's admin bases (`wagtailadmin/base.html`,
`modeladmin/index.html`), which are not the site's. Two HTML documents that are not pages of
the site are left out by folder: emails (`email/`) and the admin's printable sign-in sheet
(`admin/`); the admin is Wagtail's own, checked by Wagtail.
"""

import re
from pathlib import Path

from django.conf import settings
from django.template import engines

EXTENDS = re.compile(r"""{%\s*extends\s+["']([^"']+)["']\s*%}""")
STARTS_A_DOCUMENT = re.compile(r"<!DOCTYPE html>", re.IGNORECASE)
NOT_THE_SITE = {"admin", "email"}


def project_template_dirs():
    """The template folders of the project's apps and site/templates, in the engine's order
    (the first folder holding a name wins, as when Django loads it)."""
    base = Path(settings.BASE_DIR).resolve()
    found = []
    for folder in engines["django"].template_dirs:
        folder = Path(folder).resolve()
        if folder.is_relative_to(base) and "site-packages" not in folder.parts:
            found.append(folder)
    return found


def template_sources():
    """{template name: its source} for every .html template of the project."""
    sources = {}
    for folder in project_template_dirs():
        for path in sorted(folder.rglob("*.html")):
            sources.setdefault(path.relative_to(folder).as_posix(), path.read_text())
    return sources


def page_templates():
    sources = template_sources()
    sources = {
        name: text for name, text in sources.items() if not NOT_THE_SITE & set(name.split("/"))
    }
    parents = {name: found[1] for name, text in sources.items() if (found := EXTENDS.search(text))}
    layouts = {
        name
        for name, text in sources.items()
        if name not in parents and STARTS_A_DOCUMENT.search(text)
    }

    def is_page(name, seen=()):
        if name in layouts:
            return True
        parent = parents.get(name)
        return parent in sources and parent not in seen and is_page(parent, (*seen, name))

    return {name for name in sources if is_page(name)}
