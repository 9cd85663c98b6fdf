"""How sure the need classifier must be for the need checkpoint (`analysis.CLEAR_NEED_SCORE`),
measured out of sample.

The training calls (sales calls not marked unseen) are split into the folds of
`evaluation.train` (grouped by call); for each fold the need and objection classifiers are
fitted without its calls and the engine reads them with each margin tried. Per margin it prints
how many calls' need checkpoint agrees with the person's, how many of the four checkpoints
agree, and how often the sentence the checkpoint quotes is one the person marked as a need.
The pitch classifier stays the shipped one (the customer statements' context reads its
labels). Usage: `python -m evaluation.clear_need [MARGIN...]` (decision values; default
0.75 1.0 1.25 1.5); a few minutes.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from typing import Any

from sklearn.model_selection import GroupKFold

from evaluation import train
from evaluation.labelled import LabelledCall, analyse, labelled_calls
from salescoach.domain.calls import analysis, learned

MARGINS = (0.75, 1.0, 1.25, 1.5)


def measure(margins: tuple[float, ...]) -> dict[float, Counter[str]]:
    calls = [call for call in labelled_calls() if not call.unseen and call.kind == "sales"]
    by_name = {call.name: call for call in calls}
    rows = train.statements(calls, "customer")
    groups = [row.call for row in rows]
    shipped = learned.model()
    results: dict[float, Counter[str]] = {margin: Counter() for margin in margins}
    shipped_model, shipped_margin = learned.model, analysis.CLEAR_NEED_SCORE
    try:
        for fitted_on, held in GroupKFold(n_splits=train.FOLDS).split(rows, groups, groups):
            classifiers = dict(shipped)
            for setting in train.SETTINGS:
                if setting.side == "customer":
                    vectorizer, regression = train._fit([rows[i] for i in fitted_on], setting)
                    entry = train.export(vectorizer, regression, setting, train.THRESHOLD)
                    classifiers[setting.label] = learned.classifier_from_json(entry)
            learned.model = cache(lambda classifiers=classifiers: classifiers)
            learned.scorer.cache_clear()
            for margin in margins:
                analysis.CLEAR_NEED_SCORE = margin
                analysis._clear_need_margin.cache_clear()
                for name in sorted({groups[i] for i in held}):
                    _count(results[margin], by_name[name], analyse(by_name[name]))
    finally:
        learned.model, analysis.CLEAR_NEED_SCORE = shipped_model, shipped_margin
        learned.scorer.cache_clear()
        analysis._clear_need_margin.cache_clear()
    return results


def _count(counts: Counter[str], call: LabelledCall, result: dict[str, Any]) -> None:
    gold = call.checkpoints or {}
    counts["calls"] += 1
    for key, reached in gold.items():
        counts["checkpoints"] += 1
        counts["checkpoints_agree"] += result["checkpoints"][key]["reached"] == reached
    need = result["checkpoints"]["need_admitted"]
    counts["need_agrees"] += need["reached"] == gold.get("need_admitted")
    if need["reached"]:
        counts["quoted"] += 1
        counts["quoted_need"] += "need" in call.sentences.get(need["quote"], ())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    margins = tuple(float(a) for a in args) or MARGINS
    for margin, c in measure(margins).items():
        print(
            f"margin {margin}: need checkpoint agrees in {c['need_agrees']} of {c['calls']} "
            f"calls; checkpoints {c['checkpoints_agree']} of {c['checkpoints']}; quoted sentence "
            f"marked a need in {c['quoted_need']} of {c['quoted']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
