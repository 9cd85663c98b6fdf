"""Self-belief from submitted achievement-drive responses feeds the diagnosis evidence."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from salescoach.assessments import services
from salescoach.goals.selectors import rep_evidence
from salescoach.org.access import viewer_for_person
from tests.integration.assessments.answer_sheets import submit
from tests.world import World


def test_the_diagnosis_reads_self_belief_of_submitted_responses_only(world: World) -> None:
    today = timezone.localdate()
    submit(world.people["R1"], "achievement_drive", likert=4)
    # A draft of R2 is never scored, so it never reaches the diagnosis.
    services.start_response(viewer=viewer_for_person(world.people["R2"]), key="achievement_drive")
    evidence = rep_evidence(organization=world.orgs["A"], as_of=today)
    r1 = evidence[world.people["R1"].pk][0]
    assert r1.mindset is not None
    # Self-belief: items 4, 4 and reverse-keyed 4 → 2; mean 10/3; (10/3 − 1)/4 × 100 = 58.3.
    assert r1.mindset.self_belief == 58.3
    assert r1.mindset.assessments == 1
    assert evidence[world.people["R2"].pk][0].mindset is None


def test_responses_after_the_as_of_date_are_left_out(world: World) -> None:
    submit(world.people["R1"], "achievement_drive")
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    evidence = rep_evidence(organization=world.orgs["A"], as_of=yesterday)
    assert evidence[world.people["R1"].pk][0].mindset is None
