"""Coaching quality on a small hand-made team: cadence, time, follow-up, focus, conversations."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salescoach.domain.coaching.quality import (
    CommitmentRecord,
    SessionRecord,
    classify_coaching_focus,
    coaching_quality,
    longest_gap_days,
    read_coaching_focus,
)

D = dt.date
AS_OF = D(2026, 3, 31)  # window of 90 days: 31 Dec 2025 (excluded) to 31 Mar 2026
ALL = frozenset({"customers", "themselves", "coach"})


def session(
    sid: str, manager: str, rep: str, held_on: dt.date, minutes: int, **kw
) -> SessionRecord:
    return SessionRecord(sid, manager, rep, held_on, minutes, kw.pop("kind", "skill"), **kw)


SESSIONS = [
    session("S0", "ann", "bob", D(2025, 12, 15), 60),  # before the window
    session("S1", "ann", "bob", D(2026, 1, 10), 60, agenda_items=("Practise discovery questions",),
            conversations_covered=ALL),
    session("S2", "ann", "bob", D(2026, 2, 20), 30, kind="opportunity",
            agenda_items=("What's your forecast?",), notes_text="How will you make quota?",
            conversations_covered=frozenset({"customers"})),
    session("S3", "ann", "cat", D(2026, 3, 1), 45, kind="opportunity",
            agenda_items=("Close the gap",),
            conversations_covered=frozenset({"customers", "coach"})),
    session("S4", "dan", "eve", D(2026, 3, 15), 45,
            notes_text="Role-played the objection about price.", conversations_covered=ALL),
    session("S5", "ann", "bob", D(2026, 4, 5), 60),  # after as_of: not counted
]  # fmt: skip
COMMITMENTS = [
    CommitmentRecord("bob", D(2026, 1, 5), "done", "S0", "S1", "C0"),  # due, reviewed later
    CommitmentRecord("bob", D(2026, 2, 1), "open", "S1", None, "C1"),  # due, never reviewed
    CommitmentRecord("cat", D(2026, 3, 20), "done", "S3", "S3", "C2"),  # due, same session only
    CommitmentRecord("eve", D(2026, 4, 10), "open", "S4", None, "C3"),  # not yet due
    CommitmentRecord("bob", D(2026, 3, 31), "open", "S2", None, "C4"),  # due on as_of: not before
]
TEAM = {"ann": ["bob", "cat", "fay"], "dan": ["eve"]}


@pytest.fixture(scope="module")
def quality():
    return coaching_quality(SESSIONS, COMMITMENTS, as_of=AS_OF, window_days=90, team=TEAM)


def test_the_organisation_figures_by_hand(quality) -> None:
    overall = quality.overall
    assert overall.sessions == 4  # S1–S4
    assert overall.reps == 4  # bob, cat, fay (never coached), eve
    assert overall.sessions_per_rep_month == pytest.approx(4 / 4 / 3)  # 90 days = 3 months
    # fay had no session in the 90 days; bob's longest gap is 41 (10 Jan → 20 Feb)
    assert overall.longest_gap_days == 90
    assert overall.hours == pytest.approx(3.0)  # (60 + 30 + 45 + 45) / 60
    assert overall.hours_per_week == pytest.approx(3.0 / (90 / 7))
    assert (overall.commitments_due, overall.commitments_followed_up) == (3, 1)  # C0, C1, C2
    assert overall.follow_up_rate == pytest.approx(1 / 3)
    assert overall.behaviour_sessions == 2  # S1 (practise, discovery) and S4 (role play)
    assert overall.behaviour_share == pytest.approx(0.5)
    assert overall.conversation_shares == {"customers": 1.0, "themselves": 0.5, "coach": 0.75}
    assert overall.all_three_share == pytest.approx(0.5)  # S1 and S4
    assert overall.sessions_by_kind == {"opportunity": 2, "skill": 2}
    assert quality.session_focus == {
        "S1": "behaviour", "S2": "results", "S3": "results", "S4": "behaviour",
    }  # fmt: skip


def test_per_manager_figures_by_hand(quality) -> None:
    ann, dan = quality.by_manager["ann"], quality.by_manager["dan"]
    assert (ann.sessions, ann.reps) == (3, 3)
    assert ann.sessions_per_rep_month == pytest.approx(3 / 3 / 3)
    assert ann.longest_gap_days == 90  # fay
    assert ann.hours == pytest.approx(2.25)  # (60 + 30 + 45) / 60
    assert ann.follow_up_rate == pytest.approx(1 / 3)
    assert ann.behaviour_share == pytest.approx(1 / 3)
    assert (dan.sessions, dan.reps, dan.longest_gap_days) == (1, 1, 74)  # 31 Dec → 15 Mar
    assert dan.follow_up_rate is None  # nothing of eve's was due yet
    assert dan.behaviour_share == 1.0


def test_per_rep_figures_by_hand(quality) -> None:
    bob, fay = quality.by_rep["bob"], quality.by_rep["fay"]
    assert bob.sessions == 2
    assert bob.sessions_per_rep_month == pytest.approx(2 / 3)
    assert bob.longest_gap_days == 41  # gaps 10, 41, 39
    assert bob.follow_up_rate == pytest.approx(0.5)  # C0 reviewed, C1 not
    assert (fay.sessions, fay.hours, fay.longest_gap_days) == (0, 0.0, 90)
    assert fay.behaviour_share is None
    assert fay.conversation_shares == {}
    assert quality.by_rep["cat"].longest_gap_days == 60  # 31 Dec → 1 Mar
    assert set(quality.by_rep) == {"bob", "cat", "eve", "fay"}


def test_without_a_roster_the_reps_are_those_coached() -> None:
    quality = coaching_quality(SESSIONS, COMMITMENTS, as_of=AS_OF)
    assert quality.overall.reps == 3
    assert quality.overall.sessions_per_rep_month == pytest.approx(4 / 3 / 3)
    assert quality.overall.longest_gap_days == 74  # eve


def test_to_json_rounds_and_names_everything(quality) -> None:
    data = quality.to_json()
    assert data["as_of"] == "2026-03-31"
    assert data["rules_version"] == "focus-1"
    assert data["overall"]["follow_up_rate"] == 0.333
    assert data["by_rep"]["fay"]["behaviour_share"] is None
    assert data["by_manager"]["dan"]["longest_gap_days"] == 74


def test_an_empty_record_has_no_rates() -> None:
    quality = coaching_quality([], [], as_of=AS_OF)
    assert quality.overall.reps == 0
    assert quality.overall.sessions_per_rep_month is None
    assert quality.overall.longest_gap_days is None
    assert quality.overall.follow_up_rate is None
    assert quality.by_manager == {}


def test_a_commitment_from_an_unknown_session_is_refused() -> None:
    orphan = CommitmentRecord("bob", D(2026, 1, 5), "open", "S99", commitment_id="C9")
    with pytest.raises(ValueError, match="commitment 'C9' refers to an unknown session 'S99'"):
        coaching_quality(SESSIONS, [orphan], as_of=AS_OF)
    with pytest.raises(ValueError, match="window_days"):
        coaching_quality(SESSIONS, [], as_of=AS_OF, window_days=0)


def test_the_longest_gap_counts_the_open_ends() -> None:
    start, end = D(2026, 1, 1), D(2026, 1, 31)
    assert longest_gap_days([], window_start=start, as_of=end) == 30
    assert longest_gap_days([D(2026, 1, 5)], window_start=start, as_of=end) == 26
    assert longest_gap_days([D(2026, 1, 20), D(2026, 1, 20)], window_start=start, as_of=end) == 19


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("What's your forecast this week?", "results"),
        ("What’s your forecast?", "results"),
        ("How will you make quota this month?", "results"),
        ("Close the gap.", "results"),
        ("I need you to increase your pipeline.", "results"),
        ("", "results"),
        ("Catch-up.", "results"),
        ("How did the call with Acme go?", "behaviour"),
        ("Let's role-play the pricing objection.", "behaviour"),
        ("Practising open questions for discovery.", "behaviour"),
        ("Forecast review, then we practised the close.", "behaviour"),
        ("Agreed specific actions: send the recap by Friday.", "behaviour"),
        ("Pre-call plan for Globex.", "behaviour"),
        ("Block time for prospecting on Tuesday mornings.", "behaviour"),
    ],
)
def test_the_focus_rules(text: str, focus: str) -> None:
    assert classify_coaching_focus(text) == focus


def test_the_reading_lists_the_cues_that_decided() -> None:
    reading = read_coaching_focus("Forecast review, then we practised the discovery questions.")
    assert reading.focus == "behaviour"
    assert reading.behaviour_cues == ("discovery", "practis")
    assert reading.results_cues == ("forecast",)


dates = st.dates(min_value=D(2025, 10, 1), max_value=D(2026, 4, 30))
people = st.sampled_from(["a", "b", "c"])
conversations = st.frozensets(st.sampled_from(["customers", "themselves", "coach", "other"]))


@st.composite
def records(draw: st.DrawFn) -> tuple[list[SessionRecord], list[CommitmentRecord]]:
    n = draw(st.integers(min_value=0, max_value=8))
    sessions = [
        SessionRecord(
            f"S{i}", draw(people), draw(people), draw(dates), draw(st.integers(0, 240)),
            draw(st.sampled_from(["opportunity", "skill"])),
            notes_text=draw(st.sampled_from(["", "practise discovery", "forecast"])),
            conversations_covered=draw(conversations),
        )
        for i in range(n)
    ]  # fmt: skip
    ids = [s.session_id for s in sessions]
    commitments = [
        CommitmentRecord(
            draw(people), draw(dates), draw(st.sampled_from(["open", "done", "dropped"])),
            draw(st.sampled_from(ids)), draw(st.none() | st.sampled_from(ids)),
        )
        for _ in range(draw(st.integers(0, 6) if ids else st.just(0)))
    ]  # fmt: skip
    return sessions, commitments


@settings(max_examples=150)
@given(data=records(), window=st.integers(min_value=1, max_value=200))
def test_rates_stay_in_0_1_and_gaps_within_the_window(
    data: tuple[list[SessionRecord], list[CommitmentRecord]], window: int
) -> None:
    quality = coaching_quality(*data, as_of=AS_OF, window_days=window)
    for figures in [quality.overall, *quality.by_manager.values(), *quality.by_rep.values()]:
        for rate in (figures.follow_up_rate, figures.behaviour_share, figures.all_three_share):
            assert rate is None or 0.0 <= rate <= 1.0
        assert all(0.0 <= share <= 1.0 for share in figures.conversation_shares.values())
        assert figures.longest_gap_days is None or 0 <= figures.longest_gap_days <= window
        assert figures.hours >= 0.0
        assert figures.commitments_followed_up <= figures.commitments_due
