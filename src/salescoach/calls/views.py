"""Pages for calls: the list, the upload form and the call review page."""

from __future__ import annotations

from typing import TypedDict

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render

from salescoach.calls import review, selectors, services
from salescoach.calls.exports import call_csv_lines
from salescoach.calls.forms import CallUploadForm
from salescoach.calls.models import CallKind
from salescoach.org.access import viewer_of

PAGE_SIZE = 50


class _ListFilters(TypedDict):
    """The call list's search and filters, as `selectors.listed_calls` takes them."""

    search: str
    owner_id: int | None
    kind: str | None
    focus: str | None
    checkpoints: str | None


def _list_filters(request: HttpRequest) -> _ListFilters:
    """The call list's search and filters from the query string; an unknown value is ignored,
    as if not given."""
    owner = request.GET.get("owner", "")
    return {
        "search": request.GET.get("q", "").strip()[:100],
        "owner_id": int(owner) if owner.isdigit() else None,
        "kind": _choice(request, "kind", dict(CallKind.choices)) or None,
        "focus": _choice(request, "focus", review.FOCUS_LABELS) or None,
        "checkpoints": _choice(request, "checkpoints", selectors.CHECKPOINT_FILTERS) or None,
    }


def _choice(request: HttpRequest, name: str, choices: dict[str, str]) -> str:
    """The query parameter `name` if it is one of `choices`, else ""."""
    value = request.GET.get(name, "")
    return value if value in choices else ""


def call_list(request: HttpRequest) -> HttpResponse:
    """Calls in the viewer's scope, newest first, filterable by text, kind, focus verdict and
    checkpoints reached; htmx requests get the table only."""
    filters = _list_filters(request)
    calls = selectors.listed_calls(viewer=viewer_of(request), **filters)
    page = Paginator(calls, PAGE_SIZE).get_page(request.GET.get("page"))
    for call in page:
        call.checkpoints_reached = review.checkpoints_reached(call)  # type: ignore[attr-defined]
        call.focus_label = review.FOCUS_LABELS.get(call.focus or "", "—")  # type: ignore[attr-defined]
    template = "calls/call_list.html" + ("#table" if request.htmx else "")  # type: ignore[attr-defined]
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page": page,
        "q": filters["search"],
        "owner": filters["owner_id"],
        "kind": filters["kind"] or "",
        "kinds": CallKind.choices,
        "focus": filters["focus"] or "",
        "focuses": list(review.FOCUS_LABELS.items()),
        "checkpoints": filters["checkpoints"] or "",
        "checkpoint_filters": list(selectors.CHECKPOINT_FILTERS.items()),
        "filtered": any(
            (filters["search"], filters["kind"], filters["focus"], filters["checkpoints"])
        ),
        "export_query": query.urlencode(),
    }
    return render(request, template, context)


def call_export(request: HttpRequest) -> StreamingHttpResponse:
    """The calls of the list (same scope and filters) as CSV, one row per call, streamed."""
    listed = selectors.listed_calls(viewer=viewer_of(request), **_list_filters(request))
    calls = selectors.with_export_figures(listed)
    response = StreamingHttpResponse(
        call_csv_lines(calls.iterator(chunk_size=500)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="calls.csv"'
    return response


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
