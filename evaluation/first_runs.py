"""First runs of the blind sets: how each analyser did on calls written for it by someone who had
not seen its rules, before those calls shaped any rule.

Every `heldoutN-*` set of tests/data/calls was added, marked unseen, in the commit whose analyser
ran it once (the commit message says so). The figures each set gave then are the project's honest
measure of how the rules and classifiers carry over to new calls; once a set has shaped a rule its
figures on later analysers are no longer blind. This command rebuilds each set's first run from
the project's history: for each set it takes, with `git archive`, the engine, the evaluation code
and the labels of the commit that added the set, scores the set with them in a separate Python
process, and writes the counts to `evaluation/first_runs.json`. `make eval` pools them into
docs/quality.md (`report_lines`). Run it with `make first-runs` (a minute or two; it needs the
git history, so not in a shallow clone); nothing here runs in `make test` but the pooling.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from evaluation.scores import Score

ROOT = Path(__file__).resolve().parent.parent
CALLS = Path("tests") / "data" / "calls"
RESULTS = Path(__file__).resolve().parent / "first_runs.json"
SET_NAME = re.compile(r"^(heldout\d*)-")
# The labels whose F1 the pooled table shows, in this order.
POOLED_LABELS = ("need", "objection", "pitch", "paraphrase", "commitment")

# Run inside the archived tree (its `src` and `evaluation` first on the path): score one set with
# that tree's own code, and print the counts as JSON. Older trees lack some of the tallies; what
# is missing is left out.
_SCORE_ONE_SET = """
import json, sys
from pathlib import Path
from evaluation.labelled import agreement, labelled_calls
from salescoach.domain.calls.analysis import ANALYZER_VERSION
folder, prefix = Path(sys.argv[1]), sys.argv[2]
calls = [c for c in labelled_calls(folder) if c.name.startswith(prefix)]
r = agreement(calls)
out = {
    "analyzer": ANALYZER_VERSION,
    "calls": len(calls),
    "labels": {k: [s.tp, s.fp, s.fn] for k, s in r.labels.items()},
    "question": [r.question.tp, r.question.fp, r.question.fn],
}
for key, right, total in (
    ("kind", "kind_right", "kind_total"),
    ("checkpoints", "checkpoints_right", "checkpoints_total"),
    ("steps", "steps_right", "steps_total"),
    ("focus", "focus_right", "focus_total"),
):
    if hasattr(r, right):
        out[key] = [getattr(r, right), getattr(r, total)]
if hasattr(r, "pitch_before_need_right"):
    out["pitch_before_need"] = [r.pitch_before_need_right, len(calls)]
print(json.dumps(out))
"""


@dataclass
class Pooled:
    """The counts of several first runs added together."""

    sets: int = 0
    calls: int = 0
    labels: dict[str, Score] = field(default_factory=dict)
    question: Score = field(default_factory=Score)
    tallies: dict[str, tuple[int, int]] = field(default_factory=dict)  # right, total

    def share(self, key: str) -> float | None:
        right, total = self.tallies.get(key, (0, 0))
        return right / total if total else None


def pool(runs: Iterable[Mapping[str, Any]]) -> Pooled:
    """Add up the first runs' counts: per label true positives, false positives and false
    negatives (so F1 comes from the pooled counts, not an average of each set's F1), and each
    tally of verdicts right out of those given."""
    pooled = Pooled()
    for run in runs:
        pooled.sets += 1
        pooled.calls += int(run["calls"])
        for label, counts in run["labels"].items():
            _add(pooled.labels.setdefault(label, Score()), counts)
        _add(pooled.question, run["question"])
        for key in ("kind", "checkpoints", "steps", "pitch_before_need", "focus"):
            if key in run:
                right, total = pooled.tallies.get(key, (0, 0))
                pooled.tallies[key] = (right + int(run[key][0]), total + int(run[key][1]))
    return pooled


def _add(score: Score, counts: Sequence[int]) -> None:
    """Add a run's true positives, false positives and false negatives to `score`."""
    tp, fp, fn = counts
    score.tp, score.fp, score.fn = score.tp + tp, score.fp + fp, score.fn + fn


def _release(version: str) -> tuple[int, int]:
    """The major and minor numbers of an analyser version ("2.48.1" → (2, 48))."""
    major, minor = version.split(".")[:2]
    return int(major), int(minor)


def _group(version: str) -> str:
    """Analysers by tens of minor versions: 2.0 to 2.9, 2.10 to 2.19, …"""
    major, minor = _release(version)
    low = minor // 10 * 10
    return f"{major}.{low}–{major}.{low + 9}"


def _f1(score: Score | None) -> str:
    return f"{score.f1:.2f}" if score is not None and score.tp + score.fp + score.fn else "–"


def _percent(value: float | None) -> str:
    return f"{value:.0%}" if value is not None else "–"


def report_lines(results: Mapping[str, Any]) -> list[str]:
    """The docs/quality.md section: the first runs pooled by tens of analyser versions and over
    all sets."""
    runs: Sequence[Mapping[str, Any]] = results.get("sets", [])
    if not runs:
        return []
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for run in sorted(runs, key=lambda r: _release(r["analyzer"])):
        groups.setdefault(_group(run["analyzer"]), []).append(run)
    header = (
        "| analysers | sets | calls | "
        + " | ".join(f"{label} F1" for label in POOLED_LABELS)
        + " | question F1 | open/closed | checkpoints | pitch before need | focus | service steps |"
    )
    lines = [
        "### First runs of the blind sets, pooled",
        "",
        "Each held-out set was run once on an analyser that had not seen it, before it shaped any",
        "rule; those first runs are the fairest measure of how the rules and the classifiers carry",
        "over to calls nobody tuned them on. They are rebuilt from the project's history by `make",
        "first-runs`: each set scored with the engine, evaluation code and labels of the commit",
        "that added it (`evaluation/first_runs.json`; for the first four calls that is 2.3.0,",
        "for every later set the analyser it was written for), and pooled here by the analyser's",
        "version: F1 from the summed counts of the sets, the verdicts as the share that agree",
        "(open/closed: of the questions both the engine and the labels found).",
        "",
        header,
        "|---|" + "---|" * (len(POOLED_LABELS) + 8),
    ]
    for name, members in [*groups.items(), ("all", list(runs))]:
        p = pool(members)
        cells = [_f1(p.labels.get(label)) for label in POOLED_LABELS]
        label = f"**{name}**" if name == "all" else name
        lines.append(
            f"| {label} | {p.sets} | {p.calls} | "
            + " | ".join(cells)
            + f" | {_f1(p.question)} | {_percent(p.share('kind'))} | "
            f"{_percent(p.share('checkpoints'))} | {_percent(p.share('pitch_before_need'))} | "
            f"{_percent(p.share('focus'))} | {_percent(p.share('steps'))} |"
        )
    skipped = results.get("skipped", [])
    lines.append("")
    if skipped:
        names = ", ".join(f"`{s['set']}` ({s['why']})" for s in skipped)
        lines += [f"Not rebuilt: {names}.", ""]
    return lines


def load(path: Path = RESULTS) -> dict[str, Any]:
    """The first runs as `main` wrote them; none if the file is not there."""
    if not path.is_file():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def dumps(results: Mapping[str, Any]) -> str:
    """The results as JSON with one line a set, so that a new set is a one-line change."""
    parts = []
    for key in ("sets", "skipped"):
        rows = ",\n".join(f"  {json.dumps(row)}" for row in results.get(key, []))
        parts.append(f' "{key}": [\n{rows}\n ]' if rows else f' "{key}": []')
    return "{\n" + ",\n".join(parts) + "\n}\n"


def _git(*args: str) -> bytes:
    git = shutil.which("git")
    if git is None:
        raise OSError("git is not installed")
    return subprocess.run(  # noqa: S603 - git on the project's own history, arguments built here
        [git, *args], cwd=ROOT, check=True, capture_output=True, timeout=120
    ).stdout


def blind_sets(folder: Path = ROOT / CALLS) -> list[str]:
    """The names of the held-out sets among the labelled calls, in the order they came."""
    matches = (SET_NAME.match(p.name) for p in folder.glob("*.labels.json"))
    names = {m.group(1) for m in matches if m is not None}

    def number(name: str) -> int:
        digits = name.removeprefix("heldout")
        return int(digits) if digits else 1

    return sorted(names, key=number)


def _all_unseen(name: str, folder: Path = ROOT / CALLS) -> bool:
    """Whether every call of the set is marked unseen (a new set, not committed yet)."""
    files = list(folder.glob(f"{name}-*.labels.json"))
    return bool(files) and all(
        json.loads(p.read_text(encoding="utf-8")).get("unseen", False) for p in files
    )


def first_commit(name: str) -> str | None:
    """The commit that added the set's first labels file (None outside a git checkout)."""
    try:
        pattern = f"{CALLS.as_posix()}/{name}-*.labels.json"
        out = _git("log", "--diff-filter=A", "--format=%H", "--", pattern)
    except (OSError, subprocess.SubprocessError):
        return None
    commits = out.decode().split()
    return commits[-1] if commits else None


def run_first(name: str, commit: str | None) -> dict[str, Any]:
    """Score the set with the engine, evaluation code and labels of `commit`, or of the working
    tree (`None`: a set not committed yet, run now for the first time)."""
    with tempfile.TemporaryDirectory(prefix="first-run-") as tmp:
        tree = ROOT
        if commit is not None:
            tree = Path(tmp)
            archive = _git("archive", "--format=tar", commit, "src", "evaluation", CALLS.as_posix())
            with tarfile.open(fileobj=BytesIO(archive)) as tar:
                if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
                    tar.extractall(tree, filter="data")
                else:
                    tar.extractall(tree)  # noqa: S202 - the project's own archive
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree), str(tree / "src")])}
        done = subprocess.run(  # noqa: S603 - our own interpreter, arguments built here
            [sys.executable, "-c", _SCORE_ONE_SET, str(tree / CALLS), f"{name}-"],
            check=False,
            cwd=tree,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(last)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the counts")
    args = parser.parse_args(argv)
    sets, skipped = [], []
    names = blind_sets()
    for i, name in enumerate(names, 1):
        commit = first_commit(name)
        if commit is None and not _all_unseen(name):
            skipped.append({"set": name, "why": "not found in the git history"})
            print(f"[{i}/{len(names)}] {name}: not in the git history", file=sys.stderr)
            continue
        try:
            run = run_first(name, commit)
        except (RuntimeError, subprocess.SubprocessError, ValueError) as error:
            skipped.append({"set": name, "why": f"its commit's code does not run: {error}"})
            print(f"[{i}/{len(names)}] {name}: skipped ({error})", file=sys.stderr)
            continue
        if not run["calls"]:
            skipped.append({"set": name, "why": "no calls of the set at its commit"})
            continue
        sets.append({"set": name, "commit": commit or "working tree", **run})
        print(f"[{i}/{len(names)}] {name}: analyser {run['analyzer']}", file=sys.stderr)
    args.output.write_text(dumps({"sets": sets, "skipped": skipped}), encoding="utf-8")
    print(f"{len(sets)} sets written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
