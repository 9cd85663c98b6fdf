"""Pages for deals, activities and the sales process."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from salescoach.org.access import viewer_of
from salescoach.pipeline import selectors, services
from salescoach.pipeline.exports import deal_csv_lines
from salescoach.pipeline.forms import KIND_LABELS, ImportForm
from salescoach.pipeline.models import Outcome

PAGE_SIZE = 50


def deal_list(request: HttpRequest) -> HttpResponse:
    """Deals in the viewer's scope, filterable by outcome and text; htmx gets the table only."""
    viewer = viewer_of(request)
    search = request.GET.get("q", "").strip()[:100]
    outcome = request.GET.get("outcome", "")
    if outcome not in Outcome.values:
        outcome = ""
    owner = request.GET.get("owner", "")
    owner_id = int(owner) if owner.isdigit() else None
    deals = selectors.visible_deals(
        viewer=viewer, search=search, outcome=outcome or None, owner_id=owner_id
    )
    page = Paginator(deals, PAGE_SIZE).get_page(request.GET.get("page"))
    template = "pipeline/deal_list.html" + ("#table" if request.htmx else "")  # type: ignore[attr-defined]
    return render(
        request,
        template,
        {
            "page": page,
            "q": search,
            "outcome": outcome,
            "outcomes": Outcome.choices,
            "owner": owner_id,
        },
    )


def deal_export(request: HttpRequest) -> StreamingHttpResponse:
    """The deals of the list (same filters) as CSV in the native deals.csv columns, streamed."""
    viewer = viewer_of(request)
    outcome = request.GET.get("outcome", "")
    owner = request.GET.get("owner", "")
    deals = selectors.visible_deals(
        viewer=viewer,
        search=request.GET.get("q", "").strip()[:100],
        outcome=outcome if outcome in Outcome.values else None,
        owner_id=int(owner) if owner.isdigit() else None,
    )
    response = StreamingHttpResponse(
        deal_csv_lines(deals.iterator(chunk_size=500)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="deals.csv"'
    return response


def deal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One deal with its stage history, gates and activities; 404 outside the viewer's scope."""
    viewer = viewer_of(request)
    deal = selectors.get_deal_for_viewer(viewer=viewer, pk=pk)
    return render(
        request,
        "pipeline/deal_detail.html",
        {
            "deal": deal,
            "history": selectors.stage_history(viewer=viewer, deal=deal),
            "gates": selectors.gate_statuses(viewer=viewer, deal=deal),
            "activities": selectors.visible_activities(viewer=viewer, deal_id=deal.pk)[:50],
        },
    )


def activity_list(request: HttpRequest) -> HttpResponse:
    """Activities in the viewer's scope, newest first."""
    viewer = viewer_of(request)
    activities = selectors.visible_activities(viewer=viewer)
    page = Paginator(activities, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "pipeline/activity_list.html", {"page": page})


def process_detail(request: HttpRequest) -> HttpResponse:
    """The organisation's sales process: stages, phases and two-sided gates."""
    process = selectors.default_process(viewer=viewer_of(request))
    return render(request, "pipeline/process_detail.html", {"process": process})


def import_list(request: HttpRequest) -> HttpResponse:
    """Upload a file to import (the kinds the viewer's role may import) and the import history."""
    viewer = viewer_of(request)
    form = ImportForm(
        request.POST or None,
        request.FILES or None,
        kinds=services.kinds_importable_by(viewer),
        people=selectors.calendar_owners(viewer=viewer),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        upload = data["file"]
        try:
            mapping = services.read_mapping(data["mapping"].read()) if data["mapping"] else None
            _summary, run = services.import_file(
                viewer=viewer,
                kind=data["kind"],
                file_name=upload.name or "upload",
                open_chunks=upload.chunks,
                layout=data["layout"],
                mapping=mapping,
                person_id=data["person"].pk if data["person"] else None,
            )
        except services.ImportRequestError as error:
            field, _, _rest = str(error).partition(":")
            form.add_error(field if field in form.fields else None, str(error))
        else:
            if run.accepted:
                messages.success(request, f"Imported {run.file_name}.")
            return redirect("pipeline:import_detail", pk=run.pk)
    runs = selectors.visible_import_runs(viewer=viewer)
    page = Paginator(runs, PAGE_SIZE).get_page(request.GET.get("page"))
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "pipeline/import_list.html",
        {"form": form, "page": page, "kind_labels": KIND_LABELS},
        status=status,
    )


def import_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """What one import did: its counts, or the row-numbered problems that stopped it."""
    run = selectors.get_import_run_for_viewer(viewer=viewer_of(request), pk=pk)
    return render(
        request,
        "pipeline/import_detail.html",
        {
            "run": run,
            "kind_label": KIND_LABELS.get(run.kind, run.kind),
            "more_problems": run.problem_count - len(run.problems),
        },
    )


def _id_param(request: HttpRequest, name: str) -> int | None:
    value = request.GET.get(name, "")
    return int(value) if value.isdigit() else None


def analytics(request: HttpRequest) -> HttpResponse:
    """Pipeline figures of a rep, a team or the organisation beside their comparison groups,
    per period; htmx gets the figures only. A person or team outside the viewer's scope: 404."""
    viewer = viewer_of(request)
    period = request.GET.get("period", "4q")
    team_id, person_id = _id_param(request, "team"), _id_param(request, "person")
    context: dict[str, object] = {
        "periods": selectors.ANALYTICS_PERIOD_LABELS,
        "period": period,
        "team": team_id,
        "person": person_id,
    }
    try:
        context["data"] = selectors.cached_pipeline_analytics(
            viewer=viewer,
            as_of=timezone.localdate(),
            period=period,
            team_id=team_id,
            person_id=person_id,
        )
    except selectors.AnalyticsScopeError:
        context["data"] = None
    else:
        context["teams"] = selectors.analytics_teams(viewer=viewer)
        context["people"] = selectors.analytics_people(viewer=viewer)
    template = "pipeline/analytics.html" + ("#figures" if request.htmx else "")  # type: ignore[attr-defined]
    return render(request, template, context)
