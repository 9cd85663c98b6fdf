"""What a customer's statement admits: a need, an objection, or neither."""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from salescoach.domain.calls import lexicon as lx
from salescoach.domain.calls import screen as sc


class Readings(NamedTuple):
    """Which of the hand-written phrase classes a customer statement matches."""

    need_phrase: bool
    trouble: bool  # problem language
    objection_phrase: bool
    reservation: bool  # a word of hesitation
    offer: bool  # the offer, its price, terms, roll-out or the switch named
    denial: bool  # trouble denied ("nobody complains", "no problems so far")


def readings(sentence: str, bits: int = sc.ALL) -> Readings:
    """Each phrase class searched once, where the screen `bits` says it could match, and not
    at all where the screen is sure it does (`screen.Screen.sure`)."""
    sure = sc.PHRASES.sure(bits)
    return Readings(
        bits & sc.NEED != 0 and (sure & sc.NEED != 0 or lx.NEED.search(sentence) is not None),
        bits & sc.TROUBLE != 0
        and (sure & sc.TROUBLE != 0 or lx.TROUBLE.search(sentence) is not None),
        bits & sc.OBJECTION != 0
        and (sure & sc.OBJECTION != 0 or lx.OBJECTION.search(sentence) is not None),
        bits & sc.RESERVATION != 0
        and (sure & sc.RESERVATION != 0 or lx.RESERVATION.search(sentence) is not None),
        bits & sc.OFFER_TOPIC != 0
        and (sure & sc.OFFER_TOPIC != 0 or lx.OFFER_TOPIC.search(sentence) is not None),
        bits & sc.DENIES_TROUBLE != 0
        and (sure & sc.DENIES_TROUBLE != 0 or lx.DENIES_TROUBLE.search(sentence) is not None),
    )


def _objection(read: Readings) -> bool:
    return read.objection_phrase or (read.reservation and read.offer)


def _need(read: Readings, *, objection: bool) -> bool:
    return read.need_phrase or (not objection and read.trouble)


def is_objection(sentence: str, bits: int = sc.ALL) -> bool:
    """A customer statement (through `normalise`, not a question) that raises a reservation
    about what is offered: one of the objection phrases ("too expensive", "we already use…",
    "let me think about it"), or a word of hesitation ("my worry is", "more than", "wary",
    "already", "not now") together with the offer or its price, terms, roll-out or the switch
    from what they have. `bits` is the sentence's screen (`screen.PHRASES`), if known."""
    return _objection(readings(sentence, bits))


def is_need(sentence: str, *, objection: bool, bits: int = sc.ALL) -> bool:
    """A customer statement (through `normalise`, not a question) that admits a need, want,
    problem or objective: one of the need phrases ("we need", "our problem is", "it takes us
    days"), or, when the statement is no objection, problem language (delays, losses, errors,
    manual work, overload, unhappy people, risk). `bits` is the sentence's screen, if known."""
    return _need(readings(sentence, bits), objection=objection)


class Context(NamedTuple):
    """Where a customer statement falls in the call, which the need and objection classifiers
    weigh beside its words (since 2.93.0): objections mostly come once the offer is on the
    table and in reply to it, needs in answer to the rep's questions."""

    pitched: bool  # the rep has presented earlier in the call
    after_open_question: bool  # the rep's last sentence before it was an open question
    after_closed_question: bool  # … a closed question
    answers_pitch: bool  # it opens the customer's reply to a sentence that presented


NO_CONTEXT = Context(False, False, False, False)


def context(rep_labels: Collection[str], *, pitched: bool, opens_reply: bool) -> Context:
    """The context of a customer statement: `rep_labels` are the labels of the rep's last
    sentence before it (none at the start of the call), `pitched` whether any sentence of the
    rep's has presented so far, `opens_reply` whether the statement comes straight after a
    sentence of the rep's (or opens the call)."""
    return Context(
        pitched,
        "question_open" in rep_labels,
        "question_closed" in rep_labels,
        opens_reply and "pitch" in rep_labels,
    )


def rule_features(
    sentence: str, bits: int = sc.ALL, where: Context = NO_CONTEXT
) -> tuple[float, ...]:
    """The hand-written readings of a customer statement (through `normalise`) that the
    learned need and objection classifiers weigh beside its words: the need and objection
    judgements above (`is_need`, `is_objection`), the phrase classes they are made of (need
    phrases, problem language, objection phrases, a word of hesitation, the offer named,
    trouble denied), each pattern searched once, and where the statement falls in the call
    (`Context`)."""
    read = readings(sentence, bits)
    objection = _objection(read)
    need = _need(read, objection=objection)
    return (float(need), float(objection), *map(float, read), *map(float, where))
