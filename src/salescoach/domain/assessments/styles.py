"""Behaviour styles: two axes, four styles, and the three A's of adapting to a customer's style."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

Style = Literal["talker", "doer", "controller", "supporter"]
STYLES: tuple[Style, ...] = get_args(Style)

MIDPOINT = 50.0  # on each 0..100 axis: at or above leans "tell" / "emotive"

# The quadrants. Assertiveness runs from ask (0) to tell (100); responsiveness from controlled,
# task-first (0) to emotive, people-first (100).
#   Talker     = tell + emotive      — outgoing, seeks recognition
#   Doer       = tell + controlled   — results-oriented, seeks control of the outcome
#   Controller = ask  + controlled   — process-oriented, seeks accuracy
#   Supporter  = ask  + emotive      — relationship-oriented, seeks security
_QUADRANT: dict[tuple[bool, bool], Style] = {
    (True, True): "talker",
    (True, False): "doer",
    (False, False): "controller",
    (False, True): "supporter",
}
_POLES: dict[Style, tuple[bool, bool]] = {style: poles for poles, style in _QUADRANT.items()}

STYLE_TITLES: dict[Style, str] = {
    "talker": "Talker",
    "doer": "Doer",
    "controller": "Controller",
    "supporter": "Supporter",
}


@dataclass(frozen=True)
class StyleReading:
    """Where someone sits on the two axes (0..100 each) and the styles that follow."""

    assertiveness: float  # 0 = asks, 100 = tells
    responsiveness: float  # 0 = controlled/task-first, 100 = emotive/people-first
    primary: Style
    secondary: Style

    def to_json(self) -> dict[str, Any]:
        return {
            "assertiveness": self.assertiveness,
            "responsiveness": self.responsiveness,
            "primary": self.primary,
            "secondary": self.secondary,
        }


def place_style(assertiveness: float, responsiveness: float) -> StyleReading:
    """The primary style is the quadrant of the two axis scores (a score of exactly 50 counts as
    tell / emotive). The secondary style is the neighbouring quadrant across the weaker lean:
    the axis whose score is nearer 50 is flipped; on a tie, responsiveness is flipped."""
    tells = assertiveness >= MIDPOINT
    emotive = responsiveness >= MIDPOINT
    primary = _QUADRANT[(tells, emotive)]
    if abs(assertiveness - MIDPOINT) < abs(responsiveness - MIDPOINT):
        secondary = _QUADRANT[(not tells, emotive)]
    else:
        secondary = _QUADRANT[(tells, not emotive)]
    return StyleReading(assertiveness, responsiveness, primary, secondary)


@dataclass(frozen=True)
class Guidance:
    """The three A's for one rep style meeting one customer style."""

    awareness: str  # how the rep is likely to come across to this customer
    alignment: str  # how to adapt to the customer's style
    action: str  # what to do on the next call

    def to_json(self) -> dict[str, str]:
        return {"awareness": self.awareness, "alignment": self.alignment, "action": self.action}


_COMES_ACROSS: dict[Style, str] = {
    "talker": (
        "You probably come across as lively, sociable and full of ideas; details and "
        "follow-through are where you can slip."
    ),
    "doer": (
        "You probably come across as direct, decisive and focused on outcomes; when pressed "
        "you can sound impatient."
    ),
    "controller": (
        "You probably come across as careful, exact and well prepared; you can seem reserved "
        "or slow to commit."
    ),
    "supporter": (
        "You probably come across as warm, patient and easy to trust; you may hold back from "
        "asking for a decision."
    ),
}

_SHARED_BLIND_SPOT: dict[Style, str] = {
    "talker": "the details and the agreed next step",
    "doer": "what sits behind the goal they state",
    "controller": "momentum and an actual decision",
    "supporter": "a clear request and a date",
}

_PACE_GAP = {
    True: "Your speed may feel like pressure to someone who likes to think before answering.",
    False: "Your measured pace may read as hesitation to someone who decides quickly.",
}
_WARMTH_GAP = {
    True: "Your stories and warmth may feel like time taken from the business at hand.",
    False: "Your focus on the task may come across as cool or distant to someone who leads "
    "with the relationship.",
}

_VALUES: dict[Style, str] = {
    "talker": "This customer values energy, recognition and the big picture.",
    "doer": "This customer values results, brevity and staying in control of the decision.",
    "controller": "This customer values accuracy, evidence and a clear, orderly process.",
    "supporter": "This customer values trust, steadiness and the people affected by a change.",
}
_ADAPT_PACE = {
    True: "Slow down: ask more and tell less, and let silences run.",
    False: "Speed up: say what you think plainly and propose the next move yourself.",
}
_ADAPT_WARMTH = {
    True: "Trim the small talk and keep to facts, figures and outcomes.",
    False: "Make room for the person: ask about them and their team, and share a little of "
    "yourself.",
}

_NEXT_CALL: dict[Style, str] = {
    "talker": (
        "Give them room to describe where they want to go, tell a short story of a customer "
        "like them, then confirm the next step and its date in writing afterwards."
    ),
    "doer": (
        "Open with the result they asked for, offer two options with what each costs, and ask "
        "them to choose."
    ),
    "controller": (
        "Send an agenda and the numbers beforehand; on the call, go through the evidence in "
        "order and agree when they will decide."
    ),
    "supporter": (
        "Begin with how things are going for them and their people, propose a low-risk next "
        "step, and say how you will support them through it."
    ),
}
_WATCH: dict[Style, str] = {
    "talker": "Keep an eye on your share of the talking.",
    "doer": "Pause after each question and wait for the whole answer.",
    "controller": "Hold back the detail to the three points that matter to them.",
    "supporter": "Make the request out loud rather than hoping they offer.",
}


def style_guidance(rep_style: Style, customer_style: Style) -> Guidance:
    """Awareness from the rep's style and where the two styles differ; alignment from what the
    customer's style values and which axis to move along; action for the next call."""
    rep_tells, rep_emotive = _POLES[rep_style]
    customer_tells, customer_emotive = _POLES[customer_style]
    gaps: list[str] = []
    adapt: list[str] = []
    if rep_tells != customer_tells:
        gaps.append(_PACE_GAP[rep_tells])
        adapt.append(_ADAPT_PACE[rep_tells])
    if rep_emotive != customer_emotive:
        gaps.append(_WARMTH_GAP[rep_emotive])
        adapt.append(_ADAPT_WARMTH[rep_emotive])
    if not gaps:
        gaps.append(
            "You share this customer's style, so rapport comes easily; the risk is that you "
            f"both skip {_SHARED_BLIND_SPOT[rep_style]}."
        )
        adapt.append(f"Stay in step with them, and take care of {_SHARED_BLIND_SPOT[rep_style]}.")
    elif len(gaps) == 2:
        gaps.insert(0, "Your styles sit at opposite corners, so expect the most friction.")
    return Guidance(
        awareness=" ".join([_COMES_ACROSS[rep_style], *gaps]),
        alignment=" ".join([_VALUES[customer_style], *adapt]),
        action=" ".join([_NEXT_CALL[customer_style], _WATCH[rep_style]]),
    )
