"""JSON-LD output that is safe inside a <script> element."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe


def json_ld(data):
    text = json.dumps(data, cls=DjangoJSONEncoder)
    # "<" cannot end the script element early once escaped; JSON parsers read it back as "<".
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))  # noqa: S308
