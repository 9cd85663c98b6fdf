"""Self-belief from submitted achievement-drive responses feeds the diagnosis evidence."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from salescoach.assessments import services
from salescoach.goals.selectors import (
    SELF_BELIEF_NOT_SHARED,
    rep_evidence,
    self_belief_diagnosable,
)
from salescoach.org.access import viewer_for_person
from salescoach.org.models import Person, Team
from tests.integration.assessments.answer_sheets import submit
from tests.world import World


def test_the_diagnosis_reads_self_belief_of_submitted_responses_only(world: World) -> None:
    today = timezone.localdate()
    submit(world.people["R1"], "achievement_drive", likert=4)
    # A draft of R2 is never scored, so it never reaches the diagnosis.
    services.start_response(viewer=viewer_for_person(world.people["R2"]), key="achievement_drive")
    # Read as the operator does, for both reps (who may be read: the tests below).
    both = {world.people["R1"].pk, world.people["R2"].pk}
    evidence = rep_evidence(organization=world.orgs["A"], as_of=today, self_belief_of=both)
    r1 = evidence[world.people["R1"].pk][0]
    assert r1.mindset is not None
    # Self-belief: items 4, 4 and reverse-keyed 4 → 2; mean 10/3; (10/3 − 1)/4 × 100 = 58.3.
    assert r1.mindset.self_belief == 58.3
    assert r1.mindset.assessments == 1
    assert evidence[world.people["R2"].pk][0].mindset is None


def test_responses_after_the_as_of_date_are_left_out(world: World) -> None:
    submit(world.people["R1"], "achievement_drive")
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    evidence = rep_evidence(
        organization=world.orgs["A"], as_of=yesterday, self_belief_of={world.people["R1"].pk}
    )
    assert evidence[world.people["R1"].pk][0].mindset is None


def _share(rep: Person, manager: Person) -> None:
    services.share_summary(
        viewer=viewer_for_person(rep), key="achievement_drive", recipient_id=manager.pk
    )


def test_self_belief_is_read_only_when_the_direct_coaches_may_read_it(world: World) -> None:
    """R1's direct coach is M1 (their manager, lead of T1); R1a's is M1a (their manager, lead
    of T1a), not M1 above nor enablement, who never see the advice built on it."""
    people, org = world.people, world.orgs["A"]
    reps = [people[key].pk for key in ("R1", "R1a", "R2")]
    submit(people["R1"], "achievement_drive", likert=4)
    assert self_belief_diagnosable(organization=org, person_ids=reps) == frozenset()
    r1 = rep_evidence(organization=org, as_of=timezone.localdate())[people["R1"].pk][0]
    assert r1.mindset is None
    assert r1.mindset_withheld == SELF_BELIEF_NOT_SHARED == "not shared with the rep's manager"

    _share(people["R1"], people["M1"])
    _share(people["R1a"], people["M1a"])
    assert self_belief_diagnosable(organization=org, person_ids=reps) == {
        people["R1"].pk,
        people["R1a"].pk,
    }
    r1 = rep_evidence(organization=org, as_of=timezone.localdate())[people["R1"].pk][0]
    assert r1.mindset is not None
    assert r1.mindset_withheld == ""

    # R1a gets a team whose lead is M2: both direct coaches must read the summary.
    Team.objects.filter(pk=world.teams["T1a"].pk).update(lead=people["M2"])
    assert self_belief_diagnosable(organization=org, person_ids=reps) == {people["R1"].pk}
    # With neither a manager nor a team lead, nobody coaches R1a directly: not read.
    Team.objects.filter(pk=world.teams["T1a"].pk).update(lead=None)
    Person.objects.filter(pk=people["R1a"].pk).update(manager=None)
    assert self_belief_diagnosable(organization=org, person_ids=reps) == {people["R1"].pk}
    # An inactive manager is no coach: R1 has M1 as lead of T1 still, who reads it.
    Person.objects.filter(pk=people["R1"].pk).update(manager=people["M2"])
    Person.objects.filter(pk=people["M2"].pk).update(is_active=False)
    assert self_belief_diagnosable(organization=org, person_ids=reps) == {people["R1"].pk}
