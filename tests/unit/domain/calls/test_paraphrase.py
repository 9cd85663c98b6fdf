"""What does not count as restating the customer, though it shares their words: greetings and
goodbyes, a time or a figure said back, an answer to the customer's question, a word of
sympathy. Each case is checked against the same turn that does restate."""

from __future__ import annotations

import pytest

from salescoach.domain.calls.analysis import analyze_transcript
from salescoach.domain.calls.questions import (
    content_words,
    is_paraphrase,
    normalise,
    restating_sentence,
)
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
        # Thanks and an acknowledgement take the point; they do not restate it.
        ("That's fine, plenty of our kennels keep their own forms.", "We keep our own forms."),
        ("Makes sense, the forms are the easy part.", "The forms are the easy part, really."),
        ("Thanks for explaining the forms.", "The forms go to the council every month."),
        ("You're welcome, Ines, the forms will be there.", "Thanks, that's the forms sorted."),
        ("I hear that a lot about forms.", "Nobody reads the forms."),
        # The rep's own next step or conclusion after "so".
        ("So what I'll do is send the forms tonight.", "The forms take ages."),
        ("So that's the forms sorted.", "The forms were the last thing."),
        ("So here's what I'd do with the forms.", "The forms take ages."),
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
        ("So thanks for booking the call with the two drivers.", False),
        ("So that's all done overnight by two drivers.", True),
        # The rep's own inference about the cause restates nothing.
        ("Right, so that would explain the drivers going home early.", False),
        ("Yes, so that's the cause of the late nights.", False),
        ("Right, so that'll be why the drivers go home early, then.", False),
        ("So that's why the floor's still wet at five.", False),
        # A short reaction may come first: "ouch, so…", "fair enough, so…", "that's
        # horrible, so…".
        ("Ouch, so two drivers for the whole floor, every night.", True),
        ("Oh no, so it all has to happen between half twelve and five.", True),
        ("That's brutal, so the drivers never get a full night.", True),
        # Not a clause of the rep's own before the "so".
        ("It runs on its own, so nobody has to stay late.", False),
        ("We've got a night mode, so the drivers can go home.", False),
        # The rep's own point announced (since 2.111.0).
        ("So the first thing to say is that our drivers are all trained.", False),
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


def test_the_sentence_that_restates_is_found() -> None:
    customer = "Our drivers lose three mornings a month to re-planning."

    def words() -> set[str]:
        return {"driver", "lose", "three", "morning", "month", "re-planning"}

    turn = ["Okay.", "So you lose three mornings a month.", "What does that cost?"]
    assert restating_sentence([normalise(s) for s in turn], words) == 1
    assert restating_sentence([normalise("What does that cost?")], words) is None
    assert is_paraphrase(" ".join(turn), customer) is True


def test_a_restating_phrase_after_an_echo_carries_the_mark() -> None:
    # The first sentence echoes the customer's words; the restatement proper follows it.
    def words() -> set[str]:
        return {"waste", "stock", "bin"}

    turn = ["The waste, the stock you bin.", "It sounds like the waste is the worry."]
    assert restating_sentence([normalise(s) for s in turn], words) == 1
    # Without a restating phrase after it, the echo itself is the restatement.
    turn = ["The waste, the stock you bin.", "Let me show you the stock screen."]
    assert restating_sentence([normalise(s) for s in turn], words) == 0
    # Reassurance that echoes the customer's worry ("daft") restates nothing.
    assert is_paraphrase("Not daft at all.", "Maybe that's daft, I don't know.") is False


def test_in_a_call_the_restatement_is_marked_on_its_own_sentence() -> None:
    # A reaction first, then the summary: the mark (and its evidence) is on the summary, not
    # on "Ouch.".
    result = analyze_transcript(
        _call(
            ("Buyer", "We lose three mornings a month re-planning the routes by hand."),
            ("Rep", "Ouch. So three mornings a month go on re-planning. What does that cost?"),
        ),
        roles={"Rep": "rep", "Buyer": "customer"},
        detail=True,
    )
    marked = [s.text for s in result.sentences if "paraphrase" in s.labels]
    assert marked == ["So three mornings a month go on re-planning."]
    assert result.paraphrases == 1
    assert [m.quote for m in result.evidence if m.kind == "paraphrase"] == marked


def test_saying_the_customers_name_back_restates_nothing() -> None:
    roles = {"Rep": "rep", "Gillian Crowe": "customer"}
    thanked = analyze_transcript(
        _call(
            ("Rep", "Can I take your name, please?"),
            ("Gillian Crowe", "It's Gillian Crowe, from Marsh Lane."),
            ("Rep", "Thanks, Gillian."),
        ),
        roles=roles,
    )
    # The same words about a place she named do repeat what she said.
    echoed = analyze_transcript(
        _call(
            ("Rep", "Can I take your name, please?"),
            ("Gillian Crowe", "It's Gillian Crowe, from Marsh Lane."),
            ("Rep", "Thanks, Marsh Lane."),
        ),
        roles=roles,
    )
    assert thanked.paraphrases == 0
    assert echoed.paraphrases == 1


def test_a_summary_that_presents_is_no_restatement() -> None:
    # "So the scales weigh each hive…" opens like a summary, but the rep is presenting: the
    # pitch classifier reads it so (no pitch phrase does), and after a reaction the turn is
    # not counted as restating. A summary of what the customer said is.
    roles = {"Rep": "rep", "Buyer": "customer"}
    customer = ("Buyer", "We weigh each hive by hand every week, and it takes a whole day.")
    presenting = analyze_transcript(
        _call(
            customer,
            ("Rep", "Right. So the scales weigh each hive every hour and send it to your phone."),
        ),
        roles=roles,
        detail=True,
    )
    restating = analyze_transcript(
        _call(
            customer,
            ("Rep", "Right. So weighing the hives by hand takes you a whole day every week."),
        ),
        roles=roles,
        detail=True,
    )
    assert "pitch" in presenting.sentences[-1].labels
    assert presenting.paraphrases == 0
    assert restating.paraphrases == 1


def test_checking_the_understanding_restates_whatever_the_words() -> None:
    # The opening phrase alone makes it a restatement, with no word shared with the customer;
    # the customer's question before it does not stop it either.
    customer = "Is the two-year term the only option?"
    assert is_paraphrase("So if I've got it right, it's the term that worries you.", customer)
    assert is_paraphrase("If I've got you right, you want to try it first.", customer)
    assert not is_paraphrase("I've got the right form here for it.", customer)


def test_naming_the_customers_main_concern_back_restates() -> None:
    customer = "The signal drops at the back, so people walk off without paying."
    assert is_paraphrase("So the main thing is something that works at the counter.", customer)
    assert is_paraphrase("If I've understood you, it's the counter that matters.", customer)
    assert not is_paraphrase("The main thing we do is card machines.", customer)


def test_naming_the_customers_worry_back_restates() -> None:
    customer = "We'd be putting the members' addresses on somebody else's computer."
    assert is_paraphrase("So the worry is where your members' details live.", customer)
    assert is_paraphrase("So your concern is who can see them.", customer)
    assert not is_paraphrase("The worry for most clubs is the cost.", customer)


@pytest.mark.parametrize(
    "turn",
    [
        "Sounds like a good set-up.",
        "It sounds like the right order to do it in.",
        "Sounds like it's going well, though.",
        # Said of "that", and of what the customer went through (since 2.136.0).
        "That sounds like a horrible week.",
        "Ha, sounds like a busy one.",
    ],
)
def test_a_verdict_on_what_was_said_restates_nothing(turn: str) -> None:
    # The rep judging what they heard (since 2.132.0), where the same opening with what was
    # said put back restates.
    customer = (
        "We run the set-up in the right order, and it's going well, but it was a horrible, busy "
        "week."
    )
    assert is_paraphrase(turn, customer) is False
    assert is_paraphrase("It sounds like the set-up runs in the right order.", customer) is True
