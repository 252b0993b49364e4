"""The plain-text part of a newsletter reads as the HTML part does, block by block."""

import pytest

from newsletters.email_html import html_to_text
from newsletters.sending import render_issue
from tests.newsletters.helpers import make_issue


def test_words_around_links_bold_and_italic_keep_their_spaces():
    html = (
        '<p>Read the <a href="https://pfs.example/resources/">resource library</a> today: '
        "it is <strong>free</strong> for <em>every</em> area.</p>"
    )
    assert html_to_text(html) == (
        "Read the resource library (https://pfs.example/resources/) today: "
        "it is free for every area.\n"
    )


def test_a_link_whose_text_is_its_address_is_written_once():
    html = '<p>See <a href="https://pfs.example/">https://pfs.example/</a>.</p>'
    assert html_to_text(html) == "See https://pfs.example/.\n"


def test_an_email_link_shows_the_address_without_mailto():
    html = '<p><a href="mailto:team@pfs.example">Write to the team</a></p>'
    assert html_to_text(html) == "Write to the team (team@pfs.example)\n"


@pytest.mark.parametrize(
    ("tag", "rule"), [("h2", "="), ("h3", "-")], ids=["main heading", "sub heading"]
)
def test_headings_stand_on_their_own_lines_underlined(tag, rule):
    html = f"<p>Before.</p><{tag}>Regional events</{tag}><p>After.</p>"
    assert html_to_text(html) == f"Before.\n\nRegional events\n{rule * 15}\n\nAfter.\n"


def test_bulleted_numbered_and_nested_lists():
    html = (
        "<ul><li>Plans</li><li>Maps<ul><li>Contexts</li></ul></li></ul>"
        "<ol><li>Refer</li><li>Review</li></ol>"
    )
    assert html_to_text(html) == "- Plans\n- Maps\n  - Contexts\n\n1. Refer\n2. Review\n"


def test_line_breaks_entities_and_source_whitespace():
    html = "<p>Line one<br>Line\n   two &amp; more</p>"
    assert html_to_text(html) == "Line one\nLine two & more\n"


def test_style_and_script_text_never_reaches_the_text_part():
    html = "<style>p{color:red}</style><p>Shown</p><script>alert(1)</script>"
    assert html_to_text(html) == "Shown\n"


@pytest.mark.django_db
def test_every_block_an_editor_can_use_reads_right_in_the_text_part(newsletter_index):
    issue = make_issue(
        newsletter_index,
        body=[
            ("heading", {"text": "What is new", "level": "h2"}),
            ("heading", {"text": "In brief", "level": "h3"}),
            (
                "paragraph",
                '<p>Read the <a href="https://pfs.example/r/">library</a> now, it is '
                "<b>free</b> for <i>every</i> area.</p><ul><li>One</li></ul><ol><li>Two</li></ol>",
            ),
            ("callout", {"title": "Save the date", "text": "<p>Network meeting in May.</p>"}),
            ("button", {"text": "Book a place", "url": "https://pfs.example/events/"}),
        ],
    )
    html, text = render_issue(issue, listings={})
    assert text == (
        "What is new\n===========\n\n"
        "In brief\n--------\n\n"
        "Read the library (https://pfs.example/r/) now, it is free for every area.\n\n"
        "- One\n\n1. Two\n\n"
        "Save the date\n-------------\n\nNetwork meeting in May.\n\n"
        "Book a place (https://pfs.example/events/)\n"
    )
    assert 'style="' in html
    assert "<style" not in html and "<link" not in html and "class=" not in html
