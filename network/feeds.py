"""A base for RSS feeds of pages: feeds list only what the public may see."""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed


class PublicPageFeed(Feed):
    """Subclasses give `title`, `description`, `link` and `pages()` (a page query set with
    `visible_to`, in order)."""

    limit = 50

    def pages(self):
        raise NotImplementedError

    def items(self):
        return list(self.pages().visible_to(AnonymousUser()).specific()[: self.limit])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return getattr(item, "summary", "") or item.search_description

    def item_link(self, item):
        return settings.BASE_URL + item.url

    def item_guid(self, item):
        return f"{settings.BASE_URL}/page/{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at
