"""Turn a rep's evidence, compared with team and organisation, into recommended learning areas."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from salescoach.domain.diagnosis.evidence import RepEvidence
from salescoach.domain.diagnosis.rules import DEFAULT_RULES, MIN_PEERS, Rule, Signal

__all__ = [
    "METRICS",
    "SAMPLES",
    "Diagnosis",
    "EvidenceItem",
    "Recommendation",
    "RepEvidence",
    "diagnose",
    "diagnose_rep",
    "find_missing_evidence",
    "withheld_areas",
]


@dataclass(frozen=True)
class Metric:
    """A figure the rules can read from a rep's evidence, with its label and unit."""

    label: str
    unit: str
    read: Callable[[RepEvidence], float | None]


def _calls(name: str) -> Callable[[RepEvidence], float | None]:
    return lambda rep: None if rep.calls is None else getattr(rep.calls, name)


METRICS: dict[str, Metric] = {
    "loss_share_decide": Metric(
        "share of lost deals lost while the customer decides (validate, negotiate)",
        "share",
        lambda rep: rep.deals.loss_share_decide,
    ),
    "decide_win_rate": Metric(
        "win rate of deals that reached a deciding stage",
        "share",
        lambda rep: rep.deals.decide_win_rate,
    ),
    "died_early_share": Metric(
        "share of closed deals lost in approach or interview",
        "share",
        lambda rep: rep.deals.died_early_share,
    ),
    "discovery_rep_talk_share": Metric(
        "rep's share of talk in discovery", "share", _calls("discovery_rep_talk_share")
    ),
    "questions_per_call": Metric("questions per call", "count", _calls("questions_per_call")),
    "pitch_before_need_share": Metric(
        "share of calls presenting before a need was named",
        "share",
        _calls("pitch_before_need_share"),
    ),
    "paraphrases_per_call": Metric("paraphrases per call", "count", _calls("paraphrases_per_call")),
    "longest_customer_story_s": Metric(
        "longest customer story", "seconds", _calls("longest_customer_story_s")
    ),
    "all_checkpoints_share": Metric(
        "share of calls reaching all four checkpoints", "share", _calls("all_checkpoints_share")
    ),
    "customer_hours_per_week": Metric(
        "customer-facing hours per week",
        "hours",
        lambda rep: None if rep.time is None else rep.time.customer_hours_per_week,
    ),
    "fragmentation": Metric(
        "share of scheduled time in blocks under 30 minutes",
        "share",
        lambda rep: None if rep.time is None else rep.time.fragmentation,
    ),
    "results_trend": Metric(
        "growth of won amount per period, relative to the average period",
        "share",
        lambda rep: rep.deals.results_trend,
    ),
    "self_belief": Metric(
        "self-belief score",
        "points (0-100)",
        # Withheld mindset evidence is never read, the rep's nor a peer's (team medians).
        lambda rep: (
            None if rep.mindset is None or rep.mindset_withheld else rep.mindset.self_belief
        ),
    ),
}

SAMPLES: dict[str, Callable[[RepEvidence], int]] = {
    "lost_deals": lambda rep: rep.deals.lost,
    "closed_deals": lambda rep: rep.deals.closed,
    "decided_deals": lambda rep: rep.deals.decided,
    "calls": lambda rep: 0 if rep.calls is None else rep.calls.n_calls,
    # The weeks of the activity window that hold a record (not the window's length).
    "weeks": lambda rep: 0 if rep.time is None else rep.time.weeks_with_activity,
    "periods": lambda rep: rep.deals.periods_with_results,
    "assessments": lambda rep: (
        0 if rep.mindset is None or rep.mindset_withheld else rep.mindset.assessments
    ),
}
# Time figures are hours over the whole window, a week without records counting as a week
# without time: they are judged only when records fill this share of the window's weeks (9 of
# 12), so a holiday of up to three weeks passes and a calendar started within it does not.
ACTIVITY_WEEKS_SHARE_NEEDED = 0.75


def needed_sample(signal: Signal, rep: RepEvidence) -> int:
    """The least evidence `signal` is judged on for `rep`: its `min_sample`, and for weeks with
    activity records at least ACTIVITY_WEEKS_SHARE_NEEDED of the window's weeks, rounded up."""
    if signal.sample != "weeks" or rep.time is None:
        return signal.min_sample
    return max(signal.min_sample, math.ceil(rep.time.weeks * ACTIVITY_WEEKS_SHARE_NEEDED))


@dataclass(frozen=True)
class EvidenceItem:
    """One signal as judged for the rep: the figure, the references, whether it holds."""

    metric: str
    label: str
    unit: str
    value: float
    team_median: float | None
    org_median: float | None
    sample: int
    holds: bool

    def to_json(self) -> dict[str, Any]:
        def rounded(x: float | None) -> float | None:
            return None if x is None else round(x, 3)

        return {
            "metric": self.metric,
            "label": self.label,
            "unit": self.unit,
            "value": round(self.value, 3),
            "team_median": rounded(self.team_median),
            "org_median": rounded(self.org_median),
            "sample": self.sample,
            "holds": self.holds,
        }


@dataclass(frozen=True)
class Recommendation:
    """A learning area the evidence points to, why, and how sure the diagnosis is (0..1)."""

    area: str
    title: str
    why: str
    evidence: tuple[EvidenceItem, ...]
    confidence: float  # 0.0-1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "title": self.title,
            "why": self.why,
            "evidence": [item.to_json() for item in self.evidence],
            "confidence": self.confidence,
        }


def _peer_values(peers: Sequence[RepEvidence], person: str, signal: Signal) -> list[float]:
    """The figure for each peer (the rep left out) with enough evidence behind it."""
    values = []
    for peer in peers:
        value = METRICS[signal.metric].read(peer)
        enough = SAMPLES[signal.sample](peer) >= needed_sample(signal, peer)
        if peer.person != person and value is not None and enough:
            values.append(value)
    return values


def _worse(signal: Signal, value: float, reference: float) -> bool:
    if signal.worse == "higher":
        return value >= reference * signal.ratio and value - reference >= signal.min_gap
    return value <= reference * signal.ratio and reference - value >= signal.min_gap


@dataclass(frozen=True)
class _Judgement:
    item: EvidenceItem | None  # None when the signal cannot be judged
    effect: float  # 0..1
    sample_ratio: float  # sample / minimum sample
    gap: str  # why it could not be judged ("" when it could)


def _judge(
    signal: Signal, rep: RepEvidence, team: Sequence[RepEvidence], org: Sequence[RepEvidence]
) -> _Judgement:
    metric = METRICS[signal.metric]
    value = metric.read(rep)
    sample = SAMPLES[signal.sample](rep)
    needed = needed_sample(signal, rep)
    if value is None and signal.sample == "assessments" and rep.mindset_withheld:
        return _Judgement(None, 0.0, 0.0, f"{metric.label}: {rep.mindset_withheld}")
    if value is None:
        return _Judgement(None, 0.0, 0.0, f"no {metric.label} yet")
    if sample < needed:
        return _Judgement(
            None, 0.0, 0.0, f"{metric.label}: {sample} {signal.sample}, needs {needed}"
        )
    team_values = _peer_values(team, rep.person, signal)
    org_values = _peer_values(org, rep.person, signal)
    team_median = statistics.median(team_values) if len(team_values) >= MIN_PEERS else None
    org_median = statistics.median(org_values) if len(org_values) >= MIN_PEERS else None
    references = [m for m in (team_median, org_median) if m is not None]
    if signal.relative and not references:
        return _Judgement(
            None, 0.0, 0.0, f"{metric.label}: fewer than {MIN_PEERS} peers to compare with"
        )
    holds = True
    if signal.relative:
        holds = all(_worse(signal, value, r) for r in references)
    if signal.bar is not None:
        holds = holds and (value < signal.bar if signal.worse == "lower" else value > signal.bar)
    spread_from = org_values if len(org_values) >= MIN_PEERS else team_values
    centre = org_median if org_median is not None else team_median
    effect = 0.5  # a bar-only figure without peers: a middling effect
    if centre is not None:
        spread = statistics.pstdev(spread_from)
        effect = 1.0 if spread == 0 else min(1.0, abs(value - centre) / spread / 3)
    item = EvidenceItem(
        signal.metric, metric.label, metric.unit, value, team_median, org_median, sample, holds
    )
    return _Judgement(item, effect, sample / needed, "")


def _judge_rule(
    rule: Rule, rep: RepEvidence, team: Sequence[RepEvidence], org: Sequence[RepEvidence]
) -> tuple[Recommendation | None, list[str]]:
    judgements = [_judge(s, rep, team, org) for s in rule.signals]
    gaps = [f"{rule.area}: {j.gap}" for j in judgements if j.gap]
    held = [j for j in judgements if j.item is not None and j.item.holds]
    if len(held) < rule.need:
        return None, gaps
    sample_ratio = min(j.sample_ratio for j in held)
    effect = statistics.fmean(j.effect for j in held)
    confidence = 0.5 * sample_ratio / (sample_ratio + 1) + 0.5 * effect
    evidence = tuple(j.item for j in judgements if j.item is not None)
    return Recommendation(rule.area, rule.title, rule.why, evidence, round(confidence, 2)), gaps


def diagnose(
    rep: RepEvidence,
    *,
    team: Sequence[RepEvidence],
    org: Sequence[RepEvidence],
    rules: Sequence[Rule] = DEFAULT_RULES,
) -> tuple[Recommendation, ...]:
    """The learning areas whose rules fire for the rep, most confident first.

    A signal is judged only on its minimum sample; relative signals compare the rep with the
    medians of their team peers and organisation peers (the rep left out; each reference needs
    MIN_PEERS peers with enough evidence). A rule fires when `need` of its signals hold.

    Confidence = 0.5 × r / (r + 1) + 0.5 × e, where r is the smallest sample / minimum sample
    among the signals that hold (0.5 × 0.5 at the minimum, towards 0.5 as evidence grows) and
    e the mean effect of those signals: |value − organisation median| / (3 × spread of the
    peers), capped at 1 (1 when peers do not differ at all; 0.5 for a fixed bar without
    peers). So 0.25 ≤ confidence < 1."""
    found = [rec for rule in rules if (rec := _judge_rule(rule, rep, team, org)[0]) is not None]
    return tuple(sorted(found, key=lambda r: (-r.confidence, r.area)))


def withheld_areas(rep: RepEvidence, rules: Sequence[Rule] = DEFAULT_RULES) -> frozenset[str]:
    """The areas whose rules read evidence of the rep that is withheld (their mindset, when
    `mindset_withheld`): not judged now, and a recommendation there from earlier evidence would
    tell what is withheld."""
    if not rep.mindset_withheld:
        return frozenset()
    return frozenset(
        rule.area for rule in rules if any(s.sample == "assessments" for s in rule.signals)
    )


def find_missing_evidence(
    rep: RepEvidence,
    *,
    team: Sequence[RepEvidence],
    org: Sequence[RepEvidence],
    rules: Sequence[Rule] = DEFAULT_RULES,
) -> tuple[str, ...]:
    """What the diagnosis could not judge, and why: absent call analyses, calendar or
    self-assessments (or self-assessments withheld, `RepEvidence.mindset_withheld`) first, then
    each figure short of its minimum sample or of peers."""
    notes = []
    if rep.calls is None:
        notes.append(
            "No analysed sales calls: needs discovery and empathy cannot be judged, nor the "
            "checkpoint part of qualification."
        )
    if rep.mindset_withheld:
        # Said the same whether or not the rep has answered: that is private too.
        notes.append(f"Self-belief {rep.mindset_withheld}: achievement drive cannot be judged.")
    elif rep.mindset is None:
        notes.append("No achievement-drive self-assessment: achievement drive cannot be judged.")
    if rep.time is None:
        notes.append("No calendar or activity records: priority management cannot be judged.")
    for rule in rules:
        notes.extend(_judge_rule(rule, rep, team, org)[1])
    return tuple(notes)


@dataclass(frozen=True)
class Diagnosis:
    """A rep's recommendations and the evidence the diagnosis missed."""

    person: str
    recommendations: tuple[Recommendation, ...]
    missing_evidence: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "recommendations": [r.to_json() for r in self.recommendations],
            "missing_evidence": list(self.missing_evidence),
        }


def diagnose_rep(
    rep: RepEvidence,
    *,
    team: Sequence[RepEvidence],
    org: Sequence[RepEvidence],
    rules: Sequence[Rule] = DEFAULT_RULES,
) -> Diagnosis:
    """`diagnose` and `find_missing_evidence` together."""
    return Diagnosis(
        rep.person,
        diagnose(rep, team=team, org=org, rules=rules),
        find_missing_evidence(rep, team=team, org=org, rules=rules),
    )
