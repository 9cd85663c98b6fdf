"""Reads of calls and their analyses, always through the access layer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.db.models import F, Q, QuerySet

from salescoach.calls.models import Call, CallAnalysis, CallKind
from salescoach.org.access import Viewer, get_or_404, restrict
from salescoach.org.models import Organization, Person, Role


def visible_calls(
    *, viewer: Viewer, owner_id: int | None = None, deal_id: int | None = None, search: str = ""
) -> QuerySet[Call]:
    """Calls the viewer may see, newest first, with their analyses."""
    calls = restrict(Call.objects.select_related("owner", "deal", "analysis"), viewer)
    if owner_id is not None:
        calls = calls.filter(owner_id=owner_id)
    if deal_id is not None:
        calls = calls.filter(deal_id=deal_id)
    if search:
        calls = calls.filter(Q(title__icontains=search) | Q(owner__name__icontains=search))
    return calls.defer("cues").order_by("-occurred_at", "-pk")


CHECKPOINT_KEYS = ("need_admitted", "open_to_solution", "agrees_to_discuss", "decision_authority")


# The call list's checkpoint filter: every checkpoint reached, or a sales call that missed one.
CHECKPOINT_FILTERS = {"all": "All four reached", "missing": "One or more missing"}


def listed_calls(
    *,
    viewer: Viewer,
    owner_id: int | None = None,
    search: str = "",
    kind: str | None = None,
    focus: str | None = None,
    checkpoints: str | None = None,
) -> QuerySet[Call]:
    """`visible_calls` for the call list: each call with its analysis's headline figures only
    (the focus verdict as `focus` and each checkpoint reached as `reached_<key>`, read in the
    database), never the whole result with every sentence of the call. Narrowed, if asked, to
    one kind of call, one focus verdict (`customer_needs`, `product`, `transaction`) or the
    sales calls that reached every checkpoint (`checkpoints="all"`) or missed one
    (`"missing"`); a call not analysed yet matches neither."""
    reached = {
        f"reached_{key}": F(f"analysis__result__checkpoints__{key}__reached")
        for key in CHECKPOINT_KEYS
    }
    calls = visible_calls(viewer=viewer, owner_id=owner_id, search=search)
    if kind is not None:
        calls = calls.filter(kind=kind)
    if focus is not None:
        calls = calls.filter(analysis__result__focus__verdict=focus)
    if checkpoints is not None:
        every = Q()
        for key in CHECKPOINT_KEYS:
            every &= Q(**{f"analysis__result__checkpoints__{key}__reached": True})
        analysed = calls.filter(kind=CallKind.SALES, analysis__isnull=False)
        calls = analysed.filter(every) if checkpoints == "all" else analysed.exclude(every)
    return calls.defer("cues", "analysis__result").annotate(
        focus=F("analysis__result__focus__verdict"), **reached
    )


def with_export_figures(calls: QuerySet[Call]) -> QuerySet[Call]:
    """`listed_calls` with the further figures the CSV export gives, read in the database like
    the others: `discovery_share`, `open_questions`, `closed_questions`, `paraphrase_count`
    and `pitch_first` (pitch before need)."""
    result = "analysis__result__"
    return calls.annotate(
        discovery_share=F(f"{result}discovery_rep_talk_share"),
        open_questions=F(f"{result}questions__open"),
        closed_questions=F(f"{result}questions__closed"),
        paraphrase_count=F(f"{result}paraphrases"),
        pitch_first=F(f"{result}pitch_before_need"),
    )


def get_call_for_viewer(*, viewer: Viewer, pk: int) -> Call:
    """One call with its transcript and analysis; 404 when missing or out of scope."""
    return get_or_404(Call.objects.select_related("owner", "deal", "analysis"), viewer, pk=pk)


def people_who_sell(*, organization: Organization) -> QuerySet[Person]:
    """The organisation's reps and managers, whose names identify the seller in a transcript."""
    return Person.objects.filter(
        organization=organization, role__in=[Role.REP, Role.MANAGER], is_active=True
    )


def calls_needing_analysis(
    *, version: str, organization: Organization | None = None
) -> QuerySet[Call]:
    """Calls without an analysis, or analysed by another analyser version."""
    calls = Call.objects.exclude(analysis__analyzer_version=version)
    if organization is not None:
        calls = calls.filter(organization=organization)
    return calls.order_by("pk")


# The figures of an analysis that summaries read (scorecards, boards, the diagnosis), as paths
# into CallAnalysis.result. Reading these few keys in the database spares decoding each whole
# result (every sentence and moment of the call) on pages that show only means.
SUMMARY_KEYS = (
    "rep_talk_share",
    "discovery_rep_talk_share",
    "questions__total",
    "paraphrases",
    "longest_customer_story_s",
    "pitch_before_need",
    "checkpoints__need_admitted__reached",
    "checkpoints__open_to_solution__reached",
    "checkpoints__agrees_to_discuss__reached",
    "checkpoints__decision_authority__reached",
)


def analysis_summaries(analyses: QuerySet[CallAnalysis]) -> list[tuple[int, dict[str, Any]]]:
    """(call owner id, summary) for each analysis of the queryset (already scoped by the
    caller): the SUMMARY_KEYS figures in the shape of the analysis result, keys it lacks left
    out, e.g. {"rep_talk_share": 0.41, "questions": {"total": 12},
    "checkpoints": {"need_admitted": {"reached": True}, …}}."""
    rows = analyses.values_list("call__owner_id", *(f"result__{key}" for key in SUMMARY_KEYS))
    return [(owner_id, _summary(values)) for owner_id, *values in rows]


def dated_analysis_summaries(
    analyses: QuerySet[CallAnalysis],
) -> list[tuple[int, dt.datetime, dict[str, Any]]]:
    """`analysis_summaries` with the moment each call was held: (owner id, occurred at,
    summary)."""
    rows = analyses.values_list(
        "call__owner_id", "call__occurred_at", *(f"result__{key}" for key in SUMMARY_KEYS)
    )
    return [(owner_id, at, _summary(values)) for owner_id, at, *values in rows]


_SUMMARY_PATHS = [key.split("__") for key in SUMMARY_KEYS]


def _summary(values: Sequence[Any]) -> dict[str, Any]:
    """The SUMMARY_KEYS values of one analysis, nested in the shape of its result."""
    summary: dict[str, Any] = {}
    for (*parents, leaf), value in zip(_SUMMARY_PATHS, values, strict=True):
        if value is None:
            continue
        node = summary
        for parent in parents:
            node = node.setdefault(parent, {})
        node[leaf] = value
    return summary
