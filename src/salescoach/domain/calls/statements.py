"""What a customer's statement admits: a need, an objection, or neither."""

from __future__ import annotations

from salescoach.domain.calls import lexicon as lx


def is_objection(sentence: str) -> bool:
    """A customer statement (through `normalise`, not a question) that raises a reservation
    about what is offered: one of the objection phrases ("too expensive", "we already use…",
    "let me think about it"), or a word of hesitation ("my worry is", "more than", "wary",
    "already", "not now") together with the offer or its price, terms, roll-out or the switch
    from what they have."""
    if lx.OBJECTION.search(sentence):
        return True
    return bool(lx.RESERVATION.search(sentence)) and bool(lx.OFFER_TOPIC.search(sentence))


def is_need(sentence: str, *, objection: bool) -> bool:
    """A customer statement (through `normalise`, not a question) that admits a need, want,
    problem or objective: one of the need phrases ("we need", "our problem is", "it takes us
    days"), or, when the statement is no objection, problem language (delays, losses, errors,
    manual work, overload, unhappy people, risk)."""
    if lx.NEED.search(sentence):
        return True
    return not objection and bool(lx.TROUBLE.search(sentence))
