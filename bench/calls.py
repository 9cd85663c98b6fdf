"""Throughput of the conversation engine on thirty-minute calls (run with `make bench-calls`).

Generates a seeded corpus of calls in WebVTT and JSON, then times, on one core, parsing alone
and the full analysis (parse + roles + every metric with sentence detail), and records peak
memory. Writes the figures into docs/performance.md between its calls markers.
"""

from __future__ import annotations

import json
import platform
import random
import sys
import time
import tracemalloc
from pathlib import Path

from salescoach.domain.calls.analysis import ANALYZER_VERSION, analyze_transcript
from salescoach.domain.calls.roles import assign_roles
from salescoach.domain.calls.transcripts import parse_transcript

ROOT = Path(__file__).resolve().parent.parent
CALL_SECONDS = 30 * 60
CORPUS = 200
REPEATS = 3
START, END = "<!-- bench-calls:start -->", "<!-- bench-calls:end -->"

REP_LINES = (
    "What made you start looking at this now?",
    "How do you handle renewals today?",
    "So what I'm hearing is that the reports arrive too late to act on.",
    "Let me show you how our platform flags accounts at risk.",
    "Do you already use a CRM for this?",
    "Walk me through the last time a deal slipped.",
    "Our product connects to the tools you already use.",
    "Right.",
    "Okay, that makes sense.",
    "Who else would be involved in a decision like this?",
)
CUSTOMER_LINES = (
    "Honestly, we struggle with keeping the forecast accurate.",
    "Last quarter two of our largest customers left and nobody saw it coming.",
    "The team spends every Monday pulling numbers from four systems.",
    "Mm-hmm.",
    "Yes.",
    "We'd be open to a different way of working if it saves time.",
    "I sign off on tools like this myself.",
    "It's a real pain for the managers.",
    "We tried something similar two years ago and it did not stick.",
)


def make_call(rng: random.Random) -> list[tuple[str, float, float, str]]:
    """About 400 cues over thirty minutes, alternating mostly between rep and customer."""
    cues = []
    clock = 0.0
    speaker = "Alex Rep"
    while clock < CALL_SECONDS:
        lines = REP_LINES if speaker == "Alex Rep" else CUSTOMER_LINES
        text = " ".join(rng.choice(lines) for _ in range(1 if rng.random() < 0.75 else 2))
        duration = len(text.split()) / 2.8  # about 170 words a minute
        cues.append((speaker, clock, clock + duration, text))
        clock += duration + rng.uniform(0.2, 1.5)
        if rng.random() < 0.8:
            speaker = "Sam Buyer" if speaker == "Alex Rep" else "Alex Rep"
    return cues


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


def _rate(fn, files: list[bytes]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        for data in files:
            fn(data)
        best = min(best, time.perf_counter() - started)
    return len(files) / best


def _parse(data: bytes) -> None:
    parse_transcript(data)


def _full(data: bytes) -> None:
    transcript = parse_transcript(data)
    roles = assign_roles(transcript, rep_names=["Alex Rep"])
    analyze_transcript(transcript, roles=roles.as_mapping(), detail=True).to_json()


def main() -> int:
    rng = random.Random(20261122)
    calls = [make_call(rng) for _ in range(CORPUS)]
    cue_count = sum(len(c) for c in calls) / len(calls)
    rows = []
    for name, encode in (("WebVTT", as_vtt), ("JSON", as_json)):
        files = [encode(c) for c in calls]
        parse_rate = _rate(_parse, files)
        full_rate = _rate(_full, files)
        tracemalloc.start()
        _full(files[0])
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rows.append((name, parse_rate, full_rate, peak / 2**20, sum(map(len, files)) / len(files)))
    lines = [
        START,
        f"Measured {time.strftime('%Y-%m-%d')} with analyser {ANALYZER_VERSION}, Python "
        f"{platform.python_version()}, one process on one core of this machine "
        f"({platform.machine()}): {CORPUS} generated thirty-minute calls, about "
        f"{cue_count:.0f} cues each; best of {REPEATS} runs.",
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
        END,
    ]
    block = "\n".join(lines)
    doc = ROOT / "docs" / "performance.md"
    text = (
        doc.read_text(encoding="utf-8")
        if doc.exists()
        else (
            "# Performance\n\nEvery figure here comes from a benchmark command, run on the machine "
            "named beside it. Benchmarks are never part of `make test`.\n\n"
            "## Conversation engine\n\nCommand: `make bench-calls` (`python -m bench.calls`).\n\n"
            f"{START}\n{END}\n"
        )
    )
    if START in text and END in text:
        text = text[: text.index(START)] + block + text[text.index(END) + len(END) :]
    else:
        text += "\n" + block + "\n"
    doc.write_text(text, encoding="utf-8")
    print(block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
