"""How the call review page shapes a stored analysis (`salescoach.calls.review`)."""

from __future__ import annotations

from salescoach.calls import review

CUES = [
    ["Rep", 0.0, 4.0, "Hi there. What made you look at this now?"],
    ["Buyer", 5.0, 14.0, "We lose two days a month on reports."],
    ["Rep", 15.0, 20.0, "Our dashboard does that for you."],
]
RESULT = {
    "sentences": [
        {"cue": 0, "speaker": "Rep", "at_s": 0.0, "text": "Hi there.", "labels": []},
        {
            "cue": 0,
            "speaker": "Rep",
            "at_s": 1.0,
            "text": "What made you look at this now?",
            "labels": ["question_open"],
        },
        {
            "cue": 1,
            "speaker": "Buyer",
            "at_s": 5.0,
            "text": "We lose two days a month on reports.",
            "labels": ["need", "objection"],
        },
    ],
    "evidence": [
        {"kind": "question_open", "at_s": 1.0, "speaker": "Rep", "quote": "What made you…"},
        {"kind": "need", "at_s": 5.0, "speaker": "Buyer", "quote": "We lose two days…"},
        {"kind": "checkpoint_need_admitted", "at_s": 5.0, "speaker": "Buyer", "quote": "We…"},
        {"kind": "pitch", "at_s": 15.0, "speaker": "Rep", "quote": "Our dashboard…"},
        {"kind": "longest_customer_story", "at_s": 5.0, "speaker": "Buyer", "quote": "10 s"},
        {"kind": "something_new", "at_s": 16.0, "speaker": "Rep", "quote": "?"},
    ],
    "service_steps": {
        "understand": {"reached": True, "at_s": 5.0, "speaker": "Rep", "quote": "I see."},
        "diagnose": {"reached": False, "at_s": None, "speaker": None, "quote": None},
    },
}


def test_each_sentence_carries_its_own_marks_in_words() -> None:
    rows = review.transcript_rows(CUES, RESULT, {"Rep": "rep", "Buyer": "customer"})
    assert [row["role"] for row in rows] == ["rep", "customer", "rep"]
    assert rows[0]["sentences"] == [
        {"text": "Hi there.", "marks": []},
        {"text": "What made you look at this now?", "marks": [("question_open", "open question")]},
    ]
    assert rows[1]["sentences"][0]["marks"] == [("need", "need"), ("objection", "objection")]
    # The analysis kept no sentence of cue 2: its text is shown unmarked.
    assert rows[2]["sentences"] == [{"text": "Our dashboard does that for you.", "marks": []}]
    assert [row["start"] for row in rows] == ["0:00", "0:05", "0:15"]


def test_evidence_is_labelled_and_grouped_for_the_filter() -> None:
    rows = review.evidence_rows(RESULT, CUES)
    assert [(row["label"], row["group"], row["cue"]) for row in rows] == [
        ("open question", "questions", 0),
        ("need admitted", "needs", 1),
        ("checkpoint: customer admits a need, problem or objective", "milestones", 1),
        ("presents the product", "product", 2),
        ("longest customer story", "stretches", 1),
        ("something new", "", 2),
    ]


def test_the_filter_keeps_one_group_and_counts_every_group_that_has_moments() -> None:
    rows = review.evidence_rows(RESULT, CUES)
    needs = review.filter_evidence(rows, "needs")
    assert needs.chosen == "needs"
    assert [row["kind"] for row in needs.rows] == ["need"]
    assert needs.total == 6
    # In the order of EVIDENCE_GROUPS; paraphrases, objections and commitments have none.
    assert needs.groups == [
        ("questions", "Questions", 1),
        ("needs", "Needs", 1),
        ("product", "Product", 1),
        ("milestones", "Checkpoints and steps", 1),
        ("stretches", "Longest stretches", 1),
    ]


def test_no_unknown_or_empty_group_hides_anything() -> None:
    rows = review.evidence_rows(RESULT, CUES)
    for chosen in (None, "", "objections", "nonsense"):
        shown = review.filter_evidence(rows, chosen)
        assert shown.chosen == ""
        assert len(shown.rows) == 6


def test_service_steps_read_as_times_with_links() -> None:
    steps = review.service_steps(RESULT, CUES)
    assert [(s["label"], s["reached"], s["time"], s["cue"]) for s in steps] == [
        ("Understand the problem", True, "0:05", 1),
        ("Diagnose the root cause", False, "—", None),
    ]
    assert review.service_steps({"service_steps": None}, CUES) == []


def test_speakers_list_reps_first_then_by_talk_time() -> None:
    # 45.5 + 75 + 61 = 181.5 s of speech: shares 25%, 41% and 34%.
    result = {
        "speakers": [
            {
                "name": "Buyer",
                "role": "customer",
                "talk_s": 61.0,
                "talk_share": 0.3361,
                "words": 150,
                "turns": 9,
            },
            {
                "name": "Rep",
                "role": "rep",
                "talk_s": 45.5,
                "talk_share": 0.2507,
                "words": 120,
                "turns": 10,
            },
            {
                "name": "Finance",
                "role": "customer",
                "talk_s": 75.0,
                "talk_share": 0.4132,
                "words": 90,
                "turns": 3,
            },
        ]
    }
    assert review.speakers(result) == [
        {"name": "Rep", "role": "rep", "talk": "0:46", "share": "25%", "words": 120, "turns": 10},
        {
            "name": "Finance",
            "role": "customer",
            "talk": "1:15",
            "share": "41%",
            "words": 90,
            "turns": 3,
        },
        {
            "name": "Buyer",
            "role": "customer",
            "talk": "1:01",
            "share": "34%",
            "words": 150,
            "turns": 9,
        },
    ]
    assert review.speakers({}) == []
