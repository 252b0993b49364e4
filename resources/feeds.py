from network.access import all_pages
from network.feeds import PublicPageFeed
from resources.models import ResourcePackPage, ResourcePage


class ResourcesFeed(PublicPageFeed):
    title = "Planning for Safety resources"
    description = "New and updated resource packs and tools from Planning for Safety."
    link = "/resources/"

    def pages(self):
        return all_pages().type(ResourcePackPage, ResourcePage).order_by("-last_published_at")
