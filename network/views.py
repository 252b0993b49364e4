"""Joining the network, the area contact's review page, the directory and account pages."""

import json

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail import hooks

from home import limits
from home.ids import id_from
from network import audit, joining, two_factor, verification
from network.access import (
    is_area_contact,
    is_network_member,
    may_manage_network,
    may_see_all_network_content,
    membership_of,
)
from network.data_export import Person, personal_data
from network.erasure import erase_person
from network.forms import (
    AreaApplicationForm,
    ConfirmAddressForm,
    DecisionForm,
    DeleteAccountForm,
    EmailChangeForm,
    EmailLoginForm,
    PasswordResetRequestForm,
    PersonJoinForm,
    ProfileForm,
)
from network.gate import DIRECTORY, explain_gated, gated_link, refuse_private
from network.models import LocalArea, Membership, Role, User

DIRECTORY_PAGE_SIZE = 50


def join(request):
    return render(request, "network/join.html")


def join_person(request):
    form = PersonJoinForm(request.POST or None)
    verdict = limits.check_form_post(request, "join", form, "applications to join")
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        joining.request_membership(
            email=data["email"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            job_title=data["job_title"],
            area=data["area"],
            role_codes=[role.code for role in data["roles"]],
            reason=data["reason"],
            password=data["password1"],
        )
        return redirect("network:join_sent")
    return limits.refuse(render(request, "network/join_person.html", {"form": form}), verdict)


def join_area(request):
    form = AreaApplicationForm(request.POST or None)
    verdict = limits.check_form_post(request, "join", form, "applications to join")
    if request.method == "POST" and form.is_valid():
        joining.submit_area_application(form.save(commit=False))
        return redirect("network:join_area_sent")
    return limits.refuse(render(request, "network/join_area.html", {"form": form}), verdict)


def join_sent(request):
    return render(request, "network/join_sent.html")


def join_area_sent(request):
    return render(request, "network/join_area_sent.html")


@never_cache
def verify_email(request, token):
    """The emailed link shows a form; the address is verified only when it is submitted with
    the account's password (a POST), so mail scanners confirm nothing, and neither does an
    address's owner who was sent a link for an account someone else made."""
    user = verification.account_for_link(token)
    if user is None:
        return render(request, "network/verify_email.html", {"link_works": False}, status=400)
    if user.email_verified:
        return render(request, "network/verify_email.html", {"link_works": True, "done": True})
    form = ConfirmAddressForm(user, request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        verification.mark_verified(user, how="link")
        joining.ask_for_review(user)
        login(request, user, backend="network.auth.EmailBackend")
        context = {"link_works": True, "done": True, "just_verified": True, "person": user}
        return render(request, "network/verify_email.html", context)
    context = {"link_works": True, "form": form, "person": user}
    status = 400 if request.method == "POST" else 200
    return limits.refuse(
        render(request, "network/verify_email.html", context, status=status),
        form.throttle_verdict or limits.Verdict(True),
    )


def reviewable_requests(user):
    """Verified requests this person may decide: every area's for staff who manage the
    network; their own area's (not their own request) for a single point of contact."""
    requests = Membership.objects.waiting_for_decision().select_related("user", "area")
    if may_manage_network(user):
        return requests
    if not is_area_contact(user):
        return requests.none()
    return requests.filter(area_id=membership_of(user).area_id).exclude(user=user)


@never_cache
def area_requests(request):
    if not (may_manage_network(request.user) or is_area_contact(request.user)):
        return refuse_private(request, "Only your area's single point of contact sees this.")
    pending = reviewable_requests(request.user).prefetch_related("roles")
    forms = {m.pk: DecisionForm(prefix=f"m{m.pk}") for m in pending}
    if request.method == "POST":
        chosen = id_from(request.POST.get("membership", ""))
        if chosen is None:
            raise Http404("No such request.")
        membership = get_object_or_404(pending, pk=chosen)
        form = DecisionForm(request.POST, prefix=f"m{membership.pk}")
        if form.is_valid():
            approve = form.cleaned_data["decision"] == "approve"
            try:
                joining.decide_membership(
                    membership, request.user, approve, form.cleaned_data["reason"]
                )
            except joining.DecisionError as error:
                messages.error(request, str(error))
            else:
                verb = "approved" if approve else "rejected"
                messages.success(request, f"{membership.user} has been {verb}.")
                return redirect("network:area_requests")
        forms[membership.pk] = form
    rows = [(m, forms[m.pk]) for m in pending]
    return render(request, "network/area_requests.html", {"rows": rows})


def directory_filters(request, listed):
    """The area and role chosen in the directory's filter form; unknown values are ignored."""
    areas = list(
        LocalArea.objects.filter(network_status=LocalArea.Status.MEMBER).values_list("pk", "name")
    )
    roles = list(Role.objects.values_list("code", "name"))
    area = id_from(request.GET.get("area", ""))
    area = area if area in {pk for pk, _ in areas} else None
    role = request.GET.get("role", "")
    role = role if role in {code for code, _ in roles} else ""
    if area is not None:
        listed = listed.filter(area_id=area)
    if role:
        listed = listed.filter(roles__code=role)
    options = {"area": areas, "role": roles}
    return listed, {"area": area, "role": role}, options


@gated_link(DIRECTORY)
@never_cache
def directory(request):
    if not (is_network_member(request.user) or may_see_all_network_content(request.user)):
        return explain_gated(request, DIRECTORY)
    listed = (
        Membership.objects.filter(
            listed_in_directory=True,
            status=Membership.Status.APPROVED,
            area__network_status="member",
            user__is_active=True,
        )
        .select_related("user", "area")
        .prefetch_related("roles")
        .order_by("area__name", "user__last_name", "user__first_name")
    )
    listed, chosen, options = directory_filters(request, listed)
    page = Paginator(listed, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "people": page,
        "filters": chosen,
        "filter_options": options,
        "is_filtered": chosen["area"] is not None or bool(chosen["role"]),
    }
    return render(request, "network/directory.html", context)


@login_required
@never_cache
def profile(request):
    membership = membership_of(request.user)
    initial = {
        "first_name": request.user.first_name,
        "last_name": request.user.last_name,
        "job_title": request.user.job_title,
        "listed_in_directory": bool(membership and membership.listed_in_directory),
    }
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        user = request.user
        user.first_name = form.cleaned_data["first_name"]
        user.last_name = form.cleaned_data["last_name"]
        user.job_title = form.cleaned_data["job_title"]
        user.save(update_fields=["first_name", "last_name", "job_title"])
        if membership is not None:
            membership.listed_in_directory = form.cleaned_data["listed_in_directory"]
            membership.save(update_fields=["listed_in_directory"])
        messages.success(request, "Your details have been saved.")
        return redirect("network:profile")
    context = {
        "form": form,
        "membership": membership,
        "is_area_contact": is_area_contact(request.user),
    }
    if two_factor.needs_second_factor(request.user):
        context["recovery_codes_left"] = two_factor.recovery_codes_left(request.user)
    return render(request, "network/profile.html", context)


@login_required
@never_cache
def email_change(request):
    """Ask for a new address; the current one stays until the new one is verified."""
    form = EmailChangeForm(request.user, request.POST or None)
    verdict = limits.check_form_post(request, "join", form, "address changes")
    if request.method == "POST" and form.is_valid():
        verification.request_email_change(request.user, form.cleaned_data["new_email"])
        messages.success(
            request,
            f"We have sent a link to {form.cleaned_data['new_email']}. Your address changes "
            "when you open it and confirm.",
        )
        return redirect("network:profile")
    status = 400 if request.method == "POST" else 200
    response = render(request, "network/email_change.html", {"form": form}, status=status)
    return limits.refuse(response, verdict)


@never_cache
def email_change_confirm(request, token):
    """The link sent to a new address: a button (a POST) makes the change."""
    found = verification.change_for_link(token)
    if found is None:
        return render(request, "network/email_change_confirm.html", {}, status=400)
    _, new_email = found
    context = {"new_email": new_email}
    if request.method == "POST":
        try:
            verification.confirm_email_change(token)
        except verification.EmailChangeError as error:
            context["error"] = str(error)
            return render(request, "network/email_change_confirm.html", context, status=409)
        context["done"] = True
    return render(request, "network/email_change_confirm.html", context)


@login_required
@never_cache
def my_bookings(request):
    """Every booking of the signed-in person, from the apps that answer the hook."""
    bookings = [
        booking for provider in hooks.get_hooks("my_bookings") for booking in provider(request)
    ]
    return render(request, "network/my_bookings.html", {"bookings": bookings})


@login_required
@never_cache
def leave(request):
    membership = membership_of(request.user)
    if membership is None or membership.status == Membership.Status.LEFT:
        raise Http404("You are not a member of the network.")
    if request.method == "POST":
        joining.leave_network(request.user)
        messages.success(request, "You have left the network. Your account stays open.")
        return redirect("network:profile")
    return render(request, "network/leave.html", {"membership": membership})


@login_required
@require_POST
def my_data(request):
    """Everything held about the signed-in person, as a JSON download."""
    user = User.objects.get(pk=request.user.pk)
    audit.record(audit.DATA_EXPORT, actor=user, subject="their own data", request=request)
    response = HttpResponse(
        json.dumps(personal_data(Person.of_user(user)), indent=2, default=str),
        content_type="application/json",
    )
    response["Content-Disposition"] = 'attachment; filename="my-planning-for-safety-data.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@never_cache
def delete_account(request):
    """The person erases their own account and data, after giving their password."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        person = User.objects.get(pk=request.user.pk)
        erase_person(Person.of_user(person), by=person, request=request)
        logout(request)
        messages.success(request, "Your account and data have been deleted.")
        return redirect("/")
    status = 400 if request.method == "POST" else 200
    return render(request, "network/delete_account.html", {"form": form}, status=status)


password_change = login_required(
    auth_views.PasswordChangeView.as_view(
        template_name="network/password_change.html",
        success_url=reverse_lazy("network:profile"),
    )
)


class SignInView(auth_views.LoginView):
    """Django's sign-in; throttled attempts answer 429 with Retry-After."""

    template_name = "network/login.html"
    authentication_form = EmailLoginForm
    redirect_authenticated_user = True

    def form_invalid(self, form):
        response = super().form_invalid(form)
        return limits.refuse(response, form.throttle_verdict or limits.Verdict(True))


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Setting a password from the emailed link also proves the address is the person's."""

    template_name = "network/password_reset_confirm.html"
    success_url = reverse_lazy("network:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        verification.mark_verified(form.user, how="password reset")
        return response


class PasswordResetView(auth_views.PasswordResetView):
    """Limited per connection (429) and per address: past the limit for an address, the
    answer is the usual "sent" page and no email, so nobody can flood someone's inbox."""

    template_name = "network/password_reset_form.html"
    email_template_name = "network/email/password_reset.txt"
    subject_template_name = "network/email/password_reset_subject.txt"
    success_url = reverse_lazy("network:password_reset_done")
    form_class = PasswordResetRequestForm

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        verdict = limits.check_form_post(request, "password_reset", form, "password reset requests")
        if form.is_valid():
            return self.form_valid(form)
        return limits.refuse(self.form_invalid(form), verdict)

    def form_valid(self, form):
        address = form.cleaned_data["email"].strip().lower()
        if not limits.hit("password_reset", f"email:{address}").allowed:
            return redirect(self.get_success_url())
        return super().form_valid(form)
