"""Stored session agendas as each reader may see them now, by the rules of the access layer.

A session keeps the agenda its manager prepared from what *they* could read: summaries the rep
shared with them, recommendations the access layer showed them. Anyone else who opens the
session (a lead further up), or that manager after the rep revoked a share, reads the agenda
through :func:`agendas_for_viewer`, which drops what they may not read today."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from salescoach.assessments.models import AssessmentResponse
from salescoach.domain.coaching.agenda import MINDSET_AREAS, agenda_as_read
from salescoach.goals import selectors as goal_selectors
from salescoach.goals.models import Recommendation
from salescoach.org.access import SummaryGate, Viewer, rule_for, summary_readers_of

# Items drawn from work and coaching records: whoever may open the session may read them.
OPEN_KINDS = frozenset({"deal_gate", "call_moment", "commitment"})
# An assessment item stored before items named their instrument: "<instrument>.v<version>".
_SUMMARY_ID = re.compile(r"^(?P<instrument>[a-z0-9_]+)\.v\d+$")


@dataclass(frozen=True)
class StoredAgenda:
    """A session's agenda as stored, with the rep it is about and the manager who prepared it."""

    rep_id: int
    manager_id: int
    agenda: Mapping[str, Any]


def _items(agenda: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    """(conversation, item) for every stored item, whatever its shape."""
    sections = agenda.get("sections") if isinstance(agenda, Mapping) else None
    found: list[tuple[str, Mapping[str, Any]]] = []
    for section in sections or ():
        if isinstance(section, Mapping):
            conversation = str(section.get("conversation", ""))
            found += [
                (conversation, i) for i in section.get("items") or () if isinstance(i, Mapping)
            ]
    return found


def _instrument(item: Mapping[str, Any]) -> str | None:
    """The instrument an assessment item was read from; None when it cannot be told."""
    if item.get("source_key"):
        return str(item["source_key"])
    match = _SUMMARY_ID.match(str(item.get("source_id", "")))
    return match["instrument"] if match else None


def _recommendation_id(item: Mapping[str, Any]) -> int | None:
    source_id = str(item.get("source_id", ""))
    return int(source_id) if source_id.isdigit() else None


def _summary_instruments(agenda: Mapping[str, Any]) -> set[str]:
    """The instruments whose summaries the agenda was prepared with: as recorded, or (for an
    agenda stored before they were recorded) those its assessment items name."""
    recorded = agenda.get("summary_instruments")
    if isinstance(recorded, list):
        return {str(i) for i in recorded}
    return {
        i
        for _, item in _items(agenda)
        if item.get("source_kind") == "assessment" and (i := _instrument(item))
    }


def agendas_for_viewer(*, viewer: Viewer, agendas: Sequence[StoredAgenda]) -> list[dict[str, Any]]:
    """Each stored agenda as the viewer may read it now, in the order given (the viewer must
    already be allowed to open the sessions). Kept: items from deals, calls and commitments;
    an assessment item when the viewer may read that summary of the rep now
    (`summary_readers_of`); a recommendation item when the viewer may see that recommendation
    now (`goals.selectors.visible_recommendations`, whatever its status). A recommendation no
    longer stored is judged by its recorded area through the recommendations' `SummaryGate`;
    one stored before items recorded their area, in the section of the rep's mindset, and an
    assessment item whose instrument cannot be told, are shown only to the rep and to the
    session's manager while the rep shares the gated summary with them. `shared_summaries`
    counts the summaries behind the agenda the viewer may read now. Reads one query per
    instrument named and one for the recommendations, however many agendas."""
    if not agendas:
        return []
    gate: SummaryGate | None = rule_for(Recommendation).gate
    rep_ids = {a.rep_id for a in agendas}
    instruments: set[str] = set()
    recommendation_ids: set[int] = set()
    for stored in agendas:
        instruments |= _summary_instruments(stored.agenda)
        for _, item in _items(stored.agenda):
            pk = _recommendation_id(item)
            if item.get("source_kind") == "recommendation" and pk is not None:
                recommendation_ids.add(pk)
    if gate is not None:
        instruments.add(gate.instrument)
    readable: set[tuple[int, str]] = {
        (person_id, instrument)
        for instrument in sorted(instruments)
        for person_id in summary_readers_of(
            AssessmentResponse, viewer, instrument=instrument, person_ids=rep_ids
        )
    }
    visible: set[tuple[int, int]] = (
        set(
            goal_selectors.visible_recommendations(viewer=viewer, open_only=False)
            .filter(pk__in=recommendation_ids, person_id__in=rep_ids)
            .values_list("pk", "person_id")
        )
        if recommendation_ids
        else set()
    )

    def gated(area: str) -> bool:
        return gate is not None and gate.field == "area" and area == gate.value

    def read_out(stored: StoredAgenda) -> dict[str, Any]:
        rep = stored.rep_id
        # The rep, and the manager who prepared it while the rep shares the gated summary.
        trusted = viewer.person_id == rep or (
            viewer.person_id == stored.manager_id
            and (gate is None or (rep, gate.instrument) in readable)
        )

        def shown(conversation: str, item: Mapping[str, Any]) -> bool:
            kind = item.get("source_kind")
            if kind in OPEN_KINDS:
                return True
            if kind == "assessment":
                instrument = _instrument(item)
                if instrument is None:
                    return viewer.person_id == rep
                return (rep, instrument) in readable
            if kind == "recommendation":
                pk = _recommendation_id(item)
                if pk is not None and (pk, rep) in visible:
                    return True
                area = str(item.get("source_key") or "")
                if area:  # no longer stored (or never the rep's): judged by its area
                    return not gated(area) or (
                        gate is not None and (rep, gate.instrument) in readable
                    )
                # Stored before items named their area: the section tells mindset from skill.
                could_be_gated = gate is not None and (
                    (gate.value in MINDSET_AREAS) == (conversation == "themselves")
                )
                return trusted if could_be_gated else True
            # A kind this code does not know: open outside the rep's mindset, guarded inside.
            return trusted if conversation == "themselves" else True

        count = sum((rep, i) in readable for i in _summary_instruments(stored.agenda))
        stored_count = stored.agenda.get("shared_summaries") if stored.agenda else 0
        if isinstance(stored_count, int):
            count = min(count, stored_count)
        return agenda_as_read(stored.agenda, shown=shown, shared_summaries=count)

    return [read_out(stored) for stored in agendas]
