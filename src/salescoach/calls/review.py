"""Shape a stored call analysis for the review page: figures beside their two references."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

GONG_SOURCE = "Gong Labs, 25,000+ recorded calls"
METHOD_SOURCE = "the methodology's bar"


@dataclass(frozen=True)
class Figure:
    """One measured figure, how it reads against the methodology bar and the industry benchmark."""

    label: str
    value: str
    method_ref: str
    industry_ref: str
    verdict: str  # "good" | "watch" | "" (no judgement)
    evidence_cue: int | None = None


def _pct(share: float | None) -> str:
    return "—" if share is None else f"{round(share * 100)}%"


def minsec(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def figures(result: dict[str, Any]) -> list[Figure]:
    """The headline figures of one call, each against its references."""
    rows: list[Figure] = []
    talk = result.get("rep_talk_share")
    rows.append(
        Figure(
            "Rep talk share (whole call)",
            _pct(talk),
            "—",
            "top reps ≈ 43%; average reps 65–75%",
            "" if talk is None else ("good" if talk <= 0.5 else "watch"),
        )
    )
    # Discovery, pitch before need and the references of the question and story figures are
    # for sales calls: a service call shows none of them.
    selling = result.get("kind", "sales") == "sales"
    discovery = result.get("discovery_rep_talk_share")
    if selling:
        rows.append(
            Figure(
                "Rep talk share in discovery",
                _pct(discovery),
                "rep ≤ 20% (customer talks ≥ 80%)",
                "—",
                "" if discovery is None else ("good" if discovery <= 0.2 else "watch"),
            )
        )
    questions = result.get("questions", {})
    total = questions.get("total")
    rows.append(
        Figure(
            "Questions asked by the rep",
            "—"
            if total is None
            else f"{total} ({questions.get('open', 0)} open, {questions.get('closed', 0)} closed)",
            "open questions that explore needs" if selling else "—",
            "11–14 per discovery call do best" if selling else "—",
            "" if total is None or not selling else ("good" if 11 <= total <= 14 else "watch"),
        )
    )
    story = result.get("longest_customer_story_s")
    rows.append(
        Figure(
            "Longest customer story",
            minsec(story),
            "—",
            "won calls ≈ 4 min; ≤ 50 s goes with lower close rates" if selling else "—",
            "" if story is None or not selling else ("good" if story > 50 else "watch"),
        )
    )
    rows.append(
        Figure("Longest rep monologue", minsec(result.get("longest_rep_monologue_s")), "—", "—", "")
    )
    patience = result.get("patience_s")
    rows.append(
        Figure(
            "Patience (pause before the rep answers)",
            "—" if patience is None else f"{patience:.1f} s",
            "—",
            "—",
            "",
        )
    )
    inter = result.get("interactivity_per_min")
    rows.append(
        Figure(
            "Interactivity (speaker switches per minute)",
            "—" if inter is None else f"{inter:.1f}",
            "—",
            "—",
            "",
        )
    )
    pbn = result.get("pitch_before_need")
    if selling:
        rows.append(
            Figure(
                "Pitched before the customer admitted a need",
                "—" if pbn is None else ("yes" if pbn else "no"),
                "no pitch before a need is admitted",
                "—",
                "" if pbn is None else ("watch" if pbn else "good"),
            )
        )
    return rows


def speakers(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Who spoke on the call, reps first, then by talk time: role in words, talk time, share of
    all speech as a percentage, words and turns."""
    items = sorted(
        result.get("speakers", []),
        key=lambda item: (item.get("role") != "rep", -float(item.get("talk_s") or 0.0)),
    )
    return [
        {
            "name": str(item.get("name", "")),
            "role": "rep" if item.get("role") == "rep" else "customer",
            "talk": minsec(item.get("talk_s")),
            "share": _pct(item.get("talk_share")),
            "words": int(item.get("words", 0)),
            "turns": int(item.get("turns", 0)),
        }
        for item in items
    ]


CHECKPOINT_LABELS = {
    "need_admitted": "Customer admits a need, problem or objective",
    "open_to_solution": "Customer is open to a solution",
    "agrees_to_discuss": "Customer agrees to talk about a solution",
    "decision_authority": "Customer confirms they can decide",
}
FOCUS_LABELS = {
    "customer_needs": "Customer needs",
    "product": "Product",
    "transaction": "Transaction",
}


def checkpoints_reached(call: Any) -> int | None:
    """How many of the four checkpoints a listed call reached (its `reached_<key>`
    annotations, `selectors.listed_calls`); None for a call with none read (a service call,
    or one not analysed)."""
    values = [getattr(call, f"reached_{key}", None) for key in CHECKPOINT_LABELS]
    if all(value is None for value in values):
        return None
    return sum(value is True for value in values)


def focus_label(result: dict[str, Any]) -> str:
    """The focus verdict in words."""
    verdict = (result.get("focus") or {}).get("verdict")
    return FOCUS_LABELS.get(verdict, "—") if verdict else "—"


def checkpoints(result: dict[str, Any], cues: list[list[Any]]) -> list[dict[str, Any]]:
    """The four qualification checkpoints in order, with their moment, quote and cue link."""
    found = result.get("checkpoints", {})
    rows = []
    for key, label in CHECKPOINT_LABELS.items():
        item = found.get(key, {}) if isinstance(found, dict) else {}
        at = item.get("at_s")
        rows.append(
            {"key": key, "label": label, **item, "time": minsec(at), "cue": cue_at(cues, at)}
        )
    return rows


# The marks of the transcript, in words; the keys are the `labels` of the analysis detail.
MARK_LABELS = {
    "question_open": "open question",
    "question_closed": "closed question",
    "paraphrase": "paraphrase",
    "backchannel": "backchannel",
    "need": "need",
    "pitch": "presents the product",
    "objection": "objection",
    "commitment": "commitment",
}


def transcript_rows(
    cues: list[list[Any]], result: dict[str, Any], roles: dict[str, str]
) -> list[dict[str, Any]]:
    """The transcript, one row per cue. Each row holds its sentences, each with the marks the
    analysis gave it (as `(key, words)` pairs), so a mark sits beside the sentence it is about;
    a cue the analysis kept no sentence of shows its text unmarked."""
    said: dict[int, list[dict[str, Any]]] = {}
    for sentence in result.get("sentences", []):
        marks = [
            (key, MARK_LABELS.get(key, key.replace("_", " ")))
            for key in sorted(sentence.get("labels", []))
        ]
        said.setdefault(int(sentence.get("cue", -1)), []).append(
            {"text": sentence.get("text", ""), "marks": marks}
        )
    return [
        {
            "index": index,
            "speaker": speaker,
            "role": roles.get(speaker, "customer"),
            "start": minsec(start),
            "start_s": start,
            "text": text,
            "sentences": said.get(index) or [{"text": text, "marks": []}],
        }
        for index, (speaker, start, _end, text) in enumerate(cues)
    ]


def cue_at(cues: list[list[Any]], at_s: float | None) -> int | None:
    """The index of the cue that contains (or last starts before) a moment, for jump links."""
    if at_s is None:
        return None
    best = None
    for index, (_speaker, start, _end, _text) in enumerate(cues):
        if float(start) <= at_s + 1e-6:
            best = index
        else:
            break
    return best


SERVICE_STEP_LABELS = {
    "understand": "Understand the problem",
    "diagnose": "Diagnose the root cause",
    "resolve": "Resolve it",
    "confirm": "Confirm it is resolved",
}


def service_steps(result: dict[str, Any], cues: list[list[Any]]) -> list[dict[str, Any]]:
    """The problem-solving steps of a service call in order, each with its moment and cue link."""
    found = result.get("service_steps") or {}
    rows = []
    for key, item in found.items() if isinstance(found, dict) else ():
        at = item.get("at_s")
        rows.append(
            {
                "key": key,
                "label": SERVICE_STEP_LABELS.get(key, key.replace("_", " ").capitalize()),
                **item,
                "time": minsec(at),
                "cue": cue_at(cues, at),
            }
        )
    return rows


EVIDENCE_LABELS = {
    "question_open": "open question",
    "question_closed": "closed question",
    "paraphrase": "paraphrase",
    "need": "need admitted",
    "pitch": "presents the product",
    "pitch_before_need": "presented before a need was admitted",
    "objection": "objection",
    "commitment": "commitment",
    "longest_rep_monologue": "longest rep monologue",
    "longest_customer_story": "longest customer story",
}
# The evidence filter of the review page: (key, heading), in the order the filter shows them;
# `evidence_group` says which group a kind of moment belongs to.
EVIDENCE_GROUPS = (
    ("questions", "Questions"),
    ("needs", "Needs"),
    ("paraphrases", "Paraphrases"),
    ("product", "Product"),
    ("objections", "Objections"),
    ("commitments", "Commitments"),
    ("milestones", "Checkpoints and steps"),
    ("stretches", "Longest stretches"),
)
_GROUP_OF_KIND = {
    "question_open": "questions",
    "question_closed": "questions",
    "need": "needs",
    "paraphrase": "paraphrases",
    "pitch": "product",
    "pitch_before_need": "product",
    "objection": "objections",
    "commitment": "commitments",
    "longest_rep_monologue": "stretches",
    "longest_customer_story": "stretches",
}


def evidence_group(kind: str) -> str:
    """The filter group of an evidence kind; checkpoints and service steps are milestones, and
    a kind this page does not know is shown under "all" only."""
    if kind.startswith(("checkpoint_", "service_")):
        return "milestones"
    return _GROUP_OF_KIND.get(kind, "")


def _evidence_label(kind: str) -> str:
    if kind in EVIDENCE_LABELS:
        return EVIDENCE_LABELS[kind]
    if kind.startswith("checkpoint_"):
        key = kind.removeprefix("checkpoint_")
        return "checkpoint: " + CHECKPOINT_LABELS.get(key, key.replace("_", " ")).lower()
    if kind.startswith("service_"):
        key = kind.removeprefix("service_")
        return "step: " + SERVICE_STEP_LABELS.get(key, key.replace("_", " ")).lower()
    return kind.replace("_", " ")


def evidence_rows(result: dict[str, Any], cues: list[list[Any]]) -> list[dict[str, Any]]:
    """Every evidence moment with a readable label, its filter group, its time and the cue to
    jump to."""
    rows = []
    for item in result.get("evidence", []):
        kind = str(item.get("kind", ""))
        at = item.get("at_s")
        rows.append(
            {
                **item,
                "label": _evidence_label(kind),
                "group": evidence_group(kind),
                "time": minsec(at),
                "cue": cue_at(cues, at),
            }
        )
    return rows


@dataclass(frozen=True)
class EvidenceFilter:
    """The evidence list as the review page shows it: the chosen group's moments (every moment
    when none is chosen) and, for the filter links, each group that has any, with its count."""

    chosen: str
    rows: list[dict[str, Any]]
    groups: list[tuple[str, str, int]]  # (key, heading, moments)
    total: int


def filter_evidence(rows: list[dict[str, Any]], chosen: str | None) -> EvidenceFilter:
    """Keep the moments of one group; an empty or unknown group keeps them all."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["group"]] = counts.get(row["group"], 0) + 1
    groups = [(key, title, counts[key]) for key, title in EVIDENCE_GROUPS if counts.get(key)]
    if chosen not in {key for key, _title, _count in groups}:
        return EvidenceFilter("", rows, groups, len(rows))
    return EvidenceFilter(
        str(chosen), [row for row in rows if row["group"] == chosen], groups, len(rows)
    )
