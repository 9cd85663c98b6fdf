"""The demo organisation's coaching history: sessions, notes, commitments, learning goals and
coaching guides, planted by manager style (see `profiles.MANAGER_STYLES`).

One manager coaches behaviours every two weeks and follows up; one coaches most reps but
rarely meets the plateaued rep; one only goes through the numbers. The two coaching managers
agree a learning goal with each rep they coach (`coaching_effect.planted_goal`); a rep who does
not respond to it lets their later commitments slip. Deterministic: the same dataset and date
give the same history.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from dataclasses import dataclass, field

from salescoach.coaching.models import (
    CoachingGuide,
    CoachingSession,
    Commitment,
    SessionNote,
)
from salescoach.coaching.services import refresh_agenda
from salescoach.demo.coaching_effect import (
    HISTORY_DAYS,
    PlantedGoal,
    planted_goal,
    session_days_back,
)
from salescoach.demo.generator import OrgDataset
from salescoach.demo.profiles import MANAGER_STYLES, TEAM_MANAGER_STYLES, ManagerStyle
from salescoach.goals.models import Goal
from salescoach.org.access import viewer_for_person
from salescoach.org.models import Organization, Person
from salescoach.pipeline.models import Stage

BEHAVIOUR_NOTES: tuple[str, ...] = (
    "Listened to part of the discovery call recording together: the rep talked for most of it. "
    "Agreed to ask three open questions before showing a single slide.",
    "Role play of the decision-process conversation: who signs, who can block it, by when. "
    "The rep will map the stakeholders on both late-stage deals.",
    "Went through how the call with the finance lead went. Practised paraphrasing the need "
    "back before proposing anything.",
    "Looked at the week: customer time keeps getting chopped up. Two calendar blocks for "
    "prospecting on Tuesday and Thursday mornings from now on.",
    "Prepared the next meeting with the operations director: the questions to ask, what the "
    "customer has to confirm, and the specific action that moves the deal.",
    "Talked about self-belief after two lost deals in a row. Wrote down what went well on "
    "each call and one habit to keep for the next.",
)
BEHAVIOUR_COMMITMENTS: tuple[str, ...] = (
    "Ask three open questions before presenting, on every discovery call this week",
    "Send a written summary of the needs heard to the customer after each discovery call",
    "Map who decides and by when on the two late-stage deals",
    "Keep two prospecting blocks in the calendar and protect them",
    "Record the next discovery call and pick one moment to review together",
)
RESULTS_NOTES: tuple[str, ...] = (
    "Went through the forecast line by line. Asked how the quarter's number will be closed.",
    "Coverage is short of three times quota. Wants more deals in the commit category by the "
    "end of the month.",
    "Revenue to date against target; which deals close this month and which slip.",
    "Quota gap review: the number is behind, the close dates have to hold.",
)
RESULTS_COMMITMENTS: tuple[str, ...] = (
    "Update the close dates in the CRM before Friday's forecast call",
    "Add two more deals to the forecast",
    "Confirm the amounts of this month's deals",
)
# Coaching questions per stage of the demo process: about what the seller did and will do,
# and what the customer confirmed, never only about the amount or the close date.
GUIDE_QUESTIONS: dict[int, tuple[str, ...]] = {
    1: (
        "What did you learn about the account before the first conversation?",
        "Who did you reach, and why that person?",
        "What made them agree to a discovery meeting, in their words?",
    ),
    2: (
        "Which problem did the customer say, in their own words, they need to solve?",
        "How much of the call were you talking, and where did you start presenting?",
        "What did you send back to confirm the needs, and who replied?",
        "What question do you wish you had asked?",
    ),
    3: (
        "Which confirmed need did each part of the demonstration answer?",
        "Where did the customer say the solution does not fit, and what did you do with that?",
        "What will you show differently to the next person in this account?",
    ),
    4: (
        "Who decides, who can block, and by when? How do you know?",
        "What proof does the decision maker need, and who will bring it?",
        "What is the next step the customer has agreed to, with a date?",
    ),
    5: (
        "What did the customer accept in principle, and what is still open?",
        "What will you give, what will you ask in return, and why?",
        "How will you prepare for the conversation about price?",
    ),
    6: (
        "What does the customer still have to do to sign, and who is doing it?",
        "What could stall the contract now, and what is your plan for it?",
        "What did you learn from this deal that you will repeat on the next one?",
    ),
}
# The first version of the interview guide, replaced later: the history shows both.
FIRST_INTERVIEW_GUIDE: tuple[str, ...] = (
    "What need did the customer admit?",
    "Who else was on the call?",
)


@dataclass(frozen=True)
class SessionPlan:
    key: str
    manager: str  # e-mail
    rep: str  # e-mail
    on: dt.date
    held: bool
    duration_min: int
    conversations: tuple[str, ...]
    notes: tuple[tuple[str, str], ...]  # (visibility, text)
    outcomes: str
    hour: int = 10  # when in the day it starts (UTC)


@dataclass(frozen=True)
class CommitmentPlan:
    session: str
    rep: str
    text: str
    due_on: dt.date
    status: str
    followed_up_in: str | None


@dataclass(frozen=True)
class LearningGoalPlan:
    rep: str
    title: str
    why: str
    practice: str
    measure: str
    agreed_on: dt.date


@dataclass
class CoachingHistory:
    """The coaching records of one organisation, as plain plans."""

    sessions: list[SessionPlan] = field(default_factory=list)
    commitments: list[CommitmentPlan] = field(default_factory=list)
    goals: list[LearningGoalPlan] = field(default_factory=list)
    styles: dict[str, str] = field(default_factory=dict)  # manager e-mail → style key


def _rep_sessions(
    rng: random.Random,
    history: CoachingHistory,
    style: ManagerStyle,
    *,
    manager: str,
    rep: str,
    team_index: int,
    slot: int,
    plateaued: bool,
    as_of: dt.date,
    profile: str = "",
) -> None:
    if plateaued and style.plateaued_gap_days is not None:
        dates = [as_of - dt.timedelta(days=style.plateaued_gap_days)]
    else:
        days_back = session_days_back(team_index=team_index, slot=slot, as_of=as_of)
        dates = sorted(as_of - dt.timedelta(days=d) for d in days_back)
    goal = planted_goal(team_index=team_index, slot=slot, profile=profile, as_of=as_of)
    local = rep.split("@", 1)[0]
    keys = [f"{local}-{n}" for n in range(len(dates))]
    for index, (key, on) in enumerate(zip(keys, dates, strict=True)):
        if style.behaviour:
            note = rng.choice(BEHAVIOUR_NOTES)
            notes = [("shared", note)]
            if index % 3 == 2:
                notes.append(("manager_only", "Seems tired this week; check in on workload."))
            conversations: tuple[str, ...] = ("customers", "themselves", "coach")
            commitment = rng.choice(BEHAVIOUR_COMMITMENTS)
            outcomes = "Agreed one specific action to practise before the next session."
        else:
            notes = [("manager_only", rng.choice(RESULTS_NOTES))]
            conversations = ("customers",)
            commitment = rng.choice(RESULTS_COMMITMENTS)
            outcomes = "Numbers to be updated before the forecast call."
        # Real calendars vary: the start hour and the length move around the style's typical
        # length (by −10, 0 or +10 minutes), without drawing on the random generator.
        history.sessions.append(
            SessionPlan(
                key,
                manager,
                rep,
                on,
                True,
                max(15, style.duration_min + 10 * ((slot + index) % 3 - 1)),
                conversations,
                tuple(notes),
                outcomes,
                hour=9 + (slot * 3 + index * 5) % 8,
            )
        )
        later = keys[index + 1] if index + 1 < len(keys) else None
        due = on + dt.timedelta(days=7)
        if style.follow_up and later is not None:
            # Reviewed next time; done, unless the rep let it slip: a rep who does not respond
            # to their learning goal drops what they commit to after it, one who responds by
            # half drops every other commitment.
            status, followed = ("dropped" if _slips(goal, on, index) else "done"), later
        elif later is not None:
            status, followed = "dropped", None
        else:
            status, followed = "open", None
        history.commitments.append(CommitmentPlan(key, rep, commitment, due, status, followed))
    if goal is not None:
        text = goal.text
        history.goals.append(
            LearningGoalPlan(rep, text.title, text.why, text.practice, text.measure, goal.agreed_on)
        )
    if style.behaviour and style.cadence_days == 14:
        history.sessions.append(
            SessionPlan(
                f"{local}-next",
                manager,
                rep,
                as_of + dt.timedelta(days=1 + slot % 5),
                False,
                style.duration_min,
                (),
                (),
                "",
                hour=9 + (slot * 2) % 8,
            )
        )


def _slips(goal: PlantedGoal | None, on: dt.date, index: int) -> bool:
    """Whether the rep drops the commitment made in a session on `on`: only after their
    learning goal was agreed, always when they do not respond to it, every other time when
    they respond by half."""
    if goal is None or on < goal.agreed_on or goal.response >= 1.0:
        return False
    return goal.response <= 0 or index % 2 == 1


def plan_coaching_history(data: OrgDataset, *, as_of: dt.date) -> CoachingHistory:
    """Sessions, commitments and learning goals for every team, by its manager's style."""
    rng = random.Random(f"{data.slug}-coaching")
    history = CoachingHistory()
    for team_index, team in enumerate(data.teams):
        style = MANAGER_STYLES[TEAM_MANAGER_STYLES[team_index % len(TEAM_MANAGER_STYLES)]]
        history.styles[team.lead] = style.key
        reps = [p for p in data.people if p.role == "rep" and p.team == team.name]
        for slot, rep in enumerate(reps):
            _rep_sessions(
                rng,
                history,
                style,
                manager=team.lead,
                rep=rep.key,
                team_index=team_index,
                slot=slot,
                plateaued=rep.profile == "plateaued",
                as_of=as_of,
                profile=rep.profile or "",
            )
    return history


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, min(hour, 23), 0, tzinfo=dt.UTC)


def load_coaching_history(
    *,
    organization: Organization,
    data: OrgDataset,
    people: Mapping[str, Person],
    stages: Mapping[int, Stage],
) -> CoachingHistory:
    """Store the planted coaching history and the coaching guides of the demo process."""
    as_of = data.as_of or max(d.created_on for d in data.deals)
    history = plan_coaching_history(data, as_of=as_of)
    enablement = next((people[p.key] for p in data.people if p.role == "enablement"), None)
    guides_from = _at(as_of - dt.timedelta(days=HISTORY_DAYS + 30))
    CoachingGuide.objects.bulk_create(
        [
            CoachingGuide(
                organization=organization,
                stage=stages[2],
                version=1,
                questions=list(FIRST_INTERVIEW_GUIDE),
                edited_by=enablement,
                created_at=guides_from,
            ),
            *(
                CoachingGuide(
                    organization=organization,
                    stage=stages[order],
                    version=2 if order == 2 else 1,
                    questions=list(questions),
                    edited_by=enablement,
                    created_at=_at(as_of - dt.timedelta(days=60)) if order == 2 else guides_from,
                )
                for order, questions in GUIDE_QUESTIONS.items()
                if order in stages
            ),
        ]
    )
    sessions = CoachingSession.objects.bulk_create(
        [
            CoachingSession(
                organization=organization,
                manager=people[s.manager],
                rep=people[s.rep],
                kind="skill",
                scheduled_for=_at(s.on, s.hour),
                status="held" if s.held else "planned",
                held_at=_at(s.on, s.hour) if s.held else None,
                duration_min=s.duration_min if s.held else 0,
                outcomes=s.outcomes,
                conversations=list(s.conversations),
                # Planned the day before the demo's day at the latest: nothing is dated later.
                created_at=_at(min(s.on - dt.timedelta(days=2), as_of - dt.timedelta(days=1))),
            )
            for s in history.sessions
        ]
    )
    by_key = {plan.key: row for plan, row in zip(history.sessions, sessions, strict=True)}
    SessionNote.objects.bulk_create(
        [
            SessionNote(
                organization=organization,
                session=by_key[s.key],
                author=people[s.manager],
                visibility=visibility,
                text=text,
                created_at=_at(s.on, s.hour + 1),
                updated_at=_at(s.on, s.hour + 1),
            )
            for s in history.sessions
            for visibility, text in s.notes
        ]
    )
    Commitment.objects.bulk_create(
        [
            Commitment(
                organization=organization,
                session=by_key[c.session],
                rep=people[c.rep],
                owner=people[c.rep],
                text=c.text,
                due_on=c.due_on,
                status=c.status,
                followed_up_in=by_key[c.followed_up_in] if c.followed_up_in else None,
                created_at=by_key[c.session].scheduled_for,
            )
            for c in history.commitments
        ]
    )
    Goal.objects.bulk_create(
        [
            Goal(
                organization=organization,
                person=people[g.rep],
                kind="learning",
                title=g.title,
                why=g.why,
                practice=g.practice,
                measure=g.measure,
                period_start=g.agreed_on,
                period_end=g.agreed_on + dt.timedelta(days=90),
                agreed_on=g.agreed_on,
                created_at=_at(g.agreed_on),
            )
            for g in history.goals
        ]
    )
    return history


def prepare_upcoming_agendas(*, organization: Organization, as_of: dt.date) -> int:
    """Prepare the agenda of every planned session from the evidence now loaded (calls,
    deals, recommendations, shared self-assessments), as the manager would; returns how many."""
    planned = CoachingSession.objects.filter(
        organization=organization, status="planned"
    ).select_related("manager")
    for session in planned:
        refresh_agenda(viewer=viewer_for_person(session.manager), session=session, as_of=as_of)
    return len(planned)
