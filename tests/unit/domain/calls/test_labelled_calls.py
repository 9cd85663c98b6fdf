"""The engine on the hand-labelled calls of tests/data/calls (labels worked out by hand from the
meaning of each sentence; docs/quality.md reports the same comparison)."""

from __future__ import annotations

import pytest
from evaluation.labelled import SCORED, LabelledCall, agreement, analyse, labelled_calls, unmatched

from salescoach.domain.calls.transcripts import parse_transcript

CALLS = labelled_calls()
BY_NAME = {call.name: call for call in CALLS}

# Where the engine's verdict differs from the person's, and why. A fix makes the test fail
# until the entry is removed; a new disagreement makes it fail too.
KNOWN_DISAGREEMENTS = {
    # "we are looking for something that updates itself" is openness in plain words, but none
    # of the openness phrases; agreeing to discuss can only follow it.
    ("raw-asr-warehouse", "checkpoint", "open_to_solution"),
    ("raw-asr-warehouse", "checkpoint", "agrees_to_discuss"),
    # "Thursday works, let's do that" agrees in none of the phrases; authority ("it's my
    # decision") is then looked for only after an agreement that was not found.
    ("facilities-untimed", "checkpoint", "agrees_to_discuss"),
    ("facilities-untimed", "checkpoint", "decision_authority"),
    # "Send it to me first… walk him through it together on Thursday" agrees in none of the
    # phrases.
    ("renewal-hotels", "checkpoint", "agrees_to_discuss"),
    # Openness, agreement and authority said in words none of their phrases hold.
    ("two-buyers-bakery", "checkpoint", "open_to_solution"),
    ("two-buyers-bakery", "checkpoint", "agrees_to_discuss"),
    ("two-buyers-bakery", "checkpoint", "decision_authority"),
    # The held-out calls (unseen by analyser 2.4.0). "If the co-op let me down at the wrong
    # time, maybe" reads as trouble ("wrong"), though it is a what-if: the farmer admits no
    # need.
    ("heldout-farm", "checkpoint", "need_admitted"),
    # Openness to a solution in words none of its phrases hold; the later checkpoints can only
    # follow it.
    ("heldout-legal", "checkpoint", "open_to_solution"),
    ("heldout-legal", "checkpoint", "agrees_to_discuss"),
    ("heldout-legal", "checkpoint", "decision_authority"),
    ("heldout-schools", "checkpoint", "open_to_solution"),
    ("heldout-schools", "checkpoint", "agrees_to_discuss"),
    ("heldout-schools", "checkpoint", "decision_authority"),
    ("heldout-security", "checkpoint", "open_to_solution"),
    ("heldout-security", "checkpoint", "agrees_to_discuss"),
    # Restatements counted where the rep was answering on price and terms (8, the person
    # found 1) outweigh the deal talk.
    ("heldout-schools", "focus", "customer_needs"),
    # Three price and terms statements outnumber the two pitches found (the person found
    # many more pitches).
    ("heldout-security", "focus", "transaction"),
}

# Per label, the F1 over all the calls must not fall below what docs/quality.md reports
# (measured with analyser 2.4.0, rounded down).
F1_FLOORS = {
    "question_open": 0.91,
    "question_closed": 0.92,
    "paraphrase": 0.71,
    "need": 0.74,
    "pitch": 0.72,
    "objection": 0.60,
    "commitment": 0.80,
}


def test_there_are_calls_in_every_format_and_one_without_punctuation() -> None:
    formats = {
        parse_transcript(c.transcript.read_bytes(), filename=c.transcript.name).format
        for c in CALLS
    }
    assert formats == {"webvtt", "srt", "json", "gong-json", "text"}
    assert any(
        parse_transcript(c.transcript.read_bytes(), filename=c.transcript.name).estimated_timing
        for c in CALLS
    )
    assert any(not any(mark in text for text in c.sentences for mark in ".?!") for c in CALLS)


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.name)
def test_every_labelled_sentence_is_one_of_its_calls_sentences(call: LabelledCall) -> None:
    result = analyse(call)
    assert unmatched(call, result) == []
    speakers = {s["name"] for s in result["speakers"] if s["role"] == "rep"}
    assert speakers == set(call.rep)


def _disagreements(call: LabelledCall) -> set[tuple[str, str, str]]:
    result = analyse(call)
    found: set[tuple[str, str, str]] = set()
    for key, reached in (call.checkpoints or {}).items():
        if result["checkpoints"][key]["reached"] != reached:
            found.add((call.name, "checkpoint", key))
    for key, reached in (call.service_steps or {}).items():
        if result["service_steps"][key]["reached"] != reached:
            found.add((call.name, "service_step", key))
    if result["pitch_before_need"] != call.pitch_before_need:
        found.add((call.name, "pitch_before_need", ""))
    if call.focus is not None and result["focus"]["verdict"] != call.focus:
        found.add((call.name, "focus", result["focus"]["verdict"]))
    return found


def test_verdicts_agree_with_the_labels_but_for_the_known_disagreements() -> None:
    found = set().union(*(_disagreements(call) for call in CALLS))
    assert found == KNOWN_DISAGREEMENTS


def test_sentence_labels_stay_at_or_above_their_measured_f1() -> None:
    result = agreement(CALLS)
    assert set(F1_FLOORS) == set(SCORED)
    below = {
        label: round(score.f1, 2)
        for label, score in result.labels.items()
        if score.f1 < F1_FLOORS[label]
    }
    assert below == {}
    # Questions of either kind: 109 of the 112 labelled found, one invented
    # (precision 109/110 = 0.99, recall 109/112 = 0.97).
    assert (result.question.tp, result.question.fp, result.question.fn) == (109, 1, 3)


def test_a_good_discovery_call_reads_as_one() -> None:
    # discovery-freight: five open questions asked by the rep (labelled), all four checkpoints,
    # presentation only after the need.
    result = analyse(BY_NAME["discovery-freight"])
    assert result["questions"]["open"] == 5
    assert all(c["reached"] for c in result["checkpoints"].values())
    assert result["pitch_before_need"] is False
    assert result["focus"]["verdict"] == "customer_needs"
