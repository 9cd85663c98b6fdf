"""Pages for calls: the list, the upload form and the call review page."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from salescoach.calls import review, selectors, services
from salescoach.calls.forms import CallUploadForm
from salescoach.calls.models import CallKind
from salescoach.org.access import viewer_of

PAGE_SIZE = 50


def call_list(request: HttpRequest) -> HttpResponse:
    """Calls in the viewer's scope, newest first, filterable by text, kind, focus verdict and
    checkpoints reached; htmx requests get the table only. An unknown filter value is ignored,
    as if not given."""
    viewer = viewer_of(request)
    search = request.GET.get("q", "").strip()[:100]
    owner = request.GET.get("owner", "")
    owner_id = int(owner) if owner.isdigit() else None
    kind = _choice(request, "kind", dict(CallKind.choices))
    focus = _choice(request, "focus", review.FOCUS_LABELS)
    checkpoints = _choice(request, "checkpoints", selectors.CHECKPOINT_FILTERS)
    calls = selectors.listed_calls(
        viewer=viewer,
        search=search,
        owner_id=owner_id,
        kind=kind or None,
        focus=focus or None,
        checkpoints=checkpoints or None,
    )
    page = Paginator(calls, PAGE_SIZE).get_page(request.GET.get("page"))
    for call in page:
        call.checkpoints_reached = review.checkpoints_reached(call)  # type: ignore[attr-defined]
        call.focus_label = review.FOCUS_LABELS.get(call.focus or "", "—")  # type: ignore[attr-defined]
    template = "calls/call_list.html" + ("#table" if request.htmx else "")  # type: ignore[attr-defined]
    context = {
        "page": page,
        "q": search,
        "owner": owner_id,
        "kind": kind,
        "kinds": CallKind.choices,
        "focus": focus,
        "focuses": list(review.FOCUS_LABELS.items()),
        "checkpoints": checkpoints,
        "checkpoint_filters": list(selectors.CHECKPOINT_FILTERS.items()),
        "filtered": bool(search or kind or focus or checkpoints),
    }
    return render(request, template, context)


def _choice(request: HttpRequest, name: str, choices: dict[str, str]) -> str:
    """The query parameter `name` if it is one of `choices`, else ""."""
    value = request.GET.get(name, "")
    return value if value in choices else ""


def call_upload(request: HttpRequest) -> HttpResponse:
    """Upload a transcript; it is parsed, attributed and analysed before it is stored."""
    viewer = viewer_of(request)
    form = CallUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["transcript"]
        rep = form.cleaned_data["rep_name"]
        try:
            imported = services.upload_call(
                viewer=viewer,
                data=upload.read(),
                source_name=upload.name,
                deal_id=form.cleaned_data["deal"],
                kind=form.cleaned_data["kind"],
                rep_names=[rep] if rep else [],
            )
        except services.CallImportError as error:
            form.add_error("transcript", str(error))
        else:
            for warning in imported.warnings:
                messages.warning(request, warning)
            messages.success(request, f"Imported and analysed “{imported.call.title}”.")
            return redirect("calls:call_detail", pk=imported.call.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "calls/call_upload.html", {"form": form}, status=status)


def call_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The call review page: transcript with evidence marks, figures against their references."""
    call = selectors.get_call_for_viewer(viewer=viewer_of(request), pk=pk)
    result = services.result_of(call)
    return render(
        request,
        "calls/call_detail.html",
        {
            "call": call,
            "result": result,
            "figures": review.figures(result),
            "speakers": review.speakers(result),
            "checkpoints": review.checkpoints(result, call.cues),
            "focus_label": review.focus_label(result),
            "rows": review.transcript_rows(call.cues, result, call.speaker_roles),
            "evidence": review.filter_evidence(
                review.evidence_rows(result, call.cues), request.GET.get("evidence")
            ),
            "service_steps": review.service_steps(result, call.cues),
        },
    )
