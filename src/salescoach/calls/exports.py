"""The call list as CSV: each call's headline figures, safe to open in a spreadsheet."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from salescoach.calls.models import Call, CallKind
from salescoach.calls.selectors import CHECKPOINT_KEYS
from salescoach.domain.csvlines import csv_lines
from salescoach.domain.pipeline.importing import neutralise_spreadsheet_cell

CALL_COLUMNS = (
    "call_id",
    "title",
    "rep",
    "rep_email",
    "kind",
    "occurred_at",
    "duration_s",
    "rep_talk_share",
    "discovery_rep_talk_share",
    "questions",
    "open_questions",
    "closed_questions",
    "paraphrases",
    *CHECKPOINT_KEYS,
    "checkpoints_reached",
    "pitch_before_need",
    "focus",
    "analyzer_version",
)


def _cell(value: Any) -> str:
    """A figure as a spreadsheet reads it: yes/no for a verdict, blank where there is none
    (a service call's checkpoints and focus, a call not analysed yet)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def call_csv_lines(calls: Iterable[Call]) -> Iterator[str]:
    """The header, then one CSV line per call of `selectors.with_export_figures`, produced as the
    calls are read. Text a spreadsheet would run as a formula starts with an apostrophe."""
    return csv_lines(CALL_COLUMNS, (_call_row(call) for call in calls))


def _call_row(call: Call) -> list[str]:
    reached = [getattr(call, f"reached_{key}") for key in CHECKPOINT_KEYS]
    analysis = getattr(call, "analysis", None)
    # Discovery and pitching before a need are selling figures: a service call has none.
    selling = call.kind == CallKind.SALES
    figures = [
        analysis.rep_talk_share if analysis else None,
        call.discovery_share if selling else None,  # type: ignore[attr-defined]
        analysis.questions_total if analysis else None,
        call.open_questions,  # type: ignore[attr-defined]
        call.closed_questions,  # type: ignore[attr-defined]
        call.paraphrase_count,  # type: ignore[attr-defined]
        *reached,
        None if all(r is None for r in reached) else sum(r is True for r in reached),
        call.pitch_first if selling else None,  # type: ignore[attr-defined]
        call.focus,  # type: ignore[attr-defined]
        analysis.analyzer_version if analysis else None,
    ]
    return [
        str(call.pk),
        neutralise_spreadsheet_cell(call.title),
        neutralise_spreadsheet_cell(call.owner.name),
        neutralise_spreadsheet_cell(call.owner.email),
        call.kind,
        call.occurred_at.isoformat(),
        f"{call.duration_s:.1f}",
        *map(_cell, figures),
    ]
