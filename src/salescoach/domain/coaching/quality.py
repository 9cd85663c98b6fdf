"""Coaching quality: cadence, time, follow-through and whether sessions coach behaviour."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

SessionKind = Literal["opportunity", "skill"]
CommitmentStatus = Literal["open", "done", "dropped"]
Conversation = Literal["customers", "themselves", "coach"]
Focus = Literal["behaviour", "results"]
CONVERSATIONS: tuple[Conversation, ...] = get_args(Conversation)

DAYS_PER_MONTH = 30  # "per month" in these figures means per 30 days
DAYS_PER_WEEK = 7


@dataclass(frozen=True)
class SessionRecord:
    """One coaching session as held."""

    session_id: str
    manager: str
    rep: str
    held_on: dt.date
    duration_min: int
    kind: SessionKind
    agenda_items: tuple[str, ...] = ()
    notes_text: str = ""
    conversations_covered: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        """Agenda and notes together: what the focus rules read."""
        return "\n".join([*self.agenda_items, self.notes_text])


@dataclass(frozen=True)
class CommitmentRecord:
    """An action agreed in a session, and the later session that reviewed it (if any)."""

    owner: str
    due_on: dt.date
    status: CommitmentStatus
    created_in_session: str
    followed_up_in_session: str | None = None
    commitment_id: str = ""
    text: str = ""

    @property
    def followed_up(self) -> bool:
        """Reviewed in a session after the one that agreed it."""
        return self.followed_up_in_session not in (None, self.created_in_session)


@dataclass(frozen=True)
class FocusRules:
    """Phrases that show a session coached behaviours or activities, and phrases of results
    talk. Matched on lower-cased text with hyphens read as spaces, at the start of a word
    (so "practis" matches "practise" and "practising")."""

    version: str
    behaviour_cues: tuple[str, ...]
    results_cues: tuple[str, ...]


FOCUS_RULES = FocusRules(
    version="focus-1",
    behaviour_cues=(
        # how calls went, reviewed from evidence
        "how the call went", "how did the call", "how the meeting went", "how did the meeting",
        "on the call", "listen to the call", "listened to the call", "call recording",
        "review the call", "reviewed the call", "talk share", "talk ratio",
        # discovery and listening skills
        "discovery", "open question", "questions you asked", "questions did you ask",
        "question you asked", "questions to ask", "paraphras", "summaris", "summariz", "listen",
        "pitch before", "needs analysis", "objection", "decision process", "stakeholder",
        # practice
        "practis", "practic", "role play", "rehears", "drill",
        # preparation and specific actions
        "prepar", "pre call", "call plan", "account plan", "next step", "specific action",
        "what will you do differently", "what would you do differently",
        # activities and habits
        "prospecting", "calendar block", "time block", "block time", "learning goal", "skill",
        "behaviour", "behavior", "habit",
        # mindset
        "achievement drive", "self belief", "limiting belief",
    ),
    results_cues=(
        "forecast", "quota", "close the gap", "the gap", "your number", "the number", "pipeline",
        "target", "commit", "revenue", "attainment", "close rate", "how will you make",
        "bookings", "deal review",
    ),
)  # fmt: skip


@dataclass(frozen=True)
class FocusReading:
    """The focus of one session's text and the cues that decided it."""

    focus: Focus
    behaviour_cues: tuple[str, ...]
    results_cues: tuple[str, ...]


def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("-", " ")
    return re.sub(r"\s+", " ", text)


def _found(text: str, cues: Iterable[str]) -> tuple[str, ...]:
    return tuple(cue for cue in cues if re.search(r"\b" + re.escape(cue), text))


def read_coaching_focus(text: str, *, rules: FocusRules = FOCUS_RULES) -> FocusReading:
    """Behaviour when at least one behaviour cue appears, whatever else is said; results
    otherwise — quota, forecast and gap talk alone, or nothing specific at all, is not
    coaching a behaviour."""
    normalised = _normalise(text)
    behaviour = _found(normalised, rules.behaviour_cues)
    results = _found(normalised, rules.results_cues)
    return FocusReading("behaviour" if behaviour else "results", behaviour, results)


def classify_coaching_focus(text: str, *, rules: FocusRules = FOCUS_RULES) -> Focus:
    """ "behaviour" or "results" by `read_coaching_focus`."""
    return read_coaching_focus(text, rules=rules).focus


@dataclass(frozen=True)
class QualityFigures:
    """Coaching figures for one scope (the organisation, a manager, or a rep) over the window.

    - sessions: sessions held in the window (count); reps: reps in scope (count)
    - sessions_per_rep_month: sessions / reps / (window days / 30); None without reps
    - longest_gap_days: the longest stretch without a session for any rep in scope, counting
      from the window start to the first session and from the last session to `as_of` (days)
    - hours: session minutes / 60; hours_per_week: hours / (window days / 7)
    - follow_up_rate: commitments due in the window before `as_of` that a later session
      reviewed / all commitments due then, 0..1; None when none were due
    - behaviour_share: sessions whose agenda or notes coach a behaviour / sessions, 0..1
    - conversation_shares: per conversation, sessions that covered it / sessions, 0..1;
      all_three_share: sessions covering customers, themselves and coach / sessions, 0..1
    """

    sessions: int
    reps: int
    sessions_per_rep_month: float | None
    longest_gap_days: int | None
    hours: float
    hours_per_week: float
    commitments_due: int
    commitments_followed_up: int
    follow_up_rate: float | None
    behaviour_sessions: int
    behaviour_share: float | None
    conversation_shares: Mapping[str, float]
    all_three_share: float | None
    sessions_by_kind: Mapping[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        def rounded(x: float | None) -> float | None:
            return None if x is None else round(x, 3)

        return {
            "sessions": self.sessions,
            "reps": self.reps,
            "sessions_per_rep_month": rounded(self.sessions_per_rep_month),
            "longest_gap_days": self.longest_gap_days,
            "hours": rounded(self.hours),
            "hours_per_week": rounded(self.hours_per_week),
            "commitments_due": self.commitments_due,
            "commitments_followed_up": self.commitments_followed_up,
            "follow_up_rate": rounded(self.follow_up_rate),
            "behaviour_sessions": self.behaviour_sessions,
            "behaviour_share": rounded(self.behaviour_share),
            "conversation_shares": {k: round(v, 3) for k, v in self.conversation_shares.items()},
            "all_three_share": rounded(self.all_three_share),
            "sessions_by_kind": dict(self.sessions_by_kind),
        }


@dataclass(frozen=True)
class CoachingQuality:
    """Coaching figures for the organisation, each manager and each rep, with each session's
    focus reading."""

    as_of: dt.date
    window_days: int
    rules_version: str
    overall: QualityFigures
    by_manager: Mapping[str, QualityFigures]
    by_rep: Mapping[str, QualityFigures]
    session_focus: Mapping[str, Focus]

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "window_days": self.window_days,
            "rules_version": self.rules_version,
            "overall": self.overall.to_json(),
            "by_manager": {k: v.to_json() for k, v in self.by_manager.items()},
            "by_rep": {k: v.to_json() for k, v in self.by_rep.items()},
            "session_focus": dict(self.session_focus),
        }


def longest_gap_days(held_on: Iterable[dt.date], *, window_start: dt.date, as_of: dt.date) -> int:
    """The longest run of days without a session between `window_start` and `as_of`, counting
    the stretch before the first session and after the last (days; the whole window when
    there was no session)."""
    marks = [window_start, *sorted(set(held_on)), as_of]
    return max((later - earlier).days for earlier, later in itertools.pairwise(marks))


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _figures(
    sessions: Sequence[SessionRecord],
    reps: Collection[str],
    due: Sequence[CommitmentRecord],
    focus: Mapping[str, Focus],
    *,
    window_start: dt.date,
    as_of: dt.date,
    window_days: int,
) -> QualityFigures:
    months = window_days / DAYS_PER_MONTH
    hours = sum(s.duration_min for s in sessions) / 60
    behaviour = sum(focus[s.session_id] == "behaviour" for s in sessions)
    followed = sum(c.followed_up for c in due)
    n = len(sessions)
    covered = Counter(c for s in sessions for c in s.conversations_covered if c in CONVERSATIONS)
    all_three = sum(set(CONVERSATIONS) <= s.conversations_covered for s in sessions)
    gaps = [
        longest_gap_days(
            (s.held_on for s in sessions if s.rep == rep), window_start=window_start, as_of=as_of
        )
        for rep in reps
    ]
    return QualityFigures(
        sessions=n,
        reps=len(reps),
        sessions_per_rep_month=n / len(reps) / months if reps else None,
        longest_gap_days=max(gaps) if gaps else None,
        hours=hours,
        hours_per_week=hours / (window_days / DAYS_PER_WEEK),
        commitments_due=len(due),
        commitments_followed_up=followed,
        follow_up_rate=_share(followed, len(due)),
        behaviour_sessions=behaviour,
        behaviour_share=_share(behaviour, n),
        conversation_shares={c: covered[c] / n for c in CONVERSATIONS} if n else {},
        all_three_share=_share(all_three, n),
        sessions_by_kind=dict(sorted(Counter(s.kind for s in sessions).items())),
    )


def coaching_quality(
    sessions: Sequence[SessionRecord],
    commitments: Sequence[CommitmentRecord],
    *,
    as_of: dt.date,
    window_days: int = 90,
    team: Mapping[str, Collection[str]] | None = None,
    rules: FocusRules = FOCUS_RULES,
) -> CoachingQuality:
    """Coaching figures (see `QualityFigures`) over the `window_days` days ending on `as_of`
    (a session counts when as_of − window_days < held_on ≤ as_of). `team` maps each manager to
    their reps so reps who were never coached count too; without it, the reps are those seen in
    the sessions. Commitments are attributed to the manager and rep of the session that agreed
    them, so `sessions` should include the sessions that agreed them even if older."""
    if window_days < 1:
        raise ValueError("window_days must be at least 1")
    window_start = as_of - dt.timedelta(days=window_days)
    by_id = {s.session_id: s for s in sessions}
    for commitment in commitments:
        if commitment.created_in_session not in by_id:
            raise ValueError(
                f"commitment {commitment.commitment_id or commitment.owner!r} refers to an "
                f"unknown session {commitment.created_in_session!r}"
            )
    held = sorted(
        (s for s in sessions if window_start < s.held_on <= as_of),
        key=lambda s: (s.held_on, s.session_id),
    )
    due = [c for c in commitments if window_start < c.due_on < as_of]
    focus = {s.session_id: classify_coaching_focus(s.text, rules=rules) for s in held}
    roster: dict[str, set[str]] = {m: set(reps) for m, reps in (team or {}).items()}
    for s in held:
        roster.setdefault(s.manager, set()).add(s.rep)
    all_reps = set().union(*roster.values()) if roster else set()

    def scoped(manager: str | None, rep: str | None) -> QualityFigures:
        def keep(s: SessionRecord) -> bool:
            return (manager is None or s.manager == manager) and (rep is None or s.rep == rep)

        reps = {rep} if rep is not None else roster[manager] if manager is not None else all_reps
        return _figures(
            [s for s in held if keep(s)],
            sorted(reps),
            [c for c in due if keep(by_id[c.created_in_session])],
            focus,
            window_start=window_start,
            as_of=as_of,
            window_days=window_days,
        )

    return CoachingQuality(
        as_of=as_of,
        window_days=window_days,
        rules_version=rules.version,
        overall=scoped(None, None),
        by_manager={m: scoped(m, None) for m in sorted(roster)},
        by_rep={r: scoped(None, r) for r in sorted(all_reps)},
        session_focus=focus,
    )
