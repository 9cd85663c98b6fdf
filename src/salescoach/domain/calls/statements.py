"""What a customer's statement admits: a need, an objection, or neither."""

from __future__ import annotations

from salescoach.domain.calls import lexicon as lx
from salescoach.domain.calls import screen as sc


def is_objection(sentence: str, bits: int = sc.ALL) -> bool:
    """A customer statement (through `normalise`, not a question) that raises a reservation
    about what is offered: one of the objection phrases ("too expensive", "we already use…",
    "let me think about it"), or a word of hesitation ("my worry is", "more than", "wary",
    "already", "not now") together with the offer or its price, terms, roll-out or the switch
    from what they have. `bits` is the sentence's screen (`screen.PHRASES`), if known."""
    if bits & sc.OBJECTION and lx.OBJECTION.search(sentence):
        return True
    return (
        bits & sc.RESERVATION != 0
        and bits & sc.OFFER_TOPIC != 0
        and bool(lx.RESERVATION.search(sentence))
        and bool(lx.OFFER_TOPIC.search(sentence))
    )


def is_need(sentence: str, *, objection: bool, bits: int = sc.ALL) -> bool:
    """A customer statement (through `normalise`, not a question) that admits a need, want,
    problem or objective: one of the need phrases ("we need", "our problem is", "it takes us
    days"), or, when the statement is no objection, problem language (delays, losses, errors,
    manual work, overload, unhappy people, risk). `bits` is the sentence's screen, if known."""
    if bits & sc.NEED and lx.NEED.search(sentence):
        return True
    return not objection and bits & sc.TROUBLE != 0 and bool(lx.TROUBLE.search(sentence))


def rule_features(sentence: str, bits: int = sc.ALL) -> tuple[float, ...]:
    """The hand-written readings of a customer statement (through `normalise`) that the
    learned need and objection classifiers weigh beside its words: the need and objection
    judgements above (`is_need`, `is_objection`, each pattern searched once here), and the
    phrase classes they are made of (need phrases, problem language, objection phrases, a
    word of hesitation, the offer named)."""

    need_phrase = bits & sc.NEED != 0 and lx.NEED.search(sentence) is not None
    trouble = bits & sc.TROUBLE != 0 and lx.TROUBLE.search(sentence) is not None
    objection_phrase = bits & sc.OBJECTION != 0 and lx.OBJECTION.search(sentence) is not None
    reservation = bits & sc.RESERVATION != 0 and lx.RESERVATION.search(sentence) is not None
    offer = bits & sc.OFFER_TOPIC != 0 and lx.OFFER_TOPIC.search(sentence) is not None
    objection = objection_phrase or (reservation and offer)
    need = need_phrase or (not objection and trouble)
    return (
        float(need),
        float(objection),
        float(need_phrase),
        float(trouble),
        float(objection_phrase),
        float(reservation),
        float(offer),
    )
