"""The pooling of the held-out sets' first runs (evaluation/first_runs.py), on hand-made counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from evaluation import first_runs
from evaluation.labelled import SCORED, labelled_calls

LABELS = dict.fromkeys(("need", "objection", "pitch", "paraphrase", "commitment"), (0, 0, 0))


def _run(analyzer: str, calls: int, **counts: object) -> dict[str, object]:
    run: dict[str, object] = {
        "set": f"heldout{analyzer}",
        "analyzer": analyzer,
        "calls": calls,
        "labels": {**LABELS, **counts.pop("labels", {})},  # type: ignore[dict-item]
        "question": [10, 0, 0],
    }
    return {**run, **counts}


def test_counts_are_summed_before_f1_is_worked_out() -> None:
    a = _run("2.8.0", 6, labels={"need": (3, 1, 2)}, checkpoints=(7, 8), steps=(3, 4))
    b = _run("2.9.0", 4, labels={"need": (1, 1, 0)}, checkpoints=(3, 4))
    pooled = first_runs.pool([a, b])
    assert (pooled.sets, pooled.calls) == (2, 10)
    need = pooled.labels["need"]
    # tp 3 + 1 = 4, fp 1 + 1 = 2, fn 2 + 0 = 2: precision 4/6, recall 4/6, F1 4/6 = 0.667.
    assert (need.tp, need.fp, need.fn) == (4, 2, 2)
    assert need.f1 == pytest.approx(4 / 6)
    # Checkpoints 7 + 3 right of 8 + 4; steps only where a run has them: 3 of 4.
    assert pooled.tallies["checkpoints"] == (10, 12)
    assert pooled.share("checkpoints") == pytest.approx(10 / 12)
    assert pooled.tallies["steps"] == (3, 4)
    assert pooled.share("focus") is None
    assert (pooled.question.tp, pooled.question.fp, pooled.question.fn) == (20, 0, 0)


def test_f1_from_pooled_counts_is_not_the_mean_of_each_sets() -> None:
    # Set a: tp 1, fp 0, fn 0 → F1 1.0. Set b: tp 1, fp 3, fn 3 → precision 1/4, recall 1/4,
    # F1 0.25. Mean 0.625; pooled tp 2, fp 3, fn 3 → precision 2/5, recall 2/5, F1 0.4.
    a = _run("2.40.0", 1, labels={"objection": (1, 0, 0)})
    b = _run("2.41.0", 1, labels={"objection": (1, 3, 3)})
    assert first_runs.pool([a, b]).labels["objection"].f1 == pytest.approx(0.4)


def test_the_report_groups_runs_by_tens_of_analyser_versions() -> None:
    runs = [
        _run(
            "2.8.0", 6, labels={"need": (3, 1, 2)}, checkpoints=(7, 8), focus=(4, 5), kind=(9, 10)
        ),
        _run("2.12.0", 6, labels={"need": (2, 2, 0)}, checkpoints=(3, 4), focus=(1, 1)),
        _run("2.15.1", 6, labels={"need": (0, 0, 0)}, checkpoints=(1, 4), steps=(3, 4)),
    ]
    lines = first_runs.report_lines({"sets": runs, "skipped": [{"set": "heldout", "why": "x"}]})
    rows = [line for line in lines if line.startswith(("| 2.", "| **"))]
    # 2.0–2.9: need 3/1/2 → F1 2·3/(2·3 + 1 + 2) = 6/9 = 0.67; checkpoints 7/8 = 88%; focus 4/5.
    # 2.10–2.19: need 2/2/0 → 4/6 = 0.67; checkpoints (3 + 1)/(4 + 4) = 50%; focus 1/1.
    # all: need 5/3/2 → 10/15 = 0.67; checkpoints 11/16 = 69%; focus 5/6 = 83%. No objection,
    # pitch, paraphrase or commitment counts: a dash. No pitch-before-need tally: a dash.
    # Open/closed only in 2.8.0 (9 of 10 = 90%), service steps only in 2.15.1 (3 of 4 = 75%).
    assert rows == [
        "| 2.0–2.9 | 1 | 6 | 0.67 | – | – | – | – | 1.00 | 90% | 88% | – | 80% | – |",
        "| 2.10–2.19 | 2 | 12 | 0.67 | – | – | – | – | 1.00 | – | 50% | – | 100% | 75% |",
        "| **all** | 3 | 18 | 0.67 | – | – | – | – | 1.00 | 90% | 69% | – | 83% | 75% |",
    ]
    assert "Not rebuilt: `heldout` (x)." in lines
    assert first_runs.report_lines({}) == []


def test_the_results_file_round_trips_one_line_a_set(tmp_path: Path) -> None:
    results = {"sets": [_run("2.8.0", 6), _run("2.9.0", 3)], "skipped": []}
    text = first_runs.dumps(results)
    assert len(text.splitlines()) == 7  # {, "sets": [, two sets, ], "skipped": [], }
    path = tmp_path / "first_runs.json"
    path.write_text(text, encoding="utf-8")
    assert first_runs.load(path) == json.loads(json.dumps(results))
    assert first_runs.load(tmp_path / "missing.json") == {}


def test_the_shipped_results_cover_every_held_out_set() -> None:
    # `make first-runs` rebuilds the file; a new held-out set without it fails here.
    results = first_runs.load()
    names = [run["set"] for run in results["sets"]] + [s["set"] for s in results["skipped"]]
    assert sorted(names) == sorted(first_runs.blind_sets())
    calls = {call.name for call in labelled_calls()}
    for run in results["sets"]:
        assert 0 < run["calls"] <= sum(name.startswith(f"{run['set']}-") for name in calls)
        assert set(run["labels"]) <= set(SCORED)
        assert all(len(counts) == 3 and min(counts) >= 0 for counts in run["labels"].values())
