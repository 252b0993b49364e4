from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents.views import serve as wagtaildocs_serve

from config.health import healthz
from config.robots import robots_txt
from events.feeds import EventsFeed, upcoming_events_feed
from network import documents
from newsletters.feeds import NewslettersFeed
from resources.feeds import ResourcesFeed
from search import views as search_views

handler500 = "config.errors.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document URLs, served through the network's explanation for anonymous visitors.
    re_path(r"^documents/(\d+)/(.*)$", documents.serve, name="wagtaildocs_serve"),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        wagtaildocs_serve.authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("", include("network.urls")),
    path("search/", search_views.search, name="search"),
    path("search/autocomplete/", search_views.autocomplete, name="search_autocomplete"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("events/feed.ics", upcoming_events_feed, name="events_feed"),
    path("events/feed.rss", EventsFeed(), name="events_rss"),
    path("resources/feed.rss", ResourcesFeed(), name="resources_feed"),
    path("newsletters/feed.rss", NewslettersFeed(), name="newsletters_feed"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("", include("newsletters.urls")),
    path("", include("newsletters.urls_sharing")),
]

if settings.DEBUG and settings.MEDIA_STORAGE == "filesystem":
    # Images only: documents are always served through Wagtail's serve view, which checks
    # privacy, so MEDIA_ROOT/documents/ is never exposed directly. (A bucket gives images
    # their own signed links.)
    urlpatterns += static(
        settings.MEDIA_URL + "images/", document_root=settings.MEDIA_ROOT / "images"
    )
    urlpatterns += static(
        settings.MEDIA_URL + "original_images/",
        document_root=settings.MEDIA_ROOT / "original_images",
    )

urlpatterns += [path("", include(wagtail_urls))]
