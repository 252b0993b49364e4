from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse

#: private or per-person areas: nothing there for a search engine
DISALLOWED = ["/admin/", "/accounts/", "/network/", "/subscription/", "/search/"]


def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED)]
    lines += ["", f"Sitemap: {settings.BASE_URL}{reverse('sitemap')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
