"""The demo's dialogue reads, line by line, as the conversation engine is meant to read it: the
planted profiles show only when what the rep says before presenting is no pitch, the pitch is
one, the customer's need is one and a customer with no need admits none."""

from __future__ import annotations

from collections.abc import Iterable

from salescoach.demo import calls as demo
from salescoach.domain.calls.analysis import analyze_transcript
from salescoach.domain.calls.transcripts import Cue, Transcript

REP, CUSTOMER = "Rep", "Customer"


def _labels(lines: Iterable[str], *, speaker: str) -> dict[str, tuple[str, ...]]:
    """Each sentence of `lines`, said one after the other by `speaker`, with the labels the
    engine gives it."""
    cues = tuple(
        Cue(speaker=speaker, start_s=index * 10.0, end_s=index * 10.0 + 8.0, text=line)
        for index, line in enumerate(lines)
    )
    # The other side says one word, so the call has both roles.
    other = CUSTOMER if speaker == REP else REP
    cues += (Cue(speaker=other, start_s=len(cues) * 10.0, end_s=len(cues) * 10.0 + 1, text="Ok."),)
    transcript = Transcript(cues=cues, format="vtt", estimated_timing=False, warnings=())
    result = analyze_transcript(transcript, roles={REP: "rep"}, detail=True)
    assert result.sentences is not None
    return {s.text: s.labels for s in result.sentences if s.speaker == speaker}


def test_nothing_the_rep_says_before_presenting_reads_as_a_pitch() -> None:
    before = (
        *demo.OPENERS,
        *(question for question, _ in demo.SMALL_TALK),
        *demo.AGENDAS,
        *demo.OPEN_QUESTIONS,
        *demo.CLOSED_QUESTIONS,
        *demo.PROBES,
        *demo.PARAPHRASES,
        *demo.BACKCHANNELS,
        "Would it help if I showed you how we would approach it?",
    )
    read = _labels(before, speaker=REP)
    assert len(read) >= len(before)
    assert [sentence for sentence, labels in read.items() if "pitch" in labels] == []


def test_every_opening_of_the_pitch_reads_as_one() -> None:
    read = _labels(demo.PITCHES, speaker=REP)
    assert len(read) == len(demo.PITCHES)
    assert all("pitch" in labels for labels in read.values()), read


def test_every_need_statement_reads_as_a_need() -> None:
    read = _labels(demo.NEED_STATEMENTS, speaker=CUSTOMER)
    assert len(read) == len(demo.NEED_STATEMENTS)
    assert all("need" in labels for labels in read.values()), read


def _replies(exchanges: Iterable[tuple[str, str]]) -> list[tuple[str, tuple[str, ...]]]:
    """Each customer line said straight after the rep's line paired with it, as the demo
    places them (the need and objection classifiers weigh where a statement falls), with
    the labels the engine gives it."""
    cues: list[Cue] = []
    for index, (rep_line, customer_line) in enumerate(exchanges):
        start = index * 20.0
        cues.append(Cue(speaker=REP, start_s=start, end_s=start + 8.0, text=rep_line))
        cues.append(Cue(speaker=CUSTOMER, start_s=start + 10, end_s=start + 18, text=customer_line))
    transcript = Transcript(cues=tuple(cues), format="vtt", estimated_timing=False, warnings=())
    result = analyze_transcript(transcript, roles={REP: "rep"}, detail=True)
    assert result.sentences is not None
    return [(s.text, s.labels) for s in result.sentences if s.speaker == CUSTOMER]


def test_a_customer_with_no_need_admits_none() -> None:
    # Where the demo has a customer with no need say each line: the small talk in reply to
    # the rep's opener and chat, the calm stories in reply to open questions and probes, the
    # short answers to closed questions and after the walk-through, "nothing needs fixing"
    # after a short answer, the reactions to the walk-through (after the pitch).
    calm = [
        f"{where}, {how}, {verdict}."
        for where in demo.STORY_WHERE
        for how in demo.CALM_HOW
        for verdict in demo.CALM_VERDICT
    ]
    asked = (*demo.OPEN_QUESTIONS, *demo.PROBES)
    short_after = (*demo.CLOSED_QUESTIONS, demo.DEMO_STEPS[-1])
    exchanges = [
        *((opener, reply) for opener in demo.OPENERS for reply in demo.SMALL_TALK_REPLY),
        *demo.SMALL_TALK,
        *((agenda, "Yes, that works.") for agenda in demo.AGENDAS),
        *((asked[i % len(asked)], line) for i, line in enumerate((*demo.CALM_STORY, *calm))),
        *((question, short) for question in short_after for short in demo.CUSTOMER_SHORT),
        *(
            (question, f"{short} {no_need}")
            for question in demo.CLOSED_QUESTIONS
            for short in demo.CUSTOMER_SHORT
            for no_need in demo.NO_NEED
        ),
        (demo.PITCHES[0], "Okay."),
        *((step, reaction) for step in demo.DEMO_STEPS for reaction in demo.DEMO_REACTIONS),
    ]
    read = _replies(exchanges)
    assert len(read) >= len(exchanges)
    assert [sentence for sentence, labels in read if "need" in labels] == []
