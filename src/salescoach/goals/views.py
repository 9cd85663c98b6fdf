"""Pages for goals: accept or dismiss a recommended learning goal, refresh the diagnosis."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views.decorators.http import require_POST

from salescoach.goals import selectors, services
from salescoach.goals.forms import AcceptForm
from salescoach.org.access import viewer_of
from salescoach.org.selectors import get_person_for_viewer


@require_POST
def recommendation_accept(request: HttpRequest, pk: int) -> HttpResponse:
    """The rep's or the manager's yes; the second one turns it into a learning goal."""
    viewer = viewer_of(request)
    recommendation = selectors.get_recommendation_for_viewer(viewer=viewer, pk=pk)
    form = AcceptForm(request.POST)
    if not form.is_valid():
        field, errors = next(iter(form.errors.items()))
        messages.error(request, f"{field}: {errors[0]}")
        return redirect("coaching:scorecard", pk=recommendation.person_id)
    try:
        goal = services.accept_recommendation(
            viewer=viewer,
            recommendation=recommendation,
            practice=form.cleaned_data["practice"],
            measure=form.cleaned_data["measure"],
            weeks=form.cleaned_data["weeks"] or 12,
        )
    except services.GoalError as error:
        raise PermissionDenied(str(error)) from None
    if goal is None:
        messages.success(
            request, "Accepted. It becomes a learning goal when the other side agrees."
        )
    else:
        messages.success(request, f"Both agreed: “{goal.title}” is now a learning goal.")
    return redirect("coaching:scorecard", pk=recommendation.person_id)


@require_POST
def recommendation_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    """The rep or their manager sets a recommendation aside."""
    viewer = viewer_of(request)
    recommendation = selectors.get_recommendation_for_viewer(viewer=viewer, pk=pk)
    try:
        services.dismiss_recommendation(viewer=viewer, recommendation=recommendation)
    except services.GoalError as error:
        raise PermissionDenied(str(error)) from None
    messages.success(request, "Set aside. A later diagnosis will not raise this area again.")
    return redirect("coaching:scorecard", pk=recommendation.person_id)


@require_POST
def diagnose_person(request: HttpRequest, pk: int) -> HttpResponse:
    """Run the diagnosis for one rep from today's evidence and show the result."""
    viewer = viewer_of(request)
    person = get_person_for_viewer(viewer=viewer, pk=pk)
    try:
        diagnosis = services.refresh_recommendations(
            viewer=viewer, person=person, as_of=timezone.localdate()
        )
    except services.GoalError as error:
        raise PermissionDenied(str(error)) from None
    found = len(diagnosis.recommendations)
    messages.success(
        request,
        f"Diagnosis refreshed from today's evidence: {found} recommendation"
        f"{'' if found == 1 else 's'}"
        + (
            f"; {len(diagnosis.missing_evidence)} notes on missing evidence."
            if diagnosis.missing_evidence
            else "."
        ),
    )
    return redirect("coaching:scorecard", pk=person.pk)
