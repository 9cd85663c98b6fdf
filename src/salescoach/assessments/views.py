"""Pages: the instruments, taking one (htmx saves each answer), results, history, sharing,
export and deletion, a person's shared summaries, and enablement's organisation view."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from salescoach.assessments import charts, selectors, services
from salescoach.assessments.forms import answers_from_post, field_name
from salescoach.assessments.instruments import catalogue, instruments_for
from salescoach.assessments.models import AssessmentResponse, ResponseStatus
from salescoach.assessments.results import build_result, summary_bars
from salescoach.assessments.selectors import MINDSET_INSTRUMENTS
from salescoach.domain.assessments.instruments import Instrument
from salescoach.domain.assessments.scoring import MIN_GROUP
from salescoach.org.access import person_of, viewer_of
from salescoach.org.models import Role
from salescoach.org.selectors import get_person_for_viewer


def index(request: HttpRequest) -> HttpResponse:
    """The instruments the viewer fills in, their drafts, latest results and shares."""
    viewer = viewer_of(request)
    person = person_of(request)
    latest = selectors.latest_summaries(viewer=viewer, person_id=viewer.person_id)
    drafts = {r.instrument: r for r in selectors.my_responses(viewer=viewer).filter(status="draft")}
    submitted: dict[str, AssessmentResponse] = {}
    for response in selectors.my_responses(viewer=viewer).filter(status="submitted"):
        submitted.setdefault(response.instrument, response)  # newest first
    rows = [
        {
            "instrument": instrument,
            "draft": drafts.get(instrument.key),
            "latest": latest.get(instrument.key),
            "response": submitted.get(instrument.key),
        }
        for instrument in instruments_for(viewer.role)
    ]
    recipients = selectors.share_recipients(person=person) if person else []
    return render(
        request,
        "assessments/index.html",
        {
            "rows": rows,
            "shares": selectors.my_shares(viewer=viewer),
            "recipients": recipients,
            "sharing_with_me": selectors.people_sharing_with(viewer=viewer),
            "is_enablement": viewer.role == Role.ENABLEMENT,
        },
    )


def _item_rows(
    instrument: Instrument, answers: Mapping[str, str], errors: Mapping[str, str]
) -> list[dict[str, Any]]:
    return [
        {
            "item": item,
            "field": field_name(item.key),
            "value": answers.get(item.key, ""),
            "error": errors.get(item.key, ""),
        }
        for item in instrument.items
    ]


@require_http_methods(["GET", "POST"])
def take(request: HttpRequest, key: str) -> HttpResponse:
    """Take an instrument: GET resumes (or starts) the viewer's draft; an htmx POST of one
    item saves that answer; a full POST saves everything and submits. Incomplete submissions
    stay drafts; bad answers are refused naming the item, nothing saved."""
    viewer = viewer_of(request)
    try:
        instrument = services.instrument_for(viewer=viewer, key=key)
    except services.AssessmentError:
        raise Http404("No such instrument.") from None
    if request.method == "GET":
        draft = services.start_response(
            viewer=viewer, key=key, subject=request.GET.get("subject", "")
        )
        return _form(request, draft, {}, [])
    raw_id = request.POST.get("response", "")
    if not raw_id.isdigit():
        raise Http404("No response given.")
    response_id = int(raw_id)
    draft = selectors.get_response_for_viewer(viewer=viewer, pk=response_id)  # 404: not yours
    if draft.instrument != instrument.key:
        raise Http404("That response belongs to another instrument.")
    one = request.POST.get("save_item")
    if one:
        try:
            answers = answers_from_post(instrument, request.POST, only=one)
            services.save_answers(viewer=viewer, response_id=response_id, answers=answers)
        except services.AssessmentError as error:
            return render(
                request,
                "assessments/take.html#saved",
                {"item_key": one, "error": str(error)},
                status=400,
            )
        return render(
            request, "assessments/take.html#saved", {"item_key": one, "error": "", "saved": True}
        )
    try:
        answers = answers_from_post(instrument, request.POST)
        response, score = services.submit_response(
            viewer=viewer, response_id=response_id, answers=answers
        )
    except services.AssessmentError as error:
        item_key = str(error).split(":", 1)[0]
        return _form(request, draft, {item_key: str(error)}, [], status=400, posted=request.POST)
    if not score.is_complete:
        messages.info(request, "Saved as a draft: answer the remaining questions to see results.")
        return _form(request, response, {}, list(score.missing))
    messages.success(request, f"{instrument.title}: submitted.")
    return redirect("assessments:results", pk=response.pk)


def _form(
    request: HttpRequest,
    response: AssessmentResponse,
    errors: Mapping[str, str],
    missing: list[str],
    *,
    status: int = 200,
    posted: Mapping[str, str] | None = None,
) -> HttpResponse:
    instrument = catalogue().get(response.instrument, response.version)
    answers: dict[str, Any] = dict(response.answers)
    if posted is not None:  # show what was typed, not only what was saved
        answers.update(
            {
                i.key: posted[field_name(i.key)]
                for i in instrument.items
                if field_name(i.key) in posted
            }
        )
    shown = {k: str(v) for k, v in answers.items()}
    return render(
        request,
        "assessments/take.html",
        {
            "instrument": instrument,
            "response": response,
            "rows": _item_rows(instrument, shown, errors),
            "errors": errors,
            "missing": missing,
            "answered": len(response.answers),
        },
        status=status,
    )


def results(request: HttpRequest, pk: int) -> HttpResponse:
    """One of the viewer's own submitted responses: bands, guidance, chart, their answers."""
    viewer = viewer_of(request)
    response = selectors.get_response_for_viewer(viewer=viewer, pk=pk)
    if response.status == ResponseStatus.DRAFT:
        return redirect("assessments:take", key=response.instrument)
    row = next(
        r
        for r in selectors.summaries_for_viewer(
            viewer=viewer, person_id=viewer.person_id, instrument=response.instrument
        )
        if r.response_id == response.pk
    )
    my_style = None
    if response.instrument == "observed_style":
        own = selectors.latest_summaries(viewer=viewer, person_id=viewer.person_id)
        if "behaviour_style" in own:
            my_style = own["behaviour_style"].summary.style
    measured = None
    if "self_talk_share_pct" in row.summary.figures:
        measured = selectors.measured_talk_share(viewer=viewer, person_id=viewer.person_id)
    view = build_result(row.summary, my_style=my_style, measured_talk=measured)
    instrument = view.instrument
    answers = [
        (item, response.answers[item.key])
        for item in instrument.items
        if item.kind in ("text", "date") and item.key in response.answers
    ]
    return render(
        request,
        "assessments/results.html",
        {
            "response": response,
            "view": view,
            "free_text": answers,
            "label_width": charts.LABEL_WIDTH,
        },
    )


def history(request: HttpRequest, key: str) -> HttpResponse:
    """The viewer's submitted summaries of one instrument over time."""
    viewer = viewer_of(request)
    rows = selectors.summaries_for_viewer(viewer=viewer, person_id=viewer.person_id, instrument=key)
    if key not in catalogue().keys():  # noqa: SIM118 (a method, not a dict)
        raise Http404("No such instrument.")
    lines = []
    keys = [d.key for d in rows[-1].summary.dimensions] if rows else []
    for dim_key in keys:
        points = [
            (r.submitted_at.date(), next(d.score for d in r.summary.dimensions if d.key == dim_key))
            for r in rows
            if any(d.key == dim_key for d in r.summary.dimensions)
        ]
        title = next(d.title for d in rows[-1].summary.dimensions if d.key == dim_key)
        line = charts.score_line(points)
        lines.append({"title": title, "points": line, "polyline": charts.polyline(line)})
    return render(
        request,
        "assessments/history.html",
        {
            "instrument": catalogue().latest(key),
            "rows": list(reversed(rows)),
            "lines": lines,
            "width": charts.LINE_WIDTH,
            "height": charts.LINE_HEIGHT,
        },
    )


@require_POST
def share(request: HttpRequest) -> HttpResponse:
    """Share the summaries of one instrument with one of the viewer's managers."""
    viewer = viewer_of(request)
    recipient = request.POST.get("recipient", "")
    try:
        created = services.share_summary(
            viewer=viewer,
            key=request.POST.get("instrument", ""),
            recipient_id=int(recipient) if recipient.isdigit() else -1,
        )
    except services.AssessmentError as error:
        messages.error(request, str(error))
        return redirect("assessments:index")
    messages.success(
        request, f"{created.recipient.name} can now see the scores and bands, not your answers."
    )
    return redirect("assessments:index")


@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Stop sharing."""
    share_row = services.revoke_share(viewer=viewer_of(request), share_id=pk)
    messages.success(request, f"Stopped sharing with {share_row.recipient.name}.")
    return redirect("assessments:index")


def export(request: HttpRequest) -> HttpResponse:
    """Every answer the viewer gave, as a JSON download."""
    data = selectors.export_for_viewer(viewer=viewer_of(request))
    body = json.dumps(data, indent=2, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="my-assessments-{stamp}.json"'
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest) -> HttpResponse:
    """Confirm, then delete every answer and share of the viewer."""
    viewer = viewer_of(request)
    if request.method == "POST":
        count = services.delete_my_answers(viewer=viewer)
        messages.success(request, f"Deleted {count} responses and every share.")
        return redirect("assessments:index")
    count = selectors.my_responses(viewer=viewer).count()
    return render(request, "assessments/delete.html", {"count": count})


def person_summaries(request: HttpRequest, pk: int) -> HttpResponse:
    """A person's summaries the viewer may read: their own, or what the person shares with the
    viewer right now — scores and bands only. 404 outside the viewer's directory scope."""
    viewer = viewer_of(request)
    person = get_person_for_viewer(viewer=viewer, pk=pk)
    latest = selectors.latest_summaries(viewer=viewer, person_id=person.pk)
    cards = []
    for key, row in sorted(latest.items()):
        bars, height = summary_bars(row.summary)
        cards.append(
            {
                "row": row,
                "title": catalogue().get(key, row.version).title,
                "bars": bars,
                "height": height,
            }
        )
    return render(
        request,
        "assessments/person.html",
        {"person": person, "cards": cards, "label_width": charts.LABEL_WIDTH},
    )


def organisation(request: HttpRequest) -> HttpResponse:
    """Enablement: group mindset figures (at least 5 people each), managers' coaching
    readiness, and the organisation's maturity beside its coaching records."""
    viewer = viewer_of(request)
    if viewer.role != Role.ENABLEMENT:
        raise Http404("Organisation figures are for enablement.")
    today = timezone.localdate()
    readiness_shared = []
    for person in selectors.people_sharing_with(viewer=viewer, instrument="coaching_readiness"):
        rows = selectors.summaries_for_viewer(
            viewer=viewer, person_id=person.pk, instrument="coaching_readiness"
        )
        if rows:
            bars, height = summary_bars(rows[-1].summary)
            readiness_shared.append(
                {"person": person, "row": rows[-1], "bars": bars, "height": height}
            )
    return render(
        request,
        "assessments/organisation.html",
        {
            "mindset": selectors.group_figures(viewer=viewer, instruments=MINDSET_INSTRUMENTS),
            "readiness": selectors.group_figures(viewer=viewer, instruments=["coaching_readiness"]),
            "readiness_shared": readiness_shared,
            "maturity": selectors.organisation_maturity(viewer=viewer, today=today),
            "min_group": MIN_GROUP,
            "label_width": charts.LABEL_WIDTH,
        },
    )
