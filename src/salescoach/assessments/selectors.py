"""Reads of responses, shared summaries and group figures, always through the access layer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from salescoach.assessments.evidence import CoachingRecordFigures, coaching_evidence
from salescoach.assessments.instruments import catalogue
from salescoach.assessments.models import (
    AssessmentResponse,
    MaturityAssessment,
    ResponseStatus,
    SummaryShare,
)
from salescoach.assessments.results import summary_bars
from salescoach.calls.models import CallAnalysis
from salescoach.domain.assessments.maturity import (
    MaturityEvidence,
    MaturityLevel,
    maturity_evidence,
)
from salescoach.domain.assessments.scoring import (
    MIN_GROUP,
    GroupAggregate,
    Score,
    ScoreSummary,
    aggregate_summaries,
    score_response,
)
from salescoach.domain.assessments.selling_focus import compare_selling_focus
from salescoach.org.access import Viewer, get_or_404, restrict, summary_readers_of
from salescoach.org.models import Organization, Person, Role

# Rep instruments whose group figures enablement reads (the others describe one customer
# contact, or are a manager's or the organisation's own).
MINDSET_INSTRUMENTS = ("achievement_drive", "behaviour_style", "selling_focus", "purpose")


@dataclass(frozen=True)
class SummaryRow:
    """One submitted response as its shareable summary: no answers, no free text."""

    response_id: int
    person_id: int
    instrument: str
    version: int
    submitted_at: dt.datetime
    summary: ScoreSummary


def my_responses(*, viewer: Viewer, instrument: str | None = None) -> QuerySet[AssessmentResponse]:
    """The viewer's own responses (drafts and submitted), newest first."""
    responses = restrict(AssessmentResponse.objects.all(), viewer)
    if instrument is not None:
        responses = responses.filter(instrument=instrument)
    return responses.order_by("instrument", "-submitted_at", "-pk")


def get_response_for_viewer(*, viewer: Viewer, pk: int) -> AssessmentResponse:
    """One of the viewer's own responses with its answers; 404 for anybody else's."""
    return get_or_404(AssessmentResponse.objects.all(), viewer, pk=pk)


def draft_of(*, viewer: Viewer, instrument: str) -> AssessmentResponse | None:
    """The viewer's draft of an instrument, if they started one."""
    return (
        restrict(AssessmentResponse.objects.all(), viewer)
        .filter(instrument=instrument, status=ResponseStatus.DRAFT)
        .first()
    )


def score_of(response: AssessmentResponse) -> Score:
    """The response read with the instrument version it was taken under (answers included:
    for the respondent's own pages only)."""
    instrument = catalogue().get(response.instrument, response.version)
    return score_response(instrument, response.answers)


def _summary_rows(responses: QuerySet[AssessmentResponse]) -> list[SummaryRow]:
    rows = responses.filter(status=ResponseStatus.SUBMITTED).values_list(
        "pk", "person_id", "instrument", "version", "submitted_at", "summary"
    )
    return [
        SummaryRow(pk, person_id, key, version, at, ScoreSummary.from_json(summary))
        for pk, person_id, key, version, at, summary in rows.order_by("submitted_at", "pk")
        if at is not None and summary is not None  # always so for submitted responses
    ]


def summaries_for_viewer(
    *, viewer: Viewer, person_id: int, instrument: str | None = None
) -> list[SummaryRow]:
    """A person's submitted summaries, oldest first, that the viewer may read: their own, or
    those the person shares with the viewer right now. Only the stored summary is read."""
    responses = restrict(AssessmentResponse.objects.all(), viewer, "summary").filter(
        person_id=person_id
    )
    if instrument is not None:
        responses = responses.filter(instrument=instrument)
    return _summary_rows(responses)


def latest_summaries(*, viewer: Viewer, person_id: int) -> dict[str, SummaryRow]:
    """The newest readable summary per instrument."""
    latest: dict[str, SummaryRow] = {}
    for row in summaries_for_viewer(viewer=viewer, person_id=person_id):
        latest[row.instrument] = row  # oldest first, so the last one wins
    return latest


def latest_summaries_of(
    *, viewer: Viewer, person_ids: Collection[int]
) -> dict[int, dict[str, SummaryRow]]:
    """`latest_summaries` for several people in one read: person id → instrument → newest
    summary the viewer may read; people with none are left out."""
    rows = _summary_rows(
        restrict(AssessmentResponse.objects.all(), viewer, "summary").filter(
            person_id__in=list(person_ids)
        )
    )
    latest: dict[int, dict[str, SummaryRow]] = {}
    for row in rows:  # oldest first, so the last one wins
        latest.setdefault(row.person_id, {})[row.instrument] = row
    return latest


def people_sharing_with(*, viewer: Viewer, instrument: str | None = None) -> list[Person]:
    """People who share summaries with the viewer right now (the viewer's scope applies)."""
    ids = {
        row.person_id
        for row in _summary_rows(restrict(AssessmentResponse.objects.all(), viewer, "summary"))
        if row.person_id != viewer.person_id
        and (instrument is None or row.instrument == instrument)
    }
    return list(Person.objects.filter(pk__in=ids).order_by("name"))


def my_shares(*, viewer: Viewer, active_only: bool = False) -> QuerySet[SummaryShare]:
    """The viewer's own shares, newest first, with their recipients."""
    shares = restrict(SummaryShare.objects.select_related("recipient"), viewer)
    if active_only:
        shares = shares.filter(revoked_at__isnull=True)
    return shares.order_by("-shared_at", "-pk")


def share_recipients(*, person: Person) -> list[Person]:
    """Whom a person may share a summary with: their manager and the lead of their team; a
    manager also the organisation's enablement people (for coaching readiness)."""
    ids: set[int] = set()
    if person.manager_id is not None:
        ids.add(person.manager_id)
    if person.team_id is not None and person.team is not None and person.team.lead_id:
        ids.add(person.team.lead_id)
    people = Person.objects.filter(
        organization_id=person.organization_id, is_active=True, pk__in=ids
    )
    if person.role == Role.MANAGER:
        people = people | Person.objects.filter(
            organization_id=person.organization_id, is_active=True, role=Role.ENABLEMENT
        )
    return list(people.exclude(pk=person.pk).distinct().order_by("name"))


@dataclass(frozen=True)
class GroupRow:
    """Group figures of one instrument version, or why they are withheld."""

    instrument: str
    title: str
    version: int
    people: int
    aggregate: GroupAggregate | None  # None below the minimum group size


def _require_enablement(viewer: Viewer) -> None:
    if viewer.role != Role.ENABLEMENT:
        raise PermissionDenied("Organisation figures are for enablement.")


def group_figures(*, viewer: Viewer, instruments: Iterable[str]) -> list[GroupRow]:
    """Per instrument version: the latest submitted summary of each person, aggregated over at
    least MIN_GROUP people (enablement only; never one person's figures)."""
    _require_enablement(viewer)
    rows = _summary_rows(
        restrict(AssessmentResponse.objects.all(), viewer, "aggregate").filter(
            instrument__in=list(instruments)
        )
    )
    latest: dict[tuple[str, int], dict[int, ScoreSummary]] = {}
    for row in rows:  # oldest first: the newest per person wins
        latest.setdefault((row.instrument, row.version), {})[row.person_id] = row.summary
    out = []
    for (key, version), by_person in sorted(latest.items()):
        summaries: Sequence[ScoreSummary] = list(by_person.values())
        out.append(
            GroupRow(
                instrument=key,
                title=catalogue().get(key, version).title,
                version=version,
                people=len(summaries),
                aggregate=aggregate_summaries(summaries, min_group=MIN_GROUP),
            )
        )
    return out


@dataclass(frozen=True)
class MaturityView:
    """The organisation's latest self-placement beside what its coaching records show."""

    assessment: MaturityAssessment | None
    figures: CoachingRecordFigures | None
    evidence: MaturityEvidence | None


def organisation_maturity(*, viewer: Viewer, today: dt.date) -> MaturityView:
    """Enablement only: the latest maturity assessment and the evidence level from the
    coaching records (through the registered evidence source)."""
    _require_enablement(viewer)
    assessment = (
        restrict(MaturityAssessment.objects.select_related("taken_by"), viewer)
        .order_by("-submitted_at", "-pk")
        .first()
    )
    figures = coaching_evidence(viewer.organization_id, today)
    evidence = None
    if figures is not None:
        placement: MaturityLevel | None = None
        if assessment is not None:
            placement = assessment.level  # type: ignore[assignment]
        evidence = maturity_evidence(
            self_placement=placement,
            has_defined_process=figures.has_defined_process,
            sessions_per_manager_month=figures.sessions_per_manager_month,
            guide_share=figures.guide_share,
            managers_measured=figures.managers_measured,
        )
    return MaturityView(assessment, figures, evidence)


def measured_talk_share(*, viewer: Viewer, person_id: int) -> tuple[float, int] | None:
    """Mean rep talk share (0..1) over the person's analysed sales calls and how many calls,
    when the viewer may see those calls; None without calls."""
    shares = [
        float(share)
        for share in restrict(CallAnalysis.objects.all(), viewer)
        .filter(call__owner_id=person_id, call__kind="sales")
        .values_list("rep_talk_share", flat=True)
        if share is not None
    ]
    if not shares:
        return None
    return sum(shares) / len(shares), len(shares)


SELF_BELIEF_INSTRUMENT = "achievement_drive"  # the self-assessment self-belief is scored in


def self_belief_readers(*, viewer: Viewer, person_ids: Collection[int]) -> frozenset[int]:
    """Of `person_ids`, the people whose self-belief scores the viewer may see: the scores are
    part of the achievement-drive summary, so the viewer themself and those who share that
    summary with the viewer right now (the access layer's "summary" rule)."""
    return summary_readers_of(
        AssessmentResponse, viewer, instrument=SELF_BELIEF_INSTRUMENT, person_ids=person_ids
    )


def self_belief_history(
    *, organization: Organization, person_ids: Collection[int] | None = None
) -> dict[int, list[tuple[dt.date, float]]]:
    """Operator read for the diagnosis (callers scope the output, and show a person's scores
    only to `self_belief_readers`): per person (everyone, or `person_ids`), the self-belief
    score (0..100) of every submitted achievement-drive response, by submission date."""
    history: dict[int, list[tuple[dt.date, float]]] = {}
    responses = AssessmentResponse.objects.filter(
        organization=organization,
        instrument=SELF_BELIEF_INSTRUMENT,
        status=ResponseStatus.SUBMITTED,
    )
    if person_ids is not None:
        responses = responses.filter(person_id__in=list(person_ids))
    rows = responses.values_list("person_id", "submitted_at", "summary")
    for person_id, submitted_at, summary in rows.order_by("submitted_at", "pk"):
        if submitted_at is None or summary is None:  # never so for submitted responses
            continue
        for dimension in summary.get("dimensions", []):
            if dimension.get("key") == "self_belief":
                history.setdefault(person_id, []).append(
                    (submitted_at.date(), float(dimension["score"]))
                )
    return history


def export_for_viewer(*, viewer: Viewer) -> dict[str, Any]:
    """Everything the viewer has answered and shared, as plain JSON (format: docs/formats.md)."""
    responses = my_responses(viewer=viewer).order_by("started_at", "pk")
    return {
        "format": "salescoach.assessments.export",
        "format_version": 1,
        "person_id": viewer.person_id,
        "responses": [
            {
                "id": r.pk,
                "instrument": r.instrument,
                "version": r.version,
                "status": r.status,
                "subject": r.subject,
                "started_at": r.started_at.isoformat(),
                "submitted_at": r.submitted_at.isoformat() if r.submitted_at else None,
                "answers": r.answers,
                "summary": r.summary,
            }
            for r in responses
        ],
        "shares": [
            {
                "instrument": s.instrument,
                "recipient": s.recipient.name,
                "shared_at": s.shared_at.isoformat(),
                "revoked_at": s.revoked_at.isoformat() if s.revoked_at else None,
            }
            for s in my_shares(viewer=viewer).order_by("shared_at", "pk")
        ],
    }


def scorecard_mindset(
    *, viewer: Viewer, person_id: int, measured_talk_share: float | None, calls: int
) -> dict[str, Any]:
    """The scorecard's "with themselves" column: the latest summary per instrument the viewer
    may read (the rep's own, or shared with the viewer), and the rep's self-estimated talk
    share beside the measured one when calls exist. Scores and bands only."""
    latest = latest_summaries(viewer=viewer, person_id=person_id)
    cards = []
    for key, row in sorted(latest.items()):
        bars, height = summary_bars(row.summary)
        cards.append(
            {
                "instrument": key,
                "title": catalogue().get(key, row.version).title,
                "row": row,
                "bars": bars,
                "height": height,
            }
        )
    estimate = None
    focus = None
    if "selling_focus" in latest:
        estimate = latest["selling_focus"].summary.figures.get("self_talk_share_pct")
        if estimate is not None and measured_talk_share is not None and calls:
            focus = compare_selling_focus(estimate / 100, measured_talk_share)
    return {"cards": cards, "talk_estimate_pct": estimate, "focus": focus, "calls": calls}
