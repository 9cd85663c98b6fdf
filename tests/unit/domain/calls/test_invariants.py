"""Invariants on any call: shares in 0..1 summing to 1, times never negative, JSON-able."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from salescoach.domain.calls.analysis import analyze_transcript
from salescoach.domain.calls.roles import assign_roles
from salescoach.domain.calls.transcripts import Cue, Transcript

_WORDS = st.sampled_from(
    [
        "How do you handle renewals?",
        "We struggle with reporting.",
        "Let me show you our platform.",
        "Mm-hmm.",
        "So what I'm hearing is reporting is late.",
        "i sign off on tools",
        "we offer a discount if you sign today",
        "okay",
    ]
)
_CUE = st.tuples(
    st.sampled_from(["Ann", "Bob", "Cat"]),
    st.floats(min_value=0, max_value=3600, allow_nan=False),
    st.floats(min_value=0, max_value=120, allow_nan=False),
    _WORDS,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_CUE, min_size=1, max_size=25), st.sampled_from(["sales", "service"]))
def test_shares_stay_in_0_1_sum_to_1_and_times_are_never_negative(raw, kind) -> None:
    cues = sorted((Cue(s, a, a + d, t) for s, a, d, t in raw), key=lambda c: c.start_s)
    transcript = Transcript(tuple(cues), "json")
    roles = assign_roles(transcript)
    result = analyze_transcript(transcript, roles=roles, kind=kind, detail=True).to_json()
    shares = [s["talk_share"] for s in result["speakers"]]
    assert all(0 <= share <= 1 for share in shares)
    if sum(s["talk_s"] for s in result["speakers"]) > 0:
        assert abs(sum(shares) - 1) < 1e-3
        assert 0 <= result["rep_talk_share"] <= 1
    for key in (
        "duration_s",
        "silence_s",
        "longest_rep_monologue_s",
        "longest_customer_story_s",
        "interactivity_per_min",
    ):
        assert result[key] >= 0
    assert result["silence_s"] <= result["duration_s"] + 1e-6
    assert result["longest_rep_monologue_s"] <= result["duration_s"] + 1e-6
    assert result["patience_s"] is None or result["patience_s"] >= 0
    share = result["discovery_rep_talk_share"]
    assert share is None or 0 <= share <= 1
    q = result["questions"]
    assert q["total"] == q["open"] + q["closed"] >= 0
    assert all(e["at_s"] >= 0 for e in result["evidence"])
    assert all(s["at_s"] >= 0 for s in result["sentences"])
    json.dumps(result)
