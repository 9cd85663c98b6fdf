"""Score question, open/closed and paraphrase detection against human-labelled dialogue corpora.

Run with `make eval` (or `python -m evaluation.calls`). Writes docs/quality.md. The corpora are
read from SALESCOACH_EVAL_DIR (default: ../shared/eval beside the repository); they are used for
measuring only and nothing derived from them ships in the product.
"""

from __future__ import annotations

import csv
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from evaluation.labelled import labelled_calls, report_lines
from evaluation.scores import Score
from salescoach.domain.calls.analysis import (
    ANALYZER_VERSION,
    is_paraphrase,
    is_question,
    question_kind,
    split_sentences,
)

ROOT = Path(__file__).resolve().parent.parent
QUESTION_TAGS = {"qy", "qw", "qy^d", "qo", "qh", "qrr", "^g", "qw^d", "bh"}
_PUNCT = re.compile(r"[^\w\s']")


def strip_punctuation(text: str) -> str:
    """What raw speech recognition gives: lower case, no punctuation."""
    return " ".join(_PUNCT.sub(" ", text).lower().split())


def swda_utterances(folder: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("|")
            if len(parts) >= 3 and parts[1].strip():
                yield parts[1].strip(), parts[2].strip()


def score_questions(
    rows: Iterable[tuple[str, str]], predict: Callable[[str], bool], *, stripped: bool
) -> Score:
    score = Score()
    for text, tag in rows:
        said = strip_punctuation(text) if stripped else text
        score.add(
            gold=tag in QUESTION_TAGS,
            predicted=any(predict(part) for part in split_sentences(said) or [said]),
        )
    return score


@dataclass
class Utterance:
    speaker: str
    text: str
    question: bool
    subtype: str
    reflection: bool


# The targets' figures as the previous analyser gave them with this command and these splits.
BEFORE_VERSION = "2.1.0"
BEFORE = {
    "question F1, with punctuation": 0.8249,
    "question F1, without punctuation": 0.7200,
    "open/closed accuracy": 0.7548,
    "paraphrase F1": 0.5912,
}
# Switchboard questions by function whose words are a statement: declarative, backchannel and
# rhetorical questions.
STATEMENT_SHAPED_TAGS = {"qy^d", "qw^d", "bh", "qh"}
HELD_OUT_EVERY = 4  # AnnoMI transcripts whose id is a multiple of this are held out


def annomi_dialogues(path: Path, *, held_out: bool | None = None) -> list[list[Utterance]]:
    """Therapist/client utterances in order; labels by majority over annotators. `held_out`
    True keeps only the held-out transcripts (id a multiple of HELD_OUT_EVERY), False only the
    others (the ones rules may be tuned on), None all of them."""
    votes: dict[tuple[str, int], list[dict[str, str]]] = {}
    for row in csv.DictReader(path.open(encoding="utf-8")):
        if held_out is not None and (int(row["transcript_id"]) % HELD_OUT_EVERY == 0) != held_out:
            continue
        votes.setdefault((row["transcript_id"], int(row["utterance_id"])), []).append(row)
    dialogues: dict[str, list[Utterance]] = {}
    for (transcript, _), rows in sorted(votes.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        first = rows[0]
        question = sum(r["question_exists"] == "True" for r in rows) * 2 > len(rows)
        subtype = Counter(r["question_subtype"] for r in rows).most_common(1)[0][0]
        reflection = sum(r["reflection_exists"] == "True" for r in rows) * 2 > len(rows)
        dialogues.setdefault(transcript, []).append(
            Utterance(first["interlocutor"], first["utterance_text"], question, subtype, reflection)
        )
    return list(dialogues.values())


@dataclass
class FormCeiling:
    """Where a reader of the words alone cannot follow the annotators: questions that carry no
    '?' and are said as statements (declarative, backchannel, rhetorical), and utterances
    written with '?' that the annotators labelled something else (asking for a repeat, quoting
    someone, a "you know?" tag…). `ceiling_f1`: the F1 if every other error were fixed."""

    errors: int
    statement_shaped_misses: int
    marked_false_alarms: int
    true_positives: int
    false_negatives: int

    @property
    def ceiling_f1(self) -> float:
        found = self.true_positives + self.false_negatives - self.statement_shaped_misses
        wrong = self.statement_shaped_misses + self.marked_false_alarms
        return 2 * found / (2 * found + wrong) if found else 0.0


def form_ceiling(rows: Iterable[tuple[str, str]], predict: Callable[[str], bool]) -> FormCeiling:
    tp = fp = fn = shaped = marked = 0
    for text, tag in rows:
        predicted = any(predict(part) for part in split_sentences(text) or [text])
        gold = tag in QUESTION_TAGS
        if predicted and gold:
            tp += 1
        elif predicted:
            fp += 1
            marked += text.rstrip().endswith("?")
        elif gold:
            fn += 1
            shaped += tag in STATEMENT_SHAPED_TAGS and "?" not in text
    return FormCeiling(fp + fn, shaped, marked, tp, fn)


@dataclass
class Agreement:
    """On the utterances several annotators labelled: how often one annotator's open/closed
    agrees with the majority of the others (ties left out), and how often the engine agrees
    with the majority of all of them."""

    utterances: int
    transcripts: int
    annotator_agrees: int
    annotator_pairs: int
    engine_agrees: int
    engine_questions: int


def open_closed_agreement(path: Path) -> Agreement:
    groups: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in csv.DictReader(path.open(encoding="utf-8")):
        if row["interlocutor"] == "therapist":
            groups.setdefault((row["transcript_id"], row["utterance_id"]), []).append(row)
    multi = {key: rows for key, rows in groups.items() if len(rows) > 1}
    agrees = pairs = engine = engine_n = 0
    for rows in multi.values():
        typed = [r["question_subtype"] for r in rows]
        for i, own in enumerate(typed):
            others = Counter(t for j, t in enumerate(typed) if j != i and t in ("open", "closed"))
            ranked = others.most_common()
            if own not in ("open", "closed") or not ranked:
                continue
            if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
                continue
            pairs += 1
            agrees += own == ranked[0][0]
        votes = Counter(t for t in typed if t in ("open", "closed")).most_common()
        asked = sum(r["question_exists"] == "True" for r in rows) * 2 > len(rows)
        if not asked or not votes or (len(votes) > 1 and votes[0][1] == votes[1][1]):
            continue
        text = rows[0]["utterance_text"]
        questions = [s for s in split_sentences(text) if is_question(s, punctuated=True)]
        kinds = {question_kind(s) for s in questions} or {question_kind(text)}
        engine_n += 1
        engine += ("open" if "open" in kinds else "closed") == votes[0][0]
    return Agreement(len(multi), len({key[0] for key in multi}), agrees, pairs, engine, engine_n)


def baseline_paraphrase(text: str, _previous: str) -> bool:
    return bool(re.match(r"^\s*(so\b|it sounds|you feel)", text, re.IGNORECASE))


def evaluate_annomi(dialogues: list[list[Utterance]]) -> dict[str, object]:
    ours_q, base_q, ours_p, base_p = Score(), Score(), Score(), Score()
    kinds = Counter()
    for dialogue in dialogues:
        client_turns: list[str] = []
        for u in dialogue:
            if u.speaker == "client":
                client_turns.append(u.text)
                continue
            previous_client = " ".join(client_turns[-3:])
            questions = [s for s in split_sentences(u.text) if is_question(s, punctuated=True)]
            ours_q.add(gold=u.question, predicted=bool(questions))
            base_q.add(gold=u.question, predicted=u.text.strip().endswith("?"))
            ours_p.add(gold=u.reflection, predicted=is_paraphrase(u.text, previous_client))
            base_p.add(gold=u.reflection, predicted=baseline_paraphrase(u.text, previous_client))
            if u.question and u.subtype in ("open", "closed"):
                kinds["n"] += 1
                kinds_found = {question_kind(s) for s in questions} or {question_kind(u.text)}
                predicted = "open" if "open" in kinds_found else "closed"
                kinds["right"] += predicted == u.subtype
                kinds["baseline_right"] += u.subtype == "closed"
    return {"questions": (ours_q, base_q), "paraphrase": (ours_p, base_p), "kinds": kinds}


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _row(name: str, ours: Score, baseline: Score) -> str:
    return (
        f"| {name} | {ours.n} | {ours.precision:.2f} | {ours.recall:.2f} | **{ours.f1:.3f}** "
        f"| {baseline.f1:.2f} |"
    )


def main() -> int:
    eval_dir = Path(os.environ.get("SALESCOACH_EVAL_DIR", ROOT.parent / "shared" / "eval"))
    swda, annomi = eval_dir / "swda", eval_dir / "annomi" / "dev.csv"
    if not swda.is_dir() or not annomi.is_file():
        print(f"evaluation corpora not found under {eval_dir} (set SALESCOACH_EVAL_DIR); skipped")
        return 0
    lines = [
        "# Quality of the conversation engine",
        "",
        f"Measured with analyser {ANALYZER_VERSION} by `make eval` (`python -m evaluation.calls`),",
        "against human-labelled public corpora that are *not* sales talk: read the figures as a",
        "floor for generality. The corpora are used for measuring only; no model or word list",
        "derived from them ships in the product. Baselines: a question is a sentence ending in",
        "`?`; a paraphrase is a turn starting with *so*, *it sounds* or *you feel*.",
        "",
        "## Questions (Switchboard dialog acts)",
        "",
        "Gold: the utterance's act is a question (qy, qw, qy^d, qo, qh, qrr, ^g, qw^d, bh).",
        '"Without punctuation" strips punctuation and case, as raw speech recognition gives it.',
        "Rules are tuned on the training split. (While the 2.1.0 question rules were written,",
        "the validation figures were printed beside the training ones for the first few rule",
        "variants; one choice, not letting a bare wh-word outweigh a full stop, was made with",
        "them in view. Every later choice looked at the training split only.)",
        "",
        "| split | utterances | precision | recall | F1 | baseline F1 |",
        "|---|---|---|---|---|---|",
    ]
    measured: dict[str, float] = {}
    ceilings: list[tuple[str, FormCeiling]] = []
    for split in ("train", "val"):
        rows = list(swda_utterances(swda / split))
        for stripped in (False, True):
            ours = score_questions(
                rows, lambda t, s=stripped: is_question(t, punctuated=not s), stripped=stripped
            )
            base = score_questions(rows, lambda t: t.strip().endswith("?"), stripped=stripped)
            label = f"{split}, {'without' if stripped else 'with'} punctuation"
            lines.append(_row(label, ours, base))
            if split == "val":
                measured[f"question F1, {'without' if stripped else 'with'} punctuation"] = ours.f1
        ceilings.append((split, form_ceiling(rows, lambda t: is_question(t, punctuated=True))))
    lines += [
        "",
        "What the words alone cannot tell (with punctuation). Switchboard labels an utterance by",
        "what it does, so a statement said with a rising voice (*Oh, so you were pretty close.*),",
        "a backchannel (*Oh, really.*) and a rhetorical question count as questions, while a",
        "request to repeat (*What's that?*), a quoted question or a *…, you know?* written with",
        "'?' do not. The last column is the F1 the engine would reach if every other error were",
        "fixed and only these remained:",
        "",
        "| split | errors | questions said as statements, no '?' | written with '?', labelled "
        "otherwise | F1 ceiling for a reader of the words |",
        "|---|---|---|---|---|",
    ]
    for split, ceiling in ceilings:
        lines.append(
            f"| {split} | {ceiling.errors} | {ceiling.statement_shaped_misses} | "
            f"{ceiling.marked_false_alarms} | {ceiling.ceiling_f1:.2f} |"
        )
    lines += [
        "",
        "Analyser 2.9.0 reads more of English question form, each rule written by hand as a",
        "general rule (none copied from the corpora) and chosen reading the errors of the",
        "training split only. Questions even with a full stop: *what about…* / *how about…*",
        "(not the exclamation *how about that*), *why not…*, *anything else*, *any questions*,",
        "*you ever…*, and a wh-word with *is*/*'s* and a pronoun or determiner (*what's your",
        "timeline*). Not questions without a '?': a pseudo-cleft (*what happens is…*), a",
        "relative clause going on from the sentence before (*which is why…*, but not the choice",
        "*which is better…*), and wondering aloud that does not address the listener (*I wonder",
        "how they cope*). Never questions: a question quoted after a reporting verb (*and I",
        "said, why…?*, *he goes, have you…?*, *it's like, how…?*) and *…, you know?* closing a",
        "statement. A tag is no tag in *…if it works or not* and *believe it or not*, and in a",
        "punctuated transcript a one-word tag needs its comma (*I think that's right*). On the",
        "training split, against 2.8.2: with punctuation F1 0.827 → 0.842 (precision 0.836 →",
        "0.862, recall 0.818 → 0.823), without punctuation 0.703 → 0.712. The validation",
        "split was read once, after the rules were final; nothing was changed after it. There,",
        "against 2.8.2: with punctuation 0.825 → 0.845, short of the 0.85 target; without",
        "punctuation 0.720 → 0.750.",
        "",
        "Analyser 2.56.0 adds one shape for text without punctuation only: a question to the",
        "listener after a lead clause with nothing between (*that's a fair worry what tooling",
        "are you running*, *…under the sink is that right*), but not after a word that ties it",
        "to the clause before (*I know what you…*, *to do you…*, *they said are you…*, *and do",
        "you…*) nor the filler *are you know*. Chosen reading the training split's errors:",
        "without punctuation there 0.713 → 0.719; on validation, read once after, 0.755 →",
        "0.757. 2.58.0 adds a few invitations that need no *you* after the verb (*…what's the",
        "plan*, *…what made you get in touch*); they change neither split.",
    ]
    lines += [
        "",
        "## Counsellor utterances (AnnoMI, majority of annotators)",
        "",
        f"Transcripts whose id is a multiple of {HELD_OUT_EVERY} are held out: rules were tuned on",
        "the others only, and the targets are read on the held-out part.",
        "",
        "| part | label | utterances | precision | recall | F1 | baseline F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    kind_lines = []
    for part, held_out in (("tuning", False), ("held out", True)):
        result = evaluate_annomi(annomi_dialogues(annomi, held_out=held_out))
        ours_q, base_q = result["questions"]  # type: ignore[misc]
        ours_p, base_p = result["paraphrase"]  # type: ignore[misc]
        kinds: Counter[str] = result["kinds"]  # type: ignore[assignment]
        accuracy = kinds["right"] / kinds["n"] if kinds["n"] else 0.0
        baseline_accuracy = kinds["baseline_right"] / kinds["n"] if kinds["n"] else 0.0
        lines += [
            _row(f"{part} | question", ours_q, base_q),
            _row(f"{part} | paraphrase (reflection)", ours_p, base_p),
        ]
        kind_lines.append(
            f"- {part}: over {kinds['n']} questions the annotators typed, accuracy "
            f"**{accuracy:.2f}** (always answering *closed*: {baseline_accuracy:.2f})."
        )
    agreement = open_closed_agreement(annomi)
    lines += [
        "",
        "Open vs closed questions:",
        "",
        *kind_lines,
        "",
        "How far people agree. Most AnnoMI utterances were typed by one annotator; "
        f"{agreement.utterances} counsellor",
        f"utterances of {agreement.transcripts} transcripts were typed by several. There, one "
        "annotator's open/closed agrees",
        "with the majority of the others in "
        f"{agreement.annotator_agrees} of {agreement.annotator_pairs} cases "
        f"(**{_share(agreement.annotator_agrees, agreement.annotator_pairs):.2f}**), and the "
        "engine agrees with the majority of",
        f"all of them on {agreement.engine_agrees} of {agreement.engine_questions} questions "
        f"(**{_share(agreement.engine_agrees, agreement.engine_questions):.2f}**). Against one "
        "annotator's labels, as on most of the",
        "corpus, even a reader who always gave the consensus answer would be scored at about the",
        "first figure.",
        "",
        "The open/closed rules of 2.2.0 (an invitation to talk anywhere in the question, such",
        "as *…and I'm wondering if you can tell me how that happened?*; *why don't you tell",
        "me…* as an invitation rather than a proposal; *tell me if…* as a yes/no; a cut-in dash",
        "before the first word) were chosen on the tuning part; the held-out figure was read",
        "once they were made, and nothing was changed for it.",
        "",
        "Analyser 2.9.0, chosen on the tuning part the same way: asking for the other person's",
        "view anywhere in a question opens it (*…what do you think…*, *…I wanted to ask you",
        "how…*, *…I'm interested to know what…*), as do *talk to me about…*, *remind me why…*",
        "and *catch me up…* (which now count as questions however punctuated); *I wonder if…*",
        "and *I'm wondering, is there…* ask yes or no, so they are closed; a cut-off restart",
        "(*is it-- why did she leave?*) starts a clause, as does each sentence of a text read",
        "whole (the measure above reads an utterance whole when none of its sentences is a",
        "question; the analyser reads one sentence at a time, where this changes nothing);",
        "*wha-wha-what* folds to *what*. On the tuning part, against 2.8.2: open/closed",
        "accuracy 0.805 → 0.825, question F1 0.886 → 0.887, paraphrase F1 unchanged (0.56).",
        "The held-out part was read once, after the rules were final, and nothing was changed",
        "after it: there open/closed accuracy moved only 0.768 → 0.771, short of the 0.80",
        "target, and question F1 stayed 0.92. On the utterances several annotators typed, the",
        "engine's agreement with their majority fell from 59 to 57 of 68: one of the two is",
        "*Is this something you'd be willing to come back and talk to me about?*, a yes/no",
        "that *talk to me about* now reads as an invitation; the other is in a held-out",
        "transcript and was not looked at.",
        "",
        "2.9.0 also narrows what counts as echoing the other person's words (docs/metrics.md;",
        "chosen on the project's own sales calls, below): greetings and goodbyes, a number or",
        "time said back, an answer to their question and words of sympathy no longer count.",
        "Here that moved paraphrase F1 on the tuning part 0.561 → 0.552 (precision 0.67 → 0.70,",
        "recall 0.48 → 0.46) and, read once afterwards, on the held-out part 0.585 → 0.574.",
        "2.9.3 reads a summary opening with *so* as a restatement (not *so* before a question",
        "word, the speaker's own side, a next step or a new subject): on the tuning part",
        "paraphrase F1 0.552 → 0.592 (recall 0.46 → 0.52), and, read once afterwards, on the",
        "held-out part 0.574 → 0.603. 2.9.4 reads a turn that opens by asking to be told more",
        '("tell me more about…") as asking: on the tuning part F1 stays 0.592 (precision',
        "0.683 → 0.685), and on the held-out part, read once afterwards, 0.603 → 0.607.",
        "",
        "On the labelled calls below, the question rules of 2.9.0 move none of the rep's",
        "questions nor their kinds.",
        "One customer sentence of the training calls (*Which is the part that worries me, to",
        "be frank.*) now reads as a statement, so the need, objection and pitch classifiers,",
        "which learn from statements, were refitted: cross-validated over the training calls,",
        "objection F1 0.448 → 0.443, need 0.573 → 0.574, pitch unchanged. On the twelve",
        "held-out calls that refit moved objection F1 0.43 → 0.42 and need precision 0.41 →",
        "0.42; over all the calls no F1 moved but need's (0.7436 → 0.7439).",
        "",
        *report_lines(labelled_calls()),
        "## Targets",
        "",
        "Question targets are read on the Switchboard validation split, the others on the",
        "held-out AnnoMI transcripts: neither was tuned on.",
        "",
        "| target | measured | met |",
        "|---|---|---|",
    ]
    measured["open/closed accuracy"] = accuracy
    measured["paraphrase F1"] = ours_p.f1
    targets = {
        "question F1, with punctuation": 0.85,
        "question F1, without punctuation": 0.70,
        "open/closed accuracy": 0.80,
        "paraphrase F1": 0.50,
    }
    for name, goal in targets.items():
        # Three decimals: at two, 0.849 would read as the 0.85 it falls short of.
        lines.append(
            f"| {name} ≥ {goal:.2f} | {measured[name]:.3f} | "
            f"{'yes' if measured[name] >= goal else 'not yet'} |"
        )
    lines += [
        "",
        f"## Against analyser {BEFORE_VERSION}",
        "",
        f"The same command and splits, run on analyser {BEFORE_VERSION} (2026-12-01), against now:",
        "",
        f"| figure | {BEFORE_VERSION} | now |",
        "|---|---|---|",
    ]
    for name, goal in targets.items():
        lines.append(f"| {name} (target {goal:.2f}) | {BEFORE[name]:.3f} | {measured[name]:.3f} |")
    lines.append("")
    out = ROOT / "docs" / "quality.md"
    out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
