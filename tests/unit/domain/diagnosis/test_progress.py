"""A learning goal's figure: which way is better, whether it moved that way, and how much
evidence stands behind each reading."""

from __future__ import annotations

import datetime as dt

import pytest

from salescoach.domain.diagnosis.evidence import (
    CallFigures,
    DealFigures,
    RepEvidence,
    TimeFigures,
    build_rep_evidence,
)
from salescoach.domain.diagnosis.progress import (
    PROGRESS_SAMPLES,
    SAMPLE_NOUNS,
    GoalProgress,
    ProgressWindows,
    Reading,
    area_of,
    better_when,
    evidence_kind,
    measure_progress,
    read_figure,
    withhold_progress,
)
from salescoach.domain.diagnosis.recommend import METRICS, SAMPLES
from tests.unit.domain.pipeline.builders import STAGES, activity

AGREED = dt.date(2026, 6, 1)
LATER = dt.date(2026, 8, 24)


def test_better_is_the_opposite_of_what_the_rules_call_worse() -> None:
    # The needs-discovery rule calls a high discovery talk share worse, so lower is better;
    # the priority rule calls few customer hours worse, so higher is better.
    assert better_when("discovery_rep_talk_share") == "lower"
    assert better_when("customer_hours_per_week") == "higher"
    assert better_when("no_such_figure") is None


def test_a_goals_figure_names_the_area_it_works_on() -> None:
    # The needs-discovery rule reads discovery talk share and pitch before need; the priority
    # rule reads customer hours.
    assert area_of("discovery_rep_talk_share") == "needs_discovery"
    assert area_of("pitch_before_need_share") == "needs_discovery"
    assert area_of("customer_hours_per_week") == "priority_management"
    assert area_of("no_such_figure") is None


def _reading(value: float | None, on: dt.date = AGREED) -> Reading:
    return Reading(on, value, 10, 5)


@pytest.mark.parametrize(
    ("start", "now", "better", "expected"),
    [
        (0.45, 0.31, "lower", "better"),  # talked less in discovery
        (0.31, 0.45, "lower", "worse"),
        (8.0, 11.5, "higher", "better"),  # more customer hours
        (11.5, 8.0, "higher", "worse"),
        (0.3, 0.3, "lower", "unchanged"),
        (None, 0.3, "lower", None),  # no reading when it was agreed
        (0.3, None, "lower", None),
        (0.3, 0.2, None, None),  # a figure no rule reads has no better direction
    ],
)
def test_direction(
    start: float | None, now: float | None, better: str | None, expected: str | None
) -> None:
    progress = GoalProgress(
        "m",
        "label",
        "share",
        _reading(start),
        _reading(now, LATER),
        better,  # type: ignore[arg-type]
    )
    assert progress.direction == expected


def test_before_a_second_reading_there_is_no_now_and_no_direction() -> None:
    progress = GoalProgress("m", "label", "share", _reading(0.4), None, "lower")
    assert (progress.at_start, progress.now, progress.direction) == (0.4, None, None)
    assert not progress.short_of_evidence


def _deals(won: int, lost: int, lost_in_validate: int) -> RepEvidence:
    by_phase = {"validate": lost_in_validate, "interview": lost - lost_in_validate}
    return RepEvidence("ana@acme.test", DealFigures(won, lost, 0, lost_by_phase=by_phase))


def test_a_reading_with_the_rules_minimum_shows_the_figure_and_its_evidence() -> None:
    # Eight lost deals, the rule's minimum for the share lost while deciding: 6 of 8 = 0.75.
    reading = read_figure("loss_share_decide", _deals(3, 8, 6), on=AGREED)
    assert reading == Reading(AGREED, 0.75, 8, 8, ("lost deal", "lost deals"))
    assert reading.enough
    assert reading.evidence_text == "8 lost deals"


def test_a_reading_below_the_minimum_has_no_value() -> None:
    # Seven lost deals: 6 of 7 would read 0.86, but one deal moves it by 14 points.
    reading = read_figure("loss_share_decide", _deals(3, 7, 6), on=AGREED)
    assert (reading.value, reading.evidence, reading.needed) == (None, 7, 8)
    assert not reading.enough
    assert reading.evidence_text == "7 lost deals"


def test_no_evidence_at_all_reads_as_none_of_the_sample() -> None:
    reading = read_figure("discovery_rep_talk_share", None, on=AGREED)
    assert (reading.value, reading.evidence, reading.needed) == (None, 0, 5)
    assert reading.evidence_text == "0 analysed sales calls"


def test_one_unit_of_evidence_is_named_in_the_singular() -> None:
    calls = RepEvidence("ana", DealFigures(0, 0, 0), calls=CallFigures(1, rep_talk_share=0.4))
    reading = read_figure("questions_per_call", calls, on=AGREED)
    assert reading.evidence_text == "1 analysed sales call"
    assert reading.value is None  # needs 5 calls


def test_a_figure_no_rule_reads_needs_no_minimum() -> None:
    calls = RepEvidence("ana", DealFigures(0, 0, 0), calls=CallFigures(1, questions_per_call=7.0))
    reading = read_figure("questions_per_call", calls, on=AGREED, rules=())
    assert (reading.value, reading.evidence, reading.needed, reading.evidence_text) == (
        7.0,
        0,
        0,
        "",
    )


def _time(weeks_with_activity: int) -> RepEvidence:
    time = TimeFigures(12, 10.0, 0.1, weeks_with_activity)
    return RepEvidence("ana", DealFigures(0, 0, 0), time=time)


@pytest.mark.parametrize(
    ("weeks", "enough", "text"),
    [
        (1, False, "1 week with activity records"),
        (8, False, "8 weeks with activity records"),  # one short of 9
        (9, True, "9 weeks with activity records"),  # three quarters of the 12-week window
        (12, True, "12 weeks with activity records"),
    ],
)
def test_a_time_figure_counts_the_weeks_that_hold_activity_and_needs_nine_of_twelve(
    weeks: int, enough: bool, text: str
) -> None:
    hours = read_figure("customer_hours_per_week", _time(weeks), on=AGREED)
    fragments = read_figure("fragmentation", _time(weeks), on=AGREED)
    for reading in (hours, fragments):
        assert (reading.evidence, reading.needed, reading.enough) == (weeks, 9, enough)
        assert reading.evidence_text == text
    assert (hours.value, fragments.value) == ((10.0, 0.1) if enough else (None, None))


def test_one_week_of_meetings_is_one_week_of_evidence_not_the_whole_window() -> None:
    # One 60-minute meeting on 20 May in the 12 weeks up to 1 Jun: the window is 12 weeks long,
    # but only one of its weeks holds a record. It would read 1 h / 12 weeks = 0.08 h a week.
    evidence = build_rep_evidence(
        "ana@acme.test",
        deals=[],
        stage_changes=[],
        activities=[activity("2026-05-20T10:00", 60)],
        stages=STAGES,
        as_of=AGREED,
    )
    reading = read_figure("customer_hours_per_week", evidence, on=AGREED)
    assert (reading.value, reading.evidence, reading.needed, reading.enough) == (None, 1, 9, False)


def test_nine_weekly_meetings_are_read_over_the_whole_window() -> None:
    # A 60-minute meeting in each of the last nine weeks up to Mon 1 Jun (1 Jun, 25 May, …,
    # 6 Apr): 9 weeks with records, the minimum; 9 h over the 12-week window = 0.75 h a week.
    meetings = [activity(f"{AGREED - dt.timedelta(weeks=k)}T10:00", 60) for k in range(9)]
    evidence = build_rep_evidence(
        "ana@acme.test",
        deals=[],
        stage_changes=[],
        activities=meetings,
        stages=STAGES,
        as_of=AGREED,
    )
    reading = read_figure("customer_hours_per_week", evidence, on=AGREED)
    assert (reading.value, reading.evidence, reading.enough) == (0.75, 9, True)


def test_the_least_evidence_of_a_time_figure_follows_its_window() -> None:
    # ceil(12 × 0.75) = 9; ceil(8 × 0.75) = 6; ceil(12 × 0.25) = 3, below the rule's own 4.
    assert ProgressWindows().needed("weeks", 4) == 9
    assert ProgressWindows(activity_weeks=8).needed("weeks", 4) == 6
    assert ProgressWindows(activity_weeks_share_needed=0.25).needed("weeks", 4) == 4
    # Other evidence keeps the rule's minimum.
    assert ProgressWindows().needed("calls", 5) == 5
    assert ProgressWindows().needed("lost_deals", 8) == 8
    reading = read_figure(
        "customer_hours_per_week", _time(6), on=AGREED, windows=ProgressWindows(activity_weeks=8)
    )
    assert (reading.value, reading.needed) == (10.0, 6)


def test_every_diagnosis_figure_names_its_evidence_and_window() -> None:
    windows = ProgressWindows()
    for metric in METRICS:
        kind = evidence_kind(metric)
        assert kind is not None, metric
        assert windows.describe(kind).endswith("up to each date")
    assert set(SAMPLE_NOUNS) == set(SAMPLES) == set(PROGRESS_SAMPLES)
    assert evidence_kind("no_such_figure") is None


def test_windows_count_both_ends() -> None:
    windows = ProgressWindows(deals_days=180, calls_days=90, assessments_days=30)
    # 180 days ending on 30 Jun 2026: 2 Jan … 30 Jun (30 + 28 + 31 + 30 + 31 + 30 = 180).
    assert windows.since("deals", dt.date(2026, 6, 30)) == dt.date(2026, 1, 2)
    # 90 days ending on 1 Jun: 4 Mar … 1 Jun (28 + 30 + 31 + 1 = 90).
    assert windows.since("calls", dt.date(2026, 6, 1)) == dt.date(2026, 3, 4)
    assert windows.since("assessments", dt.date(2026, 6, 1)) == dt.date(2026, 5, 3)
    assert windows.since("activities", dt.date(2026, 6, 1)) is None
    assert windows.since("results", dt.date(2026, 6, 1)) is None
    assert windows.describe("deals") == "deals closed in the 180 days up to each date"
    assert windows.describe("activities") == "activities in the 12 weeks up to each date"


def test_progress_from_two_readings_names_the_figure_and_the_window() -> None:
    start = read_figure("loss_share_decide", _deals(3, 8, 6), on=AGREED)
    end = read_figure("loss_share_decide", _deals(5, 8, 2), on=LATER)
    progress = measure_progress("loss_share_decide", start=start, end=end)
    assert progress.label == METRICS["loss_share_decide"].label
    assert (progress.unit, progress.better) == ("share", "lower")
    # 6 of 8 lost while deciding, then 2 of 8: lower is better.
    assert (progress.at_start, progress.now, progress.direction) == (0.75, 0.25, "better")
    assert progress.window == "deals closed in the 180 days up to each date"
    assert not progress.short_of_evidence


def test_progress_with_a_thin_reading_says_so_and_takes_no_direction() -> None:
    start = read_figure("loss_share_decide", _deals(3, 8, 6), on=AGREED)
    thin = read_figure("loss_share_decide", _deals(5, 3, 0), on=LATER)
    progress = measure_progress("loss_share_decide", start=start, end=thin)
    assert (progress.at_start, progress.now, progress.direction) == (0.75, None, None)
    assert progress.short_of_evidence
    no_rules = measure_progress("questions_per_call", start=start, end=None, rules=())
    assert (no_rules.window, no_rules.better) == ("", None)


def test_withheld_progress_names_the_figure_and_why_but_holds_no_reading() -> None:
    progress = withhold_progress("self_belief", reason="not shared")
    assert (progress.label, progress.unit, progress.better) == (
        "self-belief score",
        "points (0-100)",
        "higher",
    )
    assert progress.window == "self-assessments in the 180 days up to each date"
    assert (progress.start, progress.end, progress.withheld) == (None, None, "not shared")
    assert (progress.at_start, progress.now, progress.direction) == (None, None, None)
    assert not progress.short_of_evidence  # nothing is read, so nothing is short
    no_rules = withhold_progress("questions_per_call", reason="not shared", rules=())
    assert (no_rules.window, no_rules.better) == ("", None)


def test_progress_read_from_the_evidence_is_not_withheld() -> None:
    start = read_figure("loss_share_decide", _deals(3, 8, 6), on=AGREED)
    assert measure_progress("loss_share_decide", start=start, end=None).withheld == ""
