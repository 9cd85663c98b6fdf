"""Most of a year of evidence for three reps of the small world, and learning goals on every
kind of figure agreed on different days, to read progress for many goals at once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from salescoach.assessments.models import AssessmentResponse
from salescoach.calls.models import Call, CallAnalysis
from salescoach.goals.models import Goal
from salescoach.pipeline.models import Activity, Deal, Stage, StageChange
from tests.integration.assessments.answer_sheets import submit
from tests.world import World

AS_OF = dt.date(2026, 12, 1)


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


def _plant_rep(world: World, key: str, validate: Stage, shift: int) -> None:
    """From January (moved on by `shift` days): a deal closing every fortnight, two of three
    lost, every other one after reaching Validate; a meeting each week from March, a short
    internal slot every other week; an analysed discovery call every ten days from April whose
    talk share falls; achievement-drive self-assessments in March and September."""
    rep = world.people[key]
    org = rep.organization
    approach = Stage.objects.get(process__organization=org, order=1)
    for n in range(20):
        closed = dt.date(2026, 1, 10) + dt.timedelta(days=14 * n + shift)
        stage = validate if n % 2 else approach
        deal = Deal.objects.create(
            organization=org,
            external_id=f"{key}-{n}",
            name=f"{key} deal {n}",
            owner=rep,
            amount=Decimal(1000 + 100 * n),
            created_on=closed - dt.timedelta(days=60),
            closed_on=closed,
            outcome="won" if n % 3 == 0 else "lost",
            stage=stage,
        )
        StageChange.objects.create(
            organization=org, deal=deal, stage=approach, entered_at=_at(deal.created_on)
        )
        if stage == validate:
            StageChange.objects.create(
                organization=org,
                deal=deal,
                stage=validate,
                entered_at=_at(closed - dt.timedelta(days=20)),
            )
    for k in range(36):
        day = dt.date(2026, 3, 2) + dt.timedelta(weeks=k, days=shift % 7)
        Activity.objects.create(
            organization=org,
            external_id=f"{key}-M{k}",
            type="meeting",
            person=rep,
            occurred_at=_at(day),
            duration_min=30 + 30 * (k % 4),
            customer_facing=True,
            subject="Customer meeting",
        )
        if k % 2:
            Activity.objects.create(
                organization=org,
                external_id=f"{key}-S{k}",
                type="task",
                person=rep,
                occurred_at=_at(day, 15),
                duration_min=20,
                customer_facing=False,
                subject="Internal slot",
            )
    for k in range(24):
        day = dt.date(2026, 4, 1) + dt.timedelta(days=10 * k + shift)
        call = Call.objects.create(
            organization=org,
            owner=rep,
            title=f"Discovery {k}",
            source_name="call.vtt",
            source_format="webvtt",
            cues=[],
            occurred_at=_at(day),
        )
        CallAnalysis.objects.create(
            organization=org,
            call=call,
            analyzer_version="test",
            result={
                "rep_talk_share": 0.55 - 0.01 * k,
                "discovery_rep_talk_share": 0.5 - 0.01 * k,
                "questions": {"total": 4 + k % 5},
                "pitch_before_need": k % 3 == 0,
            },
        )
    for likert, day in ((2, dt.date(2026, 3, 1)), (4, dt.date(2026, 9, 1))):
        response = submit(rep, "achievement_drive", likert=likert)
        AssessmentResponse.objects.filter(pk=response.pk).update(submitted_at=_at(day))


def plant_goal_history(world: World) -> dict[str, Goal]:
    """The evidence of R1, R1a and R2, and goals by name: learning goals on deal, time, call
    and self-belief figures agreed between May and December, one agreed on AS_OF (no second
    reading yet), one for a manager (no rep evidence), one whose measure is no diagnosis
    figure, and a sales goal."""
    validate = Stage.objects.create(
        process=Stage.objects.get(process__organization=world.orgs["A"]).process,
        order=4,
        name="Validate",
        phase="validate",
    )
    for shift, key in enumerate(("R1", "R1a", "R2")):
        _plant_rep(world, key, validate, 3 * shift)

    def goal(name: str, key: str, measure: str, agreed: dt.date, end: dt.date) -> Goal:
        person = world.people[key]
        kind = "sales" if name == "sales" else "learning"
        return Goal.objects.create(
            organization=person.organization,
            person=person,
            kind=kind,
            title=name,
            measure=measure,
            period_start=agreed,
            period_end=end,
            agreed_on=None if kind == "sales" else agreed,
        )

    return {
        g.title: g
        for g in (
            goal("decide", "R1", "loss_share_decide", dt.date(2026, 6, 1), dt.date(2026, 8, 24)),
            goal(
                "hours", "R1", "customer_hours_per_week", dt.date(2026, 7, 15), dt.date(2027, 1, 15)
            ),
            goal("sales", "R1", "", dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
            goal("referrals", "R1", "number of referrals", AS_OF, dt.date(2027, 3, 1)),
            goal(
                "talk",
                "R1a",
                "discovery_rep_talk_share",
                dt.date(2026, 8, 1),
                dt.date(2026, 10, 31),
            ),
            goal("won", "R1a", "decide_win_rate", dt.date(2026, 5, 1), dt.date(2026, 12, 31)),
            goal("belief", "R2", "self_belief", dt.date(2026, 6, 1), dt.date(2026, 12, 31)),
            goal("fragments", "R2", "fragmentation", dt.date(2026, 10, 1), dt.date(2027, 1, 1)),
            goal("pitch", "R2", "pitch_before_need_share", AS_OF, dt.date(2027, 3, 1)),
            goal(
                "manager",
                "M1",
                "discovery_rep_talk_share",
                dt.date(2026, 6, 1),
                dt.date(2027, 1, 1),
            ),
        )
    }
