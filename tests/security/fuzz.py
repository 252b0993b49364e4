"""Hostile input for the fuzz tests, and what every answer to it must satisfy.

Examples are derandomized so a CI failure reproduces locally; each test keeps its example
count moderate, and the whole fuzz suite stays well under two minutes on SQLite.
"""

from dataclasses import dataclass

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    # Fixtures build the site once per test; every example reuses it (and the client).
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Markup that must never come back verbatim: reflected unescaped, it would run in a browser.
SCRIPT_PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
]
UNESCAPED_MARKERS = ["<script>alert(1)", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>"]

OTHER_PAYLOADS = [
    "' OR '1'='1",
    "1; DROP TABLE network_user; --",
    '"',
    "%",
    "_",
    "\\",
    "*",
    "NEAR(",
    "AND OR NOT",
    "${7*7}{{7*7}}",
    "javascript:alert(1)",
    "../../etc/passwd",
    "\x00",
    "a\x00b",
    "\u202e\u200b\ufeff",
    "Zoë 💥 中文 עברית",
]

# Every character a form or URL can carry: control characters (NUL included) and all of
# Unicode except lone surrogates, which UTF-8 cannot encode so no browser can send them.
any_character = st.characters(codec="utf-8")
control_characters = st.text(st.characters(max_codepoint=0x1F) | st.just("\x7f"), min_size=1)
unicode_text = st.text(any_character, max_size=40)
long_text = st.integers(300, 6000).map(lambda n: "x" * n) | st.text(any_character, min_size=250)
scripts = st.sampled_from(SCRIPT_PAYLOADS)
payloads = st.sampled_from(SCRIPT_PAYLOADS + OTHER_PAYLOADS)

hostile_text = st.one_of(
    unicode_text,
    control_characters,
    long_text,
    payloads,
    st.tuples(unicode_text | control_characters, payloads, unicode_text).map("".join),
)

page_numbers = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(
        ["0", "-1", "", "1.5", "1e999", "NaN", "inf", "9" * 5000, "²", "٣", " 2 ", "0x1F", "1_0"]
    ),
)


def query_strings(params, known_values=()):
    """{param: [values]}: each parameter zero or more times, with hostile or real values."""
    value = st.one_of(scripts, hostile_text, page_numbers, st.sampled_from([*known_values, "1"]))
    names = st.sampled_from(params) | unicode_text
    return st.dictionaries(names, st.lists(value, min_size=1, max_size=3), max_size=len(params))


def scripts_in_every(params):
    """A query string with every script payload in each parameter: an explicit example."""
    return {param: ["".join(SCRIPT_PAYLOADS)] for param in params}


def assert_answered_safely(response):
    """No server error, and nothing sent back as markup that a browser would run."""
    assert response.status_code < 500, response.status_code
    if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
        html = response.content.decode()
        for marker in UNESCAPED_MARKERS:
            assert marker not in html, f"unescaped {marker!r} in the page"


# Forms --------------------------------------------------------------------------------------

MISSING = object()  # leave the field out of the submission
BLANKS = ["", " ", "\t\n", "\r\n  "]
NOT_IDS = ["²", "٣", "0", "-1", "1.5", "abc", "9" * 30, "9" * 5000]


@dataclass(frozen=True)
class Field:
    """One form field: a valid value, and what surely makes it invalid."""

    name: str
    valid: object  # a string, or a list of strings for multiple choices
    kind: str = "text"  # text, email, choice, model (one id), ids or checkbox
    max_length: int | None = None
    required: bool = True
    wrong: tuple = ()  # more invalid values: unknown choices, ids of the wrong things
    choices: tuple = ()  # every valid choice, so that no other value is valid


def breakages(field):
    """A strategy for values that make this field invalid, whatever the other fields hold."""
    if field.kind == "checkbox":
        return st.sampled_from([MISSING, "", "false", "0", "False"])
    broken = [st.sampled_from(field.wrong)] if field.wrong else []
    if field.required:
        broken.append(st.sampled_from([MISSING, *BLANKS]))
    if field.kind in ("text", "email"):
        broken.append(st.tuples(unicode_text, unicode_text).map("\x00".join))
        if field.max_length:
            broken.append(st.integers(1, 300).map(lambda n: "é" * (field.max_length + n)))
    if field.kind == "email":
        broken.append(hostile_text.filter(lambda text: "@" not in text))
    if field.kind == "choice":
        broken.append(hostile_text.filter(lambda text: text not in field.choices))
    if field.kind == "ids":
        broken.append(st.lists(st.sampled_from(NOT_IDS), min_size=1, max_size=3))
    return st.one_of(broken)


def any_value(field):
    """The valid value, or anything a client could send instead (repeated fields too)."""
    one_valid = st.sampled_from(field.valid) if field.kind == "ids" else st.just(field.valid)
    return st.one_of(
        st.just(field.valid),
        hostile_text,
        st.lists(hostile_text | one_valid, min_size=2, max_size=3),
    )


@st.composite
def invalid_submissions(draw, fields):
    """Form data with at least one field surely invalid and the others valid or hostile."""
    broken = draw(st.sets(st.sampled_from([field.name for field in fields]), min_size=1))
    data = {}
    for field in fields:
        value = draw(breakages(field) if field.name in broken else any_value(field))
        if value is not MISSING:
            data[field.name] = value
    return data


def valid_submission(fields, **overrides):
    return {**{field.name: field.valid for field in fields}, **overrides}
