"""The analysis of one call: every figure of the customer conversation, with its evidence."""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from salescoach.domain.calls import learned
from salescoach.domain.calls import lexicon as lx
from salescoach.domain.calls import screen as sc
from salescoach.domain.calls.checkpoints import (
    Reached,
    Said,
    answers,
    find_checkpoints,
    find_service_steps,
    own_words,
)
from salescoach.domain.calls.focus import Focus, judge_focus
from salescoach.domain.calls.questions import (
    content_stems,
    ends_in_question,
    is_paraphrase,
    is_question,
    is_question_normalised,
    normalise,
    question_kind,
    question_kind_normalised,
    restating_sentence,
    split_sentences,
)
from salescoach.domain.calls.roles import RoleAssignment
from salescoach.domain.calls.statements import NO_CONTEXT, Context, context, rule_features
from salescoach.domain.calls.talk import (
    CUSTOMER,
    REP,
    Turn,
    build_turns,
    interactivity_per_min,
    longest_stretch,
    patience_s,
    rep_share,
    talk_seconds,
    union_length,
)
from salescoach.domain.calls.transcripts import Transcript

__all__ = [
    "ANALYZER_VERSION",
    "CallAnalysis",
    "analyze_transcript",
    "is_paraphrase",
    "is_question",
    "question_kind",
    "split_sentences",
]

# Bump when a definition changes: stored analyses say which definitions produced them.
ANALYZER_VERSION = "2.145.0"
KINDS = ("sales", "service")
LABELS = (
    "question_open",
    "question_closed",
    "paraphrase",
    "backchannel",
    "need",
    "pitch",
    "objection",
    "commitment",
)

METHODOLOGY = "the methodology's bar"
INDUSTRY = "Gong Labs, 25,000+ recorded B2B calls"
DISCOVERY_REP_SHARE_BAR = 0.20  # rep talks at most 20% in discovery: the customer ≥ 80%
TOP_REP_TALK_SHARE = 0.43
AVERAGE_REP_TALK_SHARE = (0.65, 0.75)
BEST_QUESTIONS = (11, 14)
WON_CALL_STORY_S = 240.0
SHORT_STORY_S = 50.0


class Sentence(NamedTuple):
    """One sentence of one cue, with the labels the review page shows. (Named tuples rather
    than frozen dataclasses: a call makes hundreds of these, and they are several times
    cheaper to create.)"""

    cue: int
    speaker: str
    role: str
    at_s: float
    text: str
    labels: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "cue": self.cue,
            "speaker": self.speaker,
            "at_s": round(self.at_s, 2),
            "text": self.text,
            "labels": list(self.labels),
        }


class Moment(NamedTuple):
    """Evidence behind a judgement: what kind, when, who, and the words."""

    kind: str
    at_s: float
    speaker: str
    quote: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "at_s": round(self.at_s, 2),
            "speaker": self.speaker,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True)
class SpeakerTalk:
    """One speaker's share of the call."""

    name: str
    role: str
    talk_s: float  # union of their cue intervals, seconds
    talk_share: float  # 0.0-1.0 of all speakers' talk_s
    words: int
    turns: int


@dataclass(frozen=True, slots=True)
class QuestionCounts:
    """The rep's questions: all, open, closed, and all per hour of the call."""

    total: int
    open: int
    closed: int
    per_hour: float


@dataclass(frozen=True, slots=True)
class CallAnalysis:
    """Every figure of one call; `to_json()` gives the documented JSON (docs/metrics.md)."""

    kind: str
    format: str
    estimated_timing: bool
    warnings: tuple[str, ...]
    duration_s: float
    silence_s: float
    speakers: tuple[SpeakerTalk, ...]
    rep_talk_share: float | None
    interactivity_per_min: float
    longest_rep_monologue_s: float
    longest_customer_story_s: float
    patience_s: float | None
    questions: QuestionCounts
    paraphrases: int
    paraphrases_per_hour: float
    discovery_rep_talk_share: float | None
    pitch_before_need: bool
    first_pitch_at_s: float | None
    first_need_at_s: float | None
    objections: int
    checkpoints: Mapping[str, Reached] | None
    checkpoint_verdict: str | None
    focus: Focus | None  # sales calls only: a service call is judged by its steps
    service_steps: Mapping[str, Reached] | None
    evidence: tuple[Moment, ...]
    sentences: tuple[Sentence, ...] | None = None
    analyzer_version: str = ANALYZER_VERSION

    def to_json(self) -> dict[str, Any]:
        """A JSON-able dict with the keys documented in docs/metrics.md."""
        data: dict[str, Any] = {
            "analyzer_version": self.analyzer_version,
            "kind": self.kind,
            "format": self.format,
            "estimated_timing": self.estimated_timing,
            "warnings": list(self.warnings),
            "duration_s": round(self.duration_s, 3),
            "silence_s": round(self.silence_s, 3),
            "speakers": [
                {
                    "name": s.name,
                    "role": s.role,
                    "talk_s": round(s.talk_s, 3),
                    "talk_share": round(s.talk_share, 4),
                    "words": s.words,
                    "turns": s.turns,
                }
                for s in self.speakers
            ],
            "rep_talk_share": _round(self.rep_talk_share, 4),
            "interactivity_per_min": round(self.interactivity_per_min, 3),
            "longest_rep_monologue_s": round(self.longest_rep_monologue_s, 3),
            "longest_customer_story_s": round(self.longest_customer_story_s, 3),
            "patience_s": _round(self.patience_s, 3),
            "questions": {
                "total": self.questions.total,
                "open": self.questions.open,
                "closed": self.questions.closed,
                "per_hour": round(self.questions.per_hour, 2),
            },
            "paraphrases": self.paraphrases,
            "paraphrases_per_hour": round(self.paraphrases_per_hour, 2),
            "discovery_rep_talk_share": _round(self.discovery_rep_talk_share, 4),
            "pitch_before_need": self.pitch_before_need,
            "first_pitch_at_s": _round(self.first_pitch_at_s, 2),
            "first_need_at_s": _round(self.first_need_at_s, 2),
            "objections": self.objections,
            "checkpoints": None
            if self.checkpoints is None
            else {key: value.to_json() for key, value in self.checkpoints.items()},
            "checkpoint_verdict": self.checkpoint_verdict,
            "focus": None if self.focus is None else self.focus.to_json(),
            "service_steps": None
            if self.service_steps is None
            else {key: value.to_json() for key, value in self.service_steps.items()},
            "evidence": [
                {"kind": kind, "at_s": round(at_s, 2), "speaker": speaker, "quote": quote}
                for kind, at_s, speaker, quote in self.evidence
            ],
            "benchmarks": self.benchmarks(),
        }
        if self.sentences is not None:
            data["sentences"] = [
                {
                    "cue": cue,
                    "speaker": speaker,
                    "at_s": round(at_s, 2),
                    "text": text,
                    "labels": list(labels),
                }
                for cue, speaker, _role, at_s, text, labels in self.sentences
            ]
        return data

    def benchmarks(self) -> dict[str, Any]:
        """Each headline figure against its two references: the methodology's bar and the
        published industry benchmark; a reference that says nothing about a figure is null.
        Both references come from sales calls, so a service call's figures have none."""
        figures = self._benchmarks()
        if self.kind != "sales":
            return {
                name: {"value": figure["value"], "methodology": None, "industry": None}
                for name, figure in figures.items()
            }
        return figures

    def _benchmarks(self) -> dict[str, Any]:
        share = self.rep_talk_share
        discovery = self.discovery_rep_talk_share
        total = self.questions.total
        story = self.longest_customer_story_s
        return {
            "rep_talk_share": {
                "value": _round(share, 4),
                "methodology": None,
                "industry": _reference(
                    INDUSTRY,
                    f"top reps talk about {TOP_REP_TALK_SHARE:.0%}; average reps "
                    f"{AVERAGE_REP_TALK_SHARE[0]:.0%}–{AVERAGE_REP_TALK_SHARE[1]:.0%}",
                    None if share is None else share <= TOP_REP_TALK_SHARE,
                ),
            },
            "discovery_rep_talk_share": {
                "value": _round(discovery, 4),
                "methodology": _reference(
                    METHODOLOGY,
                    f"in discovery the rep talks at most {DISCOVERY_REP_SHARE_BAR:.0%} "
                    "(the customer at least 80%)",
                    None if discovery is None else discovery <= DISCOVERY_REP_SHARE_BAR,
                ),
                "industry": None,
            },
            "questions": {
                "value": total,
                "methodology": _reference(
                    METHODOLOGY, "open questions that explore the customer's needs", None
                ),
                "industry": _reference(
                    INDUSTRY,
                    f"{BEST_QUESTIONS[0]}–{BEST_QUESTIONS[1]} questions per discovery call do best",
                    BEST_QUESTIONS[0] <= total <= BEST_QUESTIONS[1],
                ),
            },
            "longest_customer_story_s": {
                "value": round(story, 3),
                "methodology": None,
                "industry": _reference(
                    INDUSTRY,
                    f"won calls have customer stories of about {WON_CALL_STORY_S / 60:.0f} "
                    f"minutes; {SHORT_STORY_S:.0f} s or less goes with lower close rates",
                    story > SHORT_STORY_S,
                ),
            },
            "pitch_before_need": {
                "value": self.pitch_before_need,
                "methodology": _reference(
                    METHODOLOGY,
                    "no presentation before the customer admits a need",
                    not self.pitch_before_need,
                ),
                "industry": None,
            },
        }


def _reference(source: str, bar: str, met: bool | None) -> dict[str, Any]:
    return {"source": source, "bar": bar, "met": met}


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _per_hour(count: int, duration_s: float) -> float:
    """A count per hour of the call; 0 for a call with no measurable duration."""
    return count * 3600 / duration_s if duration_s > 0 else 0.0


def analyze_transcript(
    transcript: Transcript,
    *,
    roles: Mapping[str, str] | RoleAssignment,
    kind: str = "sales",
    detail: bool = False,
) -> CallAnalysis:
    """Measure one call by the definitions in docs/metrics.md.

    `roles` maps speaker names to "rep" or "customer" (speakers left out count as customers),
    or is the RoleAssignment from `assign_roles`;
    `kind` is "sales" (checkpoints) or "service" (problem-solving steps); `detail` adds every
    sentence with its labels."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    cues = transcript.cues
    if not cues:
        raise ValueError("a transcript without cues cannot be analysed")
    speakers = transcript.speakers
    if isinstance(roles, RoleAssignment):
        roles = roles.as_mapping()
    role_of = {s: REP if roles.get(s) == REP else CUSTOMER for s in speakers}
    duration = max(c.end_s for c in cues) - cues[0].start_s
    talk = talk_seconds(cues)
    covered = union_length([(c.start_s, c.end_s) for c in cues])
    turns = build_turns(cues, role_of)
    punctuated = any("." in c.text or "?" in c.text or "!" in c.text for c in cues)
    sales = kind == "sales"

    # One pass over the sentences: label each, keep what later judgements need. Sentences are
    # kept as parallel lists (cheaper than one object each) and become Sentence objects only
    # when the detail is asked for.
    s_cue: list[int] = []
    s_speaker: list[str] = []
    s_at: list[float] = []
    s_text: list[str] = []
    # Each sentence's labels: its reading's own tuple, shared by its occurrences, until a
    # turn-level label is added (`_paraphrases`).
    labels: list[tuple[str, ...]] = []
    lowered: list[str] = []
    first_sentence_of_cue: list[int] = []
    evidence: list[Moment] = []
    open_q = closed_q = objections = 0
    social_q = 0  # open questions that ask after the customer ("how was the trip?")
    first_need: int | None = None
    first_pitch: int | None = None
    # A sentence said twice by the same side reads the same: "Right.", "Okay.", "Mm-hmm." come
    # back all through a call, so each distinct one is read once by the rep, and once by the
    # customer in each context (`statements.Context`).
    rep_readings: dict[str, _Reading] = {}
    customer_readings: dict[tuple[str, Context], _Reading] = {}
    # The customer's context: the labels of the rep's last sentence, and whether the sentence
    # before was the rep's.
    rep_last: tuple[str, ...] = ()
    after_rep = True
    # Whether a service agent has talked about the product in the pitch phrases ("the app keeps
    # everything until…"): no presenting there, but the customer's words after it read as
    # after a presentation, as before 2.131.0 (the need and objection classifiers learned
    # from sales calls, where such words present).
    product_named = False
    screens: list[int] = []
    s_kinds: list[tuple[str, ...]] = []
    # Whether the rep last asked after the customer ("how are you doing?"): what the customer
    # says from then until the rep asks something else or presents is small talk, never a need
    # or an objection (`lexicon.SOCIAL_QUESTION`).
    chatting = False
    # Whether the customer last asked after the rep ("and what about you, did you get out at the
    # weekend?"): what the rep says from then until they ask something or name the product
    # (the pitch phrases) is small talk too, never read as presenting by the classifier.
    answering_back = False
    for index, cue in enumerate(cues):
        speaker = cue.speaker
        is_rep = role_of[speaker] == REP
        text = cue.text
        parts = split_sentences(text)
        first_sentence_of_cue.append(len(s_text))
        offset = 0
        start = cue.start_s
        span = cue.end_s - start
        length = len(text)
        for part in parts:
            position = text.find(part, offset)
            offset = position + len(part)
            at = start + span * position / length if position > 0 else start
            if is_rep:
                reading = rep_readings.get(part)
                if reading is None:
                    reading = rep_readings[part] = _read_sentence(
                        part, is_rep=True, punctuated=punctuated, sales=sales
                    )
            else:
                where = context(
                    rep_last,
                    pitched=first_pitch is not None or product_named,
                    opens_reply=after_rep,
                )
                reading = customer_readings.get((part, where))
                if reading is None:
                    reading = customer_readings[part, where] = _read_sentence(
                        part, is_rep=False, punctuated=punctuated, sales=sales, where=where
                    )
            low, kinds, bits, marks, proof, asks_after = reading
            if is_rep:
                if answering_back:
                    if low.endswith("?") or kinds[:1] in (("question_open",), ("question_closed",)):
                        answering_back = False
                    elif "pitch" in kinds:
                        if bits & sc.PITCH and lx.PITCH.search(low):
                            answering_back = False
                        else:
                            kinds, marks, proof = (
                                _no_pitch(kinds),
                                _no_pitch(marks),
                                _no_pitch(proof),
                            )
                if asks_after:
                    chatting = True
                elif chatting and (proof or low.endswith("?")):
                    chatting = False
                rep_last = kinds
                if (
                    not sales
                    and not _asks(kinds)
                    and bits & sc.PITCH
                    and lx.PITCH.search(low)
                    and not lx.INSTRUCTION.match(low)
                ):
                    product_named = True
                    rep_last = (*kinds, "pitch")
            else:
                if asks_after:
                    answering_back = True
                if chatting and proof:
                    kinds, marks, proof = (
                        _small_talk(kinds),
                        _small_talk(marks),
                        _small_talk(proof),
                    )
            for kind_of in proof:
                evidence.append(Moment(kind_of, at, speaker, part))
                if kind_of == "need":
                    if first_need is None:
                        first_need = len(s_text)
                elif kind_of == "pitch":
                    if first_pitch is None:
                        first_pitch = len(s_text)
                elif kind_of == "question_open":
                    open_q += 1
                    social_q += asks_after
                elif kind_of == "question_closed":
                    closed_q += 1
                elif kind_of == "objection":
                    objections += 1
            after_rep = is_rep
            s_cue.append(index)
            s_speaker.append(speaker)
            s_at.append(at)
            s_text.append(part)
            labels.append(marks)
            lowered.append(low)
            screens.append(bits)
            s_kinds.append(kinds)
    first_sentence_of_cue.append(len(s_text))

    paraphrases = _paraphrases(
        turns,
        cues_text=[c.text for c in cues],
        lowered=lowered,
        screens=screens,
        evidence=evidence,
        s_at=s_at,
        s_speaker=s_speaker,
        s_text=s_text,
        labels=labels,
        first_sentence_of_cue=first_sentence_of_cue,
        names=frozenset().union(*map(content_stems, speakers)),
        punctuated=punctuated,
        sales=sales,
    )

    pitch_at = s_at[first_pitch] if first_pitch is not None else None
    need_at = s_at[first_need] if first_need is not None else None
    pitch_before_need = pitch_at is not None and (need_at is None or pitch_at < need_at)
    if pitch_before_need and first_pitch is not None:
        evidence.append(
            Moment(
                "pitch_before_need", s_at[first_pitch], s_speaker[first_pitch], s_text[first_pitch]
            )
        )
    discovery_until = pitch_at if pitch_at is not None else None
    rep_talk = rep_share(talk, role_of)
    discovery_share = (
        rep_talk
        if discovery_until is None
        else rep_share(talk_seconds(cues, until=discovery_until), role_of)
    )

    monologue = longest_stretch(turns, role=REP)
    story = longest_stretch(turns, role=CUSTOMER)
    if monologue is not None:
        evidence.append(
            Moment(
                "longest_rep_monologue",
                monologue.start_s,
                monologue.speaker,
                f"{monologue.length_s:.0f} s without a customer turn",
            )
        )
    if story is not None:
        evidence.append(
            Moment(
                "longest_customer_story",
                story.start_s,
                story.speaker,
                f"{story.length_s:.0f} s without a rep turn",
            )
        )

    checkpoints: dict[str, Reached] | None = None
    verdict: str | None = None
    service_steps: dict[str, Reached] | None = None
    if kind == "sales":
        checkpoints, verdict = find_checkpoints(
            _customer_said(
                s_at=s_at,
                s_speaker=s_speaker,
                s_text=s_text,
                lowered=lowered,
                labels=labels,
                kinds=s_kinds,
                screens=screens,
                role_of=role_of,
            )
        )
        for key, reached in checkpoints.items():
            if reached.reached:
                evidence.append(
                    Moment(
                        f"checkpoint_{key}",
                        reached.at_s or 0.0,
                        reached.speaker or "",
                        reached.quote or "",
                    )
                )
    else:
        need_marks = ["need" in m for m in labels]
        service_steps = find_service_steps(
            list(map(Said, s_at, s_speaker, s_text, lowered, need_marks, screens))
        )
        for key, reached in service_steps.items():
            if reached.reached:
                evidence.append(
                    Moment(
                        f"service_{key}",
                        reached.at_s or 0.0,
                        reached.speaker or "",
                        reached.quote or "",
                    )
                )

    # A presentation runs over several sentences, a question is one: focus weighs the rep
    # turns that present, and those that speak of the deal, against the listening moves.
    turn_of_cue = [0] * len(cues)
    for number, turn in enumerate(turns):
        for cue_index in turn.cue_indices:
            turn_of_cue[cue_index] = number
    presenting_turns = len({turn_of_cue[s_cue[i]] for i, m in enumerate(labels) if "pitch" in m})
    deal_turns = len({turn_of_cue[s_cue[i]] for i, k in enumerate(s_kinds) if "transaction" in k})
    # Where the rep's attention went is a question of selling: a service call has no focus
    # verdict (its agent explains how things work, which is no presenting).
    focus = (
        judge_focus(
            rep_talk_share=rep_talk,
            pitch_before_need=pitch_before_need,
            presenting_turns=presenting_turns,
            open_questions=open_q - social_q,
            small_talk_questions=social_q,
            paraphrases=paraphrases,
            deal_turns=deal_turns,
            need_admitted=first_need is not None,
        )
        if sales
        else None
    )
    words = dict.fromkeys(speakers, 0)
    turn_counts = dict.fromkeys(speakers, 0)
    for cue in cues:
        words[cue.speaker] += len(cue.text.split())
    for turn in turns:
        turn_counts[turn.speaker] += 1
    total_talk = sum(talk.values())
    evidence.sort(key=lambda moment: moment.at_s)
    return CallAnalysis(
        kind=kind,
        format=transcript.format,
        estimated_timing=transcript.estimated_timing,
        warnings=transcript.warnings,
        duration_s=duration,
        silence_s=max(0.0, duration - covered),
        speakers=tuple(
            SpeakerTalk(
                name=s,
                role=role_of[s],
                talk_s=talk[s],
                talk_share=talk[s] / total_talk if total_talk > 0 else 0.0,
                words=words[s],
                turns=turn_counts[s],
            )
            for s in speakers
        ),
        rep_talk_share=rep_talk,
        interactivity_per_min=interactivity_per_min(turns, duration),
        longest_rep_monologue_s=monologue.length_s if monologue else 0.0,
        longest_customer_story_s=story.length_s if story else 0.0,
        patience_s=patience_s(turns),
        questions=QuestionCounts(
            open_q + closed_q, open_q, closed_q, _per_hour(open_q + closed_q, duration)
        ),
        paraphrases=paraphrases,
        paraphrases_per_hour=_per_hour(paraphrases, duration),
        discovery_rep_talk_share=discovery_share,
        pitch_before_need=pitch_before_need,
        first_pitch_at_s=pitch_at,
        first_need_at_s=need_at,
        objections=objections,
        checkpoints=checkpoints,
        checkpoint_verdict=verdict,
        focus=focus,
        service_steps=service_steps,
        evidence=tuple(evidence),
        sentences=tuple(
            map(
                Sentence,
                s_cue,
                s_speaker,
                map(role_of.__getitem__, s_speaker),
                s_at,
                s_text,
                [marks if len(marks) < 2 else tuple(sorted(marks)) for marks in labels],
            )
        )
        if detail
        else None,
    )


# The need checkpoint quotes the first need the classifier is clear about: a decision value
# above 1 (a probability above about 0.73, whatever the classifier's own threshold). Chosen by
# cross-validation over the training calls: the quoted sentence is one a person marked as a
# need in 28 of 40 calls rather than 23 of 41, at the cost of one call's verdict. Measured
# again out of sample with 2.96.0 (`python -m evaluation.clear_need`, 489 calls): at 1.0 the
# quote is a person's need in 259 of 440 calls and the verdict agrees in 430; with every need
# clear (0.5) 218 of 458 and 440; at 0.75 240 of 447 and 433. Ten verdicts gained are not
# worth 41 right quotes lost and 59 more calls quoting a sentence nobody called a need, so 1.0
# stays.
CLEAR_NEED_SCORE = 1.0


@cache
def _clear_need_margin() -> float:
    """CLEAR_NEED_SCORE as a margin over the need classifier's threshold (the scores compared
    with it are margins), worked out once."""
    return CLEAR_NEED_SCORE - learned.model()["need"].threshold


CLEAR_NEED = "clear_need"


def _promises_nothing(low: str) -> bool:
    """Whether a sentence read as a promise makes none: an act done at once after "hang on"
    (`lexicon.HOLD_ON`), a move left to the speaker's interest (`lexicon.AT_WILL`), an offer on
    the customer's act ("…if you order today") with no promise said first in a clause ended by
    "and" ("I'll send the agreement over tonight, and if you sign it…"), a price offered for
    the work ("we'll do your first stocktake at half price…") with no promise before or after
    it, or only what the speaker could then do, as a purpose after "so" ("can I take an email
    address so I can send you the details?"; not a consequence, "…so I'll send that through
    today"). The promises are found once, and only when one of those offers is there."""
    if lx.HOLD_ON.match(low) or lx.AT_WILL.match(low):
        return True
    condition = lx.ON_THEIR_ACT.search(low)
    terms = lx.OFFERED_TERMS.search(low)
    if condition is None and terms is None and " so " not in low:
        return False
    promises = list(lx.COMMITMENT.finditer(low))
    if condition is not None and not (
        low[: condition.start()].rstrip().endswith(" and")
        and any(p.end() <= condition.start() for p in promises)
    ):
        return True
    if terms is not None and not any(
        p.end() <= terms.start() or p.start() >= terms.end() for p in promises
    ):
        return True
    return (
        " so " in low
        and bool(promises)
        and all(
            lx.PURPOSE_BEFORE.search(low, 0, p.start()) and lx.ABLE_TO.match(p.group())
            for p in promises
        )
    )


REPLY_AFTER_QUESTION = 3  # rep sentences back from a reply where its question is looked for


def _customer_said(
    *,
    s_at: list[float],
    s_speaker: list[str],
    s_text: list[str],
    lowered: list[str],
    labels: list[tuple[str, ...]],
    kinds: list[tuple[str, ...]],
    screens: list[int],
    role_of: Mapping[str, str],
) -> list[Said]:
    """The customer's sentences as the checkpoint search reads them; the first sentence of a
    reply to a rep question carries what it says yes to. The question is the rep's last one
    before the reply, if at most REPLY_AFTER_QUESTION - 1 rep sentences follow it ("would you
    be up for a walk-round? It takes about an hour." — "yes"). A reply that opens with a
    sentence of hesitation alone ("Erm." "Yes, go on.") is read from the sentence after it."""
    out: list[Said] = []
    pending: int | None = None  # the question a hesitation alone has not yet answered
    for i, speaker in enumerate(s_speaker):
        if role_of[speaker] != CUSTOMER:
            pending = None
            continue
        said_yes = 0
        question: int | None = None
        rep_before: list[str] = []  # the rep's sentences just before, the latest first
        for j in range(i - 1, max(-1, i - 1 - REPLY_AFTER_QUESTION), -1):
            if role_of[s_speaker[j]] != REP:
                break
            rep_before.append(lowered[j])
            if question is None and any(m[0] == "q" for m in labels[j]):
                question = j
        if not rep_before and pending is not None and s_speaker[i - 1] == speaker:
            question = pending
        pending = None
        if question is not None:
            said_yes = answers(lowered[question], lowered[i])
            if lx.HESITATION_ONLY.match(lowered[i]):
                pending = question
        clear_need = CLEAR_NEED in kinds[i]
        words = own_words(lowered[i], rep_before)
        out.append(Said(s_at[i], speaker, s_text[i], words, clear_need, screens[i], said_yes))
    return out


class _Reading(NamedTuple):
    """What `_read_sentence` makes of one distinct sentence of one side, for all its
    occurrences."""

    lowered: str  # through `normalise`
    kinds: tuple[str, ...]  # what it is, in the order the evidence lists them
    bits: int  # the phrase patterns it could match (`screen.PHRASES`)
    marks: tuple[str, ...]  # its labels: its kinds but a clear need and the transaction
    proof: tuple[str, ...]  # the kinds each occurrence gives as evidence
    # The rep asking after the customer ("how are you doing?"), or the customer after the rep
    # ("and what about you?").
    asks_after: bool


_NOT_IN_SMALL_TALK = frozenset(("need", CLEAR_NEED, "objection"))


def _no_pitch(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """A rep sentence's kinds when it answers the customer asking after them: no pitch."""
    return tuple(k for k in kinds if k != "pitch")


def _small_talk(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """A customer sentence's kinds when it answers the rep's "how are you?": no need, no
    objection."""
    return tuple(k for k in kinds if k not in _NOT_IN_SMALL_TALK)


def _read_sentence(
    part: str, *, is_rep: bool, punctuated: bool, sales: bool, where: Context = NO_CONTEXT
) -> _Reading:
    """One sentence's normalised words, what it is, in the order the evidence lists them:
    a question (open or closed), then for the customer a need and an objection, for the rep a
    pitch and a statement about the transaction; then a commitment (either side); and the
    phrase patterns its words could match (`screen.PHRASES`), which later readings reuse. A
    customer's question is marked on the sentence but counts for nothing: no evidence, and
    not among the questions counted. A clear need only serves the need checkpoint. In a
    service call (`sales` false) only the pitch phrases mark a presentation. `where` is a
    customer sentence's place in the call, which the need and objection classifiers weigh."""
    low = normalise(part)
    bits = sc.PHRASES(low)
    asks_after = (lx.SOCIAL_QUESTION if is_rep else lx.ASKS_AFTER_REP).match(low) is not None
    sure = sc.PHRASES.sure(bits)  # the patterns that match without a search
    kinds: list[str] = []
    asked = is_question_normalised(low, punctuated=punctuated, bits=bits)
    if asked:
        kinds.append(f"question_{question_kind_normalised(low, bits)}")
    if is_rep:
        # Offering to show ("would you like to see how our scheduler works?") comes before
        # presenting: a question is no pitch.
        # The product named in so many words (the pitch phrases), or presented in any words
        # (the learned classifier) unless the rep is restating the customer ("so what I'm
        # hearing is…"), filling a pause ("there we go"), leaving the door open ("you know
        # where we are") or saying who they are ("it's Ryan from…"). Setting out the call ("I
        # thought we could spend most of the time on…, and then… I'll show you how we might
        # help") presents nothing in any words (since 2.142.0). The classifier learned
        # presenting from sales calls; a service agent explaining how a thing works speaks in
        # the same words and is not selling ("the app keeps everything until…", "our system
        # is still polling the old meter"), so in a service call only something more offered
        # presents ("while I've got you, we do a filtered tap now…", `SERVICE_OFFER`, since
        # 2.131.0; before it the pitch phrases counted there too), and never in an instruction
        # ("take the ribbon off both spindles… so it feeds from underneath").
        if (
            not asked
            and not (bits & sc.CALL_PLAN and lx.CALL_PLAN.match(low))
            and (
                (sales and bits & sc.PITCH and (sure & sc.PITCH or lx.PITCH.search(low)))
                or (not sales and lx.SERVICE_OFFER.search(low) and not lx.INSTRUCTION.match(low))
                or (
                    sales
                    and low.count(" ") >= 2  # two words or fewer ("ours too") present nothing
                    and learned.scorer("pitch").scores(low)[0] > 0.0
                    and not lx.PARAPHRASE_START.match(low)
                    and not lx.SIGNPOST.match(low)
                    and not lx.PARTING_INVITATION.search(low)
                    and not lx.INTRODUCTION.match(low)
                )
            )
        ):
            kinds.append("pitch")
        if bits & sc.TRANSACTION and (sure & sc.TRANSACTION or lx.TRANSACTION.search(low)):
            kinds.append("transaction")
    elif not asked:
        # Needs and objections are stated: a customer's question asks about either.
        need_score, objection_score = learned.scorer("need", "objection").scores(
            low, rule_features(low, bits, where)
        )
        # A statement admits a need or raises an objection, not both (people labelling calls
        # never give both): where both classifiers say yes, the surer one (the larger margin
        # over its threshold) decides.
        # Denying the need itself ("we don't need it") admits none and turns the offer down.
        denied = "need" in low and lx.NEED_DENIED.search(low) is not None
        # Nor does leaving the call ("I need to get back to the pass."), nor apologising for
        # one's own state ("Sorry if I sound a bit frazzled, …", since 2.143.0).
        leaving = "need" in low and lx.LEAVING.match(low) is not None
        apologising = "sorry" in low and lx.OWN_APOLOGY.match(low) is not None
        if (
            need_score > 0.0
            and need_score >= objection_score
            and not denied
            and not leaving
            and not apologising
        ):
            kinds.append("need")
            if need_score > _clear_need_margin():
                kinds.append(CLEAR_NEED)
        elif objection_score > 0.0 or denied:
            kinds.append("objection")
    elif sales and (
        lx.WORRY_QUESTION.match(low)
        or (
            lx.PRICE_ECHOED.match(low)
            and not where.after_open_question
            and not where.after_closed_question
        )
    ):
        # A worry put as a question ("what happens if the power goes?") is an objection, and
        # so is the price said back ("Eleven thousand?"), unless it answers the rep's question
        # ("How many children come?" "Four hundred?").
        kinds.append("objection")
    if (
        bits & sc.COMMITMENT
        and (sure & sc.COMMITMENT or lx.COMMITMENT.search(low))
        and not _promises_nothing(low)
    ):
        kinds.append("commitment")
    if not kinds:
        return _Reading(low, (), bits, (), (), asks_after)
    shown = tuple(k for k in kinds if k != CLEAR_NEED)
    return _Reading(
        low,
        tuple(kinds),
        bits,
        tuple(k for k in shown if k != "transaction"),
        shown if is_rep else tuple(k for k in shown if k[0] != "q"),
        asks_after,
    )


def _recap(lowered: list[str], first: int, stop: int) -> int | None:
    """The sentence among the first two of a rep turn that announces a recap
    (`lexicon.RECAP_START`), if one does; not a recap of the deal's terms, which sums up the
    offer rather than the customer."""
    for at in range(first, min(stop, first + 2)):
        if lx.RECAP_START.match(lowered[at]):
            return None if lx.TRANSACTION.search(lowered[at]) else at
    return None


def _asks(labels: tuple[str, ...]) -> bool:
    """Whether a sentence's labels read it as a question, of either kind."""
    return any(label.startswith("question_") for label in labels)


_PRESENTS_OR_PROMISES = frozenset({"pitch", "commitment"})
_CAUSE_AND_FIX = tuple(
    pattern for name, pattern in lx.SERVICE_STEPS if name in ("diagnose", "resolve")
)


def _explains_the_fault(lowered: str) -> bool:
    """Whether a service agent's sentence names the cause or the fix (the steps' phrases)."""
    return any(pattern.search(lowered) for pattern in _CAUSE_AND_FIX)


def _paraphrases(
    turns: list[Turn],
    *,
    cues_text: list[str],
    lowered: list[str],
    screens: list[int],
    s_at: list[float],
    s_speaker: list[str],
    s_text: list[str],
    labels: list[tuple[str, ...]],
    first_sentence_of_cue: list[int],
    evidence: list[Moment],
    names: Set[str],
    punctuated: bool,
    sales: bool = True,
) -> int:
    """Rep turns that restate the customer's last words (docs/metrics.md), counted and marked
    on the sentence that restates; sentences of backchannel turns are marked too. `names`
    holds the stems of the speakers' names: saying someone's name ("thanks, Gillian") repeats
    no word of what they said. `punctuated`: whether the transcript has punctuation (without
    it, the customer's words read as a question are asked, as "?" would show). `sales`: on a
    service call the agent's sentence that names the cause or the fix ("So the filter's about
    two months past its life, which is why the flow's dropped") explains, it restates
    nothing."""
    count = 0
    customer_recent: list[str] = []  # the customer's last turns that were not backchannels
    customer_spoke = False  # the customer has said more than a backchannel in the call
    after_backchannel = False  # the last turn was a backchannel of the customer's
    # Without punctuation, the customer's last words were read as a question ("whats it going
    # to cost per mattress"), not a tag that only invites agreement ("…arent they"): the "?"
    # that would end them.
    customer_asked = False

    def customer_words() -> set[str]:
        return content_stems(" ".join(customer_recent[-3:])) - names

    for turn in turns:
        first_cue, last_cue = turn.cue_indices[0], turn.cue_indices[-1]
        first, stop = first_sentence_of_cue[first_cue], first_sentence_of_cue[last_cue + 1]
        if turn.is_backchannel:
            for i in range(first, stop):
                labels[i] += ("backchannel",)
        if turn.role == CUSTOMER:
            after_backchannel = turn.is_backchannel
            if not turn.is_backchannel:
                customer_recent.append(" ".join(cues_text[i] for i in turn.cue_indices))
                customer_spoke = True
                customer_asked = (
                    not punctuated
                    and stop > first
                    and _asks(labels[stop - 1])
                    and not lx.TAG_QUESTION.search(lowered[stop - 1])
                )
            continue
        if not customer_recent:
            # A recap after the customer's backchannel restates what they said before it.
            if after_backchannel and customer_spoke and not turn.is_backchannel:
                at = _recap(lowered, first, stop)
                if at is not None and not _PRESENTS_OR_PROMISES.intersection(labels[at]):
                    count += 1
                    labels[at] += ("paraphrase",)
                    evidence.append(Moment("paraphrase", s_at[at], s_speaker[at], s_text[at]))
            after_backchannel = False
            continue
        after_backchannel = False
        if "pitch" not in labels[first]:
            found = restating_sentence(
                lowered[first:stop],
                customer_words,
                screens[first:stop],
                answering=customer_asked or ends_in_question(customer_recent[-1]),
                asked=None if punctuated else [_asks(labels[i]) for i in range(first, stop)],
            )
            # A sentence that presents, or promises what the rep will do ("Will do, I'll send it
            # over this afternoon."), is no restatement, whatever its frame.
            if (
                found is not None
                and not _PRESENTS_OR_PROMISES.intersection(labels[first + found])
                and (sales or not _explains_the_fault(lowered[first + found]))
            ):
                at = first + found
                count += 1
                labels[at] += ("paraphrase",)
                evidence.append(Moment("paraphrase", s_at[at], s_speaker[at], s_text[at]))
        if not turn.is_backchannel:
            customer_recent.clear()
    return count
