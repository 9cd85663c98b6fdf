"""Reads for the team board, coaching quality and the Limited Performance flag.

Everything here gathers plain records through the access layer and hands them to the pure
functions in `salescoach.domain.coaching`; nothing is computed from the ORM directly.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.http import Http404
from django.utils import timezone

from salescoach.assessments import selectors as assessment_selectors
from salescoach.calls.models import CallAnalysis
from salescoach.coaching.agenda_access import StoredAgenda, agendas_for_viewer
from salescoach.coaching.models import (
    CheckIn,
    CoachingGuide,
    CoachingSession,
    Commitment,
    CommitmentStatus,
    NoteVisibility,
    SessionNote,
    SessionStatus,
)
from salescoach.domain.assessments.scoring import ScoreSummary
from salescoach.domain.assessments.styles import STYLE_TITLES
from salescoach.domain.coaching.board import CoachingPriority, RepBoardRow, next_to_coach
from salescoach.domain.coaching.limited_performance import (
    GoalRecord,
    LimitedPerformanceFlag,
    flag_limited_performance,
    month_start,
    monthly_attainment,
    quota_goals,
)
from salescoach.domain.coaching.quality import (
    CoachingQuality,
    CommitmentRecord,
    QualityFigures,
    SessionRecord,
    coaching_quality,
)
from salescoach.domain.coaching.quality import (
    CommitmentStatus as CommitmentStatusName,
)
from salescoach.domain.pipeline.periods import day_span
from salescoach.domain.pipeline.records import ActivityRecord
from salescoach.domain.pipeline.time_allocation import allocate_time
from salescoach.goals.models import Goal, GoalKind, Recommendation, RecommendationStatus
from salescoach.org.access import Action, Viewer, get_or_404, restrict
from salescoach.org.models import Person, Role, Team
from salescoach.pipeline.models import Activity, Deal, Quota, Stage

QUALITY_WINDOW_DAYS = 90  # coaching quality looks at the last 90 days
CADENCE_DAYS = 14  # a rep is due for coaching after this many days
FLAG_WEEKS = 12  # the Limited Performance flag looks for support in the last 12 weeks
PLATEAU_MONTHS = 6  # … and for flat results over the last 6 complete months
HISTORY_MONTHS = 12  # months of results read for the plateau (window and before it)
MINDSET_SUMMARY_INSTRUMENTS = frozenset({"achievement_drive", "behaviour_style"})
WIN_RATE_DAYS = 365
SELLING_WEEKS = 12


_COMMITMENT_STATUS: dict[str, CommitmentStatusName] = {
    "open": "open",
    "done": "done",
    "dropped": "dropped",
}


class NotAManagerError(Http404):
    """The team board and coaching-quality pages belong to managers; others get a 404."""


# --- gathering plain records ---------------------------------------------------------------


def _agenda_texts(agenda: Mapping[str, Any]) -> tuple[str, ...]:
    """Titles and details of every agenda item (the shape `Agenda.to_json` stores)."""
    texts: list[str] = []
    sections = agenda.get("sections") if isinstance(agenda, Mapping) else None
    for section in sections or ():
        for item in section.get("items", ()) if isinstance(section, Mapping) else ():
            if isinstance(item, Mapping):
                texts.extend(str(item.get(k, "")) for k in ("title", "detail") if item.get(k))
    return tuple(texts)


@dataclass(frozen=True)
class CoachingRecords:
    """Coaching records of some reps as plain records, plus what the board needs beside."""

    held: tuple[SessionRecord, ...]
    commitments: tuple[CommitmentRecord, ...]
    planned_on: Mapping[str, dt.date]  # rep key → next planned session date
    open_commitments: Mapping[str, int]
    overdue_commitments: Mapping[str, int]


def _coaching_records(
    viewer: Viewer, rep_ids: Sequence[int], *, as_of: dt.date, action: Action
) -> CoachingRecords:
    sessions = list(
        restrict(CoachingSession.objects.all(), viewer, action)
        .filter(rep_id__in=rep_ids)
        .values(
            "pk",
            "manager_id",
            "rep_id",
            "kind",
            "status",
            "held_at",
            "scheduled_for",
            "duration_min",
            "agenda",
            "outcomes",
            "conversations",
        )
    )
    notes: dict[int, list[str]] = defaultdict(list)
    for session_id, text in (
        restrict(SessionNote.objects.all(), viewer, action)
        .filter(session__rep_id__in=rep_ids)
        .values_list("session_id", "text")
    ):
        notes[session_id].append(text)
    # The agenda texts as the viewer may read them: an item drawn from a summary the rep does
    # not share with the viewer counts for nothing here either.
    held_rows = [s for s in sessions if s["status"] == SessionStatus.HELD and s["agenda"]]
    readable = agendas_for_viewer(
        viewer=viewer,
        agendas=[StoredAgenda(s["rep_id"], s["manager_id"], s["agenda"]) for s in held_rows],
    )
    agenda_of = {s["pk"]: agenda for s, agenda in zip(held_rows, readable, strict=True)}
    held: list[SessionRecord] = []
    planned: dict[str, dt.date] = {}
    for s in sessions:
        rep = str(s["rep_id"])
        if s["status"] == SessionStatus.HELD and s["held_at"] is not None:
            held.append(
                SessionRecord(
                    session_id=str(s["pk"]),
                    manager=str(s["manager_id"]),
                    rep=rep,
                    held_on=timezone.localdate(s["held_at"]),
                    duration_min=s["duration_min"],
                    kind="opportunity" if s["kind"] == "opportunity" else "skill",
                    agenda_items=_agenda_texts(agenda_of.get(s["pk"], {})),
                    notes_text="\n".join([*notes.get(s["pk"], []), s["outcomes"] or ""]),
                    conversations_covered=frozenset(s["conversations"] or ()),
                )
            )
        elif s["status"] == SessionStatus.PLANNED:
            day = timezone.localdate(s["scheduled_for"])
            if day >= as_of and (rep not in planned or day < planned[rep]):
                planned[rep] = day
    held_ids = {s.session_id for s in held}
    commitments: list[CommitmentRecord] = []
    open_count: dict[str, int] = defaultdict(int)
    overdue: dict[str, int] = defaultdict(int)
    for c in (
        restrict(Commitment.objects.all(), viewer, action)
        .filter(rep_id__in=rep_ids)
        .values(
            "pk", "rep_id", "owner_id", "text", "due_on", "status", "session_id",
            "followed_up_in_id",
        )
    ):  # fmt: skip
        rep = str(c["rep_id"])
        if c["status"] == CommitmentStatus.OPEN:
            open_count[rep] += 1
            if c["due_on"] < as_of:
                overdue[rep] += 1
        if c["session_id"] is None or str(c["session_id"]) not in held_ids:
            continue  # agreed outside a session recorded as held: no session to attribute it to
        commitments.append(
            CommitmentRecord(
                owner=str(c["owner_id"]),
                due_on=c["due_on"],
                status=_COMMITMENT_STATUS.get(c["status"], "open"),
                created_in_session=str(c["session_id"]),
                followed_up_in_session=(
                    str(c["followed_up_in_id"]) if c["followed_up_in_id"] else None
                ),
                commitment_id=str(c["pk"]),
                text=c["text"],
            )
        )
    return CoachingRecords(tuple(held), tuple(commitments), planned, open_count, overdue)


def _limited_performance(
    viewer: Viewer,
    rep_ids: Sequence[int],
    held: Sequence[SessionRecord],
    *,
    as_of: dt.date,
    action: Action,
) -> dict[str, LimitedPerformanceFlag]:
    first_month = month_start(as_of, HISTORY_MONTHS)
    won: dict[int, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    for owner_id, closed_on, amount in (
        restrict(Deal.objects.all(), viewer, action)
        .filter(owner_id__in=rep_ids, outcome="won", closed_on__gte=first_month)
        .values_list("owner_id", "closed_on", "amount")
    ):
        if closed_on is not None:
            won[owner_id].append((closed_on, amount))
    quotas: dict[int, list[tuple[dt.date, dt.date, Decimal]]] = defaultdict(list)
    for person_id, start, stop, amount in (
        restrict(Quota.objects.all(), viewer, action)
        .filter(person_id__in=rep_ids)
        .values_list("person_id", "period_start", "period_end", "amount")
    ):
        quotas[person_id].append((start, stop, amount))
    goals: dict[int, list[GoalRecord]] = defaultdict(list)
    for person_id, kind, baseline, target, agreed_on, created_at in (
        restrict(Goal.objects.all(), viewer, action)
        .filter(person_id__in=rep_ids, kind__in=[GoalKind.SALES, GoalKind.LEARNING])
        .values_list("person_id", "kind", "baseline", "target", "agreed_on", "created_at")
    ):
        goals[person_id].append(
            GoalRecord(
                "learning" if kind == GoalKind.LEARNING else "sales",
                agreed_on or created_at.date(),
                target=None if target is None else float(target),
                baseline=None if baseline is None else float(baseline),
            )
        )
    sessions: dict[str, list[dt.date]] = defaultdict(list)
    for s in held:
        sessions[s.rep].append(s.held_on)
    return {
        str(pk): flag_limited_performance(
            monthly_attainment(won[pk], quotas[pk], as_of=as_of, months=HISTORY_MONTHS),
            goals=[*goals[pk], *quota_goals(quotas[pk], as_of=as_of, weeks=FLAG_WEEKS)],
            session_dates=sessions[str(pk)],
            as_of=as_of,
            weeks=FLAG_WEEKS,
            months=PLATEAU_MONTHS,
        )
        for pk in rep_ids
    }


# --- the manager's team board ----------------------------------------------------------------


@dataclass(frozen=True)
class BoardRow:
    """One rep on the team board: the three conversations at a glance, flags and priority."""

    person: Person
    rank: int  # 1 = coach first
    # with customers
    won: int
    lost: int
    win_rate: float | None  # won / (won + lost), deals closed in the last 365 days, 0..1
    selling_hours_per_week: float  # customer-facing scheduled hours a week, last 12 weeks
    calls: int  # analysed sales calls
    rep_talk_share: float | None  # mean share of speech by the rep, 0..1
    # with themselves
    mindset_summary: str | None  # what the rep chose to share, or None
    # with the coach
    coaching: QualityFigures
    last_session_on: dt.date | None
    next_session_on: dt.date | None
    open_commitments: int
    overdue_commitments: int
    flag: LimitedPerformanceFlag
    priority: CoachingPriority

    @property
    def team_name(self) -> str:
        return self.person.team.name if self.person.team else ""


@dataclass(frozen=True)
class TeamBoard:
    """Every rep of a manager's teams, in the order to coach them."""

    as_of: dt.date
    window_days: int
    cadence_days: int
    flag_weeks: int
    rows: tuple[BoardRow, ...]
    quality: CoachingQuality
    managers: Mapping[str, Person]  # manager key → person, for the quality figures

    @property
    def flagged(self) -> tuple[BoardRow, ...]:
        return tuple(r for r in self.rows if r.flag.flagged)

    @property
    def by_manager(self) -> list[tuple[str, QualityFigures]]:
        """Quality figures of each manager who coached these reps, by name."""
        return [
            (self.managers[key].name if key in self.managers else "—", figures)
            for key, figures in self.quality.by_manager.items()
        ]


def _require_manager(viewer: Viewer) -> None:
    if viewer.role != Role.MANAGER or viewer.team_person_ids is None:
        raise NotAManagerError("The team board belongs to managers.")


def _team_reps(viewer: Viewer) -> list[Person]:
    return list(
        restrict(Person.objects.select_related("team", "manager"), viewer)
        .filter(role=Role.REP, is_active=True)
        .order_by("name")
    )


def _customer_figures(
    viewer: Viewer, rep_ids: Sequence[int], *, as_of: dt.date
) -> dict[int, dict[str, Any]]:
    figures: dict[int, dict[str, Any]] = {
        pk: {"won": 0, "lost": 0, "talk": [], "activities": []} for pk in rep_ids
    }
    for owner_id, outcome in (
        restrict(Deal.objects.all(), viewer)
        .filter(
            owner_id__in=rep_ids,
            closed_on__gt=as_of - dt.timedelta(days=WIN_RATE_DAYS),
            closed_on__lte=as_of,
        )
        .values_list("owner_id", "outcome")
    ):
        if outcome in ("won", "lost"):
            figures[owner_id][outcome] += 1
    start = as_of - dt.timedelta(weeks=SELLING_WEEKS)
    # Compared as moments: casting each row's moment to a date is slow on SQLite.
    opens, closes = day_span(
        start + dt.timedelta(days=1), as_of, tz=timezone.get_current_timezone()
    )
    for person_id, occurred_at, minutes, facing in (
        restrict(Activity.objects.all(), viewer)
        .filter(
            person_id__in=rep_ids,
            occurred_at__gte=opens,
            occurred_at__lt=closes,
            duration_min__gt=0,
        )
        .values_list("person_id", "occurred_at", "duration_min", "customer_facing")
    ):
        figures[person_id]["activities"].append(
            ActivityRecord(str(person_id), occurred_at, minutes, facing)
        )
    for owner_id, share in (
        restrict(CallAnalysis.objects.all(), viewer)
        .filter(call__owner_id__in=rep_ids, call__kind="sales")
        .values_list("call__owner_id", "rep_talk_share")
    ):
        figures[owner_id]["talk"].append(None if share is None else float(share))
    for values in figures.values():
        alloc = allocate_time(
            values.pop("activities"), start=start + dt.timedelta(days=1), end=as_of
        )
        values["selling_hours_per_week"] = alloc.customer_hours_per_week
        talk = values.pop("talk")
        values["calls"] = len(talk)
        shares = [t for t in talk if t is not None]
        values["rep_talk_share"] = statistics.fmean(shares) if shares else None
        decided = values["won"] + values["lost"]
        values["win_rate"] = values["won"] / decided if decided else None
    return figures


def describe_summary(summary: ScoreSummary) -> str:
    """One line for a shared summary: the behaviour style, or the overall band and the
    lowest dimension."""
    if summary.style is not None:
        primary = STYLE_TITLES[summary.style.primary]
        return f"Style: {primary}, then {STYLE_TITLES[summary.style.secondary]}"
    parts = []
    if summary.overall is not None:
        parts.append(f"{summary.overall.title}: {summary.overall.label}")
    if summary.dimensions:
        lowest = min(summary.dimensions, key=lambda d: (d.score, d.key))
        parts.append(f"lowest {lowest.title.lower()} ({lowest.score:g})")
    return "; ".join(parts)


def _mindset_summaries(viewer: Viewer, reps: Sequence[Person]) -> dict[int, str]:
    """What each rep chose to share with this viewer, one line per instrument; reps who share
    nothing are left out (the board shows "not shared")."""
    shared: dict[int, str] = {}
    readable = assessment_selectors.latest_summaries_of(
        viewer=viewer, person_ids=[rep.pk for rep in reps]
    )
    for rep in reps:
        latest = readable.get(rep.pk, {})
        lines = [
            describe_summary(row.summary)
            for key, row in sorted(latest.items())
            if key in MINDSET_SUMMARY_INSTRUMENTS
        ]
        if any(lines):
            shared[rep.pk] = " · ".join(line for line in lines if line)
    return shared


def _flags_for_queue(viewer: Viewer, rep_ids: Sequence[int]) -> set[int]:
    return set(
        restrict(Recommendation.objects.all(), viewer)
        .filter(person_id__in=rep_ids, status=RecommendationStatus.OPEN)
        .values_list("person_id", flat=True)
    )


def team_board_for_viewer(*, viewer: Viewer, as_of: dt.date) -> TeamBoard:
    """The manager's team board: every rep of their teams, who to coach next and why."""
    _require_manager(viewer)
    reps = _team_reps(viewer)
    rep_ids = [p.pk for p in reps]
    records = _coaching_records(viewer, rep_ids, as_of=as_of, action="view")
    quality = coaching_quality(
        records.held,
        records.commitments,
        as_of=as_of,
        window_days=QUALITY_WINDOW_DAYS,
        team={str(viewer.person_id): [str(pk) for pk in rep_ids]},
    )
    flags = _limited_performance(viewer, rep_ids, records.held, as_of=as_of, action="view")
    customers = _customer_figures(viewer, rep_ids, as_of=as_of)
    mindset = _mindset_summaries(viewer, reps)
    recommended = _flags_for_queue(viewer, rep_ids)
    last_held: dict[str, dt.date] = {}
    for s in records.held:
        if s.held_on <= as_of and s.held_on > last_held.get(s.rep, dt.date.min):
            last_held[s.rep] = s.held_on
    queue = next_to_coach(
        [
            RepBoardRow(
                rep=str(pk),
                last_session_on=last_held.get(str(pk)),
                overdue_commitments=records.overdue_commitments.get(str(pk), 0),
                flags=tuple(
                    name
                    for name, on in (
                        ("limited_performance", flags[str(pk)].flagged),
                        ("new_recommendation", pk in recommended),
                    )
                    if on
                ),
                next_session_on=records.planned_on.get(str(pk)),
            )
            for pk in rep_ids
        ],
        as_of=as_of,
        cadence_days=CADENCE_DAYS,
    )
    by_pk = {str(p.pk): p for p in reps}
    rows = []
    for rank, priority in enumerate(queue, start=1):
        person = by_pk[priority.rep]
        c = customers[person.pk]
        rows.append(
            BoardRow(
                person=person,
                rank=rank,
                won=c["won"],
                lost=c["lost"],
                win_rate=c["win_rate"],
                selling_hours_per_week=c["selling_hours_per_week"],
                calls=c["calls"],
                rep_talk_share=c["rep_talk_share"],
                mindset_summary=mindset.get(person.pk),
                coaching=quality.by_rep[priority.rep],
                last_session_on=last_held.get(priority.rep),
                next_session_on=records.planned_on.get(priority.rep),
                open_commitments=records.open_commitments.get(priority.rep, 0),
                overdue_commitments=records.overdue_commitments.get(priority.rep, 0),
                flag=flags[priority.rep],
                priority=priority,
            )
        )
    manager_ids = [int(key) for key in quality.by_manager]
    managers = {
        str(p.pk): p for p in restrict(Person.objects.all(), viewer).filter(pk__in=manager_ids)
    }
    return TeamBoard(
        as_of=as_of,
        window_days=QUALITY_WINDOW_DAYS,
        cadence_days=CADENCE_DAYS,
        flag_weeks=FLAG_WEEKS,
        rows=tuple(rows),
        quality=quality,
        managers=managers,
    )


# --- the organisation's coaching, for enablement ------------------------------------------


@dataclass(frozen=True)
class TeamFlags:
    """How many reps of one team carry the Limited Performance flag (counts, no names)."""

    team: str
    manager: str
    reps: int
    flagged: int


@dataclass(frozen=True)
class ManagerQuality:
    manager: Person
    figures: QualityFigures


@dataclass(frozen=True)
class OrganisationCoaching:
    """Coaching quality per manager and flags per team: what enablement may see."""

    as_of: dt.date
    window_days: int
    flag_weeks: int
    rules_version: str
    overall: QualityFigures
    managers: tuple[ManagerQuality, ...]
    teams: tuple[TeamFlags, ...]

    @property
    def flagged(self) -> int:
        return sum(t.flagged for t in self.teams)

    @property
    def reps(self) -> int:
        return sum(t.reps for t in self.teams)


def organisation_coaching_for_viewer(*, viewer: Viewer, as_of: dt.date) -> OrganisationCoaching:
    """Enablement's view: coaching figures per manager (by name) and Limited Performance
    flags counted per team (never which rep). 404 for every other role."""
    if viewer.role != Role.ENABLEMENT:
        raise Http404("The organisation's coaching view belongs to enablement.")
    reps = list(
        restrict(Person.objects.select_related("team"), viewer)
        .filter(role=Role.REP, is_active=True)
        .order_by("pk")
    )
    rep_ids = [p.pk for p in reps]
    team_leads = dict(restrict(Team.objects.all(), viewer).values_list("pk", "lead_id"))
    roster: dict[str, list[str]] = defaultdict(list)
    for rep in reps:
        lead = team_leads.get(rep.team_id) if rep.team_id else None
        manager = lead or rep.manager_id
        if manager is not None:
            roster[str(manager)].append(str(rep.pk))
    records = _coaching_records(viewer, rep_ids, as_of=as_of, action="aggregate")
    quality = coaching_quality(
        records.held,
        records.commitments,
        as_of=as_of,
        window_days=QUALITY_WINDOW_DAYS,
        team=roster,
    )
    flags = _limited_performance(viewer, rep_ids, records.held, as_of=as_of, action="aggregate")
    managers = {
        str(p.pk): p
        for p in restrict(Person.objects.all(), viewer).filter(
            pk__in=[int(k) for k in quality.by_manager]
        )
    }
    by_team: dict[int | None, list[Person]] = defaultdict(list)
    for rep in reps:
        by_team[rep.team_id].append(rep)
    teams = []
    for team_id, members in sorted(
        by_team.items(), key=lambda kv: (kv[0] is None, _team_name(kv[1]))
    ):
        team = members[0].team
        lead_id = team_leads.get(team_id) if team_id else None
        lead_person = managers.get(str(lead_id)) if lead_id else None
        teams.append(
            TeamFlags(
                team=team.name if team else "No team",
                manager=lead_person.name if lead_person else "—",
                reps=len(members),
                flagged=sum(flags[str(p.pk)].flagged for p in members),
            )
        )
    return OrganisationCoaching(
        as_of=as_of,
        window_days=QUALITY_WINDOW_DAYS,
        flag_weeks=FLAG_WEEKS,
        rules_version=quality.rules_version,
        overall=quality.overall,
        managers=tuple(
            ManagerQuality(managers[key], figures)
            for key, figures in sorted(
                quality.by_manager.items(),
                key=lambda kv: managers[kv[0]].name if kv[0] in managers else "",
            )
            if key in managers
        ),
        teams=tuple(teams),
    )


def _team_name(members: Sequence[Person]) -> str:
    return members[0].team.name if members and members[0].team else ""


# --- coaching guides --------------------------------------------------------------------------


@dataclass(frozen=True)
class StageGuide:
    """A stage of the sales process and its coaching guide: the version in force and history."""

    stage: Stage
    current: CoachingGuide | None
    versions: tuple[CoachingGuide, ...]  # newest first


def coaching_guides_for_viewer(*, viewer: Viewer) -> list[StageGuide]:
    """Every stage of the organisation's sales processes with its guide versions."""
    stages = list(
        restrict(Stage.objects.select_related("process"), viewer).order_by("process_id", "order")
    )
    versions: dict[int, list[CoachingGuide]] = defaultdict(list)
    for guide in (
        restrict(CoachingGuide.objects.select_related("edited_by"), viewer)
        .filter(stage__in=stages)
        .order_by("stage_id", "-version")
    ):
        versions[guide.stage_id].append(guide)
    return [
        StageGuide(stage, next(iter(versions[stage.pk]), None), tuple(versions[stage.pk]))
        for stage in stages
    ]


def stage_guide_for_viewer(*, viewer: Viewer, stage_id: int) -> StageGuide:
    """One stage's guide and its history; 404 outside the viewer's organisation."""
    for guide in coaching_guides_for_viewer(viewer=viewer):
        if guide.stage.pk == stage_id:
            return guide
    raise Http404("No stage matches the given query.")


def guide_in_force(*, viewer: Viewer, stage_id: int, at: dt.datetime) -> CoachingGuide | None:
    """The guide version a session planned at `at` used: the newest saved by then. Versions
    are never edited in place, so a session keeps the questions it was prepared with."""
    return (
        restrict(CoachingGuide.objects.all(), viewer)
        .filter(stage_id=stage_id, created_at__lte=at)
        .order_by("-version")
        .first()
    )


# --- the session summary the rep keeps ---------------------------------------------------------


@dataclass(frozen=True)
class SummaryCommitment:
    text: str
    owner: str
    due_on: dt.date
    status: str


@dataclass(frozen=True)
class SessionSummary:
    """What the rep keeps from a session: only what is shared with them."""

    organisation: str
    rep: str
    manager: str
    kind: str
    when: dt.datetime
    status: str
    duration_min: int
    conversations: tuple[str, ...]
    outcomes: str
    shared_notes: tuple[tuple[str, str], ...]  # (author, text)
    commitments: tuple[SummaryCommitment, ...]
    check_ins: tuple[tuple[str, dt.datetime], ...]  # (title, due at)


def session_summary_for_viewer(*, viewer: Viewer, pk: int) -> SessionSummary:
    """A session's summary for printing: the rep's and their managers' to open (404 for anyone
    else). Only notes shared with the rep are included, whoever asks: it is the rep's copy."""
    session = get_or_404(
        CoachingSession.objects.select_related("manager", "rep", "organization"), viewer, pk=pk
    )
    notes = (
        restrict(SessionNote.objects.select_related("author"), viewer)
        .filter(session=session, visibility=NoteVisibility.SHARED)
        .order_by("created_at", "pk")
    )
    commitments = (
        restrict(Commitment.objects.select_related("owner"), viewer)
        .filter(session=session)
        .order_by("due_on", "pk")
    )
    check_ins = (
        restrict(CheckIn.objects.all(), viewer)
        .filter(session=session)
        .exclude(status="cancelled")
        .order_by("due_at")
    )
    titles = {
        "customers": "with customers",
        "themselves": "with themselves",
        "coach": "with the coach",
    }
    return SessionSummary(
        organisation=session.organization.name,
        rep=session.rep.name,
        manager=session.manager.name,
        kind=session.get_kind_display(),
        when=session.held_at or session.scheduled_for,
        status=session.get_status_display(),
        duration_min=session.duration_min,
        conversations=tuple(titles.get(c, c) for c in session.conversations or ()),
        outcomes=session.outcomes,
        shared_notes=tuple((n.author.name, n.text) for n in notes),
        commitments=tuple(
            SummaryCommitment(c.text, c.owner.name, c.due_on, c.get_status_display())
            for c in commitments
        ),
        check_ins=tuple((c.title, c.due_at) for c in check_ins),
    )
