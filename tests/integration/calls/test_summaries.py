"""The few figures summaries read from each call analysis, taken in the database."""

from __future__ import annotations

from salescoach.calls.models import Call, CallAnalysis
from salescoach.calls.selectors import analysis_summaries
from tests.world import World


def _analysed(world: World, key: str, result: dict) -> CallAnalysis:
    person = world.people[key]
    call = Call.objects.create(
        organization=person.organization,
        owner=person,
        title="Discovery",
        source_name="call.vtt",
        source_format="webvtt",
        cues=[],
    )
    return CallAnalysis.objects.create(
        organization=person.organization, call=call, analyzer_version="x", result=result
    )


def test_summaries_keep_the_figures_in_the_results_shape_and_leave_the_rest(
    world: World,
) -> None:
    _analysed(
        world,
        "R1",
        {
            "rep_talk_share": 0.4125,
            "discovery_rep_talk_share": None,  # no discovery part: left out
            "questions": {"total": 12, "open": 5, "closed": 7},
            "paraphrases": 3,
            "pitch_before_need": False,
            "checkpoints": {
                "need_admitted": {"reached": True, "at_s": 35.0, "quote": "We lose two days"},
                "open_to_solution": {"reached": False, "at_s": None, "quote": None},
            },
            "sentences": [{"text": "Hello."}],
        },
    )
    _analysed(world, "R2", {"rep_talk_share": 0.5})  # a result with few keys
    rows = sorted(analysis_summaries(CallAnalysis.objects.all()), key=lambda row: row[0])
    assert rows == sorted(
        [
            (
                world.people["R1"].pk,
                {
                    "rep_talk_share": 0.4125,
                    "questions": {"total": 12},
                    "paraphrases": 3,
                    "pitch_before_need": False,
                    "checkpoints": {
                        "need_admitted": {"reached": True},
                        "open_to_solution": {"reached": False},
                    },
                },
            ),
            (world.people["R2"].pk, {"rep_talk_share": 0.5}),
        ],
        key=lambda row: row[0],
    )
