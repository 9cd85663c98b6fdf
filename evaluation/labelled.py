"""Hand-labelled sales and service calls under tests/data/calls, and the engine scored on them.

Each call is a transcript (any supported format) beside `NAME.labels.json`:

    {"about": "...", "unseen": true (optional), "rep": ["Rep Name"], "kind": "sales" | "service",
     "sentences": {"<sentence exactly as the engine splits it>": ["question_open", ...]},
     "checkpoints": {"need_admitted": true, ...},       (sales calls)
     "service_steps": {"understand": true, ...},          (service calls)
     "pitch_before_need": false, "focus": "customer_needs" | "product" | "transaction" | null}

A sentence not listed carries none of the SCORED labels. `paraphrase` sits on the first sentence
of the rep turn that restates, as the engine marks it. The labels were worked out by hand from
the meaning of each sentence, by the definitions in docs/metrics.md, before the engine was run on
the calls. `unseen` calls were written and labelled by someone who had not seen the rules, and
nobody read them while the rules of the current analyser were written; they were run once those
rules were final.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.scores import Score
from salescoach.domain.calls.analysis import analyze_transcript
from salescoach.domain.calls.roles import assign_roles
from salescoach.domain.calls.transcripts import parse_transcript

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "calls"
SCORED = (
    "question_open",
    "question_closed",
    "paraphrase",
    "need",
    "pitch",
    "objection",
    "commitment",
)
LABELS_SUFFIX = ".labels.json"


@dataclass(frozen=True)
class LabelledCall:
    """One transcript and the labels a person gave it."""

    name: str
    transcript: Path
    rep: tuple[str, ...]
    kind: str
    sentences: dict[str, tuple[str, ...]]
    checkpoints: dict[str, bool] | None
    service_steps: dict[str, bool] | None
    pitch_before_need: bool
    focus: str | None
    unseen: bool = False


def labelled_calls(folder: Path = DATA) -> list[LabelledCall]:
    """Every `*.labels.json` in the folder with its transcript (same name, another suffix)."""
    calls = []
    for labels in sorted(folder.glob(f"*{LABELS_SUFFIX}")):
        name = labels.name.removesuffix(LABELS_SUFFIX)
        transcripts = [
            p for p in folder.glob(f"{name}.*") if p != labels and p.stem == name and p.is_file()
        ]
        if len(transcripts) != 1:
            raise ValueError(f"{labels.name}: expected one transcript named {name}.*")
        data = json.loads(labels.read_text(encoding="utf-8"))
        unknown = {label for tags in data["sentences"].values() for label in tags} - set(SCORED)
        if unknown:
            raise ValueError(f"{labels.name}: unknown labels {sorted(unknown)}")
        calls.append(
            LabelledCall(
                name=name,
                transcript=transcripts[0],
                rep=tuple(data["rep"]),
                kind=data["kind"],
                sentences={text: tuple(tags) for text, tags in data["sentences"].items()},
                checkpoints=data.get("checkpoints"),
                service_steps=data.get("service_steps"),
                pitch_before_need=data["pitch_before_need"],
                focus=data.get("focus"),
                unseen=data.get("unseen", False),
            )
        )
    return calls


def analyse(call: LabelledCall) -> dict[str, Any]:
    """The engine's JSON for the call, with every sentence (`detail`)."""
    transcript = parse_transcript(call.transcript.read_bytes(), filename=call.transcript.name)
    roles = assign_roles(transcript, rep_names=call.rep)
    return analyze_transcript(transcript, roles=roles, kind=call.kind, detail=True).to_json()


@dataclass
class Agreement:
    """How the engine's judgements compare with the labels over a set of calls."""

    labels: dict[str, Score]
    question: Score  # either kind
    question_baseline: Score  # a sentence ending in "?"
    kind_right: int  # questions found by both whose open/closed kind agrees
    kind_total: int
    checkpoints_right: int
    checkpoints_total: int
    steps_right: int
    steps_total: int
    pitch_before_need_right: int
    focus_right: int
    focus_total: int
    calls: int


QUESTION_LABELS = frozenset({"question_open", "question_closed"})


def agreement(calls: list[LabelledCall]) -> Agreement:
    """Per label, over every sentence of every call (for questions, every sentence of the
    rep's): did the engine give the label the person gave? Checkpoints, service steps,
    pitch-before-need and focus: did it reach the same verdict? (`unmatched` sentences,
    labelled but not found, count as missed.)"""
    scores = {label: Score() for label in SCORED}
    question, baseline = Score(), Score()
    result = Agreement(scores, question, baseline, 0, 0, 0, 0, 0, 0, 0, 0, 0, len(calls))
    for call in calls:
        analysis = analyse(call)
        seen: set[str] = set()
        for sentence in analysis["sentences"]:
            text = sentence["text"]
            seen.add(text)
            gold = set(call.sentences.get(text, ()))
            found = set(sentence["labels"])
            if sentence["speaker"] not in call.rep:
                # Questions count as the rep's (the product counts the rep's questions); some
                # labellers marked the customer's questions too, some did not.
                gold -= QUESTION_LABELS
                found -= QUESTION_LABELS
            for label in SCORED:
                scores[label].add(gold=label in gold, predicted=label in found)
            gold_q = {"question_open", "question_closed"} & gold
            found_q = {"question_open", "question_closed"} & found
            question.add(gold=bool(gold_q), predicted=bool(found_q))
            baseline.add(
                gold=bool(gold_q), predicted=text.endswith("?") and sentence["speaker"] in call.rep
            )
            if gold_q and found_q:
                result.kind_total += 1
                result.kind_right += gold_q == found_q
        for text in unmatched(call, analysis):
            for label in call.sentences[text]:
                scores[label].add(gold=True, predicted=False)
        for key, reached in (call.checkpoints or {}).items():
            result.checkpoints_total += 1
            result.checkpoints_right += analysis["checkpoints"][key]["reached"] == reached
        for key, reached in (call.service_steps or {}).items():
            result.steps_total += 1
            result.steps_right += analysis["service_steps"][key]["reached"] == reached
        result.pitch_before_need_right += analysis["pitch_before_need"] == call.pitch_before_need
        if call.focus is not None:
            result.focus_total += 1
            result.focus_right += analysis["focus"]["verdict"] == call.focus
    return result


def unmatched(call: LabelledCall, analysis: dict[str, Any]) -> list[str]:
    """Labelled sentences that are not among the engine's sentences (a typo in the labels)."""
    texts = {sentence["text"] for sentence in analysis["sentences"]}
    return [text for text in call.sentences if text not in texts]


def _table(result: Agreement) -> list[str]:
    lines = [
        "| label | labelled | precision | recall | F1 |",
        "|---|---|---|---|---|",
    ]
    rows = [("question (either kind)", result.question), *result.labels.items()]
    for name, score in rows:
        lines.append(
            f"| {name} | {score.tp + score.fn} | {score.precision:.2f} | {score.recall:.2f} "
            f"| **{score.f1:.2f}** |"
        )
    return [
        *lines,
        "",
        f"Baseline for questions (a sentence ending in `?`): F1 {result.question_baseline.f1:.2f}.",
        f"Open vs closed agrees on {result.kind_right} of the {result.kind_total} questions both "
        "found.",
        f"Checkpoints reached or not: {result.checkpoints_right} of {result.checkpoints_total} "
        f"agree; service steps: {result.steps_right} of {result.steps_total}; pitch before need: "
        f"{result.pitch_before_need_right} of {result.calls} calls; focus verdict: "
        f"{result.focus_right} of {result.focus_total} sales calls.",
        "",
    ]


def _held_out_lines(unseen: list[LabelledCall]) -> list[str]:
    if not unseen:
        return [
            "### Held-out calls",
            "",
            "None at present: every labelled call has shaped a rule of this analyser.",
            "",
        ]
    return [
        f"### The {len(unseen)} held-out calls",
        "",
        "Written and labelled by someone who had not seen the rules, from a brief that named",
        "the kinds of conversation to include (the account below says where it also named a",
        "phrasing); not read while the rules of this analyser were written, and run on it once",
        "they were final (the account below says where a set was also run on an earlier",
        "analyser, and why).",
        "",
        *_table(agreement(unseen)),
    ]


def report_lines(calls: list[LabelledCall]) -> list[str]:
    """The docs/quality.md section for the labelled calls."""
    unseen = [call for call in calls if call.unseen]
    return [
        "## Labelled sales and service calls (tests/data/calls)",
        "",
        f"{len(calls)} calls written for the project and labelled by hand, sentence by sentence,",
        "before the engine was run on them (each format is there, one call is raw speech",
        "recognition without punctuation, one has no timestamps). Every sentence of every call",
        "counts (for the question labels, every sentence of the rep's: the product counts the",
        "rep's questions): a label the engine gives that the person did not is a false positive.",
        "",
        *_held_out_lines(unseen),
        "### All calls",
        "",
        *_table(agreement(calls)),
        "The first five calls did shape two changes. Their first run showed the shared-word",
        "paraphrase rule firing on the rep's own offers and plans and on explanations late in a",
        "turn (paraphrase precision 0.25, recall 0.67): statements in which the rep speaks of",
        'their own side ("I\'ll send…", "we could…", "let\'s…") no longer count, nor does a',
        'bare "I hear you", and only the first statement of a turn may echo the customer\'s',
        "words. On the AnnoMI tuning part these moved paraphrase F1 from 0.58 to 0.55, trading",
        "recall for precision.",
        "",
        "Analyser 2.3.0 widened the need, pitch, objection and commitment phrase lists, reading",
        "the misses of the first eight calls. On four calls written after those lists were",
        "final, recall stayed low (need 0.06, pitch 0.18, objection 0.07): phrase lists follow",
        "the wording they were written from, and customers say what they need in more ways than",
        "a list holds. Analyser 2.4.0 therefore reads customer statements by meaning classes",
        "rather than phrases: problem language (delays, losses, errors, manual work, overload,",
        "unhappy people, risk) makes a need unless the statement is an objection, and a word of",
        "hesitation about the offer, its price, terms, roll-out or the switch makes an",
        'objection; the product named or described ("the app", what it does, other',
        "customers' stories, how light the roll-out is) makes a pitch; questions carry none of",
        "the three; a statement about the product or the deal is no restatement; the need",
        "checkpoint is the first sentence marked as a need. These classes were written while",
        "reading the twelve other calls. On the four held-out calls (written and labelled by",
        "someone who did not see the rules, run once the rules were final), against 2.3.0 on",
        "the same calls: need F1 0.12 → 0.35, pitch 0.27 → 0.39, objection 0.00 → 0.20,",
        "commitment 0.50 → 0.67, paraphrase 0.48 → 0.44; pitch before need 2 → 4 of 4 calls.",
        'One change came after that run: a denied worry ("no worries", "not concerned")',
        "is no objection; it moved no held-out figure. The gap between the twelve calls and the",
        "held-out four is the honest measure of what hand-written reading rules generalise to;",
        "openness to a solution (a phrase list still) was the checkpoint most often missed.",
        "",
        "Analyser 2.5.0 widened the openness, agreement and authority phrases, reading all",
        "sixteen calls above (the four held out for 2.4.0 included, so they are no longer",
        "unseen): openness as looking for a solution, wanting one in place or interest in what",
        "was heard; agreement as taking the next meeting or asking to be shown; authority as",
        'the budget line or the call being theirs, with denials ("it isn\'t my call alone")',
        "read as none. Checkpoint disagreements on those sixteen calls fell from 20 to 9. The",
        "three calls held out for 2.5.0 (`heldout2-*`) were written to test exactly these",
        "checkpoints, but the brief their writer had named example phrasings (\"if there's a",
        'better way I\'d want to hear it", "we\'ve been meaning to look at this", "go on',
        'then, show me") that the writer used and that the new rules also hold: their',
        "checkpoints (12 of 12 agree) overstate, and only their sentence labels above are a",
        "fair held-out reading. Pitch recall on them (1 of 15) shows how much of presenting",
        "the pitch vocabulary still misses.",
        "",
        "Analyser 2.6.0 reads a presentation as a whole: once the rep presents, each of their",
        "statements of five words or more goes on presenting until they ask a question",
        "(customer turns in between do not end it), except statements about the deal,",
        "commitments and asides (the rep's own next step, an acknowledgement); amounts per",
        "month or per head, penalties and notice periods now read as the deal. It was written",
        "reading the nineteen calls above (the `heldout2-*` among them, so they are no longer",
        "unseen): there pitch F1 went 0.66 → 0.79 and paraphrase 0.73 → 0.75, nothing else",
        "moved. Four new calls (`heldout3-*`, written from a brief that named no phrasings)",
        "were then run once: against 2.5.0 on the same calls pitch F1 0.29 → 0.71, every other",
        "label the same, but focus 4 → 3 of 4 calls, because a long presentation counted",
        "sentence by sentence outweighed the open questions of a call the person read as",
        "needs-focused. Two changes followed, so those calls are no longer unseen: focus weighs",
        "the rep *turns* that present or speak of the deal against the listening moves (4 of 4",
        "again; no other call's verdict changed), and a rep turn that opens by presenting is no",
        "restatement (found on a hand-made example; no change on the nineteen calls, paraphrase",
        "F1 on the four 0.60 → 0.67). Eight more calls (`heldout4-*` and `heldout5-*`, the",
        "held-out table above, same kind of brief) were written meanwhile and run once on the",
        "final rules: against 2.5.0 on them, pitch F1 0.31 → 0.59 (0.21 → 0.49 on the first",
        "four, 0.39 → 0.67 on the second) and paraphrase 0.79 → 0.78, every other label and",
        "verdict the same. What the held-out calls still show: a presentation that names the",
        "product by its brand name and describes what it does in the customer's words is often",
        "not recognised at all (the dental call: no pitch found); needs told as a story without",
        "problem language are missed (the bus operator: no need found, so none of the later",
        'checkpoints either); openness and agreement said in everyday words ("the kind of thing',
        'I\'ve been after for years", "send me the paperwork") are missed, which leaves the',
        'checkpoints at 9 of 16 on the newest calls; bargaining in bare amounts ("eighteen',
        'four") does not read as deal talk.',
        "",
        "Analyser 2.7.0 reads the checkpoints from the conversation as well as from phrases,",
        "written reading all the calls above (`heldout4-*` and `heldout5-*` among them, so they",
        "are no longer unseen). A plain yes to the rep's question counts: to a proposal to",
        'show, tell how, meet, book or send ("would a session at your depot work?" — "yeah,',
        'that\'d be good") as agreement, to "would you be open to…?" as openness, to "are you',
        'the one who signs?" (or "me" to "who decides?") as authority; a yes taken back',
        '("yes, but not this year") counts for nothing. A customer who agrees to discuss the',
        "solution is open to it, so an agreement with no openness said before it shows both;",
        "authority counts wherever it is said after the need. The checkpoints keep their order.",
        "Checkpoints reached or not, 2.6.0 → 2.7.0: 74 → 84 of 88 on the first 23 calls,",
        "18 → 27 of 32 on the eight calls held out for 2.6.0; of the 80 checkpoints the people",
        "marked reached, 54 → 75 are found; of the 40 they marked missing, 38 → 36 stay",
        "missing (the golf club call, where a need is wrongly read, now also reads the",
        "customer's yes to an e-mailed summary as agreement). Sentence labels did not move.",
        "Six more calls (`heldout6-*`, the held-out table above) were written meanwhile and run",
        "once on 2.7.0. Their brief asked for outcomes the earlier calls lack (a customer who",
        "admits no need, one not open to change, one who declines to go further, a contact",
        "without authority): 10 of their 24 checkpoints are missing, against 40 of the 120",
        "before. The brief also named, by a slip, two proposal shapes the new rules read",
        '("would it help if…?", "shall we…?"); two of the calls use them, so their agreement',
        "checkpoints overstate. Against 2.6.0 on the six: checkpoints 16 → 18 of 24, every",
        "sentence label the same. What they show: objections are not found at all (0 of 26:",
        '"not this year", "not at the moment", "we\'re already running a pilot with…", "that\'s',
        "a lot of money for something that isn't broken\" and frozen budgets are in none of",
        "the phrases), needs told as stories are missed (5 of 31 found), small talk with a",
        'word of trouble ("running a bit behind today") reads as a need, authority said',
        "before the need is not looked for, and a yes that follows a second rep sentence",
        '("would you be up for a walk-round? It takes about an hour." — "yeah, we can do',
        "that\") answers no question. The question labels are scored over the rep's",
        "sentences only from this analyser on (their writer labelled only the rep's questions,",
        "as the product counts them; earlier writers marked the customer's too).",
        "",
        "Analyser 2.7.1 was then written reading those six calls (so they are no longer",
        "unseen): declines, spending frozen or on hold, how things are being good enough and",
        "another supplier already trialled read as objections; more problem language (a bill",
        '"through the roof", overpaying, gaps, things nobody notices) as need, small talk and',
        "denied complaints as none; authority counts wherever it is said in the call, in more",
        'of its words ("out of my budget", "I sign those myself"), and "I can make the case"',
        "no longer reads as authority; a yes answers the rep's last question even with two",
        'more rep sentences after it, and "no, that\'s me" to an either-or answers who decides.',
        "On the six: need F1 0.21 → 0.66, objection 0.00 → 0.57, checkpoints 18 → 23 of 24,",
        "pitch before need and focus 5 → 6 of 6 —",
        "figures of calls the rules were written from. On the 31 calls before them, need",
        "0.60 → 0.61 and objection 0.49 → 0.50 (precision 0.68 → 0.67), nothing else moved.",
        "Six more calls (`heldout7-*`, the held-out table above; their brief named no",
        "phrasings, asked for the same spread of outcomes and for resistance of many kinds)",
        "were run once on 2.7.1. On them, 2.6.0 → 2.7.0 → 2.7.1: checkpoints 15 → 20 → 21 of",
        "24; need F1 0.33 → 0.33 → 0.33, objection 0.14 → 0.14 → 0.14, every other label the",
        "same. Reading the reply to the rep's question carried over to calls nobody had read;",
        "the objection and need phrases added from the six before did not (the customers of",
        "these calls resist and complain in other words). Two verdicts there agree for the",
        'wrong reason: small talk with a word of trouble ("waiting for the roaster to come up',
        'to temperature", "slow down a bit") is read as the need, and a customer\'s question',
        '("how long does delivery take, if we go ahead?") as openness and agreement.',
        "",
        "Analyser 2.8.0 decides need, objection and pitch with classifiers learned from the",
        "labelled calls (docs/metrics.md): a logistic regression over each statement's words and",
        "word pairs, with the hand-written readings beside the words for the customer's",
        "statements; a pitch is also any statement in the pitch phrases, and a statement that",
        "opens by restating the customer is no pitch of the classifier's. The settings were",
        "chosen by cross-validation over the training calls, grouped by call (now, over 43",
        "calls: pitch F1 0.85, need 0.57, objection 0.48, kept in the weights file; the",
        "hand-written readings were themselves written from those calls, so the need and",
        "objection figures flatter them). On the six calls held out for 2.7.1, a first version",
        "(the classifiers",
        "alone, trained without those calls) against 2.7.1: pitch F1 0.44 → 0.82, need",
        "0.33 → 0.38, objection 0.14 → 0.29, paraphrase 0.49 → 0.41 (statements that restate",
        "the customer read as presenting, so the turn is no restatement), checkpoints 21 of 24",
        "both, pitch before need 5 → 6 of 6. The pitch phrases and the restatement exception",
        'were added after that run (chosen on the training calls: a generic "our product has',
        'a … feature" was missed by the classifier, a restatement read as a pitch), so those',
        "six calls are no longer unseen and now train the classifiers too. From this analyser",
        "on, the table of all calls reads most calls on the classifiers' own training data: the",
        "held-out calls are the measure.",
        "Six new calls (`heldout8-*`, the held-out table above, from a brief that named no",
        "phrasings and asked for reps who present in different ways) were run once on the final",
        "2.8.0. Against 2.7.1 on them: pitch F1 0.34 → 0.83, need 0.17 → 0.42, objection",
        "0.33 → 0.44, paraphrase 0.48 → 0.40, commitment 0.60 both; pitch before need 3 → 4 of",
        "6 calls, focus 4 → 6 of 6, checkpoints 20 of 24 both. The learned reading carries over",
        "to calls nobody had read where the phrase lists did not; its price is precision on",
        "needs (0.37): the need checkpoint takes the first statement the classifier marks, which",
        'is sometimes a remark ("sorry, I spoke to a lot of people that day", "I honestly don\'t',
        'know yet") rather than the need a person would quote.',
        "",
        "Analyser 2.8.1 therefore takes the need checkpoint from the first statement the need",
        "classifier is clear about (a decision value above 1 rather than 0; docs/metrics.md),",
        "chosen by cross-validation over the training calls (the `heldout8-*` calls among",
        "them, so they are no longer unseen, and they now train the classifiers): the quoted",
        "statement is one a person marked as a need in 31 of 45 calls rather than 20 of 47,",
        "with as many need verdicts right (43 of 48).",
        "Six more calls (`heldout9-*`, the held-out table above, same kind of brief) were run",
        "once on the final 2.8.1. Against 2.7.1 on them: pitch F1 0.58 → 0.83, need",
        "0.33 → 0.60, objection 0.18 → 0.38, paraphrase 0.60 → 0.51, questions and commitments",
        "the same; pitch before need 5 → 6 of 6, focus 4 of 6 both, checkpoints 17 of 24 both.",
        "The misses they show are in the phrases of the later checkpoints: authority said as",
        '"it comes out of my operations budget" or "I sign the cheques", a denial one word',
        'further back ("it\'s not really my call" read as authority), openness said as a',
        "budget already approved. Paraphrase keeps falling where the pitch classifier reads a",
        "rep's restatement as presenting.",
        "Analyser 2.8.2 mends what those calls showed in the phrases (so they are no longer",
        'unseen and now train the classifiers): a denial a word further back ("not really my',
        'call") is none, a budget may be named ("my operations budget"), "I sign the',
        'cheques" is authority, and "go ahead" agrees only when it opens the reply. Over the',
        "55 training calls the classifiers now cross-validate at pitch F1 0.86, need 0.57,",
        "objection 0.45.",
        "Six more calls (`heldout10-*`, the held-out table above) were run once on the final",
        "2.8.2. Against 2.7.1 on them: pitch F1 0.67 → 0.85, need 0.38 → 0.60, objection",
        "0.20 → 0.51, but paraphrase 0.67 → 0.41 (the pitch classifier reads restatements of",
        "how the customer works as presenting, and a turn that presents is no restatement);",
        "pitch before need 6 → 5 of 6 and focus 6 → 5 of 6 for the same reason (the sawmill",
        "call), checkpoints 18 of 24 both. Reading restatement before presenting is the next",
        'step, with the phrase misses these calls show ("open to" inside "cutting the duct open',
        'to…", a proposal as "would a pilot make sense…?", openness as "I\'m actively',
        'looking").',
        "Six more calls (`heldout11-*`, written with reps who often play back what they",
        "heard) were run once on the same 2.8.2, so the held-out table above holds twelve",
        "calls. Against 2.7.1 on these six: pitch F1 0.38 → 0.73, objection 0.15 → 0.33, need",
        "0.40 → 0.38 (their writer marked few needs: 26, and the classifier's precision there",
        "is 0.27), paraphrase 0.60 → 0.41, checkpoints 22 of 24 both, pitch before need 6 of 6",
        "and focus 5 of 6 both. Two of the right verdicts rest on the wrong moment: small talk",
        '("the access road is a nightmare once it freezes", "Bethan\'s joining us because she',
        'looks after all the audit side") is the quoted need.',
        "Analyser 2.9.0 changed the question rules (tuned on Switchboard's training split and",
        "AnnoMI's tuning part, above) and the restatement rule, read on the training calls only:",
        "an echo of the customer's words no longer counts when it is a greeting or goodbye",
        '("hi Sam", "see you Thursday"), only a number, day or time said back ("Thursday at',
        'ten it is"), an answer to the question the customer just asked, or a word of sympathy',
        '("that\'s a fair point"). On the 55 training calls paraphrase F1 went 0.65 → 0.73',
        "(precision 0.55 → 0.70). Nothing in 2.9.0 came from the `heldout10-*` and",
        "`heldout11-*` calls, so they stay held out; six new calls (`heldout12-*`) were written",
        "for it, and the eighteen were run once on the final 2.9.0.",
        "Against 2.8.2 on the same eighteen calls, paraphrase traded recall for precision",
        "(precision 0.41 → 0.46, recall 0.36 → 0.30, F1 0.38 → 0.37: the new calls' writer",
        'counts a figure said back, "Two hundred.", as a restatement); by set, paraphrase F1',
        "0.41 → 0.43 (`heldout10`), 0.41 → 0.36 (`heldout11`), 0.31 → 0.31 (`heldout12`). Every",
        "other label moved by at most 0.02, and as many verdicts agreed as before. On the new",
        "calls the checkpoints missed are again said in the customer's own words: authority as",
        '"it\'s mine up to fifty thousand a year" or "I decide what we spend money on",',
        "openness as asking to be sent the pricing; and a yes to being sent material, after",
        "turning down a trial, reads as agreeing to discuss.",
        "Analyser 2.9.1 mends what those eighteen calls showed (so they are no longer unseen and",
        'now train the classifiers): authority as "it\'s mine up to…", "I decide what we spend',
        'money on" or "if I like something, I buy it"; openness as being in the market or',
        'asking to be sent the pricing, and "open to" only after a form of *be* or an adverb',
        '("cutting the duct open to…" is none); agreement to a day and time ("Thursday',
        "afternoon works, let's do two o'clock\"), a proposal put as \"would a pilot make",
        'sense?", and a yes to an offer only to send material read as interest rather than',
        "agreement; and trouble denied or contentment (\"we've not lost a single tender over",
        'it", "it does the job for us") as a reading the need classifier weighs against a',
        "need. Over the 73 training calls, checkpoint agreement went 257 → 269 of 288, and the",
        "classifiers cross-validate at need F1 0.55 (0.546 → 0.550 with the new reading),",
        "objection 0.48, pitch 0.86. Six new calls (`heldout13-*`, the held-out table above)",
        "were run once on the final 2.9.1. Against 2.8.2 and 2.9.0 on them: paraphrase F1",
        "0.33 → 0.37 → 0.40, need 0.47 → 0.47 → 0.53, pitch 0.86 → 0.86 → 0.87, objection",
        "0.56 → 0.56 → 0.52, questions and commitments the same, checkpoints 20 of 24 each",
        "time, focus 5 → 4 → 4 of 6. Before that run, a check of the 2.9.1 phrases over every",
        "call printed that the ice-rink call's authority was missed; nothing was changed for it",
        '(said as "up to five grand it\'s mine", it is still missed).',
        "Analyser 2.9.2 makes a statement a need or an objection, not both (people labelling",
        "calls never give both): where both classifiers say yes, the higher decision value",
        "decides. It was chosen by cross-validation over the 73 training calls (need F1 0.550",
        "→ 0.554, objection 0.481 → 0.486) after the run above, not from its results; run",
        "again on 2.9.2, the six held-out calls give need F1 0.53 → 0.55 and objection 0.52 →",
        "0.57, nothing else moving.",
        'Analyser 2.9.3 reads a summary that opens with *so* as a restatement ("so a window of',
        'four hours, ageing machines and not enough people"; not *so* before a question word,',
        "the rep's own side, a next step or a new subject, nor after the customer's question),",
        "which the shared-word rule missed when the rep put the customer's account in other",
        "words. Chosen on the 73 training calls (paraphrase F1 0.69 → 0.74, recall 0.71 →",
        "0.83 at the same precision) and on AnnoMI's tuning part (0.552 → 0.592), not from the",
        "held-out calls; run on 2.9.3 as well, the six give paraphrase F1 0.40 → 0.46 and",
        "focus 4 → 5 of 6, nothing else moving.",
        'Analyser 2.9.4 reads a rep turn that opens by asking to be told more ("tell me more',
        'about…", "walk me through…") as asking, as it already did a turn opening with a',
        "question mark or a question word: a demo call marked one as restating. It moved",
        "nothing on the training calls and AnnoMI's paraphrase F1 not at all (precision 0.683 →",
        "0.685); on the six held-out calls paraphrase F1 0.46 → 0.48 (the table above is this",
        "fourth run; none of the four changes since the first was drawn from them).",
        "Analyser 2.10.0 reads decision authority on its own: a customer who turns the rep",
        "down can still say the decision is theirs, and that is now shown whatever came",
        "before (the first three checkpoints keep their order; the verdict still names the",
        "first one missing). It also reads the later checkpoints in more of the customer's",
        "own words, written from the misses the calls before had shown: openness as \"I'd be",
        'glad of something that…", "I\'d change how we work", a decision or budget already',
        'made ("we\'re going to automate it", "the board approved the budget", "we\'ve put',
        'money aside"); agreement as "it might be worth them seeing it", "send me the',
        'paperwork", "we can walk our director through it", "I want to see one running";',
        'authority as "up to five grand it\'s mine", "it\'s my company", "my signature", "I\'ll',
        'decide after Wednesday"; and "it wouldn\'t be my call" as a denial. One label changed',
        'with the definition: in `heldout6-salons` the owner who says "I make the call on',
        'systems for the group" and turns the rep down now has authority (its writer had',
        "followed the old sequence). The `heldout13-*` calls shaped these rules, so they now",
        "train the classifiers, which were refitted (cross-validated over the 79 training",
        "calls: pitch F1 0.85, need 0.55, objection 0.48). Checkpoints reached or not over",
        "those 79 calls: 290 → 307 of 312, figures of calls the rules were written from.",
        "Six new calls (`heldout14-*`, the held-out table above, written from a brief that",
        "named no phrasings) were run once on the final 2.10.0. Their writer, checking the",
        "names of the service steps, ran the labelled-call tests after labelling and so saw",
        "which verdicts disagreed; no label was changed after that. Against 2.9.4 on them:",
        "checkpoints 19 → 20 of 20, pitch F1 0.63 → 0.65, objection 0.39 → 0.40, paraphrase",
        "0.27 → 0.25, need 0.50 both, questions and commitments the same, pitch before need 4",
        "of 6, focus 3 of 5 and service steps 1 of 4 each time. What they show: small talk",
        'in reply to "how are you doing?" (gazebos flattened by the wind) reads as the first',
        "need, so a rep who pitched straight after it is not flagged; answers to the",
        "customer's questions about the product read as presenting where the writer marked",
        "none (pitch precision 0.48); and the service steps after *understand* are in phrases",
        "too narrow for a support call in everyday words (the diagnosis, the fix and the",
        "check that it works were all missed).",
        "Analyser 2.11.0 reads the service steps in more words, written from the one service",
        "call of the `heldout14-*` set (so it is no longer unseen and now trains the",
        "classifiers, refitted: cross-validated pitch F1 0.85, need 0.56, objection 0.47):",
        "*understand* as asking what is wrong, what they see or since when; *diagnose* as naming",
        'the cause ("that\'s because…", "that would explain it", "it usually means…", "it can\'t',
        'connect"); *resolve* as the fix done ("it\'s working again", "the light has gone',
        'green"), not after a condition still to be met ("once it\'s back online…"); *confirm*',
        'as checking it works ("just to check, you\'re seeing…?", "tell me what you see"). Five',
        "new service calls (`heldout15-*`, the held-out table above, from a brief that named no",
        "phrasings and asked for calls where not every step is reached) were run once on the",
        "final 2.11.0: service steps 9 → 13 of 20 against 2.10.0, every sentence label within",
        '0.01. What they show: "is there anything else I can help with?" at the end of a call',
        "reads as checking the fix (a confirm phrase older than this analyser); a fix or a cause",
        'in other words ("the card\'s showing as active again", "E21 on this model means…") is',
        "missed; the agents' explanations read as presenting (54 pitches where the writer marked",
        "none) and so as a product focus, which a service call should not be given; and the",
        'commitments of a service call ("the engineer will bring a new pump on Thursday") are not',
        "found (0 of 14).",
        "Analyser 2.11.1 mends what those five calls showed in the service steps (so they are",
        'no longer unseen): "is there anything else I can help with?" closes a call and checks',
        'nothing; a fix said as "the block\'s been removed" or "showing as active again", a',
        'cause as "that\'s also why…" or "E21 on this model means…", and a check as "are you',
        'happy with where we\'ve ended up?" or "is everything behaving itself now?" are read.',
        "On the seven service calls, steps 21 → 26 of 28 (figures of calls the rules were",
        "written from: the roaming call's cause, said without a word of cause, and the",
        "reinstall read as the fix remain). The classifiers now learn from the sales calls",
        "only: a service agent explains how a thing works in the words a pitch is made of, and",
        "a customer describes a fault in the words of a need, and neither was labelled so",
        "(refitted over the 78 sales calls not held out: cross-validated pitch F1 0.85, need",
        "0.55, objection 0.49). No new calls are held out for 2.11.1; the next set will be",
        "written for it.",
        "Analyser 2.12.0 reads what the customer says in reply to the rep asking after them",
        '("how are you doing?", "how was the weekend?"; not "how\'s it going with the two',
        'sites?") as small talk, no need and no objection, until the rep asks something else or',
        "presents. It comes from the campsite call of the `heldout14-*` set (gazebos flattened",
        "by the wind read as the first need, so the rep who pitched straight after was not",
        "flagged), which is therefore no longer unseen and now trains the classifiers (refitted:",
        "cross-validated pitch F1 0.85, need 0.54, objection 0.48). Over every labelled call the",
        "rule takes two statements off the needs, neither labelled one, and with the refit need",
        "precision goes 481 of 733 → 481 of 728; the campsite call's pitch before need agrees.",
        "Analyser 2.13.0 reads commitments in more of their words, chosen on the 86 calls not",
        "held out, where half the commitments were missed (recall 0.50): a promise of an act in",
        'the first person ("I\'ll email it over this afternoon", "I\'m going to pop a note on your',
        'account"), a proposal taken up ("let\'s do the week after next"), a day or time taken',
        '("the ninth at two is fine", "Tuesday at two, then") and a delivery promised ("you\'ll',
        'have it by Friday"); not a turn of speech ("I\'ll tell you what we do", "I\'ll get',
        'straight to it"). On those calls commitment F1 0.63 → 0.87 (recall 0.50 → 0.88,',
        "precision 0.87 → 0.86). The four `heldout14-*` calls still held out were run once on",
        "the final 2.13.0: commitment F1 0.50 → 0.61 (recall 4 → 7 of 11, precision 0.80 →",
        "0.58), every other figure the same.",
        "Analyser 2.14.0 marks a restatement on the sentence that restates, not on the first",
        'sentence of the turn, which was often a reaction before it ("Ouch. So three mornings',
        'a month go on re-planning."); a sentence read as presenting restates nothing; a short',
        'reaction may come before a summary with "so" ("oh no, so…", "fair enough, so…"); and a',
        'speaker\'s name said back ("thanks, Gillian") repeats nothing they said. Written from',
        "the restatements found and missed over every labelled call (so the four `heldout14-*`",
        "sales calls are no longer unseen). Over every call paraphrase F1 0.69 → 0.77 (precision",
        "0.63 → 0.71, recall 0.76 → 0.83); on AnnoMI, which scores whole turns, paraphrase F1",
        "0.607 → 0.609 on the held-out part, the tuning part unchanged. The classifiers are now",
        "fitted to a tight tolerance, so that another machine's arithmetic gives the shipped",
        "weights (pitch weights moved by up to 0.33; cross-validated F1 within 0.001), and",
        "refitted with the four `heldout14-*` calls (cross-validated pitch F1 0.84, need 0.55,",
        "objection 0.49). Six new sales calls (`heldout16-*`, the held-out table above: small",
        "talk, a pitch in the first minute, a customer asking one product question after",
        "another, a buyer who must take it upward, a call that ends with no next step, a rep",
        "who runs the call on prices) were run once on 2.14.0 before that refit, and once on",
        "the final 2.14.0. Against 2.13.1 on them, before the refit: pitch F1 0.79 → 0.80,",
        "every other figure the same (paraphrase 0.67, need 0.55, objection 0.60, commitment",
        "0.91, checkpoints 22 of 24, pitch before need 5 of 6, focus 4 of 6). The refit with",
        "four more training calls cost them a little: paraphrase 0.67 → 0.54 (three summaries",
        'with "so" now read as presenting, and a sentence that presents restates nothing), need',
        "0.55 → 0.51, pitch 0.80 → 0.77, objection 0.60 → 0.58; questions, commitments and",
        'every verdict the same. What they show: small talk at the start ("we had forty in on',
        'Saturday", "we had the area contest") read as the first need, so a pitch in the first',
        'minute goes unflagged; and summaries of the customer\'s situation with "so" read as',
        "presenting.",
        'Analyser 2.15.0 reads a proposal put as a question ("how about Thursday?", "what about',
        'a trial?", "what if we phased it?") as closed, and asking leave to ask how or what',
        '("can I ask how a decision like this gets made?"), asking for a picture of how things',
        'run, and the customer\'s words echoed with "how?" ("falls over how?") as open; "you',
        'alright?" asks after the customer; and a spending limit of one\'s own ("I can sign',
        'anything under fifteen hundred without the committee") is authority. Written from the',
        "open/closed disagreements over every labelled call and from the `heldout16-*` calls",
        "(so they are no longer unseen and now train the classifiers, refitted: cross-validated",
        "pitch F1 0.84, need 0.54, objection 0.49). Over the calls then labelled, open/closed",
        "agrees on 1003 of 1068 questions found (972 before); on AnnoMI, open/closed accuracy is",
        "unchanged (0.825 on the tuning part, 0.771 held out). A service call's `benchmarks` keep",
        "each figure with no reference beside it. Seven new calls (`heldout17-*`, the held-out",
        "table above: five sales calls with minutes of small talk, a customer content with how",
        "things run, a rep asking mostly closed questions, one file with no question marks and",
        "one raw speech recognition; two service calls, one fixed and one left for an engineer;",
        'the brief named the kinds of talk to include, and one phrasing, "you alright?", as',
        "small talk)",
        "were run once on the final 2.15.0. Against 2.14.0 (and 2.13.1) on them: open question",
        "F1 0.77 → 0.81, closed 0.89 → 0.91 (open/closed agrees on 97 → 100 of 108), need 0.35",
        "→ 0.34 (0.34 with 2.13.1), pitch 0.67 → 0.65 (0.64), objection 0.35 → 0.36 (0.36),",
        "paraphrase 0.35 both (0.32), commitment 0.65 throughout, checkpoints 19 of 20, service",
        "steps 8 of 8. What they show: need precision is poor (0.27: 58 statements marked that",
        "the person did not; in the sales calls 46, among them a caller introducing herself and",
        "an owner telling contentedly how bookings run), and in the service calls the agents'",
        "explanations read as presenting (22 pitches, none labelled).",
        "Analyser 2.16.0 gives each classifier a threshold chosen in training: the highest",
        "decision value among 0, 0.125, …, 1 whose cross-validated F1 is within 0.01 of the",
        "best (refitted with the `heldout17-*` calls, now no longer unseen: pitch 0.75, need",
        "0.625, objection 0.75; cross-validated precision 0.78 → 0.86, 0.43 → 0.55 and 0.41 →",
        "0.55 against a threshold of 0, F1 0.84 → 0.83, 0.53 → 0.54 and 0.48 → 0.50). In a",
        "service call only the pitch phrases mark a presentation, and a customer denying the",
        'need itself ("it doesn\'t sound like something we need") admits none. Written from',
        "the `heldout17-*` calls. Over every call then labelled, pitch F1 0.93 → 0.98 (the",
        "service calls' explanations), pitch before need agrees in 96 → 99 calls. Seven new",
        "calls (`heldout18-*`, the held-out table above: six sales calls, among them a customer",
        "introducing herself at length, good news as small talk, a customer content with her",
        'process, a plain "we don\'t need it" (a phrasing the brief named), one raw speech',
        "recognition without apostrophes; one service call ending in an add-on declined) were",
        "run once on the final 2.16.0. Against 2.15.0 (and 2.13.1) on them: need F1 0.54 →",
        "0.68 (0.53; precision 0.38 → 0.55), pitch 0.68 → 0.80 (0.69; in the service call 13",
        "pitches → 2, one labelled), paraphrase 0.55 → 0.58 (0.35), but objection 0.53 → 0.45",
        "(0.53; recall 0.55 → 0.38); questions, commitments, checkpoints (18 of 24), pitch",
        "before need (5 of 7) and focus (6 of 6) the same. What they show: the objection",
        "threshold costs reservations said mildly; contentment (\"it's a system that's grown up",
        'over twenty years, it works for us") reads as agreeing to discuss; "it\'s our call",',
        "said by two owners, is not read as authority; and an account of how things run (the",
        "choir's permissions, the distillery's bottling days) still reads as a need.",
        'Analyser 2.17.0 reads owners deciding together ("it\'s our call", "it\'s just the two of',
        'us who decide") as authority; "it works for us", said of what they have, as neither',
        "agreement nor commitment; and a denied need as an objection (every such statement in",
        "the labelled calls was labelled one). Written from the `heldout18-*` calls, which now",
        "train the classifiers (refitted: thresholds pitch 0.875, need 0.375, objection 1.0;",
        "cross-validated F1 0.83, 0.56, 0.50). The thresholds move with each refit, since the",
        "cross-validated F1 around the best is flat; the figures at the chosen threshold are in",
        "`statements.json`. Seven new calls (`heldout19-*`, the held-out table above: two good",
        "discovery calls, three partners who decide together, a content owner, a pitch in the",
        "first minute, a haggle that closes in a file without question marks, a service call;",
        "the brief gave two mild reservations as examples, \"I'm not sure the team would take",
        'to it" and "we tried something like that before")',
        "were run once on the final 2.17.0. Against 2.16.0 (and 2.13.1) on them: need F1 0.42 →",
        "0.47 (0.47), objection 0.51 → 0.55 (0.54), pitch 0.81 → 0.80 (0.72), paraphrase 0.40",
        "both (0.25), questions open 0.92 and closed 0.95 both (0.90, 0.94), commitment 0.65",
        "throughout, checkpoints 21 of 24 throughout, pitch before need 5 → 6 of 7 (4), focus 4",
        "of 6 throughout; in the service call one pitch marked, none labelled (six with",
        '2.13.1). What they show: contentment with what they have ("it prints a ticket, it',
        'keeps the records…") still reads as a need; a hedged yes to a demo ("I think that',
        'would be better than me trying to explain it") is not read as one; and in the focus',
        "verdict, restatements outweigh a haggle over fees and terms.",
        'Analyser 2.18.0 reads a hedged yes ("I think that would be better than me trying to',
        'explain it", "I suppose that would work", "that makes sense") as a yes; contentment',
        'with what they have ("the lads know it inside out", "it does everything we need",',
        '"it\'s paid for") as trouble denied, which the need classifier weighs; and',
        'commitments in more of their words: a call back ("I\'ll try you Monday morning"), a',
        'promise with a word between ("I\'ll also send you…"), a step under way ("I\'m putting',
        'a note on your account"), asking or showing someone named ("I\'ll ask Phil if…"); not',
        'an aside within the call ("I\'ll pop you on hold") nor "put it in front of them".',
        "Written from the `heldout16-*` to `heldout19-*` calls (the last now no longer unseen,",
        "training the classifiers: refitted, thresholds pitch 0.625, need 0.5, objection 0.5;",
        "cross-validated F1 0.84, 0.56, 0.51). Over every call then labelled, commitment F1",
        "0.82 → 0.86 (on the calls before `heldout16-*`, 0.859 → 0.865: 7 marks fewer that",
        "nobody labelled, 12 more that somebody did, none lost). Six new sales calls",
        "(`heldout20-*`, the held-out table above: a good discovery call, a content partner",
        "who declines, a rep who talks far too much, a committee, a rep who turns everything to",
        "price, raw speech recognition) were run once on the final 2.18.0. Against 2.17.0 (and",
        "2.13.1) on them: commitment F1 0.64 → 0.69 (0.64), checkpoints 21 → 22 of 24 (21),",
        "pitch 0.87 both (0.85), paraphrase 0.39 → 0.37 (0.27), questions the same (open 0.85,",
        "closed 0.88), focus 6 of 6 both (5), but objection 0.75 → 0.63 (0.56; precision 0.80",
        "→ 0.57, the refit's lower objection threshold) and need 0.60 → 0.56 (0.59). What they",
        'show: a reluctant yes ("I suppose there\'s no harm in you having a look") is not read',
        "as one; and the thresholds chosen at each refit move the objection and need figures",
        "by as much as the rules do.",
        "Analyser 2.19.0 fixes the classifiers' threshold at 0.5 on the decision value rather",
        "than choosing it at each refit (refitted: pitch, need and objection at 0.5; their best",
        "cross-validated F1 lies at 0.5, 0.375 and 0.25, within 0.01 of the F1 at 0.5), so that",
        "a refit moves the figures only by what the new calls teach. The `heldout20-*` calls,",
        "still held out, give the same figures with it as with 2.18.0 but pitch F1 0.87 → 0.88.",
        "Six new sales calls (`heldout21-*`, the held-out table above: reservations of every",
        "strength, needs from a crisis to a mild wish, a rep who listens, one who pitches hard,",
        "one who asks closed questions, one who closes on price, raw speech recognition) were",
        "run once on the final 2.19.0. Against 2.18.0 (and 2.13.1) on them: pitch F1 0.92 →",
        "0.89 (0.82), every other figure the same: need 0.63 (0.62), paraphrase 0.70 (0.56),",
        "objection 0.54 (0.56; recall 0.41: mild reservations are missed), commitment 0.76",
        "(0.73), questions open 0.87 (0.85) and closed 0.96 (0.95), checkpoints 21 of 24",
        "(21), pitch before need 6 of 6 (5), focus 5 of 6 (3).",
        "Analyser 2.20.0 reads a plain decline or a doubt about changing at all as an objection",
        'phrase, which the objection classifier weighs ("there\'s no point", "I can\'t see it this',
        'year", "I\'d be wasting your time", "we\'re not looking to add anything", "three years is',
        'a long time to lock yourself in", "they\'re a fair bit cheaper", "I\'d rather not").',
        "Chosen reading the statements the objection classifier missed in cross-validation over",
        "the training calls (recall 0.50 there); over the labelled calls 12 of the 15 customer",
        "statements these phrases find are labelled objections. Cross-validated objection F1",
        "0.509 → 0.525 (precision 0.514 → 0.525, recall 0.504 → 0.525), need 0.557 → 0.556.",
        "The `heldout20-*` and `heldout21-*` calls, still held out, were run once on the final",
        "2.20.0: objection F1 0.63 → 0.65 and 0.54 → 0.55 against 2.19.0, every other figure",
        "the same.",
        "Analyser 2.21.0 reads mild reservations as objection phrases the classifier weighs",
        '(money short, "it\'s money we\'d have to find", "the price is the sticking point"; no',
        'reason to change, "why change now?"; people who would not have it, "the committee would',
        'never agree"; a doubt it would help; a promise withheld, "I can\'t promise anyone will',
        'look at it"; plain declines, "we\'re not switching", "nah, leave it"), and commitments',
        'that someone else will keep, arranged on the call ("the engineer will bring a new',
        'pump", "Rhys will see you at nine", "you\'re booked in for Thursday"). Chosen reading',
        "the objections the classifier missed in cross-validation over the training calls and",
        "the commitments missed over the calls not held out (half of those in the service",
        "calls): cross-validated objection F1 0.525 → 0.541, need 0.556 → 0.558; commitment over",
        "the calls not held out 269 → 277 found of 313, with no more marked that nobody",
        "labelled (47). The `heldout20-*` and `heldout21-*` calls, still held out, were run once",
        "on the final 2.21.0: against 2.20.0, objection F1 0.65 → 0.63 and 0.55 → 0.53 (one",
        "promise withheld, \"I can't promise they'll go for it\", that its writer did not call",
        "a reservation, and one reservation the refitted classifier no longer marks), need 0.56",
        "→ 0.58 on `heldout20-*`, every other figure the same: these calls hold few next steps",
        "arranged for someone else.",
        "Analyser 2.22.0 was written reading the `heldout20-*` and `heldout21-*` calls (so they",
        "are no longer unseen and now train the classifiers) and the rest of the calls not held",
        'out. Needs said plainly ("quoting is killing us", "the one bit that gets away from',
        'us", "I\'d like my evenings back") and contentment ("it\'s honestly fine", "the audit',
        'went fine", "it\'s all in one place") are readings the need classifier weighs; being',
        'burned before ("we got stung by…"), people who would resist ("he\'ll take some',
        'convincing", "not great with computers") and "I haven\'t said yes yet" are objection',
        "phrases. Refitted, the classifiers cross-validate at pitch F1 0.849, need 0.579 and",
        "objection 0.555 (0.572 and 0.539 with the rules of 2.21.0 over the same calls). A",
        'reluctant yes ("I suppose there\'s no harm in you having a look", "it can\'t hurt") is',
        'a yes; "it\'s just me and Claudette who decide" is authority. A restatement is no',
        'longer read in thanks or an acknowledgement ("you\'re welcome", "that\'s fine, loads of',
        'our studios…", "makes sense"), in the rep\'s own conclusion after "so" ("so that\'s',
        'sorted", "so here\'s what I\'d like to do"), or in "I hear that a lot"; over the calls',
        "not held out, paraphrase precision 0.63 → 0.68 (110 marks nobody labelled rather than",
        "136; one restatement lost), and on AnnoMI's held-out part paraphrase F1 0.609 → 0.613.",
        'Commitments are read in a day part taken ("Friday morning it is"), "I\'ll set it up",',
        '"I\'ll ask the chair", "put me down for the trial" and raw speech recognition\'s "ill',
        'send"; not in a promise withheld ("I can\'t promise I\'ll read it"): over those calls',
        "300 → 310 of 346 found, 54 → 56 marked that nobody labelled. Seven verdicts that",
        "differed now agree (the marquee owner's reluctant yes, the tea blender's authority,",
        "the golf club's need, openness and agreement, the car wash's focus), none newly",
        "differs. Six new calls (`heldout22-*`, the held-out table above: a good discovery",
        "call, a rep who pitches first and talks over objections, a hard close on price with a",
        "deadline, a vague manager drawn out by open questions, a contented owner who declines,",
        "a service call ending in an add-on declined) were run once on the final 2.22.0, and on",
        "2.20.0 and 2.21.0 beside it. 2.20.0 → 2.21.0 → 2.22.0 on them: need F1 0.52 → 0.52 →",
        "0.63 (precision 0.73, recall 0.55), objection 0.59 → 0.62 → 0.63 (recall 0.53), pitch",
        "0.83 → 0.83 → 0.84; questions open 0.96 and closed 0.97, paraphrase 0.55, commitment",
        "0.80, checkpoints 15 of 20, pitch before need 5 of 6, focus 4 of 5 and service steps 3",
        "of 4 throughout. What they show: a mishap told contentedly (\"once or twice someone's",
        'forgotten it") reads as a clear need; "it\'s our place" is not read as authority; a',
        'brush-off ("go on then, send it over, I\'ll have a look when I get a minute") reads as',
        "a yes; a close on a deadline and a free month does not outweigh the rep's open",
        'questions in the focus; the agent\'s check "is it running properly?" is missed, and',
        'the greeting "how can I help?" counts as understanding the problem.',
        "Analyser 2.23.0 was written reading the `heldout22-*` calls (so they are no longer",
        "unseen and now train the classifiers) and the calls before them: closing talk is",
        'read as the deal ("a pound a call", "a twelve-month minimum", "what if I knock the',
        'first month off?", "the offer closes on Friday", "what would it take to…"), which the',
        'focus weighs; "it\'s our place" is authority; a yes put off to a spare minute ("go on',
        "then, send it over, I'll have a look when I get a minute\") is a brush-off; a fault",
        'gone ("it\'s still dry") is the fix, and "is it running properly?" the check; more',
        'needs ("it\'s the peaks that kill us", "the phone doesn\'t stop") and objections',
        '("no more spending till the refit\'s done", "I\'ve got enough on", "I don\'t sign',
        'anything over the phone") are readings the classifiers weigh. Refitted, they',
        "cross-validate at pitch F1 0.851, need 0.586 and objection 0.554 (0.578 and 0.547",
        "with the rules of 2.22.0 over the same calls). Five verdicts of the `heldout22-*`",
        "calls that differed now agree, and the rehearsal studio's need checkpoint; the golf",
        "club's need, openness and agreement differ again after the refit (its statement of",
        "how things run lies near the line). Six new calls (`heldout23-*`, the held-out table",
        "above: raw speech recognition with only closed questions, a keen customer and a rep",
        "who restates well, a pitch in the first turn to a content customer, a call spent",
        "haggling, two service calls, one fixed on the call and one left for an engineer)",
        "were run once on the final 2.23.0, and on 2.20.0 and 2.22.0 beside it. 2.20.0 →",
        "2.22.0 → 2.23.0 on them: paraphrase F1 0.48 → 0.55 → 0.55, need 0.57 → 0.55 → 0.53",
        "(precision 0.60, recall 0.48; their writer labelled the service customers' faults as",
        "needs), objection 0.71 → 0.70 → 0.71, commitment 0.84 → 0.85 → 0.85, checkpoints 13 →",
        "14 → 14 of 16; questions open 0.87 and closed 0.92, pitch 0.76, pitch before need 6",
        "of 6, focus 4 of 4 and service steps 8 of 8 throughout. What they show: in raw speech",
        'recognition a question after a greeting or a reaction ("ha no bother at all is now an',
        'ok time…", "grand so have you been busy…") or ending in "can you see that" is missed;',
        '"is there anything else I can help with?" and "what about after Christmas, would',
        'January be better?" read as open questions; and "that would really help, actually"',
        "is not read as a yes.",
        "Analyser 2.24.0 was written reading the `heldout23-*` calls (so they are no longer",
        "unseen and now train the classifiers) and the calls before them. In raw speech",
        'recognition a question after a greeting or a reaction is read ("hello is that',
        'Aoife", "grand so have you been busy", "ha no bother at all is now an ok time"); a',
        'time proposed with "what about…" and "is there anything else I can help with?" are',
        'closed; "that would really help, actually" is a yes, and "Tuesday at ten\'s fine"',
        "agreement; \"she'd kill me if…\" is no trouble; money tight in the trade, a rival's",
        "quote and the effort of learning it are objection phrases. On Switchboard's training",
        "split question F1 0.8418 → 0.8419 with punctuation and 0.7123 → 0.7128 without; over",
        "the labelled calls 1572 → 1575 of 1615 questions found and open/closed agreeing on",
        "1477 → 1486; AnnoMI's tuning part unchanged. Refitted, the classifiers cross-validate",
        "at pitch F1 0.848, need 0.590 and objection 0.570 (0.588 and 0.565 with the rules of",
        "2.23.0 over the same calls); the nursery's openness and agreement now agree. Read once",
        "after the rules were final, Switchboard's validation split gives question F1 0.849",
        "with punctuation (107 found, 22 invented, 16 missed: one miss fewer than 2.23.0) and",
        "0.755 without. Six new calls (`heldout24-*`, the held-out table above: a slow",
        "discovery call summed up well, a content club owner who declines, a rep who talks far",
        "too much, two co-owners who disagree, a follow-up meeting four objections, a billing",
        "fix that leaves the customer unhappy) were run once on the final 2.24.0, and on 2.20.0",
        "and 2.23.0 beside it. 2.20.0 → 2.23.0 → 2.24.0 on them: open questions F1 0.94 → 0.94",
        "→ 0.96, closed 0.96 → 0.96 → 0.97, paraphrase 0.30 → 0.40 → 0.40, pitch 0.70 → 0.75 →",
        "0.75, need 0.51 → 0.49 → 0.49, objection 0.47 → 0.50 → 0.45 (precision 0.43: 16 marked",
        'that the writer did not, among them "I can\'t promise anything, mind", which earlier',
        "writers called a reservation), commitment 0.76, checkpoints 17 of 20, pitch before",
        "need 6 of 6, focus 5 of 5 and service steps 4 of 4 throughout. What they show: owners",
        'who decide together in other words ("Alan and I would decide between us", "it\'s the',
        'two of us, fifty-fifty") are not read as authority; "maybe just send me some',
        'information first" is openness to its writer; and the need and objection classifiers',
        "stay near their cross-validated F1 (0.59 and 0.57) on calls nobody had read.",
        "Analyser 2.25.0 was written reading the `heldout24-*` calls (so they are no longer",
        "unseen and now train the classifiers) and the calls before them. In the focus verdict",
        'an open question that asks after the customer ("how was the trip back?") is no longer',
        "a listening move (it still counts among the questions, and the reasons say how many",
        "were left out); no verdict over the labelled calls changed with it. Owners deciding",
        'together ("Ruth and I would decide between us", "it\'s the two of us, fifty-fifty")',
        'are authority, "maybe just send me some information first" is openness, and more',
        'needs ("it\'s Fridays that are the real problem", "that\'s the bit that bugs me", "a',
        'right faff") and "they\'re a lot cheaper" are readings the classifiers weigh.',
        "Refitted, they cross-validate at pitch F1 0.842, need 0.595 and objection 0.570",
        "(0.590 and 0.570 with the rules of 2.24.0 over the same calls); the three",
        "`heldout24-*` checkpoints that differed now agree. Six new calls (`heldout25-*`, the",
        "held-out table above: a skilled discovery call with two partners who decide together,",
        "a customer who politely agrees to everything and commits to nothing, a rep who leads",
        "with a discount, a procurement buyer who asks most of the questions, a contact without",
        "authority, a service call escalated unresolved) were run once on the final 2.25.0, and",
        "on 2.20.0 and 2.24.0 beside it. 2.20.0 → 2.24.0 → 2.25.0 on them: open questions F1",
        "0.90 → 0.93 → 0.93, need 0.49 → 0.54 → 0.50 (precision 0.83, recall 0.36), objection",
        "0.44 → 0.40 → 0.39 (recall 0.33), pitch 0.75 → 0.72 → 0.72; closed questions 0.97,",
        "paraphrase 0.52, commitment 0.77, checkpoints 14 of 20, pitch before need 4 of 6, focus",
        "3 of 5 and service steps 3 of 4 throughout. What they show: needs told as a tender or",
        'as wear and tear in Scots ("the compressor\'s been rattling since the spring") and',
        'reservations said as sarcasm ("pays for itself, aye right") or a brush-off ("it works',
        'for us") are missed, so needs and objections are found in barely a third of the',
        'sentences their writer marked; "we decide everything between us" is not read as',
        'authority; and "…to call you back on?" reads as a fix ("back on").',
        "Analyser 2.26.0 was written reading the `heldout25-*` calls (so they are no longer",
        'unseen and now train the classifiers): "…to call you back on" is no fix; "we decide',
        'everything between us" and "I sign the award" are authority; a rival\'s price set',
        'against the rep\'s ("twelve percent above what we pay now", "Harlows are quoting me',
        'four weeks"), disbelief ("they all say that", "aye, right"), "no promises", "I didn\'t',
        'say I was buying" and "I\'m not rushing it" are objection phrases; "packed up", "a bit',
        'dated" and "staff stood about" are problem language. Refitted, the classifiers',
        "cross-validate at pitch F1 0.841, need 0.590 and objection 0.573 (0.587 and 0.563 with",
        "the rules of 2.25.0 over the same calls). Six verdicts of the `heldout25-*` calls that",
        "differed now agree; after the refit the livery-yard rep's small talk (\"we had fish and",
        "chips in the car…\") reads as presenting, so that call's pitch before need and focus",
        "differ. Six new calls (`heldout26-*`, the held-out table above: an inbound buyer who",
        "haggles, a discovery call without a single summary, a customer telling her problems at",
        "length, a renewal full of complaints, a cold call that goes nowhere, a service call in",
        "raw speech recognition) were run once on the final 2.26.0, and on 2.20.0 and 2.25.0",
        "beside it. 2.20.0 → 2.25.0 → 2.26.0 on them: need F1 0.36 → 0.38 → 0.39 (precision",
        "0.50, recall 0.32), objection 0.37 → 0.30 → 0.29 (precision 0.33, recall 0.26), pitch",
        "0.67 → 0.65 → 0.68, paraphrase 0.35 → 0.40 → 0.40, commitment 0.62 → 0.78 → 0.78, open",
        "questions 0.90 → 0.92 → 0.92, closed 0.91 → 0.92 → 0.92; checkpoints 17 of 20, pitch",
        "before need 5 of 6, focus 4 of 5 and service steps 3 of 4 throughout. What they show:",
        "the objection phrases added since 2.20.0, each written from calls already read, have",
        "not carried over to these calls (10 statements marked that the writer did not call",
        "objections, against 7 with 2.20.0, and one fewer found); complaints in a renewal are read",
        'as needs only late; "we decide things together" is not read as authority; and in raw',
        'speech recognition "ive updated your address" is no fix.',
        "Analyser 2.27.0 was written reading the `heldout26-*` calls (so they are no longer",
        "unseen and now train the classifiers). In a sentence without a single apostrophe, as",
        "raw speech recognition writes them, contractions that are no other word get theirs",
        'back before anything is read ("ive updated it", "dont", "thats"; not "its", "well",',
        '"were", "ill"); "I\'ve also updated…" is a fix; "we decide things together" is',
        "authority. Refitted, the classifiers cross-validate at pitch F1 0.840, need 0.590 and",
        "objection 0.565; the textile and trade-paint verdicts that differed now agree. Six new",
        "calls (`heldout27-*`, the held-out table above: a sceptic who objects in every way, an",
        "eager buyer whose need the rep still checks, a rep of closed questions who pitches",
        "early, a manager who takes over half way, two service calls, one fixed and one left",
        "for the customer's web person, in raw speech recognition) were run once on the final",
        "2.27.0, and on 2.20.0 and 2.26.0 beside it; their writer, opening docs/metrics.md, had",
        "the paragraph on how questions are read in view while writing, so their question",
        "figures are the least blind. 2.20.0 → 2.26.0 → 2.27.0 on them: need F1 0.40 → 0.46 →",
        "0.49 (precision 0.54, recall 0.45), objection 0.57 → 0.59 → 0.59, pitch 0.79 → 0.82 →",
        "0.82, commitment 0.70 → 0.84 → 0.84, open questions 0.83 → 0.86 → 0.86, closed 0.93 →",
        "0.95 → 0.95, paraphrase 0.55 → 0.53 → 0.53, pitch before need 5 → 6 → 6 of 6;",
        "checkpoints 15 of 16, focus 4 of 4 and service steps 8 of 8 throughout. What they show:",
        'writers differ on a yes put off to a spare minute ("just send us an email with the',
        "brochure and I'll have a look when I get a minute\" is openness to this one, a",
        "brush-off to the writer of the driving-school call, and to the rules since 2.23.0).",
        "Analyser 2.28.0 was written reading the `heldout27-*` calls (so they are no longer",
        'unseen and now train the classifiers): "we\'re fine as we are", "now\'s a terrible',
        'time", "that\'s not cheap", "I\'m not signing up to anything" and "I\'m not really sure',
        'we need it" are objection phrases; "a bit of a scramble", "we never have the right',
        'parts" and "the bookings aren\'t turning up" problem language; "I\'ll double-check…",',
        '"I\'ll pencil in…", "I\'ll keep an eye on it" and "I\'ll have that to you by Friday"',
        "commitments. Refitted, the classifiers cross-validate at pitch F1 0.842, need 0.587 and",
        "objection 0.588 (0.587 and 0.582 with the rules of 2.27.0 over the same calls);",
        "commitments over the calls not held out 401 → 406 found, 76 → 79 marked that nobody",
        "labelled. Six new calls (`heldout28-*`, the held-out table above: a guarded customer",
        "won over slowly, a rep who recites features, a polite and firm no, a repeat customer",
        "who haggles, twenty cues of small talk before business, a service call fixed on the",
        "call; one file in the Teams export shape) were run once on the final 2.28.0, and on",
        "2.20.0 and 2.27.0 beside it. 2.20.0 → 2.27.0 → 2.28.0 on them: need F1 0.62 → 0.61 →",
        "0.65, objection 0.44 → 0.50 → 0.50, pitch 0.93 → 0.90 → 0.88, paraphrase 0.67 → 0.62",
        '→ 0.62, commitment 0.81 → 0.79 → 0.76 ("I\'ll keep an eye on the clock", small talk,',
        "now reads as one); questions open 0.85 and closed 0.91, checkpoints 18 of 20, pitch",
        "before need 6 of 6, focus 4 of 5 and service steps 4 of 4 throughout. What they show:",
        '"anything under fifteen is mine" and "I suppose we\'d probably want something for',
        'the waiting list" are authority and openness in words the phrases do not read, and a',
        "haggle over servicing and payment terms is read in too few rep turns for a",
        "transaction focus.",
        "",
    ]
