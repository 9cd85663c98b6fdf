"""The demo's learning goals and how each coached rep responds to theirs, as data.

A coaching manager agrees one learning goal with each rep they coach, in the session held about
eight weeks before the demo's date. From that day the rep's evidence for the goal's figure
changes by a planted amount: the rep's `response`, 1.0 for the full change, 0 for none, below 0
for a change the wrong way. Both the generator (deals, calendar, calls after the agreement) and
the coaching history (the goal itself, and whether the rep keeps their commitments) read it from
here, so the two always tell the same story.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salescoach.demo.profiles import MANAGER_STYLES, TEAM_MANAGER_STYLES, TEAM_PROFILES

HISTORY_DAYS = 182  # half a year of coaching sessions
AGREED_DAYS_BEFORE = 56  # goals are agreed in the session nearest eight weeks before the demo date
RAMP_DAYS = 21  # a new habit takes about three weeks to show on every call or deal


@dataclass(frozen=True)
class LearningGoalText:
    title: str
    why: str
    practice: str
    measure: str  # the diagnosis figure the goal is read on (a key of the diagnosis METRICS)


LEARNING_GOALS: dict[str, LearningGoalText] = {
    "discovery": LearningGoalText(
        "Listen more in discovery",
        "On recent discovery calls the rep spoke for about half of the time before presenting.",
        "Three open questions before any slide; review one recorded call every two weeks.",
        "discovery_rep_talk_share",
    ),
    "need_first": LearningGoalText(
        "Let the customer name the need before presenting",
        "On almost every recorded call the product came up before the customer had said what "
        "they need.",
        "No slide until the customer has named a problem in their own words; agree the agenda "
        "first. Review one recorded call every two weeks.",
        "pitch_before_need_share",
    ),
    "decision": LearningGoalText(
        "Navigate the customer's decision process",
        "Late-stage deals slip away where the prospect decides.",
        "Map who decides, how and by when for every deal past the demonstration.",
        "decide_win_rate",
    ),
    "customer_time": LearningGoalText(
        "Protect customer-facing time",
        "The week is broken into short internal slots.",
        "Two prospecting mornings a week (Tuesday and Thursday), kept like customer meetings.",
        "customer_hours_per_week",
    ),
}

# Per team (in the order of TEAM_PROFILES) and slot: the goal agreed with the rep and how the
# rep responds to it. The fortnightly coach's reps mostly make the full change; the three-weekly
# coach's reps change by half, stay where they were, or (one rep, who drops the commitments they
# make after the goal) drift the wrong way. The numbers-only manager agrees no learning goals,
# and the plateaued rep of the second team has not been coached for months.
PLANTED_GOALS: tuple[dict[int, tuple[str, float]], ...] = (
    {
        0: ("customer_time", 1.0),  # strong discoverer: wants more room for prospecting
        1: ("need_first", 1.0),  # early pitcher
        2: ("decision", 1.0),  # decision-stage loser
        3: ("discovery", 1.0),
        4: ("customer_time", 1.0),
        5: ("discovery", 0.5),
        6: ("discovery", 1.0),  # new hire
        7: ("decision", 0.0),
    },
    {
        0: ("customer_time", 0.5),  # fragmented calendar
        2: ("decision", 0.5),  # strong discoverer
        3: ("discovery", 0.0),
        4: ("customer_time", 0.5),
        5: ("discovery", 0.5),  # poor qualifier
        6: ("discovery", -1.0),
        7: ("customer_time", 0.0),
    },
    {},
)


@dataclass(frozen=True)
class PlantedGoal:
    """One rep's learning goal: which, agreed when, and how the rep's figure responds."""

    goal: str  # key of LEARNING_GOALS
    agreed_on: dt.date
    response: float

    @property
    def text(self) -> LearningGoalText:
        return LEARNING_GOALS[self.goal]

    @property
    def measure(self) -> str:
        return self.text.measure

    def strength(self, day: dt.date) -> float:
        """How much of the planted change shows on `day`: 0 up to the agreement, then growing
        over RAMP_DAYS to the full response."""
        if day <= self.agreed_on:
            return 0.0
        return self.response * min(1.0, (day - self.agreed_on).days / RAMP_DAYS)


def session_days_back(*, team_index: int, slot: int, as_of: dt.date) -> list[int]:
    """How many days before `as_of` the manager of team `team_index` meets the rep in `slot`
    (regular sessions over the last half year; the plateaued rep's rare one is not here)."""
    style = MANAGER_STYLES[TEAM_MANAGER_STYLES[team_index % len(TEAM_MANAGER_STYLES)]]
    return list(range(1 + (slot * 3) % style.cadence_days, HISTORY_DAYS, style.cadence_days))


def planted_goal(*, team_index: int, slot: int, profile: str, as_of: dt.date) -> PlantedGoal | None:
    """The learning goal of the rep in `slot` of team `team_index`, if their manager agreed one."""
    style = MANAGER_STYLES[TEAM_MANAGER_STYLES[team_index % len(TEAM_MANAGER_STYLES)]]
    if not style.learning_goals:
        return None
    if profile == "plateaued" and style.plateaued_gap_days is not None:
        return None
    team_plan = TEAM_PROFILES[team_index % len(TEAM_PROFILES)]
    plan = PLANTED_GOALS[team_index % len(TEAM_PROFILES)].get(slot % len(team_plan))
    if plan is None:
        return None
    goal, response = plan
    back = min(
        session_days_back(team_index=team_index, slot=slot, as_of=as_of),
        key=lambda days: (abs(days - AGREED_DAYS_BEFORE), days),
    )
    return PlantedGoal(goal, as_of - dt.timedelta(days=back), response)
