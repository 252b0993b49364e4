"""Test-only URLs: views that log, answer 404 and fail, behind the site's own 500 handler."""

import logging

from django.http import HttpResponse, HttpResponseNotFound
from django.urls import path

handler500 = "config.errors.server_error"


def logs_a_line(request):
    logging.getLogger("tests.config").info("Handling the request")
    return HttpResponse("ok")


def not_found(request):
    return HttpResponseNotFound("Nothing here")


def fails(request):
    raise RuntimeError("the view failed")


urlpatterns = [path("logs/", logs_a_line), path("missing/", not_found), path("fails/", fails)]
