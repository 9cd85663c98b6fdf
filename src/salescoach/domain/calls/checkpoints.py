"""The four sales checkpoints in order, their verdict, and the service-call steps."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from salescoach.domain.calls import lexicon as lx
from salescoach.domain.calls import screen as sc

CHECKPOINTS = ("need_admitted", "open_to_solution", "agrees_to_discuss", "decision_authority")
MISSING_CHECKPOINT = {
    "need_admitted": ("No need admitted: a weak prospect with no compelling reason to act yet."),
    "open_to_solution": (
        "A need was admitted but no openness to a solution: no disposition to change yet."
    ),
    "agrees_to_discuss": (
        "Open to a solution but no agreement to discuss ours: no disposition to buy from us yet."
    ),
    "decision_authority": (
        "Every checkpoint but authority: the contact may not be the one who decides."
    ),
}
ALL_REACHED = "All four checkpoints reached, in order."
# The need checkpoint is the first sentence marked as a need (Said.need); the others are read
# from their phrases.
_CHECKPOINT_PATTERNS: dict[str, tuple[re.Pattern[str], int]] = {
    "open_to_solution": (lx.OPEN_TO_SOLUTION, sc.OPEN_TO_SOLUTION),
    "agrees_to_discuss": (lx.AGREES_TO_DISCUSS, sc.AGREES_TO_DISCUSS),
    "decision_authority": (lx.DECISION_AUTHORITY, sc.DECISION_AUTHORITY),
}
SERVICE_STEP_NAMES = tuple(name for name, _ in lx.SERVICE_STEPS)


class Said(NamedTuple):
    """A sentence as the checkpoint search sees it: when, who, the words, lower-cased. (A named
    tuple: a call makes hundreds.)"""

    at_s: float
    speaker: str
    text: str
    lowered: str
    need: bool = False  # a need the classifier is clear about (analysis.CLEAR_NEED)
    bits: int = sc.ALL  # the patterns `lowered` could match (screen.PHRASES)
    answers: int = 0  # the rep's proposals this sentence says yes to (ANSWERS_* bits)


# What a customer's yes-type reply to the rep's question shows (see `answers`).
ANSWERS_DISCUSS = 1
ANSWERS_OPENNESS = 2
ANSWERS_AUTHORITY = 4
# A reply to a call put off to a later date or to chase the answer ("shall I give you a ring on
# the thirteenth to see where it landed?"): its words of agreement ("go on then") agree to the
# call, not to discussing the solution (since 2.129.0).
ANSWERS_PUT_OFF = 8


def answers(question: str, reply: str) -> int:
    """What the reply says yes to: `question` is the rep's question just before it, `reply` the
    first sentence of the customer's answer, both lower-cased. A reply that is no plain yes
    (or takes it back: "yes, but not this year") answers nothing, but any reply to a call put
    off is marked so (`ANSWERS_PUT_OFF`)."""
    if lx.SAYS_ME.search(reply) and (
        lx.ASKS_WHO_DECIDES.search(question) or lx.ASKS_AUTHORITY.search(question)
    ):
        return ANSWERS_AUTHORITY
    put_off = lx.CALL_PUT_OFF.search(question) is not None
    found = ANSWERS_PUT_OFF if put_off else 0
    if not lx.AFFIRMATIVE.search(reply):
        return found
    if lx.PROPOSES_TO_DISCUSS.search(question) and not put_off:
        # Yes to being sent material shows interest; yes to being shown, met or called is
        # agreement to discuss.
        found |= ANSWERS_OPENNESS if lx.OFFERS_TO_SEND.search(question) else ANSWERS_DISCUSS
    if lx.ASKS_OPENNESS.search(question):
        found |= ANSWERS_OPENNESS
    if lx.ASKS_AUTHORITY.search(question):
        found |= ANSWERS_AUTHORITY
    return found


def own_words(reply: str, previous: Sequence[str]) -> str:
    """The reply's words as the checkpoint phrases read them, all lower-cased: `previous` are
    the rep's sentences just before it (up to three, none if the customer spoke last). Taking
    what the rep has just offered or promised to send ("I'll email you the quote this
    afternoon." "Fine, send it over."; since 2.130.0 also with a sentence of the rep's between,
    "…and I'll put a note in to call you in September.") agrees to nothing in its own words, so
    those words are set aside; a yes to an offer asked as a question is read by `answers`."""
    if "send " in reply and any(lx.SENDS_MATERIAL.search(said) for said in previous):
        return lx.TAKES_WHAT_IS_SENT.sub("…", reply)
    return reply


@dataclass(frozen=True, slots=True)
class Reached:
    """A checkpoint or step: whether it was reached, and the moment that shows it."""

    reached: bool
    at_s: float | None = None
    quote: str | None = None
    speaker: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "reached": self.reached,
            "at_s": None if self.at_s is None else round(self.at_s, 2),
            "quote": self.quote,
        }


NOT_REACHED = Reached(reached=False)


def _first(
    customer: Sequence[Said], start: int, key: str, answer_bit: int, stop: int | None = None
) -> int | None:
    """The first customer sentence from `start` (before `stop`) that shows `key`: in its
    phrases, or by saying yes to the rep's question about it."""
    pattern, bit = _CHECKPOINT_PATTERNS[key]
    # Agreement in words, said to a call put off, agrees to the call (`ANSWERS_PUT_OFF`).
    put_off = ANSWERS_PUT_OFF if key == "agrees_to_discuss" else 0
    for index in range(start, len(customer) if stop is None else stop):
        said = customer[index]
        if said.answers & answer_bit or (
            not said.answers & put_off and said.bits & bit and pattern.search(said.lowered)
        ):
            return index
    return None


def find_checkpoints(customer: Sequence[Said]) -> tuple[dict[str, Reached], str]:
    """The checkpoints in order, each from a customer sentence after the need:

    - `need_admitted`: the first sentence marked as a need;
    - `open_to_solution`: the first from it on that says so (the need's own sentence may: "I
      know we need to get it done one way or the other"), or says yes when the rep asks; one
      who agrees to discuss the solution is open to it, so the agreement shows it too;
    - `agrees_to_discuss`: the first from the openness on that agrees in its words, or says
      yes to the rep's proposal to show, meet or send;
    - `decision_authority`: the first anywhere in the call that claims the decision or the
      budget, or says yes (or "me") when the rep asks (said early or late: the order is of the
      checkpoints, not of the sentences).

    Of the first three, once one is missing the later ones are missing too. Authority is read
    on its own: a customer who turns the rep down can still say the decision is theirs, and
    knowing the rep reached the one who decides matters most then. The verdict names what the
    first missing checkpoint means."""
    found = dict.fromkeys(CHECKPOINTS, NOT_REACHED)
    authority = _first(customer, 0, "decision_authority", ANSWERS_AUTHORITY)
    if authority is not None:
        found["decision_authority"] = _reached(customer[authority])
    need = next((i for i in range(len(customer)) if customer[i].need), None)
    if need is None:
        return found, MISSING_CHECKPOINT["need_admitted"]
    found["need_admitted"] = _reached(customer[need])
    agreement = _first(customer, need + 1, "agrees_to_discuss", ANSWERS_DISCUSS)
    openness = _first(customer, need, "open_to_solution", ANSWERS_OPENNESS, stop=agreement)
    if openness is None:
        openness = agreement
    if openness is None:
        return found, MISSING_CHECKPOINT["open_to_solution"]
    found["open_to_solution"] = _reached(customer[openness])
    if agreement is None:
        return found, MISSING_CHECKPOINT["agrees_to_discuss"]
    found["agrees_to_discuss"] = _reached(customer[agreement])
    if authority is None:
        return found, MISSING_CHECKPOINT["decision_authority"]
    return found, ALL_REACHED


def _reached(said: Said) -> Reached:
    return Reached(True, said.at_s, said.text, said.speaker)


def _shows_step(name: str, pattern: re.Pattern[str], lowered: str) -> bool:
    """Whether a sentence shows the step: its phrases, not after a condition still to be met
    where the step has one ("once it's back online…", `lexicon.SERVICE_STEP_NOT_AFTER`)."""
    found = pattern.search(lowered)
    if found is None:
        return False
    condition = lx.SERVICE_STEP_NOT_AFTER.get(name)
    if condition is None:
        return True
    # A condition that begins before the phrase, even one whose subject the phrase shares
    # ("once it's dry…").
    pending = condition.search(lowered, 0, found.end())
    return pending is None or pending.start() >= found.start()


def find_service_steps(everyone: Sequence[Said]) -> dict[str, Reached]:
    """Understand → diagnose → resolve → confirm, each the first sentence (anyone's) matching
    its phrases after the last step found; a step not found does not block the next."""
    steps: dict[str, Reached] = {}
    position = 0
    for (name, pattern), bit in zip(lx.SERVICE_STEPS, sc.SERVICE_STEPS, strict=True):
        hit = next(
            (
                i
                for i in range(position, len(everyone))
                if everyone[i].bits & bit and _shows_step(name, pattern, everyone[i].lowered)
            ),
            None,
        )
        if hit is None:
            steps[name] = NOT_REACHED
            continue
        said = everyone[hit]
        steps[name] = Reached(True, said.at_s, said.text, said.speaker)
        position = hit + 1
    return steps
