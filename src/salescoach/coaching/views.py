"""Pages for coaching: the rep scorecard and the coaching session workspace."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from salescoach.coaching import selectors, services
from salescoach.coaching.forms import (
    EXERCISE_STEPS,
    CommitmentForm,
    CommitmentStatusForm,
    NoteForm,
    PlanStepForm,
    SessionHeldForm,
    SessionPlanForm,
)
from salescoach.coaching.models import CoachingSession, SessionKind, SessionStatus
from salescoach.org.access import Viewer, viewer_of
from salescoach.org.models import Role

PAGE_SIZE = 50


def scorecard(request: HttpRequest, pk: int) -> HttpResponse:
    """A rep's scorecard by the three conversations; 404 outside the viewer's scope."""
    card = selectors.scorecard_for_viewer(
        viewer=viewer_of(request), person_id=pk, today=timezone.localdate()
    )
    return render(request, "coaching/scorecard.html", {"card": card})


def _field_of(error: Exception, form: forms.Form, default: str) -> str | None:
    """The form field a service message names ("field: reason"), else the default field."""
    name = str(error).split(":", 1)[0].strip()
    if name in form.fields:
        return name
    return default if default else None


def session_list(request: HttpRequest) -> HttpResponse:
    """A manager's sessions with their reps, or a rep's own sessions, newest first."""
    viewer = viewer_of(request)
    sessions = selectors.visible_sessions(viewer=viewer)
    page = Paginator(sessions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "coaching/session_list.html",
        {"page": page, "can_plan": viewer.role == Role.MANAGER},
    )


def session_plan(request: HttpRequest) -> HttpResponse:
    """Plan a session with someone in the teams you lead; its agenda is prepared at once."""
    viewer = viewer_of(request)
    if viewer.role != Role.MANAGER:
        raise PermissionDenied("Only a manager plans coaching sessions.")
    reps = [(p.pk, p.name) for p in selectors.coachable_reps(viewer=viewer)]
    initial: dict[str, Any] = {}
    if request.GET.get("rep", "").isdigit():
        initial["rep"] = int(request.GET["rep"])
    if request.GET.get("deal", "").isdigit():
        initial["deal"] = int(request.GET["deal"])
        initial["kind"] = SessionKind.OPPORTUNITY
    form = SessionPlanForm(
        request.POST or None,
        reps=reps,
        deals=selectors.plannable_deals(viewer=viewer),
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            session = services.prepare_session(
                viewer=viewer,
                rep_id=form.cleaned_data["rep"],
                scheduled_for=form.cleaned_data["scheduled_for"],
                kind=form.cleaned_data["kind"],
                deal_id=form.cleaned_data["deal"],
            )
        except services.CoachingError as error:
            form.add_error(_field_of(error, form, "rep"), str(error).split(": ", 1)[-1])
        else:
            messages.success(request, "Session planned; the agenda comes from the evidence.")
            return redirect("coaching:session_detail", pk=session.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "coaching/session_plan.html", {"form": form}, status=status)


def _workspace(viewer: Viewer, session: CoachingSession) -> dict[str, Any]:
    is_manager = viewer.person_id == session.manager_id
    return {
        "session": session,
        "agenda": selectors.agenda_for_viewer(viewer=viewer, session=session),
        "notes": selectors.visible_notes(viewer=viewer, session=session),
        "follow_ups": selectors.commitments_to_follow_up(viewer=viewer, session=session),
        "commitments": selectors.session_commitments(viewer=viewer, session=session),
        "check_ins": selectors.session_check_ins(viewer=viewer, session=session),
        "is_manager": is_manager,
        "can_write": viewer.person_id in (session.manager_id, session.rep_id),
        "viewer_id": viewer.person_id,
        "note_form": NoteForm(),
        "commitment_form": CommitmentForm(),
        "held_form": SessionHeldForm(
            initial={
                "duration_min": session.duration_min or None,
                "outcomes": session.outcomes,
                "conversations": session.conversations,
            }
        ),
        "is_planned": session.status == SessionStatus.PLANNED,
    }


def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The session workspace: agenda by the three conversations, notes, commitments."""
    viewer = viewer_of(request)
    session = selectors.get_session_for_viewer(viewer=viewer, pk=pk)
    return render(request, "coaching/session_detail.html", _workspace(viewer, session))


def _partial(
    request: HttpRequest, name: str, context: dict[str, Any], status: int = 200
) -> HttpResponse:
    return render(request, f"coaching/session_detail.html#{name}", context, status=status)


@require_POST
def session_note_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a note; htmx gets the notes panel back, a plain form post the page."""
    viewer = viewer_of(request)
    session = selectors.get_session_for_viewer(viewer=viewer, pk=pk)
    data = request.POST.copy()
    if viewer.person_id == session.rep_id:
        data["visibility"] = "shared"  # a rep's notes are always read by their coach
    form = NoteForm(data)
    if form.is_valid():
        try:
            services.add_note(
                viewer=viewer,
                session=session,
                text=form.cleaned_data["text"],
                visibility=form.cleaned_data["visibility"] or "manager_only",
            )
        except services.CoachingError as error:
            form.add_error(_field_of(error, form, "text"), str(error).split(": ", 1)[-1])
    context = _workspace(viewer, session)
    if form.errors:
        context["note_form"] = form
        if request.htmx:  # type: ignore[attr-defined]
            return _partial(request, "notes", context, status=400)
        return render(request, "coaching/session_detail.html", context, status=400)
    if request.htmx:  # type: ignore[attr-defined]
        return _partial(request, "notes", context)
    return redirect("coaching:session_detail", pk=session.pk)


def note_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit a note: only its author reaches this page (anyone else gets 404)."""
    viewer = viewer_of(request)
    note = selectors.get_note_for_author(viewer=viewer, pk=pk)
    form = NoteForm(
        request.POST or None, initial={"text": note.text, "visibility": note.visibility}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_note(
                viewer=viewer,
                note_id=note.pk,
                text=form.cleaned_data["text"],
                visibility=form.cleaned_data["visibility"] or None,
            )
        except services.CoachingError as error:
            form.add_error(_field_of(error, form, "text"), str(error).split(": ", 1)[-1])
        else:
            messages.success(request, "Note saved.")
            return redirect("coaching:session_detail", pk=note.session_id)
    status = 400 if request.method == "POST" else 200
    is_rep = viewer.person_id == note.session.rep_id
    return render(
        request,
        "coaching/session_note_edit.html",
        {"form": form, "note": note, "is_rep": is_rep},
        status=status,
    )


@require_POST
def session_commitment_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Record a commitment in the session; htmx gets the commitments panel back."""
    viewer = viewer_of(request)
    session = selectors.get_session_for_viewer(viewer=viewer, pk=pk)
    form = CommitmentForm(request.POST)
    if form.is_valid():
        owner = session.manager_id if form.cleaned_data["owner"] == "manager" else session.rep_id
        try:
            services.add_commitment(
                viewer=viewer,
                session=session,
                text=form.cleaned_data["text"],
                due_on=form.cleaned_data["due_on"],
                owner_id=owner,
            )
        except services.CoachingError as error:
            form.add_error(_field_of(error, form, "text"), str(error).split(": ", 1)[-1])
    context = _workspace(viewer, session)
    if form.errors:
        context["commitment_form"] = form
        if request.htmx:  # type: ignore[attr-defined]
            return _partial(request, "commitments", context, status=400)
        return render(request, "coaching/session_detail.html", context, status=400)
    if request.htmx:  # type: ignore[attr-defined]
        return _partial(request, "commitments", context)
    return redirect("coaching:session_detail", pk=session.pk)


@require_POST
def commitment_follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark a commitment done or dropped, as reviewed in the session it is followed up in."""
    viewer = viewer_of(request)
    commitment = selectors.get_commitment_for_viewer(viewer=viewer, pk=pk)
    form = CommitmentStatusForm(request.POST)
    in_session = request.POST.get("session", "")
    session = (
        selectors.get_session_for_viewer(viewer=viewer, pk=int(in_session))
        if in_session.isdigit()
        else None
    )
    back = session or commitment.session
    if not form.is_valid():
        messages.error(request, "status: choose open, done or dropped.")
    else:
        try:
            services.follow_up_commitment(
                viewer=viewer,
                commitment=commitment,
                status=form.cleaned_data["status"],
                session=session,
            )
        except services.CoachingError as error:
            messages.error(request, str(error))
    if back is None:
        return redirect("coaching:session_list")
    if request.htmx:  # type: ignore[attr-defined]
        context = _workspace(viewer, back)
        name = "follow_ups" if session is not None else "commitments"
        return _partial(request, name, context, status=200 if form.is_valid() else 400)
    return redirect("coaching:session_detail", pk=back.pk)


def session_held(request: HttpRequest, pk: int) -> HttpResponse:
    """Record that the session took place: duration, outcomes, conversations covered."""
    viewer = viewer_of(request)
    session = selectors.get_session_for_viewer(viewer=viewer, pk=pk)
    if request.method != "POST":
        return redirect("coaching:session_detail", pk=session.pk)
    form = SessionHeldForm(request.POST)
    if form.is_valid():
        try:
            services.record_session_held(
                viewer=viewer,
                session=session,
                duration_min=form.cleaned_data["duration_min"],
                outcomes=form.cleaned_data["outcomes"],
                conversations=list(form.cleaned_data["conversations"]),
            )
        except services.CoachingError as error:
            form.add_error(_field_of(error, form, ""), str(error).split(": ", 1)[-1])
        else:
            messages.success(request, "Session recorded as held.")
            return redirect("coaching:session_detail", pk=session.pk)
    context = _workspace(viewer, session)
    context["held_form"] = form
    return render(request, "coaching/session_detail.html", context, status=400)


@require_POST
def session_agenda_refresh(request: HttpRequest, pk: int) -> HttpResponse:
    """Rebuild a planned session's agenda from the evidence as it stands now."""
    viewer = viewer_of(request)
    session = selectors.get_session_for_viewer(viewer=viewer, pk=pk)
    try:
        session = services.refresh_agenda(viewer=viewer, session=session)
    except services.CoachingError as error:
        messages.error(request, str(error))
    if request.htmx:  # type: ignore[attr-defined]
        return _partial(request, "agenda", _workspace(viewer, session))
    return redirect("coaching:session_detail", pk=session.pk)


def _exercise_forms(data: Any, upto: int) -> list[forms.Form]:
    return [form_class(data) for _title, form_class in EXERCISE_STEPS[:upto]]


def session_exercise(request: HttpRequest, pk: int) -> HttpResponse:
    """The achievement-drive exercise, one step at a time. Earlier answers travel with the
    form; each step is checked before the next, and nothing is stored until the last."""
    viewer = viewer_of(request)
    session = selectors.get_session_for_viewer(viewer=viewer, pk=pk)
    if viewer.person_id != session.manager_id:
        raise PermissionDenied("The manager who leads the session runs the exercise.")
    step = 1
    bound: list[forms.Form] = []
    status = 200
    if request.method == "POST":
        submitted = request.POST.get("step", "1")
        submitted_step = int(submitted) if submitted.isdigit() else 1
        submitted_step = min(max(submitted_step, 1), len(EXERCISE_STEPS))
        bound = _exercise_forms(request.POST, submitted_step)
        invalid = next((n for n, f in enumerate(bound, start=1) if not f.is_valid()), None)
        if invalid is not None:
            step, status = invalid, 400
        elif submitted_step < len(EXERCISE_STEPS):
            step = submitted_step + 1
        else:
            goal, skills, plan, check_in = bound
            assert isinstance(plan, PlanStepForm)  # noqa: S101 - the third step's form
            try:
                outcome = services.run_achievement_exercise(
                    viewer=viewer,
                    session=session,
                    goal=goal.cleaned_data["goal"],
                    sphere=goal.cleaned_data["sphere"],
                    skills=skills.cleaned_data["skills"],
                    belief=plan.cleaned_data["belief"],
                    actions=plan.cleaned_data["actions"],
                    check_in_at=check_in.cleaned_data["check_in_at"],
                )
            except services.CoachingError as error:
                field = str(error).split(":", 1)[0].strip()
                for number, form in enumerate(bound, start=1):
                    if field in form.fields:
                        form.add_error(field, str(error).split(": ", 1)[-1])
                        step = number
                        break
                else:
                    bound[-1].add_error(None, str(error))
                    step = len(EXERCISE_STEPS)
                status = 400
            else:
                messages.success(
                    request,
                    f"Goal “{outcome.goal.title}” recorded with {len(outcome.commitments)} "
                    f"commitment(s); the check-in invite is on its way to {session.rep.name}.",
                )
                return redirect("coaching:session_detail", pk=session.pk)
    current_class = EXERCISE_STEPS[step - 1][1]
    current = bound[step - 1] if step <= len(bound) else current_class()
    carried = bound[: step - 1]
    return render(
        request,
        "coaching/exercise.html",
        {
            "session": session,
            "step": step,
            "steps": [title for title, _ in EXERCISE_STEPS],
            "form": current,
            "carried": carried,
            "last_step": step == len(EXERCISE_STEPS),
        },
        status=status,
    )
