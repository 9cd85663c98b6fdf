"""Speaker roles: flags, known people, and an honest guess."""

from __future__ import annotations

import pytest

from salescoach.domain.calls.roles import KnownPerson, assign_roles, same_person
from salescoach.domain.calls.transcripts import Cue, Transcript

CALL = Transcript(
    (
        Cue("Buyer", 0, 2, "Hello."),
        Cue(
            "Zoë Ångström",
            2,
            6,
            "Thanks for joining, what made you look at this? Let me show you our platform.",
        ),
        Cue("Buyer", 6, 8, "Sure."),
    ),
    "json",
)


def test_a_flag_names_the_rep() -> None:
    roles = assign_roles(CALL, rep_names=["buyer"])
    assert roles.as_mapping() == {"Buyer": "rep", "Zoë Ångström": "customer"}
    assert [s.method for s in roles.speakers] == ["flag", "flag"]
    assert roles.warnings == ()


def test_a_known_person_matches_without_accents_or_case() -> None:
    roles = assign_roles(CALL, known_reps=[KnownPerson("zoe angstrom", "z.a@acme.test")])
    assert roles.as_mapping()["Zoë Ångström"] == "rep"
    assert roles.speakers[1].method == "known_person"


def test_an_email_local_part_matches_a_speaker_label() -> None:
    assert same_person("jo.smith", KnownPerson("Joanna Smith", "jo.smith@acme.test"))
    assert not same_person("", KnownPerson("", ""))


def test_without_names_the_guess_and_its_confidence_are_shown() -> None:
    roles = assign_roles(CALL)
    assert roles.as_mapping()["Zoë Ångström"] == "rep"
    assert all(s.method == "heuristic" for s in roles.speakers)
    # Scores: Zoë 1 question mark + 2 × 2 seller phrases ("let me show", "our platform") = 5;
    # Buyer 1.5 for speaking first.
    # Confidence 0.5 + 0.45 × (5 − 1.5) / 6.5 = 0.742…
    assert roles.speakers[0].confidence == 0.74
    assert "guessed" in roles.warnings[0]


def test_a_rep_named_by_email_matches_a_speaker_labelled_by_name() -> None:
    call = Transcript((Cue("Ana Lopez", 0, 1, "Hi."), Cue("Bo", 1, 2, "Hello.")), "json")
    roles = assign_roles(call, rep_names=["ana.lopez@seller.test"])
    assert roles.as_mapping() == {"Ana Lopez": "rep", "Bo": "customer"}
    assert roles.speakers[1].confidence == 0.9  # a customer by elimination


def test_a_rep_name_not_in_the_call_is_warned_about_and_the_guess_still_made() -> None:
    roles = assign_roles(CALL, rep_names=["Somebody Else", "  "])
    assert roles.warnings[0] == "rep name(s) not found among the speakers: Somebody Else"
    assert roles.speakers[0].method == "heuristic"


def test_one_speaker_alone_is_guessed_with_full_lead() -> None:
    call = Transcript((Cue("Solo", 0, 1, "Testing."),), "json")
    roles = assign_roles(call)
    # Solo scores 1.5 (first to speak), nobody else: 0.5 + 0.45 × 1.5/1.5 = 0.95.
    assert roles.speakers == (roles.speakers[0],)
    assert (roles.speakers[0].role, roles.speakers[0].confidence) == ("rep", 0.95)


@pytest.mark.parametrize(
    ("speaker", "person", "same"),
    [
        ("ZOE ANGSTROM", KnownPerson("Zoë Ångström"), True),
        ("z.a@acme.test", KnownPerson("Zoe", "Z.A@acme.test"), True),
        ("Zoe", KnownPerson("Zoe Angstrom"), False),  # a first name alone is not enough
        ("", KnownPerson("", ""), False),
    ],
)
def test_same_person(speaker: str, person: KnownPerson, same: bool) -> None:
    assert same_person(speaker, person) is same
