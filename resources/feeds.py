from wagtail.models import Page

from network.feeds import PublicPageFeed
from resources.models import ResourcePackPage, ResourcePage


class ResourcesFeed(PublicPageFeed):
    title = "Planning for Safety resources"
    description = "New and updated resource packs and tools from Planning for Safety."
    link = "/resources/"

    def pages(self):
        return Page.objects.type(ResourcePackPage, ResourcePage).order_by("-last_published_at")
