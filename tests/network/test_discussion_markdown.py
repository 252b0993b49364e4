"""Members write Markdown; what reaches the page is sanitised HTML with nothing executable."""

import re

import pytest

from network.community.markdown import quote_markdown, render_markdown

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=http://evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<svg onload=alert(1)><circle r=1 /></svg>",
    "<svg><script>alert(1)</script></svg>",
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click]( javascript:alert(1) )",
    "[click](jav&#x09;ascript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "![x](javascript:alert(1))",
    '![x](http://e.example/x.png" onerror="alert(1))',
    '[x](http://e.example "title" onmouseover=alert(1))',
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "<iframe src=http://evil.example></iframe>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<style>body{display:none}</style>",
    '<form action="http://evil.example"><input name=x></form>',
    "<object data=http://evil.example/x.swf></object>",
    '<math><mtext><table><mglyph><style><img src=x onerror="alert(1)">',
    "<<script>script>alert(1)<</script>/script>",
    '"><script>alert(1)</script>',
    "<details open ontoggle=alert(1)>",
    "`<script>alert(1)</script>`",
    "    <script>alert(1)</script>",
    "<a href='http://x' onclick='alert(1)'>x</a>",
    "<base href=http://evil.example/>",
    "<meta http-equiv=refresh content=0;url=http://evil.example>",
]

DANGEROUS = [
    r"<script",
    r"<svg",
    r"<img",
    r"<iframe",
    r"<style",
    r"<form",
    r"<object",
    r"<base",
    r"<meta",
    r"<details",
    r"<input",
    r"\son\w+\s*=",
    r"javascript:",
    r"vbscript:",
    r"data:",
    r"style=",
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_rendered_html_has_no_scripts_handlers_or_dangerous_urls(payload):
    html = render_markdown(payload)
    tags = " ".join(re.findall(r"<[^>]*>", html))  # only markup, not escaped text
    for pattern in DANGEROUS:
        assert not re.search(pattern, tags, re.IGNORECASE), (payload, html)
    for href in re.findall(r'href="([^"]*)"', tags):
        assert href.startswith(("http://", "https://", "mailto:")), (payload, html)


def test_raw_html_is_shown_as_text_not_markup():
    assert render_markdown("<b>bold</b>") == "<p>&lt;b&gt;bold&lt;/b&gt;</p>"


def test_markdown_formatting_and_safe_external_links_render():
    html = render_markdown("**bold** and *italic*\n\n- one\n- two\n\n[pack](https://e.example/p)")
    assert "<strong>bold</strong>" in html and "<em>italic</em>" in html
    assert "<li>one</li>" in html
    assert '<a href="https://e.example/p" rel="nofollow noopener noreferrer ugc">pack</a>' in html


def test_headings_never_outrank_the_page():
    assert render_markdown("# Big") == "<h3>Big</h3>"


def test_a_quote_becomes_a_blockquote_with_the_author():
    html = render_markdown(quote_markdown("Sam Lee", "We meet weekly.\nIt helps."))
    assert html.startswith("<blockquote>")
    assert "<strong>Sam Lee wrote:</strong>" in html
    assert "We meet weekly." in html
