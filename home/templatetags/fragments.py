"""{% fragment %}: a piece of a page rendered once and kept in the cache, for signed-in
people as much as for visitors (whose whole pages the page cache keeps).

    {% fragment "pack" page.pk %}...{% endfragment %}
        The same for everyone. Kept until pages next change (the "pages" generation, which
        publishing, view restrictions, topics, documents and bookings move) or for
        FRAGMENT_CACHE_SECONDS.

    {% fragment "library" request.get_full_path for=audience_key %}...{% endfragment %}
    {% fragment "dashboard" for=request.user.pk after="discussions" %}...{% endfragment %}
        What one person sees (`for` their own id), or everyone who may see the same things
        (`for` their audience key, network/context_processors.py). Forgotten also when anything
        the access policy reads changes (the "access" generation) and when the generations
        named in `after` move.

Fragments are kept only in a cache every process shares (CACHE_URL): a cache in each
process's own memory is not told of changes made through another process, and even a
piece for everyone lists only what visitors may see.

Every value after the name varies the key (a fragment for each). A fragment must not hold
anything else that differs between requests: messages, times, the person's own state unless
`for` names the person. CSRF tokens are the exception: they are stored as a placeholder and
each request gets its own.
"""

import re
from hashlib import sha256

from django import template
from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.utils.safestring import mark_safe

from home.generations import current
from home.page_cache import CSRF_INPUT_PATTERN

register = template.Library()

CSRF_INPUT = re.compile(CSRF_INPUT_PATTERN)
CSRF_PLACEHOLDER = "\x00csrf-token\x00"


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary, whose, after):
        self.nodelist = nodelist
        self.name = name
        self.vary = vary
        self.whose = whose
        self.after = after

    def generations(self):
        return ["pages", *(["access"] if self.whose is not None else []), *self.after]

    def may_keep(self, context):
        """Not without a request (the server error page): its CSRF tokens need one. Not in
        an editor's preview, which shows a draft, not what is live."""
        request = context.get("request")
        if settings.FRAGMENT_CACHE_SECONDS <= 0 or request is None:
            return False
        if getattr(request, "is_preview", False):
            return False
        return settings.SHARED_CACHE

    def key(self, context):
        parts = [
            self.name.resolve(context),
            *current(self.generations()),
            *(value.resolve(context) for value in self.vary),
        ]
        if self.whose is not None:
            parts.append(f"for:{self.whose.resolve(context)}")
        return "fragment:" + sha256("\x1f".join(map(str, parts)).encode()).hexdigest()

    def render(self, context):
        if not self.may_keep(context):
            return self.nodelist.render(context)
        key = self.key(context)
        html = cache.get(key)
        if html is None:
            html = CSRF_INPUT.sub(rf"\g<1>{CSRF_PLACEHOLDER}\g<2>", self.nodelist.render(context))
            cache.set(key, html, settings.FRAGMENT_CACHE_SECONDS)
        if CSRF_PLACEHOLDER in html:
            html = html.replace(CSRF_PLACEHOLDER, get_token(context["request"]))
        return mark_safe(html)  # noqa: S308 - our own rendered template output


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    name = parser.compile_filter(bits[1])
    vary, whose, after = [], None, []
    for bit in bits[2:]:
        if bit.startswith("for="):
            whose = parser.compile_filter(bit.removeprefix("for="))
        elif bit.startswith("after="):
            after = bit.removeprefix("after=").strip("\"'").split()
        else:
            vary.append(parser.compile_filter(bit))
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, name, vary, whose, after)
