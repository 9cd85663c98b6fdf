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
