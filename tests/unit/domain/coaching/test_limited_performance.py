"""The Law of Limited Performance: a plateau plus a missing stretch, learning goal or session."""

from __future__ import annotations

import datetime as dt

import pytest

from salescoach.domain.coaching.limited_performance import (
    GoalRecord,
    MonthlyAttainment,
    flag_limited_performance,
    read_plateau,
)

D = dt.date
AS_OF = D(2026, 7, 15)  # complete months end with June; 12 weeks back is 22 April

PRIOR = [0.80, 0.85, 0.95, 0.80, 0.82, 0.78]  # Jul–Dec 2025, best 95%
FLAT = [0.80, 0.82, 0.78, 0.81, 0.79, 0.80]  # Jan–Jun 2026


def history(prior: list[float], recent: list[float]) -> list[MonthlyAttainment]:
    months = [D(2025, m, 1) for m in range(7, 13)][-len(prior) :] if prior else []
    months += [D(2026, m, 1) for m in range(1, 7)]
    return [MonthlyAttainment(m, a) for m, a in zip(months, [*prior, *recent], strict=True)]


STRETCH = GoalRecord("sales", D(2026, 6, 1), target=0.9, baseline=0.8)
LEARNING = GoalRecord("learning", D(2026, 5, 1))


def test_a_flat_run_below_the_earlier_best_is_a_plateau() -> None:
    reading = read_plateau(history(PRIOR, FLAT), as_of=AS_OF)
    assert reading.plateaued
    assert reading.months == 6
    # x = 0..5, mean 2.5; y deviations 0, .02, −.02, .01, −.01, 0 → Sxy = −0.03, Sxx = 17.5
    assert reading.slope_per_month == pytest.approx(-0.03 / 17.5)
    assert (reading.prior_best, reading.recent_best) == (0.95, 0.82)


def test_a_plateaued_rep_with_no_support_is_flagged_with_every_reason() -> None:
    flag = flag_limited_performance(history(PRIOR, FLAT), goals=[], session_dates=[], as_of=AS_OF)
    assert flag.flagged
    assert flag.reasons == (
        # mean of FLAT: 4.80 / 6 = 80%
        "results have been flat for 6 months (-0.2% a month, averaging 80% against an earlier "
        "best month of 95%)",
        "no stretch goal in the last 12 weeks",
        "no learning goal in the last 12 weeks",
        "no coaching session in the last 12 weeks",
    )
    assert flag.evidence["last_session_on"] is None
    assert flag.to_json()["flagged"] is True


def test_a_plateaued_rep_who_is_stretched_learning_and_coached_is_not_flagged() -> None:
    flag = flag_limited_performance(
        history(PRIOR, FLAT), goals=[STRETCH, LEARNING], session_dates=[D(2026, 7, 1)], as_of=AS_OF
    )
    assert not flag.flagged
    assert flag.reasons == ()
    assert flag.evidence["plateaued"] is True
    assert flag.evidence["last_session_on"] == "2026-07-01"


def test_one_missing_support_is_enough() -> None:
    flag = flag_limited_performance(
        history(PRIOR, FLAT),
        goals=[STRETCH, LEARNING],
        session_dates=[
            D(2026, 4, 1),
            D(2026, 8, 1),
        ],  # 1 April is older than 12 weeks; August is after as_of
        as_of=AS_OF,
    )
    assert flag.flagged
    assert flag.reasons[1:] == ("no coaching session in the last 12 weeks",)
    assert flag.evidence["last_session_on"] == "2026-04-01"


def test_a_lowered_sales_goal_is_named() -> None:
    lowered = [GoalRecord("sales", D(2026, 6, 1), target=0.7, baseline=0.8), LEARNING]
    flag = flag_limited_performance(
        history(PRIOR, FLAT), goals=lowered, session_dates=[D(2026, 7, 1)], as_of=AS_OF
    )
    assert flag.reasons[1:] == (
        "no stretch goal in the last 12 weeks (a sales goal was set below previous attainment)",
    )
    assert flag.evidence["lowered_goal"] is True


@pytest.mark.parametrize(
    ("prior", "recent", "why"),
    [
        (PRIOR, [0.60, 0.70, 0.80, 0.90, 1.00, 1.10], "climbing 10 points a month"),
        (PRIOR, [0.96, 0.95, 0.97, 0.96, 0.95, 0.96], "flat, but above the earlier best of 95%"),
        (PRIOR, [1.10, 1.00, 0.90, 0.80, 0.70, 0.60], "falling: a decline, not a plateau"),
        ([], FLAT, "no month before the window to compare with"),
    ],
)
def test_no_plateau_no_flag(prior: list[float], recent: list[float], why: str) -> None:
    flag = flag_limited_performance(history(prior, recent), goals=[], session_dates=[], as_of=AS_OF)
    assert not flag.flagged, why
    assert flag.reasons == ()


def test_the_current_month_is_not_complete_and_is_left_out() -> None:
    months = [*history(PRIOR, FLAT), MonthlyAttainment(D(2026, 7, 1), 2.0)]
    assert read_plateau(months, as_of=AS_OF).plateaued


def test_too_short_a_window_is_refused_and_a_short_history_reads_no_slope() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        read_plateau([], as_of=AS_OF, months=1)
    reading = read_plateau(history([], FLAT[:6]), as_of=AS_OF, months=7)
    assert (reading.plateaued, reading.months, reading.slope_per_month) == (False, 6, None)


@pytest.mark.parametrize(
    ("goal", "stretches", "lowered"),
    [
        (GoalRecord("sales", D(2026, 6, 1), target=0.9, baseline=0.8), True, False),
        (GoalRecord("sales", D(2026, 6, 1), target=0.8, baseline=0.8), False, False),
        (GoalRecord("sales", D(2026, 6, 1), target=0.7, baseline=0.8), False, True),
        (GoalRecord("sales", D(2026, 6, 1), target=0.9), False, False),
        (GoalRecord("learning", D(2026, 6, 1), target=0.9, baseline=0.8), False, False),
    ],
)
def test_what_counts_as_a_stretch(goal: GoalRecord, stretches: bool, lowered: bool) -> None:
    assert (goal.stretches, goal.lowered) == (stretches, lowered)


def test_a_noisy_but_level_run_is_a_plateau_once_the_noise_is_allowed_for() -> None:
    recent = [1.0, 0.0, 1.0, 0.0, 1.0, 0.0]
    # x = 0..5 (Sxx 17.5), y mean 0.5; Sxy = 0.5·(−2.5 + 1.5 − 0.5 − 0.5 + 1.5 − 2.5) = −1.5
    # slope = −1.5 / 17.5 = −0.0857; SSR = Syy − Sxy²/Sxx = 1.5 − 2.25/17.5 = 1.3714
    # standard error = sqrt(1.3714 / 4 / 17.5) = 0.1400; allowed: 0.02 + 2 × 0.1400 = 0.2999
    reading = read_plateau(history(PRIOR, recent), as_of=AS_OF)
    assert reading.slope_per_month == pytest.approx(-1.5 / 17.5)
    assert reading.slope_error == pytest.approx((1.371429 / 4 / 17.5) ** 0.5, rel=1e-5)
    assert reading.recent_mean == pytest.approx(0.5)
    assert reading.plateaued
    # Without the noise allowance |−0.0857| > 0.02: read as a fall, not a plateau.
    assert not read_plateau(history(PRIOR, recent), as_of=AS_OF, noise_z=0).plateaued


def test_one_lucky_month_does_not_end_a_plateau() -> None:
    recent = [0.80, 0.80, 0.80, 1.20, 0.80, 0.80]
    # best 120% beats the earlier best of 95%, but the mean 5.2 / 6 = 86.7% does not;
    # slope: Sxy = −0.0667·(−2.5 − 1.5 − 0.5 + 1.5 + 2.5) + 0.3333·0.5 = 0.2; 0.2 / 17.5 = 0.0114
    reading = read_plateau(history(PRIOR, recent), as_of=AS_OF)
    assert reading.recent_best == 1.20
    assert reading.recent_mean == pytest.approx(5.2 / 6)
    assert reading.slope_per_month == pytest.approx(0.2 / 17.5)
    assert reading.plateaued


def test_two_months_read_a_slope_without_an_error_estimate() -> None:
    # n = 2 leaves no degrees of freedom for the noise: the error is 0 and the bar is ±0.02.
    recent = [0.80, 0.82, 0.78, 0.81, 0.80, 0.81]  # the window is May and June: 0.80, 0.81
    reading = read_plateau(history(PRIOR, recent), as_of=AS_OF, months=2)
    assert reading.slope_error == 0.0
    assert reading.slope_per_month == pytest.approx(0.01)
    assert reading.plateaued


def test_the_same_figure_every_month_is_level_with_the_earlier_best_despite_float_rounding() -> (
    None
):
    # 0.8 six times: fmean gives 0.8000000000000002, which must still count as "no higher".
    reading = read_plateau(history([0.8] * 6, [0.8] * 6), as_of=AS_OF)
    assert reading.plateaued


def test_monthly_attainment_spreads_a_quarterly_quota_over_its_days() -> None:
    from decimal import Decimal

    from salescoach.domain.coaching.limited_performance import monthly_attainment

    # Q1 2026 quota 90,000 over 90 days (Jan 31 + Feb 28 + Mar 31): January's share is
    # 90,000 × 31/90 = 31,000, February's 28,000. Won 15,500 in January → 0.5; nothing in
    # February → 0.0; March not yet complete on 10 March → left out; December had no quota.
    won = [(D(2026, 1, 5), Decimal(10000)), (D(2026, 1, 20), Decimal(5500))]
    quotas = [(D(2026, 1, 1), D(2026, 3, 31), Decimal(90000))]
    months = monthly_attainment(won, quotas, as_of=D(2026, 3, 10), months=3)
    assert [(m.month, m.attainment) for m in months] == [
        (D(2026, 1, 1), pytest.approx(0.5)),
        (D(2026, 2, 1), 0.0),
    ]


def test_a_quota_in_force_is_a_sales_goal_that_stretches_only_when_raised() -> None:
    from decimal import Decimal

    from salescoach.domain.coaching.limited_performance import quota_goals

    as_of = D(2026, 7, 15)  # 12 weeks back: 22 April
    quotas = [
        (D(2026, 1, 1), D(2026, 3, 31), Decimal(60000)),  # ended before the window: ignored
        (D(2026, 4, 1), D(2026, 6, 30), Decimal(60000)),  # in force on 23 April; not raised
        (D(2026, 7, 1), D(2026, 7, 31), Decimal(21000)),  # monthly 21,000 > 60,000 / 3
    ]
    goals = quota_goals(quotas, as_of=as_of)
    assert [(g.set_on, g.target, g.baseline) for g in goals] == [
        (D(2026, 4, 23), 20000.0, 20000.0),  # set on clamps to the window's first day
        (D(2026, 7, 1), 21000.0, 20000.0),
    ]
    assert [g.stretches for g in goals] == [False, True]
