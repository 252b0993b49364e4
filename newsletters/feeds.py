from network.feeds import PublicPageFeed
from newsletters.models import NewsletterPage


class NewslettersFeed(PublicPageFeed):
    title = "Planning for Safety newsletter"
    description = "Issues of the Planning for Safety newsletter, newest first."
    link = "/newsletters/"

    def pages(self):
        return NewsletterPage.objects.order_by("-issue_date", "-pk")
