"""Reading an instrument's answers out of a submitted web form."""

from __future__ import annotations

from collections.abc import Mapping

from salescoach.assessments.services import AssessmentError, parse_form_answer
from salescoach.domain.assessments.instruments import Instrument
from salescoach.domain.assessments.scoring import Answer

FIELD_PREFIX = "item-"  # form field of an item: "item-<key>"


def field_name(item_key: str) -> str:
    return f"{FIELD_PREFIX}{item_key}"


def answers_from_post(
    instrument: Instrument, data: Mapping[str, str], *, only: str | None = None
) -> dict[str, Answer]:
    """The answers in a form post, typed per item; unknown fields are ignored, blank ones clear
    the answer. With `only`, just that item (an htmx save of one answer); an unknown item key
    there is an error naming it."""
    if only is not None:
        try:
            item = instrument.item(only)
        except KeyError:
            raise AssessmentError(f"{only}: not an item of {instrument.title}") from None
        return {item.key: parse_form_answer(item, data.get(field_name(item.key), ""))}
    return {
        item.key: parse_form_answer(item, data[field_name(item.key)])
        for item in instrument.items
        if field_name(item.key) in data
    }
