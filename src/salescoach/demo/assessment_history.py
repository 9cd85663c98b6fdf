"""Demo self-assessment histories, consistent with the planted rep profiles.

Every rep answers the achievement-drive self-assessment each quarter (a new hire from their
first month), the selling-focus self-check and the behaviour-style self-assessment once; each
manager answers the coaching-readiness reflection, and enablement places the organisation on
the coaching-maturity scale. The plateaued rep's self-belief is low and falling, the new hire's
rises month by month; the early pitcher believes they talk far less than their calls show.
Some reps share their achievement-drive summary with their manager. Deterministic: the answers
follow from the organisation and the person, never from the clock.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from dataclasses import dataclass

from django.utils import timezone

from salescoach.assessments.instruments import catalogue
from salescoach.assessments.models import (
    AssessmentResponse,
    MaturityAssessment,
    ResponseStatus,
    SummaryShare,
)
from salescoach.demo.generator import OrgDataset, PersonRecord
from salescoach.domain.assessments.instruments import Instrument
from salescoach.domain.assessments.scoring import Answer, score_response
from salescoach.org.models import Organization, Person

QUARTERS_BACK = (270, 180, 90, 10)  # days before as-of of the achievement-drive responses

# Level on the 1..5 scale per dimension (self-belief first), oldest response to newest.
DRIVE_LEVELS: dict[str, dict[str, tuple[float, float]]] = {
    # profile → dimension → (first, last) level; the steps in between are linear
    "default": {
        "self_belief": (3.9, 4.1),
        "motivation": (3.8, 4.0),
        "attitude": (3.7, 3.9),
        "goal_clarity": (3.6, 3.8),
        "commitment": (3.8, 3.9),
    },
    "plateaued": {
        "self_belief": (3.0, 2.1),
        "motivation": (3.3, 2.6),
        "attitude": (3.2, 2.9),
        "goal_clarity": (2.7, 2.3),
        "commitment": (3.3, 3.0),
    },
    "new_hire": {
        "self_belief": (2.6, 4.0),
        "motivation": (4.2, 4.4),
        "attitude": (3.8, 4.1),
        "goal_clarity": (3.0, 3.9),
        "commitment": (3.9, 4.1),
    },
}
TALK_ESTIMATE_PCT = {"early_pitcher": 30, "strong_discovery": 30}  # others: 40 or 50
SHARING_PROFILES = {"plateaued", "new_hire", "early_pitcher"}  # these always share


@dataclass(frozen=True)
class PlannedResponse:
    person: str  # e-mail
    instrument: str
    submitted_on: dt.date
    answers: dict[str, Answer]


def _level_answers(
    instrument: Instrument, levels: Mapping[str, float], rng: random.Random
) -> dict[str, Answer]:
    """Likert answers whose dimension means land near the given levels (1..5): the item
    scores of a dimension share round(level × items) points as evenly as possible, and a
    reverse-keyed item is answered min + max − its score."""
    answers: dict[str, Answer] = {}
    low, high = instrument.scale.min, instrument.scale.max
    for dimension in instrument.dimensions:
        items = instrument.items_of(dimension.key)
        level = levels.get(dimension.key, 3.5) + rng.uniform(-0.15, 0.15)
        total = max(low * len(items), min(high * len(items), round(level * len(items))))
        base, extra = divmod(total, len(items))
        scores = [base + (1 if i < extra else 0) for i in range(len(items))]
        rng.shuffle(scores)
        for item, score in zip(items, scores, strict=True):
            answers[item.key] = low + high - score if item.reverse else score
    return answers


def _drive_levels(profile: str | None, step: float, rng: random.Random) -> dict[str, float]:
    table = DRIVE_LEVELS.get(profile or "", DRIVE_LEVELS["default"])
    shift = 0.0 if profile in DRIVE_LEVELS else rng.uniform(-0.3, 0.3)  # people differ
    return {key: first + (last - first) * step + shift for key, (first, last) in table.items()}


def plan_assessment_history(data: OrgDataset, *, as_of: dt.date) -> list[PlannedResponse]:
    """Every planned submitted response of the organisation, oldest first per person."""
    found = catalogue()
    drive = found.latest("achievement_drive")
    planned: list[PlannedResponse] = []
    for person in data.people:
        rng = random.Random(f"assessments:{data.slug}:{person.key}")
        if person.role == "rep":
            planned.extend(_rep_history(person, drive, as_of, rng))
        elif person.role == "manager":
            readiness = found.latest("coaching_readiness")
            levels = {d.key: rng.uniform(3.2, 4.6) for d in readiness.dimensions}
            planned.append(
                PlannedResponse(
                    person.key,
                    readiness.key,
                    as_of - dt.timedelta(days=30),
                    _level_answers(readiness, levels, rng),
                )
            )
        elif person.role == "enablement":
            maturity = found.latest("coaching_maturity")
            # Enablement sees a defined process (process ≈ 4) but little alignment (≈ 2.5):
            # a placement the coaching records may not bear out.
            answers = _level_answers(maturity, {"process": 4.0, "alignment": 2.5}, rng)
            planned.append(
                PlannedResponse(person.key, maturity.key, as_of - dt.timedelta(days=14), answers)
            )
    return planned


def _rep_history(
    person: PersonRecord, drive: Instrument, as_of: dt.date, rng: random.Random
) -> list[PlannedResponse]:
    started = person.started_on
    days_back = [d for d in QUARTERS_BACK if started is None or as_of - dt.timedelta(d) >= started]
    if person.profile == "new_hire" and started is not None:
        # Monthly from the first month, so the rise shows.
        span = (as_of - started).days
        days_back = list(range(span - 20, 5, -30))
    out = []
    for i, back in enumerate(days_back):
        step = i / max(1, len(days_back) - 1)
        answers = _level_answers(drive, _drive_levels(person.profile, step, rng), rng)
        out.append(PlannedResponse(person.key, drive.key, as_of - dt.timedelta(days=back), answers))
    focus = catalogue().latest("selling_focus")
    focus_answers = _level_answers(focus, {"questioning": 3.6, "listening": 3.7}, rng)
    focus_answers["talk_share_estimate"] = TALK_ESTIMATE_PCT.get(
        person.profile or "", rng.choice((40, 50))
    )
    out.append(PlannedResponse(person.key, focus.key, as_of - dt.timedelta(days=20), focus_answers))
    style = catalogue().latest("behaviour_style")
    axes = {"assertiveness": rng.uniform(1.8, 4.4), "responsiveness": rng.uniform(1.8, 4.4)}
    out.append(
        PlannedResponse(
            person.key, style.key, as_of - dt.timedelta(days=60), _level_answers(style, axes, rng)
        )
    )
    return out


def _at(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(9, 30)))


def load_assessment_history(
    *, organization: Organization, data: OrgDataset, people: Mapping[str, Person]
) -> int:
    """Store the planned responses, shares and the maturity placement; returns the number of
    responses."""
    as_of = data.as_of or max(d.created_on for d in data.deals)
    planned = plan_assessment_history(data, as_of=as_of)
    rows = []
    for plan in planned:
        instrument = catalogue().latest(plan.instrument)
        score = score_response(instrument, plan.answers)
        at = _at(plan.submitted_on)
        rows.append(
            AssessmentResponse(
                organization=organization,
                person=people[plan.person],
                instrument=instrument.key,
                version=instrument.version,
                status=ResponseStatus.SUBMITTED,
                answers=dict(score.answers),
                summary=score.summary().to_json(),
                started_at=at,
                updated_at=at,
                submitted_at=at,
            )
        )
    stored = AssessmentResponse.objects.bulk_create(rows)
    for response in stored:
        if response.instrument == "coaching_maturity" and response.summary:
            MaturityAssessment.objects.create(
                organization=organization,
                taken_by=response.person,
                response=response,
                version=response.version,
                level=response.summary["overall"]["band"],
                summary=response.summary,
                submitted_at=response.submitted_at or _at(as_of),
            )
    SummaryShare.objects.bulk_create(_shares(organization, data, people, as_of))
    return len(stored)


def _shares(
    organization: Organization,
    data: OrgDataset,
    people: Mapping[str, Person],
    as_of: dt.date,
) -> list[SummaryShare]:
    shares = []
    enablement = next((p.key for p in data.people if p.role == "enablement"), None)
    for i, person in enumerate(data.people):
        if (
            person.role == "rep"
            and person.manager
            and (person.profile in SHARING_PROFILES or i % 2 == 0)
        ):
            shares.append(
                SummaryShare(
                    organization=organization,
                    person=people[person.key],
                    instrument="achievement_drive",
                    recipient=people[person.manager],
                    shared_at=_at(as_of - dt.timedelta(days=100)),
                )
            )
            if person.profile == "early_pitcher":
                shares.append(
                    SummaryShare(
                        organization=organization,
                        person=people[person.key],
                        instrument="selling_focus",
                        recipient=people[person.manager],
                        shared_at=_at(as_of - dt.timedelta(days=19)),
                    )
                )
        if person.role == "manager" and enablement and i % 2 == 1:
            shares.append(
                SummaryShare(
                    organization=organization,
                    person=people[person.key],
                    instrument="coaching_readiness",
                    recipient=people[enablement],
                    shared_at=_at(as_of - dt.timedelta(days=29)),
                )
            )
    return shares
