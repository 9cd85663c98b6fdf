"""Questions, open or closed, and paraphrases: one sentence at a time."""

from __future__ import annotations

import pytest

from salescoach.domain.calls.questions import (
    content_words,
    is_paraphrase,
    is_question,
    normalise,
    question_kind,
    split_sentences,
)


@pytest.mark.parametrize(
    ("text", "punctuated", "expected"),
    [
        ("How is the quarter going?", True, True),
        ("You use Salesforce?", True, True),  # declarative, but marked with '?'
        ("Do you use Salesforce.", True, False),  # punctuated as a statement
        ("Tell me more.", True, True),  # a request for explanation
        ("We use Salesforce.", True, False),
        ("Do you use a crm", True, True),  # cut off by the cue: the form decides
        ("do you use a crm", False, True),
        ("what are the main gaps", False, True),
        ("so w-what made you call us", False, True),
        ("or is it the reporting", False, True),
        ("that works for you right", False, True),
        ("that's right", False, False),
        ("we use a crm", False, False),
        ("walk me through the process", False, True),
        ('"Is it live?"', True, True),
    ],
)
def test_is_question(text: str, punctuated: bool, expected: bool) -> None:
    assert is_question(text, punctuated=punctuated) is expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("What happens when a deal slips?", "open"),
        ("How do you run the forecast?", "open"),
        ("Why now?", "open"),
        ("Walk me through your week.", "open"),
        ("Help me understand the approval process.", "open"),
        ("Okay, and describe the handover?", "open"),
        ("Right, so what's driving that?", "open"),  # open after a lead-in clause
        ("How many reps do you have?", "closed"),  # one fact
        ("What's your budget?", "closed"),
        ("Do you use a CRM?", "closed"),
        ("Is it Monday or Tuesday?", "closed"),
    ],
)
def test_question_kind(text: str, kind: str) -> None:
    assert question_kind(text) == kind


@pytest.mark.parametrize(
    ("turn", "customer", "expected"),
    [
        ("So what I'm hearing is the reports come late.", "", True),
        ("It sounds like the team is stretched.", "", True),
        ("If I understand correctly, renewals are manual.", "", True),
        ("You're saying nobody owns it.", "", True),
        ("You feel stuck between the two teams.", "", True),  # framed around the customer
        ("So the renewals slip every quarter.", "Our renewals slip all the time.", True),
        ("So let's look at pricing.", "Our renewals slip all the time.", False),  # no overlap
        ("Do you mean the renewals?", "Our renewals slip.", False),  # asking, not restating
        ("Fine. Did you say the renewals slip?", "Our renewals slip.", False),
        ("We have a feature for that.", "Our renewals slip.", False),
        ("So okay. So the renewals slip.", "Our renewals slip.", True),  # second "so" sentence
    ],
)
def test_is_paraphrase(turn: str, customer: str, expected: bool) -> None:
    assert is_paraphrase(turn, customer) is expected


def test_sentences_split_after_end_marks() -> None:
    assert split_sentences("Hi. How are you? Good!") == ["Hi.", "How are you?", "Good!"]
    assert split_sentences("no punctuation here") == ["no punctuation here"]
    assert split_sentences("   ") == []


def test_normalise_and_content_words() -> None:
    assert normalise("  'W-Why Now?' ") == "why now?"
    assert content_words("The renewals are slipping, really.") == {"renewals", "slipping"}
