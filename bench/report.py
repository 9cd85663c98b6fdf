"""Writing a benchmark's figures into docs/performance.md between its markers."""

from __future__ import annotations

from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
PREAMBLE = (
    "# Performance\n\nEvery figure here comes from a benchmark command, run on the machine named "
    "beside it. Benchmarks are never part of `make test`.\n"
)


def write_section(text: str, *, start: str, end: str, title: str, command: str) -> None:
    """Put `text` between the `start` and `end` markers of docs/performance.md, replacing what
    was there; without the markers, append a `## title` section naming the command."""
    current = DOC.read_text(encoding="utf-8") if DOC.exists() else PREAMBLE
    block = f"{start}\n{text}\n{end}"
    if start in current and end in current:
        head, rest = current.split(start, 1)
        _, tail = rest.split(end, 1)
        updated = head + block + tail
    else:
        updated = current.rstrip("\n") + f"\n\n## {title}\n\nCommand: {command}.\n\n{block}\n"
    DOC.write_text(updated, encoding="utf-8")
