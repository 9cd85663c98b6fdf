"""Questions, open or closed, and paraphrases: one sentence at a time."""

from __future__ import annotations

import pytest

from salescoach.domain.calls.questions import (
    content_stems,
    content_words,
    is_paraphrase,
    is_question,
    normalise,
    question_kind,
    split_sentences,
    stem,
)


@pytest.mark.parametrize(
    ("text", "punctuated", "expected"),
    [
        ("How is the quarter going?", True, True),
        ("You use Salesforce?", True, True),  # declarative, but marked with '?'
        # an inverted auxiliary outweighs the full stop transcription often puts on a question
        ("Do you use Salesforce.", True, True),
        ("Which team are you on.", True, True),
        ("We do use Salesforce.", True, False),
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
        # a pronoun straight after the wh-word states ("what I'm hearing is…"), with or
        # without punctuation
        ("So what I'm hearing is the data comes too late.", True, False),
        ("so what i'm hearing is the data comes too late", False, False),
        ("what we need is a cleaner forecast", False, False),
        # requests to repeat are not questions about the customer
        ("Sorry?", True, False),
        ("Pardon me?", True, False),
        ("You what?", True, False),
        ("what", False, False),
        # agreement by inversion is a statement
        ("So do we.", True, False),
        ("neither do i", False, False),
        # an inverted tag makes a question whatever the end mark
        ("It was a busy quarter, wasn't it.", True, True),
        ("The rollout went fine, did it.", True, True),
        ("We had to do it.", True, False),  # "do it" is a verb and its object, not a tag
        # hesitation sounds are dropped before the form is read
        ("did uh did you see the report", False, True),
        ("Would, um, would you consider it.", True, True),
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
        ("Who else is involved?", "open"),
        ("Where do you keep the numbers?", "open"),
        ("Is there anything else?", "open"),
        ("I'm wondering what that costs you.", "open"),
        ("Could you give me an example?", "open"),
        ("Wha-what made you call?", "open"),  # the false start is folded first
        ("On a scale of 1 to 10, how confident are you?", "closed"),  # a number answers it
        ("Why don't we meet on Monday?", "closed"),  # a proposal
        ("Why don't you tell me what's been going on?", "open"),  # a proposal that they talk
        # An invitation later in the question still opens it.
        ("We met last week and I'm wondering if you can tell me how it went?", "open"),
        ("Would you mind filling me in?", "open"),
        ("Do you have any thoughts on the rollout?", "open"),
        ("Can you tell me if the renewal is signed?", "closed"),  # one yes/no
        ("-what was different this time?", "open"),  # a cut-in dash
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
        # a statement repeating a content word of the customer's, compared by stem:
        # "renewal" ← "renewals" in both
        ("The renewal is the sore point.", "Our renewals slip all the time.", True),
        # …but not in product language
        ("Our platform tracks every renewal.", "Our renewals slip all the time.", False),
        # …and only in the first sentence of more than three words: here the echo is the second
        # ("Okay." is too short to count)…
        (
            "Okay. Let me explain how billing works here. The renewals slip for many teams.",
            "Our renewals slip.",
            False,
        ),
        # …and here the first
        (
            "Okay. The renewals slip for many teams. Let me explain how billing works.",
            "Our renewals slip.",
            True,
        ),
        # a restating phrase counts in the second sentence too
        (
            "Let me check I follow. It sounds like the team is stretched.",
            "We are short of people.",
            True,
        ),
        # the rep speaking of their own side offers or plans, whatever words are shared
        ("I'll send the renewal plan today.", "Our renewals slip.", False),
        ("We could move the renewal date.", "Our renewals slip.", False),
        ("Let's look at renewals next week.", "Our renewals slip.", False),
        # "I hear you" alone acknowledges; with what was heard, it restates
        ("I hear you.", "Our renewals slip.", False),
        ("I hear that the team is stretched.", "We are short of people.", True),
        # a filler or a thank-you shared with the customer is no restatement
        ("Thanks, mm-hmm.", "Mm-hmm, thanks.", False),
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
    assert normalise("Wha-what do you mean") == "what do you mean"
    assert normalise("I-I-I think so") == "i think so"
    assert normalise("So, uh, what now?") == "so, what now?"
    assert normalise("Customer, um.") == "customer, ."  # "customer" keeps its "er"
    assert normalise("-What was different?") == "what was different?"  # a cut-in dash
    assert normalise("…and then?") == "and then?"
    assert content_words("The renewals are slipping, really.") == {"renewals", "slipping"}


def test_stems_drop_one_common_suffix_when_four_letters_remain() -> None:
    assert stem("renewals") == "renewal"
    assert stem("slipping") == stem("slipped") == "slipp"
    assert stem("uses") == "uses"  # "us" and "use" would be too short
    assert content_stems("Renewals slipped.") == {"renewal", "slipp"}
