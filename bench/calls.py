"""Throughput of the conversation engine on thirty-minute calls (run with `make bench-calls`).

Generates a seeded corpus of calls in WebVTT and JSON, then times, on one core and in CPU time
of this process, parsing alone and the full analysis (parse + roles + every metric with sentence
detail), and records peak memory. Writes the figures into docs/performance.md between its calls
markers.

`python -m bench.calls --calls 100 --repeats 3 --no-write` prints the figures of a smaller run and
leaves the file alone: run it alternately with `PYTHONPATH=<another src tree>` to compare two
versions of the engine in separate processes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
import tracemalloc

from bench.report import write_section
from salescoach.domain.calls.analysis import ANALYZER_VERSION, analyze_transcript
from salescoach.domain.calls.questions import split_sentences
from salescoach.domain.calls.roles import assign_roles
from salescoach.domain.calls.transcripts import parse_transcript

CALL_SECONDS = 30 * 60
CORPUS = 200
REPEATS = 5
START, END = "<!-- bench-calls:start -->", "<!-- bench-calls:end -->"

# Calls are built from sentence frames with slots, so that, as in real calls, almost every
# sentence is different while short acknowledgements ("Right.", "Mm-hmm.") keep coming back.
SLOTS = {
    "team": (
        "the sales team",
        "finance",
        "our account managers",
        "the regional leads",
        "customer success",
        "the board",
        "operations",
        "the night shift",
    ),
    "thing": (
        "the forecast",
        "renewals",
        "the pipeline review",
        "onboarding",
        "the quarterly report",
        "invoicing",
        "handovers",
        "territory planning",
        "the weekly numbers",
    ),
    "tool": (
        "spreadsheets",
        "a CRM",
        "the old portal",
        "email threads",
        "a shared drive",
        "two separate systems",
        "a homegrown database",
    ),
    "when": (
        "last quarter",
        "in March",
        "every Monday",
        "after the merger",
        "this year",
        "two weeks ago",
        "at month end",
        "since the summer",
    ),
    "count": ("two", "three", "five", "a dozen", "forty", "several", "hundreds of"),
    "pain": (
        "slips",
        "arrives too late",
        "is never accurate",
        "takes a whole day",
        "breaks every other week",
        "needs three people",
        "keeps getting escalated",
    ),
    "feature": (
        "risk alerts",
        "automatic reminders",
        "a live dashboard",
        "the approval flow",
        "territory maps",
        "the mobile app",
        "usage reports",
    ),
}
REP_FRAMES = (
    "What made you start looking at {thing} {when}?",
    "How does {team} handle {thing} today?",
    "So what I'm hearing is that {thing} {pain}.",
    "It sounds like {team} is stretched by {thing}.",
    "Let me show you how our platform handles {thing} with {feature}.",
    "Do you already use {tool} for {thing}?",
    "Walk me through the last time {thing} {pain}.",
    "Our product connects {feature} to {tool}.",
    "Who else in {team} would be involved in a decision on {thing}?",
    "How many people in {team} work on {thing}",
    "Could you tell me more about what happened {when}?",
    "We offer {feature} for teams like {team}.",
    "I'll send you a summary of {thing} and {feature} tomorrow.",
    "Is {thing} something {team} reviews {when}?",
    "Why does {thing} matter so much to {team}?",
)
CUSTOMER_FRAMES = (
    "Honestly, we struggle with {thing} because it {pain}.",
    "{when} {count} of our largest customers left and nobody saw it coming.",
    "{team} spends every Monday pulling numbers out of {tool}.",
    "We'd be open to a different way of running {thing} if it saves time.",
    "I sign off on tools like this for {team} myself.",
    "It's a real pain for {team} when {thing} {pain}.",
    "We tried {tool} {when} and it did not stick.",
    "Right now {thing} lives in {tool}, and {team} hates it.",
    "We need {thing} to stop being a weekly fire drill.",
    "I'm not sure {feature} would fit how {team} works.",
    "Most of {thing} happens in {tool}, to be honest.",
    "We have {count} people touching {thing} at some point.",
)
LEADS = ("Well, ", "And ", "Honestly, ", "I think ", "So ", "Okay, ", "Now, ", "Um, ", "Look, ")
TAILS = (
    " for us",
    " at the moment",
    " as far as I know",
    ", I'd say",
    " these days",
    " in practice",
    " right now",
    " across the region",
)
ACKNOWLEDGEMENTS = ("Right.", "Okay.", "Mm-hmm.", "Yes.", "Got it.", "Sure.", "Yeah.", "I see.")


def _say(rng: random.Random, frames: tuple[str, ...]) -> str:
    if rng.random() < 0.15:
        return rng.choice(ACKNOWLEDGEMENTS)
    frame = rng.choice(frames)
    text = frame.format(**{key: rng.choice(values) for key, values in SLOTS.items()})
    if rng.random() < 0.5:
        text = rng.choice(LEADS) + (
            text if text[:2] in ("I ", "I'") else text[0].lower() + text[1:]
        )
    if rng.random() < 0.4:
        end = text[-1] if text[-1] in ".?!" else ""
        text = text.removesuffix(end) + rng.choice(TAILS) + end
    return text[0].upper() + text[1:]


def make_call(rng: random.Random) -> list[tuple[str, float, float, str]]:
    """A few hundred cues over thirty minutes, alternating mostly between rep and customer."""
    cues = []
    clock = 0.0
    speaker = "Alex Rep"
    while clock < CALL_SECONDS:
        frames = REP_FRAMES if speaker == "Alex Rep" else CUSTOMER_FRAMES
        text = " ".join(_say(rng, frames) for _ in range(1 if rng.random() < 0.75 else 2))
        duration = len(text.split()) / 2.8  # about 170 words a minute
        cues.append((speaker, clock, clock + duration, text))
        clock += duration + rng.uniform(0.2, 1.5)
        if rng.random() < 0.8:
            speaker = "Sam Buyer" if speaker == "Alex Rep" else "Alex Rep"
    return cues


def distinct_share(calls: list[list[tuple[str, float, float, str]]]) -> float:
    """The share of sentences that are said only once in their call: how little repetition
    the corpus has (real calls repeat acknowledgements, and little else)."""
    shares = []
    for call in calls:
        sentences = [s for _, _, _, text in call for s in split_sentences(text)]
        counts: dict[str, int] = {}
        for sentence in sentences:
            counts[sentence] = counts.get(sentence, 0) + 1
        shares.append(sum(1 for s in sentences if counts[s] == 1) / len(sentences))
    return sum(shares) / len(shares)


def as_vtt(cues: list[tuple[str, float, float, str]]) -> bytes:
    def stamp(s: float) -> str:
        ms = round(s * 1000)
        return (
            f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
        )

    parts = ["WEBVTT", ""]
    for i, (who, a, b, text) in enumerate(cues, 1):
        parts += [str(i), f"{stamp(a)} --> {stamp(b)}", f"<v {who}>{text}</v>", ""]
    return "\n".join(parts).encode()


def as_json(cues: list[tuple[str, float, float, str]]) -> bytes:
    return json.dumps(
        {"cues": [{"speaker": w, "start": a, "end": b, "text": t} for w, a, b, t in cues]}
    ).encode()


def _rates(files: list[bytes], repeats: int = REPEATS) -> tuple[float, float]:
    """Calls per CPU second for parsing only and for the full analysis, best of `repeats`
    rounds. Each round times both, one after the other, so that the two figures of the ratio
    see the machine at the same speed (a VM's speed drifts over a minute)."""
    best_parse = best_full = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for data in files:
            _parse(data)
        best_parse = min(best_parse, time.process_time() - started)
        started = time.process_time()
        for data in files:
            _full(data)
        best_full = min(best_full, time.process_time() - started)
    return len(files) / best_parse, len(files) / best_full


def _parse(data: bytes) -> None:
    parse_transcript(data)


def _full(data: bytes) -> None:
    transcript = parse_transcript(data)
    roles = assign_roles(transcript, rep_names=["Alex Rep"])
    analyze_transcript(transcript, roles=roles.as_mapping(), detail=True).to_json()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--calls", type=int, default=CORPUS, help="calls in the corpus")
    parser.add_argument("--repeats", type=int, default=REPEATS, help="rounds; the best counts")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    rng = random.Random(20261122)
    calls = [make_call(rng) for _ in range(args.calls)]
    cue_count = sum(len(c) for c in calls) / len(calls)
    rows = []
    for name, encode in (("WebVTT", as_vtt), ("JSON", as_json)):
        files = [encode(c) for c in calls]
        parse_rate, full_rate = _rates(files, args.repeats)
        tracemalloc.start()
        _full(files[0])
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rows.append((name, parse_rate, full_rate, peak / 2**20, sum(map(len, files)) / len(files)))
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} with analyser {ANALYZER_VERSION}, Python "
        f"{platform.python_version()}, one process on one core of this machine "
        f"({platform.machine()}, {os.cpu_count()} cores), timed in CPU seconds of that process "
        f"so that other work on the machine does not count: {args.calls} generated thirty-minute "
        "calls, about "
        f"{cue_count:.0f} cues each, {distinct_share(calls):.0%} of their sentences said only "
        f"once in their call; best of {args.repeats} rounds, each timing parsing and "
        "the full analysis one after the other.",
        "",
        "| format | file size | parse only (calls/s) | full analysis (calls/s) "
        "| analysis ÷ parse cost | peak memory per call |",
        "|---|---|---|---|---|---|",
    ]
    for name, parse_rate, full_rate, peak_mb, size in rows:
        lines.append(
            f"| {name} | {size / 1024:.0f} KiB | {parse_rate:.0f} | {full_rate:.0f} | "
            f"{parse_rate / full_rate:.1f}× | {peak_mb:.1f} MiB |"
        )
    lines += [
        "",
        "Targets: ≥ 500 thirty-minute calls per second per core for the full analysis, and the",
        "analysis within 10× the cost of parsing.",
    ]
    block = "\n".join(lines)
    if args.no_write:
        print(block)
        return 0
    write_section(
        block,
        start=START,
        end=END,
        title="Conversation engine",
        command="`make bench-calls` (`python -m bench.calls`)",
    )
    print(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
