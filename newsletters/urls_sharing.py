from django.urls import path, re_path

from newsletters import sharing_views

urlpatterns = [
    re_path(
        r"^qr/(?P<page_id>[0-9]+)\.(?P<extension>svg|png)$",
        sharing_views.page_qr,
        name="page_qr",
    ),
    path("qr/<int:page_id>/flyer/", sharing_views.flyer, name="page_flyer"),
    path("flyer/", sharing_views.flyer, name="flyer"),
]
