"""Talk-time figures of one call: speaking time, turns, monologues, interactivity, patience."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from salescoach.domain.calls.lexicon import BACKCHANNEL_MAX_S, BACKCHANNEL_MAX_WORDS
from salescoach.domain.calls.transcripts import Cue

REP = "rep"
CUSTOMER = "customer"


class Turn(NamedTuple):
    """A maximal run of consecutive cues of one speaker. (A named tuple: cheap to create.)"""

    speaker: str
    role: str
    start_s: float
    end_s: float
    cue_indices: tuple[int, ...]
    words: int

    @property
    def is_backchannel(self) -> bool:
        """At most 3 words and at most 2 seconds: a listening noise, not an interruption."""
        return (
            self.words <= BACKCHANNEL_MAX_WORDS and self.end_s - self.start_s <= BACKCHANNEL_MAX_S
        )


def union_length(intervals: Sequence[tuple[float, float]]) -> float:
    """Length in seconds of the union of [start, end] intervals (overlaps counted once)."""
    total = 0.0
    current_start = current_end = None
    for start, end in sorted(intervals):
        if current_end is None or start > current_end:
            if current_end is not None and current_start is not None:
                total += current_end - current_start
            current_start, current_end = start, end
        elif end > current_end:
            current_end = end
    if current_end is not None and current_start is not None:
        total += current_end - current_start
    return total


def clip(intervals: Sequence[tuple[float, float]], until: float) -> list[tuple[float, float]]:
    """The parts of the intervals before a moment."""
    return [(s, min(e, until)) for s, e in intervals if s < until]


def talk_seconds(cues: Sequence[Cue], *, until: float | None = None) -> dict[str, float]:
    """`talk_s` per speaker: the length of the union of their cue intervals (seconds)."""
    by_speaker: dict[str, list[tuple[float, float]]] = {}
    for cue in cues:
        by_speaker.setdefault(cue.speaker, []).append((cue.start_s, cue.end_s))
    return {
        speaker: union_length(clip(spans, until) if until is not None else spans)
        for speaker, spans in by_speaker.items()
    }


def rep_share(talk: Mapping[str, float], roles: Mapping[str, str]) -> float | None:
    """Rep speakers' talk_s over all speakers' talk_s (0..1); None when nobody spoke."""
    total = sum(talk.values())
    if total <= 0:
        return None
    return sum(t for s, t in talk.items() if roles.get(s) == REP) / total


def build_turns(cues: Sequence[Cue], roles: Mapping[str, str]) -> list[Turn]:
    """Group consecutive cues of the same speaker into turns."""
    turns: list[Turn] = []
    index = 0
    count = len(cues)
    while index < count:
        first = cues[index]
        speaker = first.speaker
        stop = index + 1
        end = first.end_s
        words = first.text.count(" ") + 1
        while stop < count and cues[stop].speaker == speaker:
            cue = cues[stop]
            end = max(end, cue.end_s)
            words += cue.text.count(" ") + 1
            stop += 1
        turns.append(
            Turn(
                speaker,
                roles.get(speaker, CUSTOMER),
                first.start_s,
                end,
                tuple(range(index, stop)),
                words,
            )
        )
        index = stop
    return turns


def interactivity_per_min(turns: Sequence[Turn], duration_s: float) -> float:
    """Switches between a rep turn and a customer turn, per minute of the call."""
    minutes = duration_s / 60
    if minutes <= 0:
        return 0.0
    switches = sum(1 for a, b in pairwise(turns) if {a.role, b.role} == {REP, CUSTOMER})
    return switches / minutes


@dataclass(frozen=True)
class Stretch:
    """The longest uninterrupted stretch of one side: when it started and how long it ran."""

    start_s: float
    length_s: float
    speaker: str  # who opened the stretch


def longest_stretch(turns: Sequence[Turn], *, role: str) -> Stretch | None:
    """From the start of a `role` turn to the end of its last cue before the other side takes a
    turn that is not a backchannel (≤ 3 words and ≤ 2 s); the longest such span, in seconds."""
    best: Stretch | None = None
    start: float | None = None
    opener = ""
    end = 0.0
    for turn in turns:
        if turn.role == role:
            if start is None:
                start, opener = turn.start_s, turn.speaker
            end = max(end, turn.end_s)
        elif start is not None and not turn.is_backchannel:
            if best is None or end - start > best.length_s:
                best = Stretch(start, end - start, opener)
            start, end = None, 0.0
    if start is not None and (best is None or end - start > best.length_s):
        best = Stretch(start, end - start, opener)
    return best


def patience_s(turns: Sequence[Turn]) -> float | None:
    """Mean over customer-turn → rep-turn transitions of max(0, rep start − customer end)."""
    pauses = [
        max(0.0, b.start_s - a.end_s)
        for a, b in pairwise(turns)
        if a.role == CUSTOMER and b.role == REP
    ]
    return sum(pauses) / len(pauses) if pauses else None
