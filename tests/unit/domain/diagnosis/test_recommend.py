"""The diagnosis on hand-made evidence: each rule, the minimum samples, confidence, gaps."""

from __future__ import annotations

import dataclasses

import pytest

from salescoach.domain.diagnosis.evidence import (
    CallFigures,
    DealFigures,
    MindsetFigures,
    RepEvidence,
    TimeFigures,
)
from salescoach.domain.diagnosis.recommend import (
    diagnose,
    diagnose_rep,
    find_missing_evidence,
    withheld_areas,
)
from salescoach.domain.diagnosis.rules import AREAS, DEFAULT_RULES, Rule, Signal

# A steady rep: 20 won, 10 lost (3 while deciding), 2 died early, 15 of 20 decided deals won.
STEADY_DEALS = DealFigures(
    won=20,
    lost=10,
    open=5,
    lost_by_phase={"validate": 2, "negotiate": 1, "interview": 2, "demonstrate": 5},
    died_early=2,
    decided=20,
    decide_won=15,
    results=(("2026-Q1", 100), ("2026-Q2", 110), ("2026-Q3", 120), ("2026-Q4", 130)),  # type: ignore[arg-type]
)
STEADY_CALLS = CallFigures(
    n_calls=10,
    rep_talk_share=0.45,
    discovery_rep_talk_share=0.25,
    questions_per_call=12.0,
    paraphrases_per_call=3.0,
    longest_customer_story_s=180.0,
    pitch_before_need_share=0.1,
    all_checkpoints_share=0.6,
)
STEADY_TIME = TimeFigures(
    weeks=12, customer_hours_per_week=15.0, fragmentation=0.1, weeks_with_activity=12
)
STEADY_MIND = MindsetFigures(self_belief=75.0, trend=0.0, assessments=2)


def rep(person: str, **changes: object) -> RepEvidence:
    base = RepEvidence(person, STEADY_DEALS, STEADY_TIME, STEADY_CALLS, STEADY_MIND)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def peers(n: int = 4, **changes: object) -> list[RepEvidence]:
    """Steady peers whose figures differ a little, so the spread is not zero."""
    out = []
    for i in range(n):
        calls = dataclasses.replace(STEADY_CALLS, questions_per_call=11.0 + i)
        out.append(rep(f"peer{i}@acme.test", calls=calls, **changes))
    return out


def areas(found: tuple[object, ...]) -> list[str]:
    return [r.area for r in found]  # type: ignore[attr-defined]


def test_a_rep_like_the_team_gets_no_recommendation() -> None:
    team = peers()
    assert diagnose(rep("ana@acme.test"), team=team, org=team) == ()


def test_losses_at_the_deciding_stages_point_to_the_decision_process() -> None:
    # 8 of 10 lost while deciding (0.8 vs 0.3: ≥ 0.3 × 1.3 and 0.5 above);
    # 6 of 20 decided deals won (0.3 vs 0.75: ≤ 0.75 × 0.8 and 0.45 below).
    deals = dataclasses.replace(
        STEADY_DEALS, lost_by_phase={"validate": 5, "negotiate": 3, "interview": 2}, decide_won=6
    )
    team = peers()
    (found,) = diagnose(rep("ana@acme.test", deals=deals), team=team, org=team)
    assert found.area == "decision_process"
    share, rate = found.evidence
    assert (share.value, share.team_median, share.holds) == (0.8, 0.3, True)
    assert (rate.value, rate.org_median, rate.holds) == (0.3, 0.75, True)
    # Peers do not differ on these figures (spread 0) → effect 1; samples: 10 lost / 8 and
    # 20 decided / 8 → r = 1.25. Confidence = 0.5 × 1.25 / 2.25 + 0.5 × 1 = 0.78.
    assert found.confidence == 0.78
    assert found.to_json()["evidence"][0]["metric"] == "loss_share_decide"


def test_no_recommendation_from_too_few_deals() -> None:
    # Same pattern from 3 lost deals: below the minimum of 8, so nothing is said.
    deals = dataclasses.replace(
        STEADY_DEALS,
        won=1,
        lost=3,
        lost_by_phase={"validate": 3},
        decided=4,
        decide_won=1,
    )
    team = peers()
    assert diagnose(rep("ana@acme.test", deals=deals), team=team, org=team) == ()
    missing = find_missing_evidence(rep("ana@acme.test", deals=deals), team=team, org=team)
    assert any("3 lost_deals, needs 8" in m for m in missing)


@pytest.mark.parametrize(
    ("changes", "area"),
    [
        # Talks 45% of discovery (vs 25%), 5 questions (vs ~12.5), pitches first on 60%.
        (
            {
                "discovery_rep_talk_share": 0.45,
                "questions_per_call": 5.0,
                "pitch_before_need_share": 0.6,
            },
            "needs_discovery",
        ),
        # 0.5 paraphrases (vs 3) and 60-second stories (vs 180).
        ({"paraphrases_per_call": 0.5, "longest_customer_story_s": 60.0}, "empathy"),
        # All four checkpoints on 10% of calls (vs 60%).
        ({"all_checkpoints_share": 0.1}, "qualification"),
    ],
)
def test_call_patterns_point_to_their_areas(changes: dict[str, float], area: str) -> None:
    calls = dataclasses.replace(STEADY_CALLS, **changes)  # type: ignore[arg-type]
    team = peers()
    assert areas(diagnose(rep("ana@acme.test", calls=calls), team=team, org=team)) == [area]


def test_deals_dying_early_point_to_qualification() -> None:
    # 9 of 30 closed deals died early (0.3) vs 2 of 30 (0.067) for peers.
    deals = dataclasses.replace(STEADY_DEALS, died_early=9)
    team = peers()
    assert areas(diagnose(rep("ana@acme.test", deals=deals), team=team, org=team)) == [
        "qualification"
    ]


def test_little_and_fragmented_selling_time_points_to_priority_management() -> None:
    # 6 h/week (vs 15: ≤ 11.25 and 9 h below) and 40% fragments (vs 10%).
    time = TimeFigures(
        weeks=12, customer_hours_per_week=6.0, fragmentation=0.4, weeks_with_activity=12
    )
    team = peers()
    assert areas(diagnose(rep("ana@acme.test", time=time), team=team, org=team)) == [
        "priority_management"
    ]
    # Only one of the two signals: no recommendation.
    half = TimeFigures(
        weeks=12, customer_hours_per_week=6.0, fragmentation=0.1, weeks_with_activity=12
    )
    assert diagnose(rep("ana@acme.test", time=half), team=team, org=team) == ()


def test_time_is_judged_only_on_a_calendar_that_fills_most_of_the_window() -> None:
    # The same 6 h/week and 40% fragments, from records in 8 of the 12 weeks: a calendar kept
    # for part of the window reads low, so nothing is judged (ceil(12 × 0.75) = 9 weeks needed).
    sparse = TimeFigures(
        weeks=12, customer_hours_per_week=6.0, fragmentation=0.4, weeks_with_activity=8
    )
    team = peers()
    ana = rep("ana@acme.test", time=sparse)
    assert diagnose(ana, team=team, org=team) == ()
    assert "priority_management: customer-facing hours per week: 8 weeks, needs 9" in (
        find_missing_evidence(ana, team=team, org=team)
    )
    # With 9 weeks it is judged; confidence uses 9/9: 0.5 × 1/2 + 0.5 × effect.
    enough = dataclasses.replace(sparse, weeks_with_activity=9)
    (found,) = diagnose(rep("ana@acme.test", time=enough), team=team, org=team)
    assert found.area == "priority_management"
    assert {item.sample for item in found.evidence} == {9}
    # Peers with a sparse calendar are no reference: with two of four left, too few peers.
    mixed = peers(2) + peers(2, time=sparse)
    assert diagnose(rep("ana@acme.test", time=enough), team=mixed, org=mixed) == ()


def test_flat_results_and_low_self_belief_point_to_achievement_drive() -> None:
    flat = dataclasses.replace(
        STEADY_DEALS,
        results=(("Q1", 100), ("Q2", 100), ("Q3", 100), ("Q4", 100)),  # type: ignore[arg-type]
    )
    mind = MindsetFigures(self_belief=45.0, trend=-5.0, assessments=2)
    team = peers()
    found = diagnose(rep("ana@acme.test", deals=flat, mindset=mind), team=team, org=team)
    assert areas(found) == ["achievement_drive"]
    # Flat results with ordinary self-belief say nothing.
    assert diagnose(rep("ana@acme.test", deals=flat), team=team, org=team) == ()


NOT_SHARED = "not shared with the rep's manager"
FLAT = dataclasses.replace(
    STEADY_DEALS,
    results=(("Q1", 100), ("Q2", 100), ("Q3", 100), ("Q4", 100)),  # type: ignore[arg-type]
)
LOW_MIND = MindsetFigures(self_belief=45.0, trend=-5.0, assessments=2)


def test_flat_results_are_not_judged_on_achievement_drive_without_mindset_evidence() -> None:
    team = peers()
    result = diagnose_rep(rep("ana@acme.test", deals=FLAT, mindset=None), team=team, org=team)
    assert result.recommendations == ()
    assert "achievement_drive: no self-belief score yet" in result.missing_evidence


def test_withheld_mindset_evidence_is_not_judged_and_the_reason_hides_whether_it_exists() -> None:
    team = peers()
    # Whatever the evidence holds, withheld it is not read: low self-belief or none at all.
    for mind in (LOW_MIND, None):
        ana = rep("ana@acme.test", deals=FLAT, mindset=mind, mindset_withheld=NOT_SHARED)
        result = diagnose_rep(ana, team=team, org=team)
        assert result.recommendations == ()
        assert withheld_areas(ana) == {"achievement_drive"}
        assert f"Self-belief {NOT_SHARED}: achievement drive cannot be judged." in (
            result.missing_evidence
        )
        assert f"achievement_drive: self-belief score: {NOT_SHARED}" in result.missing_evidence
        assert not any("No achievement-drive" in note for note in result.missing_evidence)
    assert withheld_areas(rep("ana@acme.test", deals=FLAT, mindset=LOW_MIND)) == frozenset()


def test_a_peers_withheld_self_belief_counts_in_no_median() -> None:
    ana = rep("ana@acme.test", deals=FLAT, mindset=LOW_MIND)
    # Four peers at 75: ana's 45 is below 75 × 0.85 and 8 points under, and under the bar 60.
    assert areas(diagnose(ana, team=peers(), org=peers())) == ["achievement_drive"]
    # Two of them withheld: two peers left, short of MIN_PEERS (3), so no reference at all.
    mixed = peers(2) + [rep(f"quiet{i}@acme.test", mindset_withheld=NOT_SHARED) for i in range(2)]
    result = diagnose_rep(ana, team=mixed, org=mixed)
    assert result.recommendations == ()
    assert "achievement_drive: self-belief score: fewer than 3 peers to compare with" in (
        result.missing_evidence
    )


def test_absent_calls_calendar_and_assessments_are_named() -> None:
    lonely = rep("ana@acme.test", calls=None, time=None, mindset=None)
    team = peers()
    result = diagnose_rep(lonely, team=team, org=team)
    assert result.recommendations == ()
    assert result.missing_evidence[:3] == (
        "No analysed sales calls: needs discovery and empathy cannot be judged, nor the "
        "checkpoint part of qualification.",
        "No achievement-drive self-assessment: achievement drive cannot be judged.",
        "No calendar or activity records: priority management cannot be judged.",
    )
    assert result.to_json()["person"] == "ana@acme.test"


def test_without_enough_peers_a_relative_signal_is_not_judged() -> None:
    deals = dataclasses.replace(STEADY_DEALS, died_early=9)
    few = peers(2)
    assert diagnose(rep("ana@acme.test", deals=deals), team=few, org=few) == ()
    missing = find_missing_evidence(rep("ana@acme.test", deals=deals), team=few, org=few)
    assert any("fewer than 3 peers" in m for m in missing)


def test_the_org_alone_is_a_reference_when_the_team_is_small() -> None:
    deals = dataclasses.replace(STEADY_DEALS, died_early=9)
    found = diagnose(rep("ana@acme.test", deals=deals), team=peers(1), org=peers(5))
    assert areas(found) == ["qualification"]
    assert found[0].evidence[0].team_median is None


def test_a_rep_is_not_compared_with_themselves() -> None:
    me = rep("ana@acme.test", deals=dataclasses.replace(STEADY_DEALS, died_early=9))
    team = [*peers(), me, me, me]  # three copies would pull the median up if counted
    assert areas(diagnose(me, team=team, org=team)) == ["qualification"]


def test_a_bar_only_rule_without_peers_has_a_middling_effect() -> None:
    rule = Rule(
        name="flat",
        area="achievement_drive",
        title="t",
        why="w",
        signals=(Signal("results_trend", "lower", "periods", 3, bar=0.02, relative=False),),
        need=1,
        requires="r",
    )
    flat = dataclasses.replace(
        STEADY_DEALS,
        results=(("Q1", 100), ("Q2", 100), ("Q3", 100)),  # type: ignore[arg-type]
    )
    (found,) = diagnose(rep("ana@acme.test", deals=flat), team=[], org=[], rules=(rule,))
    # r = 3 periods / 3 = 1 → 0.25; effect 0.5 → 0.25; confidence 0.5.
    assert found.confidence == 0.5


def test_the_default_rules_cover_every_area_once_with_sensible_minimums() -> None:
    assert sorted(r.area for r in DEFAULT_RULES) == sorted(AREAS)
    for rule in DEFAULT_RULES:
        assert 1 <= rule.need <= len(rule.signals)
        for signal in rule.signals:
            assert signal.min_sample >= (5 if signal.sample in ("calls",) else 1)
