"""`salescoach analyze-call`: analyse transcript files without a database."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from salescoach.domain.calls.analysis import analyze_transcript
from salescoach.domain.calls.roles import assign_roles
from salescoach.domain.calls.transcripts import TranscriptFormatError, parse_transcript

SUFFIXES = {".vtt", ".srt", ".json", ".txt"}
MAX_BYTES = 50 * 1024 * 1024
PROG = "salescoach analyze-call"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Measure the customer conversation in call transcripts."
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="transcript files or folders")
    parser.add_argument(
        "--rep",
        action="append",
        default=[],
        metavar="NAME",
        help="a speaker who is the rep (repeatable); otherwise guessed",
    )
    parser.add_argument("--kind", choices=("sales", "service"), default="sales")
    parser.add_argument("--format", choices=("json", "text"), default="json", dest="output")
    parser.add_argument(
        "--detail", action="store_true", help="add every sentence with its labels (json)"
    )
    return parser


def _files(paths: Sequence[str], err: TextIO) -> tuple[list[Path], int]:
    files: list[Path] = []
    missing = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            )
        elif path.is_file():
            files.append(path)
        else:
            print(f"{PROG}: {raw}: not a file or directory", file=err)
            missing += 1
    return files, missing


def analyze_file(
    path: Path, *, rep_names: Sequence[str], kind: str, detail: bool
) -> dict[str, Any]:
    """Parse, assign roles and analyse one file; raises TranscriptFormatError with the reason."""
    if path.stat().st_size > MAX_BYTES:
        raise TranscriptFormatError(f"larger than {MAX_BYTES // 2**20} MB")
    transcript = parse_transcript(path.read_bytes(), filename=path.name)
    roles = assign_roles(transcript, rep_names=rep_names)
    result = analyze_transcript(
        transcript, roles=roles.as_mapping(), kind=kind, detail=detail
    ).to_json()
    result["warnings"] = [*result["warnings"], *roles.warnings]
    result["file"] = str(path)
    result["roles"] = [
        {"speaker": s.speaker, "role": s.role, "method": s.method, "confidence": s.confidence}
        for s in roles.speakers
    ]
    return result


def _text_report(result: dict[str, Any]) -> str:
    q = result["questions"]
    share = result["rep_talk_share"]
    disc = result["discovery_rep_talk_share"]
    # Discovery, pitch before need, focus and the references of the question and story figures
    # are for sales calls.
    selling = result["kind"] == "sales"

    def sales_ref(text: str) -> str:
        return text if selling else ""

    lines = [
        f"{result['file']} ({result['format']}, {result['duration_s'] / 60:.1f} min"
        f"{', estimated timing' if result['estimated_timing'] else ''})",
        "  speakers: "
        + ", ".join(
            f"{s['name']} ({s['role']}, {s['talk_share']:.0%})" for s in result["speakers"]
        ),
        f"  rep talk share: {'—' if share is None else f'{share:.0%}'}"
        "   (Gong Labs: top reps ≈ 43%, average 65–75%)",
    ]
    if selling:
        lines.append(
            f"  rep talk share in discovery: {'—' if disc is None else f'{disc:.0%}'}"
            "   (methodology bar: ≤ 20%, the customer talks ≥ 80%)"
        )
    lines += [
        f"  questions: {q['total']} ({q['open']} open, {q['closed']} closed, "
        f"{q['per_hour']:.0f}/hour)"
        + sales_ref("   (Gong Labs: 11–14 per discovery call do best)"),
        f"  paraphrases: {result['paraphrases']} ({result['paraphrases_per_hour']:.0f}/hour)",
        f"  longest rep monologue: {result['longest_rep_monologue_s']:.0f} s; "
        f"longest customer story: {result['longest_customer_story_s']:.0f} s"
        + sales_ref("   (Gong Labs: ≈ 4 min on won calls, ≤ 50 s with lower close rates)"),
    ]
    if selling:
        focus = result["focus"]
        reached = [k for k, v in result["checkpoints"].items() if v["reached"]]
        lines += [
            f"  pitch before need: {'yes' if result['pitch_before_need'] else 'no'}",
            f"  focus: {focus['verdict']} — {'; '.join(focus['reasons'])}",
            f"  checkpoints reached: {', '.join(reached) or 'none'}",
            f"  {result['checkpoint_verdict']}",
        ]
    else:
        reached = [k for k, v in result["service_steps"].items() if v["reached"]]
        lines.append(f"  problem-solving steps reached: {', '.join(reached) or 'none'}")
    lines += [f"  warning: {w}" for w in result["warnings"]]
    return "\n".join(lines)


def run_analyze_call(
    argv: Sequence[str], *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """The command: 0 when every file was analysed, 1 when any failed, 2 on bad usage."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    files, failures = _files(args.paths, err)
    results: list[dict[str, Any]] = []
    progress = tqdm(files, unit="call", file=err, disable=len(files) < 2)
    for path in progress:
        try:
            results.append(
                analyze_file(path, rep_names=args.rep, kind=args.kind, detail=args.detail)
            )
        except (TranscriptFormatError, OSError) as error:
            failures += 1
            progress.write(f"{PROG}: {path}: {error}", file=err)
    if args.output == "json":
        single = len(args.paths) == 1 and len(files) == 1 and Path(args.paths[0]).is_file()
        payload: Any = results[0] if single and results else results
        out.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        out.write("\n\n".join(_text_report(r) for r in results) + ("\n" if results else ""))
    return 1 if failures or not files else 0
