"""Behaviour styles: quadrants, the secondary style, and guidance for all sixteen pairings."""

from __future__ import annotations

import itertools

import pytest

from salescoach.domain.assessments.instruments import load_instruments
from salescoach.domain.assessments.scoring import score_response
from salescoach.domain.assessments.styles import STYLES, place_style, style_guidance


@pytest.mark.parametrize(
    ("assertiveness", "responsiveness", "primary", "secondary"),
    [
        (80, 55, "talker", "doer"),  # leans 30 and 5: responsiveness is weaker, flip it
        (55, 80, "talker", "supporter"),  # leans 5 and 30: flip assertiveness
        (90, 10, "doer", "talker"),  # leans 40 and 40: a tie flips responsiveness
        (20, 30, "controller", "supporter"),  # leans 30 and 20: flip responsiveness
        (45, 5, "controller", "doer"),  # leans 5 and 45: flip assertiveness
        (10, 70, "supporter", "controller"),  # leans 40 and 20: flip responsiveness
        (50, 50, "talker", "doer"),  # 50 counts as tell and emotive; tie flips responsiveness
        (49.9, 50, "supporter", "controller"),  # leans 0.1 and 0: flip responsiveness
    ],
)
def test_the_quadrant_gives_the_primary_style_and_the_weaker_lean_the_secondary(
    assertiveness: float, responsiveness: float, primary: str, secondary: str
) -> None:
    reading = place_style(assertiveness, responsiveness)
    assert (reading.primary, reading.secondary) == (primary, secondary)


def test_the_self_form_reads_a_style_from_the_answers() -> None:
    instrument = load_instruments().get("behaviour_style", 1)
    # assertiveness: as_lead 5, as_fast 4, as_opinion 4, reversed as_wait 2 → 4, as_soft 2 → 4,
    # as_pace 1 → 5: mean 26/6 → (26/6 − 1) / 4 × 100 = 83.3
    # responsiveness: all three direct items 2, reversed items 4 → 2: mean 2 → 25.0
    answers: dict[str, int | str] = {"as_lead": 5, "as_fast": 4, "as_opinion": 4, "as_wait": 2,
                                     "as_soft": 2, "as_pace": 1, "re_stories": 2,
                                     "re_feelings": 2, "re_chat": 2, "re_facts": 4,
                                     "re_agenda": 4, "re_private": 4}  # fmt: skip
    score = score_response(instrument, answers)
    assert score.dimension("assertiveness").score == 83.3
    assert score.dimension("responsiveness").score == 25.0
    assert score.dimension("responsiveness").band == "lean_controlled"  # 25 starts that band
    assert score.style is not None
    # tell + controlled = doer; leans 33.3 and 25 → responsiveness weaker → talker
    assert (score.style.primary, score.style.secondary) == ("doer", "talker")
    assert score.summary().style == score.style


def test_every_pairing_has_its_own_three_as() -> None:
    pairs = list(itertools.product(STYLES, STYLES))
    guidance = {pair: style_guidance(*pair) for pair in pairs}
    assert len(pairs) == 16
    assert len({(g.awareness, g.alignment, g.action) for g in guidance.values()}) == 16
    for g in guidance.values():
        assert g.awareness
        assert g.alignment
        assert g.action
        assert set(g.to_json()) == {"awareness", "alignment", "action"}


def test_guidance_follows_where_the_styles_differ() -> None:
    same = style_guidance("doer", "doer")
    assert "share this customer's style" in same.awareness
    assert "what sits behind the goal" in same.alignment
    pace = style_guidance("doer", "controller")  # tell vs ask, both controlled
    assert "Slow down" in pace.alignment
    assert "Trim the small talk" not in pace.alignment
    warmth = style_guidance("talker", "doer")  # both tell, emotive vs controlled
    assert "Trim the small talk" in warmth.alignment
    opposite = style_guidance("supporter", "doer")  # ask + emotive vs tell + controlled
    assert "opposite corners" in opposite.awareness
    assert "Speed up" in opposite.alignment
    assert "Trim the small talk" in opposite.alignment
    assert opposite.action.startswith("Open with the result")  # the customer's next call
    assert opposite.action.endswith("rather than hoping they offer.")  # the rep's watch-out
