"""The session agenda: evidence sorted into the three conversations, in priority order."""

from __future__ import annotations

import datetime as dt

import pytest

from salescoach.domain.assessments.scoring import BandedScore, ScoreSummary
from salescoach.domain.assessments.styles import place_style
from salescoach.domain.coaching.agenda import (
    MISSING_EVIDENCE,
    CallMomentInput,
    DealAtGate,
    RecommendationInput,
    agenda_as_read,
    build_agenda,
)
from salescoach.domain.coaching.quality import CommitmentRecord

D = dt.date
AS_OF = D(2026, 3, 10)


def commitment(cid: str, due: dt.date, status: str = "open", text: str = "") -> CommitmentRecord:
    return CommitmentRecord("bob", due, status, "S1", None, cid, text)  # type: ignore[arg-type]


COMMITMENTS = [
    commitment("K4", D(2026, 4, 1)),
    commitment("K3", D(2026, 3, 14)),
    commitment("K1", D(2026, 3, 5), text="Send the recap to Acme"),
    commitment("K2", D(2026, 3, 10)),
    commitment("K5", D(2026, 3, 1), status="done"),
]
RECOMMENDATIONS = [
    RecommendationInput("R2", "decision_process", "Map the decision process", "Lost late.", 0.5),
    RecommendationInput("R1", "needs_discovery", "Ask about needs first", "Few needs.", 0.8),
    RecommendationInput("R3", "achievement_drive", "Work on drive", "Low self-belief.", 0.75),
]
DEALS = [
    DealAtGate("G2", "Globex", "Demonstrate", (), ()),
    DealAtGate(
        "G1", "Acme", "Interview",
        ("customer: the stakeholder confirmed the needs summary",),
        ("What did the customer confirm?", "Who else takes part in the decision?"),
    ),
]  # fmt: skip
MOMENTS = [CallMomentInput("C7", "Presented the product before a need", "Let me show you", 125.4)]
DRIVE = ScoreSummary(
    "achievement_drive",
    1,
    (
        BandedScore("self_belief", "Self-belief", 83.3, "high", "A strength"),
        BandedScore("motivation", "Motivation", 35.0, "low", "Running low"),
    ),
)
STYLE = ScoreSummary("behaviour_style", 1, (), style=place_style(80.0, 40.0))


def agenda(**overrides):
    options = {
        "open_commitments": COMMITMENTS,
        "recommendations": RECOMMENDATIONS,
        "recent_call_moments": MOMENTS,
        "deals_at_gate": DEALS,
        "shared_mindset_summaries": [STYLE, DRIVE],
        "as_of": AS_OF,
    }
    options.update(overrides)
    return build_agenda(**options)  # type: ignore[arg-type]


def ids(section) -> list[str]:
    return [item.source_id for item in section.items]


def test_sections_come_in_the_order_of_the_three_conversations() -> None:
    assert [s.conversation for s in agenda().sections] == ["customers", "themselves", "coach"]


def test_the_customer_section_puts_open_gates_and_confident_advice_first() -> None:
    customers = agenda().section("customers")
    # priority 1: Acme's gate (evidence missing), R1 (0.8 ≥ 0.7); priority 2: Globex, R2, C7
    assert ids(customers) == ["G1", "R1", "G2", "R2", "C7"]
    acme = customers.items[0]
    assert acme.title == "Acme: the gate out of Interview"
    assert acme.detail == (
        "Missing: customer: the stakeholder confirmed the needs summary. Ask: What did the "
        "customer confirm? Who else takes part in the decision?"
    )
    assert customers.items[2].detail == "Both sides of the gate have evidence."
    assert customers.items[4].detail == "“Let me show you” at 2:05"  # 125.4 s
    assert customers.missing_evidence is None


def test_the_self_section_leads_with_the_lowest_shared_score() -> None:
    themselves = agenda().section("themselves")
    assert ids(themselves) == ["achievement_drive.v1", "R3", "behaviour_style.v1"]
    lowest = themselves.items[0]
    assert (lowest.title, lowest.priority) == ("Motivation: Running low", 1)  # 35 < 40
    assert "35 of 100" in lowest.detail
    assert themselves.items[2].title == "Behaviour style: Doer, then Talker"


def test_the_coach_section_follows_up_overdue_commitments_first() -> None:
    coach = agenda().section("coach")
    assert ids(coach) == ["K1", "K2", "K3", "K4"]  # K5 is done
    assert [i.priority for i in coach.items] == [1, 2, 2, 3]
    assert coach.items[0].title == "Send the recap to Acme"
    assert coach.items[0].detail == "Owner: bob; 5 days overdue. What happened, and what is next?"
    assert "due today" in coach.items[1].detail
    assert "due in 4 days" in coach.items[2].detail
    assert coach.items[1].title == "Commitment K2"
    assert "due on 2026-04-01" in coach.items[3].detail


def test_each_section_keeps_its_first_items_and_counts_the_rest() -> None:
    customers = agenda(max_items_per_section=3).section("customers")
    assert ids(customers) == ["G1", "R1", "G2"]
    assert customers.omitted == 2


def test_empty_sections_say_which_evidence_is_missing() -> None:
    empty = agenda(
        open_commitments=[],
        recommendations=[],
        recent_call_moments=[],
        deals_at_gate=[],
        shared_mindset_summaries=[ScoreSummary("purpose", 1, ())],  # nothing to talk about
    )
    for section in empty.sections:
        assert section.items == ()
        assert section.missing_evidence == MISSING_EVIDENCE[section.conversation]
    assert empty.to_json()["sections"][2]["missing_evidence"].startswith("No commitment is open")


@pytest.mark.parametrize(("score", "priority"), [(39.9, 1), (40.0, 2), (59.9, 2), (60.0, 3)])
def test_how_low_a_shared_score_sets_its_priority(score: float, priority: int) -> None:
    summary = ScoreSummary("purpose", 1, (BandedScore("clarity", "Clarity", score, "b", "B"),))
    themselves = agenda(recommendations=[], shared_mindset_summaries=[summary]).section(
        "themselves"
    )
    assert themselves.items[0].priority == priority


def test_gate_details_with_only_missing_evidence_or_only_questions() -> None:
    missing_only = DealAtGate("G3", "Initech", "Validate", ("seller: proposal sent",), ())
    customers = agenda(deals_at_gate=[missing_only]).section("customers")
    assert customers.items[0].detail == "Missing: seller: proposal sent."
    asks = DealAtGate("G4", "Umbrella", "Close", (), ("Who signs?",))
    customers = agenda(deals_at_gate=[asks], recommendations=[]).section("customers")
    assert customers.items[0].detail == "Ask: Who signs?"


def test_the_agenda_serialises() -> None:
    data = agenda().to_json()
    assert data["as_of"] == "2026-03-10"
    assert data["sections"][0]["items"][0] == {
        "title": "Acme: the gate out of Interview",
        "detail": data["sections"][0]["items"][0]["detail"],
        "source_kind": "deal_gate",
        "source_id": "G1",
        "source_key": "",
        "priority": 1,
    }
    assert data["sections"][0]["omitted"] == 0


def test_items_from_a_recommendation_or_a_summary_name_its_area_or_instrument() -> None:
    # What a reader's right to see the item turns on, kept with the item.
    keys = {
        (item.source_kind, item.source_id): item.source_key
        for section in agenda(shared_mindset_summaries=[DRIVE, STYLE]).sections
        for item in section.items
    }
    assert keys[("recommendation", "R3")] == "achievement_drive"
    assert keys[("recommendation", "R1")] == "needs_discovery"
    assert keys[("assessment", "achievement_drive.v1")] == "achievement_drive"
    assert keys[("assessment", "behaviour_style.v1")] == "behaviour_style"
    assert keys[("deal_gate", "G1")] == ""


def _stored() -> dict[str, object]:
    return {**agenda(shared_mindset_summaries=[DRIVE]).to_json(), "shared_summaries": 1}


def test_a_reader_who_may_read_everything_reads_the_agenda_as_stored() -> None:
    stored = _stored()
    read = agenda_as_read(stored, shown=lambda conversation, item: True, shared_summaries=1)
    assert read == stored


def test_a_reader_is_not_shown_the_items_they_may_not_read() -> None:
    stored = _stored()
    read = agenda_as_read(
        stored,
        shown=lambda conversation, item: item["source_kind"] != "assessment",
        shared_summaries=0,
    )
    # Themselves held the achievement-drive recommendation R3 and the lowest shared score
    # (Motivation 35); only R3 is left, and the other sections are untouched.
    customers, themselves, coach = read["sections"]
    assert [i["source_id"] for i in themselves["items"]] == ["R3"]
    assert themselves["missing_evidence"] is None
    assert customers == stored["sections"][0]  # type: ignore[index]
    assert coach == stored["sections"][2]  # type: ignore[index]
    assert read["shared_summaries"] == 0
    assert read["as_of"] == "2026-03-10"


def test_a_section_emptied_for_a_reader_says_which_evidence_is_missing() -> None:
    stored = _stored()
    read = agenda_as_read(
        stored,
        shown=lambda conversation, item: conversation != "themselves",
        shared_summaries=0,
    )
    themselves = read["sections"][1]
    assert themselves["items"] == []
    assert themselves["missing_evidence"] == MISSING_EVIDENCE["themselves"]


def test_a_section_that_lost_items_no_longer_counts_those_left_out() -> None:
    # Seven commitments, five shown, two counted as left out; hiding one leaves four and no
    # count, since what was left out may have been of the same kind.
    many = [commitment(f"K{n}", D(2026, 3, 20 + n)) for n in range(7)]
    stored = agenda(open_commitments=many).to_json()
    assert stored["sections"][2]["omitted"] == 2
    read = agenda_as_read(
        stored,
        shown=lambda conversation, item: item["source_id"] != "K0",
        shared_summaries=0,
    )
    assert [i["source_id"] for i in read["sections"][2]["items"]] == ["K1", "K2", "K3", "K4"]
    assert read["sections"][2]["omitted"] == 0
    untouched = agenda_as_read(stored, shown=lambda c, i: True, shared_summaries=0)
    assert untouched["sections"][2]["omitted"] == 2


def test_an_agenda_never_prepared_stays_empty() -> None:
    assert agenda_as_read({}, shown=lambda c, i: True, shared_summaries=0) == {}
