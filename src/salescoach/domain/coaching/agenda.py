"""A coaching-session agenda built from the evidence, by the three conversations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from salescoach.domain.assessments.scoring import ScoreSummary
from salescoach.domain.assessments.styles import STYLE_TITLES
from salescoach.domain.coaching.quality import CONVERSATIONS, CommitmentRecord, Conversation

SourceKind = Literal["deal_gate", "recommendation", "call_moment", "assessment", "commitment"]

# Recommendation areas that belong to the rep's conversation with themselves; every other area
# (decision process, needs discovery, empathy, qualification, …) is a customer-conversation skill.
MINDSET_AREAS = frozenset({"achievement_drive", "priority_management"})
CONFIDENT = 0.7  # a recommendation at least this sure (0..1) goes first
SOON_DAYS = 7  # a commitment due within this many days comes before later ones

SECTION_TITLES: dict[Conversation, str] = {
    "customers": "The conversation with customers",
    "themselves": "The conversation with themselves",
    "coach": "The conversation with the coach",
}
MISSING_EVIDENCE: dict[Conversation, str] = {
    "customers": (
        "No deal waits at a gate, no call moment was picked out and no skill recommendation is "
        "open for this rep: import the pipeline or upload a recent call before the session."
    ),
    "themselves": (
        "The rep has shared no assessment summary and no mindset recommendation is open: invite "
        "them to take the achievement-drive self-assessment, or run the achievement-drive "
        "exercise together."
    ),
    "coach": (
        "No commitment is open: end this session by agreeing one specific action with an owner "
        "and a date."
    ),
}


@dataclass(frozen=True)
class RecommendationInput:
    """An open diagnosis recommendation for the rep."""

    recommendation_id: str
    area: str
    title: str
    why: str
    confidence: float  # 0..1


@dataclass(frozen=True)
class CallMomentInput:
    """A moment picked out of a recent call, with its quote."""

    call_id: str
    label: str  # what the moment shows, e.g. "Presented the product before a need"
    quote: str
    at_s: float  # seconds from the start of the call


@dataclass(frozen=True)
class DealAtGate:
    """A deal of the rep's waiting at a stage gate, with the stage's coaching-guide questions."""

    deal_id: str
    deal_name: str
    stage: str
    missing: tuple[str, ...]  # gate evidence still missing, seller or customer side
    guide_questions: tuple[str, ...]


@dataclass(frozen=True)
class AgendaItem:
    """One point to cover, and the evidence it comes from."""

    title: str
    detail: str
    source_kind: SourceKind
    source_id: str
    priority: int  # 1 first, 3 last
    # What the source is about, where a reader's right to see the item depends on it: a
    # recommendation's area, an assessment summary's instrument; empty for the other kinds.
    source_key: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "detail": self.detail,
            "source_kind": self.source_kind,
            "source_id": self.source_id,
            "source_key": self.source_key,
            "priority": self.priority,
        }


@dataclass(frozen=True)
class AgendaSection:
    """The items for one conversation, in order; when there are none, what evidence is
    missing."""

    conversation: Conversation
    title: str
    items: tuple[AgendaItem, ...]
    missing_evidence: str | None
    omitted: int = 0  # items left out beyond the per-section limit

    def to_json(self) -> dict[str, Any]:
        return {
            "conversation": self.conversation,
            "title": self.title,
            "items": [item.to_json() for item in self.items],
            "missing_evidence": self.missing_evidence,
            "omitted": self.omitted,
        }


@dataclass(frozen=True)
class Agenda:
    """A session agenda: customers, themselves, coach."""

    as_of: dt.date
    sections: tuple[AgendaSection, ...]

    def section(self, conversation: Conversation) -> AgendaSection:
        """The section for one conversation."""
        return next(s for s in self.sections if s.conversation == conversation)

    def to_json(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "sections": [s.to_json() for s in self.sections]}


_Ranked = tuple[tuple[Any, ...], AgendaItem]


def _recommendation(rec: RecommendationInput) -> _Ranked:
    priority = 1 if rec.confidence >= CONFIDENT else 2
    item = AgendaItem(
        rec.title, rec.why, "recommendation", rec.recommendation_id, priority, rec.area
    )
    return ((priority, 1, -rec.confidence, rec.recommendation_id), item)


def _deal(deal: DealAtGate) -> _Ranked:
    questions = " ".join(deal.guide_questions)
    if deal.missing:
        detail = f"Missing: {'; '.join(deal.missing)}."
        detail += f" Ask: {questions}" if questions else ""
        priority = 1
    else:
        detail = f"Ask: {questions}" if questions else "Both sides of the gate have evidence."
        priority = 2
    title = f"{deal.deal_name}: the gate out of {deal.stage}"
    item = AgendaItem(title, detail, "deal_gate", deal.deal_id, priority)
    return ((priority, 0, -len(deal.missing), deal.deal_id), item)


def _moment(moment: CallMomentInput) -> _Ranked:
    minutes, seconds = divmod(int(moment.at_s), 60)
    detail = f"“{moment.quote}” at {minutes}:{seconds:02d}"
    item = AgendaItem(moment.label, detail, "call_moment", moment.call_id, 2)
    return ((2, 2, moment.call_id, moment.at_s), item)


def _summary(summary: ScoreSummary) -> _Ranked | None:
    if summary.style is not None:
        primary = STYLE_TITLES[summary.style.primary]
        secondary = STYLE_TITLES[summary.style.secondary]
        item = AgendaItem(
            f"Behaviour style: {primary}, then {secondary}",
            "How does the rep come across to customers of other styles, and what will they "
            "adapt on the next call?",
            "assessment",
            f"{summary.instrument}.v{summary.version}",
            3,
            summary.instrument,
        )
        return ((3, 2, summary.instrument), item)
    if not summary.dimensions:
        return None
    lowest = min(summary.dimensions, key=lambda d: (d.score, d.key))
    priority = 1 if lowest.score < 40 else 2 if lowest.score < 60 else 3
    item = AgendaItem(
        f"{lowest.title}: {lowest.label}",
        f"The lowest of the shared scores on {summary.instrument} ({lowest.score:g} of 100). "
        "What would help it grow?",
        "assessment",
        f"{summary.instrument}.v{summary.version}",
        priority,
        summary.instrument,
    )
    return ((priority, 0, lowest.score, summary.instrument), item)


def _commitment(commitment: CommitmentRecord, as_of: dt.date) -> _Ranked:
    days = (commitment.due_on - as_of).days
    if days < 0:
        priority, when = 1, f"{-days} days overdue"
    elif days <= SOON_DAYS:
        priority, when = 2, "due today" if days == 0 else f"due in {days} days"
    else:
        priority, when = 3, f"due on {commitment.due_on.isoformat()}"
    title = commitment.text or f"Commitment {commitment.commitment_id}"
    detail = f"Owner: {commitment.owner}; {when}. What happened, and what is next?"
    item = AgendaItem(title, detail, "commitment", commitment.commitment_id, priority)
    return ((priority, 0, commitment.due_on, commitment.commitment_id), item)


def build_agenda(
    *,
    open_commitments: Sequence[CommitmentRecord],
    recommendations: Sequence[RecommendationInput],
    recent_call_moments: Sequence[CallMomentInput],
    deals_at_gate: Sequence[DealAtGate],
    shared_mindset_summaries: Sequence[ScoreSummary],
    as_of: dt.date,
    max_items_per_section: int = 5,
) -> Agenda:
    """Sort the evidence into the three conversations and order each section.

    Customers: deals at a gate with missing evidence, confident skill recommendations (≥ 0.7)
    (priority 1); other recommendations, gates with both sides evidenced, call moments (2).
    Themselves: mindset recommendations as above; for each shared summary, the lowest
    dimension (1 under 40, 2 under 60, else 3); a behaviour style (3). Coach: open commitments
    overdue (1), due within 7 days (2), later (3). Within a priority, deals before
    recommendations before call moments; ties by the figure that matters (more missing evidence,
    higher confidence, lower score, earlier due date) then by id. Each section keeps the first
    `max_items_per_section` items and counts the rest."""
    ranked: dict[Conversation, list[_Ranked]] = {c: [] for c in CONVERSATIONS}
    ranked["customers"] += [_deal(d) for d in deals_at_gate]
    ranked["customers"] += [_moment(m) for m in recent_call_moments]
    for rec in recommendations:
        section: Conversation = "themselves" if rec.area in MINDSET_AREAS else "customers"
        ranked[section].append(_recommendation(rec))
    ranked["themselves"] += [r for s in shared_mindset_summaries if (r := _summary(s))]
    ranked["coach"] += [_commitment(c, as_of) for c in open_commitments if c.status == "open"]
    sections = []
    for conversation in CONVERSATIONS:
        items = [item for _, item in sorted(ranked[conversation], key=lambda r: r[0])]
        sections.append(
            AgendaSection(
                conversation=conversation,
                title=SECTION_TITLES[conversation],
                items=tuple(items[:max_items_per_section]),
                missing_evidence=None if items else MISSING_EVIDENCE[conversation],
                omitted=max(0, len(items) - max_items_per_section),
            )
        )
    return Agenda(as_of=as_of, sections=tuple(sections))


# Decides, for one reader, whether a stored item (its section's conversation, the item as
# stored) may be shown to them.
ItemFilter = Callable[[str, Mapping[str, Any]], bool]


def agenda_as_read(
    stored: Mapping[str, Any], *, shown: ItemFilter, shared_summaries: int
) -> dict[str, Any]:
    """A stored agenda (`Agenda.to_json`, as a session keeps it) as one reader sees it: the
    items `shown` keeps, in their stored order, and `shared_summaries` (the summaries behind it
    that this reader may read). A section that loses an item no longer counts the items left
    out beyond the limit (they may be of the same kind), and a section left with no item says
    which evidence is missing, as it would had the agenda been prepared for this reader. An
    agenda never prepared stays empty."""
    sections = stored.get("sections") if isinstance(stored, Mapping) else None
    if not sections:
        return {}
    out: list[dict[str, Any]] = []
    for section in sections:
        if not isinstance(section, Mapping):
            continue
        conversation = str(section.get("conversation", ""))
        items = [i for i in section.get("items") or () if isinstance(i, Mapping)]
        kept = [dict(item) for item in items if shown(conversation, item)]
        withheld = len(kept) < len(items)
        missing = section.get("missing_evidence")
        if not kept and withheld:
            missing = next((t for c, t in MISSING_EVIDENCE.items() if c == conversation), missing)
        out.append(
            {
                **section,
                "items": kept,
                "missing_evidence": missing,
                "omitted": 0 if withheld else section.get("omitted", 0),
            }
        )
    return {"as_of": stored.get("as_of"), "sections": out, "shared_summaries": shared_summaries}
