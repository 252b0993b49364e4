"""Admin screens for sending an issue: test send, send, and the send log."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from newsletters import sending
from newsletters.forms import SendForm
from newsletters.models import Delivery, Mailing, NewsletterPage

SEND_NEWSLETTER = "newsletters.send_newsletter"
may_send = permission_required(SEND_NEWSLETTER, raise_exception=True)


@may_send
def send_issue(request, page_id):
    issue = get_object_or_404(NewsletterPage, pk=page_id)
    if not issue.live:
        messages.error(request, "Publish the issue before sending it.")
        return redirect("wagtailadmin_pages:edit", issue.pk)
    form = SendForm(request.POST if request.POST.get("action") == "send" else None)
    action = request.POST.get("action")
    if action == "test":
        return test_send(request, issue)
    if action == "send" and form.is_valid():
        if not sending.has_tested(issue, request.user):
            form.add_error(None, "Send yourself a test of the published version first.")
        else:
            mailing, count = sending.send_issue(issue, request.user, form.cleaned_data["topics"])
            if mailing is None:
                messages.warning(request, "Everyone chosen has already been sent this issue.")
                return redirect("newsletters_send", issue.pk)
            messages.success(request, f"Sending “{issue.title}” to {count} subscribers.")
            return redirect("newsletters_mailing", mailing.pk)
    return TemplateResponse(
        request,
        "newsletters/admin/send.html",
        {
            "issue": issue,
            "form": form,
            "tested": sending.has_tested(issue, request.user),
            "everyone": sending.recipients().count(),
            "already": Delivery.objects.filter(issue=issue).count(),
            "mailings": issue.mailings.all(),
        },
        status=400 if request.method == "POST" else 200,
    )


def test_send(request, issue):
    try:
        sending.send_test(issue, request.user)
    except sending.SEND_ERRORS as error:
        messages.error(request, f"The test email could not be sent ({error}). Try again later.")
    else:
        messages.success(request, f"A test email was sent to {request.user.email}.")
    return redirect("newsletters_send", issue.pk)


@may_send
def mailings(request):
    # Explicit order: a model's Meta.ordering does not apply to queries with GROUP BY.
    listing = (
        Mailing.objects.select_related("issue", "sent_by")
        .annotate(recipients=Count("deliveries"))
        .order_by("-created_at", "-pk")
    )
    page = Paginator(listing, 25).get_page(request.GET.get("p"))
    return TemplateResponse(request, "newsletters/admin/mailings.html", {"page_obj": page})


@may_send
def mailing_detail(request, mailing_id):
    mailing = get_object_or_404(Mailing.objects.select_related("issue", "sent_by"), pk=mailing_id)
    problems = mailing.deliveries.failed() | mailing.deliveries.filter(
        status=Delivery.Status.QUEUED, attempts__gt=0
    )
    return TemplateResponse(
        request,
        "newsletters/admin/mailing.html",
        {
            "mailing": mailing,
            "counts": mailing.counts(),
            "topics": mailing.topics.all(),
            "problems": problems.select_related("subscriber").order_by("status", "pk")[:200],
        },
    )
