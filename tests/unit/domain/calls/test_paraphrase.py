"""What does not count as restating the customer, though it shares their words: greetings and
goodbyes, a time or a figure said back, an answer to the customer's question, a word of
sympathy. Each case is checked against the same turn that does restate."""

from __future__ import annotations

import pytest

from salescoach.domain.calls.analysis import analyze_transcript
from salescoach.domain.calls.questions import content_words, is_paraphrase
from salescoach.domain.calls.transcripts import Cue, Transcript


@pytest.mark.parametrize(
    ("turn", "customer"),
    [
        ("Hi Sam, good to meet you.", "I've got Sam with me, he runs the depot."),
        ("See you Thursday, Victor.", "Thursday works. See you Thursday."),
        ("Good luck with the audit.", "The audit is next week, wish me luck."),
        ("Thursday at ten it is.", "Let's do Thursday, say ten o'clock."),
        ("Half nine on the fourteenth, then.", "The fourteenth, half nine, is best for me."),
        ("That's a fair point.", "It seems a fair price, I suppose."),
        ("I'm sorry to hear that.", "I'm sorry, the line dropped and I didn't hear that."),
    ],
)
def test_shared_words_that_do_not_restate(turn: str, customer: str) -> None:
    assert is_paraphrase(turn, customer) is False


def test_a_figure_with_a_word_of_substance_still_restates() -> None:
    customer = "We lost eleven hundred in March on that customer alone."
    # The figure and the month alone would not do; "customer" is a word of substance.
    assert is_paraphrase("Eleven hundred, in March, from one customer.", customer) is True
    assert is_paraphrase("Eleven hundred, in March.", customer) is False


def test_an_answer_to_the_customers_question_is_no_restatement() -> None:
    asked = "And what does the roof survey cost?"
    assert is_paraphrase("The roof survey is three hundred a roof.", asked) is False
    told = "The roof survey cost us a fortune last year."
    assert is_paraphrase("The roof survey cost a fortune.", told) is True
    # A restating phrase still restates, question or not.
    assert is_paraphrase("It sounds like the roof survey worries you.", asked) is True


def test_pronouns_contractions_and_sympathy_are_not_content_words() -> None:
    assert content_words("She's sorry, but I'm out of the office again") == {"office"}


def _call(*lines: tuple[str, str]) -> Transcript:
    return Transcript(
        cues=tuple(
            Cue(speaker=who, start_s=10.0 * i, end_s=10.0 * i + 8.0, text=text)
            for i, (who, text) in enumerate(lines)
        ),
        format="json",
    )


def test_a_rep_answering_the_customers_question_in_a_call_is_not_paraphrasing() -> None:
    roles = {"Rep": "rep", "Buyer": "customer"}
    answered = analyze_transcript(
        _call(
            ("Buyer", "We check every van by hand. How long does delivery take?"),
            ("Rep", "Delivery of the vans takes ten weeks."),
        ),
        roles=roles,
    )
    restated = analyze_transcript(
        _call(
            ("Buyer", "We check every van by hand. Delivery takes ten weeks."),
            ("Rep", "Delivery of the vans takes ten weeks."),
        ),
        roles=roles,
    )
    assert answered.paraphrases == 0
    assert restated.paraphrases == 1


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        # A summary opening with "so" restates, in the rep's own words.
        ("Right, so a window of four hours, old machines, and not enough people.", True),
        ("Okay, so the count at the door isn't really happening.", True),
        # Not before a question word, the rep's own side, a next step or a new subject.
        ("So what does a normal week look like?", False),
        ("So I'll send the pricing over today.", False),
        ("So, first, a quick word about who we are.", False),
        ("So, numbers.", False),
    ],
)
def test_a_summary_opening_with_so_restates(turn: str, expected: bool) -> None:
    customer = "We clean the floor overnight between half twelve and five, with two drivers."
    assert is_paraphrase(turn, customer) is expected


def test_a_so_after_the_customers_question_answers_it() -> None:
    asked = "And how much would all that cost us?"
    assert is_paraphrase("So it comes to ninety pounds a month, all in.", asked) is False


def test_a_turn_that_opens_by_asking_to_be_told_more_is_asking() -> None:
    customer = "We plan the quarter in one long meeting and the team hates it."
    # "Tell me more…" is a question however it is punctuated, so the turn asks; the same
    # words said back as a statement restate.
    assert is_paraphrase("Tell me more about how the team plans the quarter.", customer) is False
    assert is_paraphrase("A long meeting the team hates.", customer) is True
