"""A small HTTP client for the smoke test: one person's cookies, CSRF tokens and forms."""

import json
import re
from http.cookiejar import CookieJar
from urllib.error import HTTPError
from urllib.parse import urlencode, urljoin
from urllib.request import HTTPCookieProcessor, build_opener

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Page:
    def __init__(self, status, url, headers, body):
        self.status, self.url, self.headers, self.text = status, url, headers, body

    def csrf_token(self):
        match = CSRF_INPUT.search(self.text)
        if not match:
            raise AssertionError(f"{self.url}: no CSRF token in the page")
        return match.group(1)

    def json(self):
        return json.loads(self.text)


class Browser:
    """Follows redirects and keeps cookies, like a person's browser on one site."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.opener = build_opener(HTTPCookieProcessor(CookieJar()))

    def open(self, path, data=None):
        url = urljoin(self.base_url, path)
        body = urlencode(data, doseq=True).encode() if data is not None else None
        try:
            with self.opener.open(url, body, timeout=30) as response:
                text = response.read().decode("utf-8", errors="replace")
                return Page(response.status, response.url, response.headers, text)
        except HTTPError as error:
            text = error.read().decode("utf-8", errors="replace")
            return Page(error.code, url, error.headers, text)

    def get(self, path):
        return self.open(path)

    def submit(self, path, fields, form_page=None):
        """POST fields to path with the CSRF token of the page that shows the form."""
        form_page = form_page or self.get(path)
        return self.open(path, {"csrfmiddlewaretoken": form_page.csrf_token(), **fields})
