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


def test_a_customer_with_no_need_admits_none() -> None:
    calm = [
        f"{where}, {how}, {verdict}."
        for where in demo.STORY_WHERE
        for how in demo.CALM_HOW
        for verdict in demo.CALM_VERDICT
    ]
    said = (
        *demo.SMALL_TALK_REPLY,
        *(answer for _, answer in demo.SMALL_TALK),
        "Yes, that works.",
        *demo.CALM_STORY,
        *calm,
        *demo.CUSTOMER_SHORT,
        *demo.NO_NEED,
        *demo.DEMO_REACTIONS,
    )
    read = _labels(said, speaker=CUSTOMER)
    assert len(read) >= len(calm)
    assert [sentence for sentence, labels in read.items() if "need" in labels] == []
