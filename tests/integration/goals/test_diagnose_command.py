"""`salescoach diagnose` is an operator's tool, and an operator reads no private coaching
content: advice on achievement drive is counted, not shown, and no self-belief figure (the
rep's own, or the medians that pool colleagues' private answers) is printed. The diagnosis
itself still reads a rep's self-belief when their direct coaches may, and stores the advice for
the rep and those they share their summary with."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from salescoach.goals.models import Recommendation
from salescoach.org.models import Organization, Person
from tests.integration.assessments.answer_sheets import submit
from tests.test_rediagnosis import _field_team, _plant_flat_results, _share_with_manager

# Self-belief (three items, one reverse-keyed; (mean − 1)/4 × 100): likert 5 → 66.7 for P1-P3,
# likert 2 → 41.7 for R, likert 1 → 33.3 for P4. R and P4 have level results (a trend of 0),
# so each would be advised on achievement drive if their self-belief were read: 41.7 and 33.3
# are both under 66.7 × 0.85 and the bar of 60, and each has P1-P3 (three peers) to compare with.
R_BELIEF, P4_BELIEF, PEERS_MEDIAN = 41.7, 33.3, 66.7
NOT_SHARED = "Self-belief not shared with the rep's manager: achievement drive cannot be judged."


@pytest.fixture
def team(db: None) -> tuple[Organization, dict[str, Person]]:
    """The field team of `tests/test_rediagnosis.py`: P1-P3 and R share their achievement-drive
    summary with M (their manager and their team's lead); P4 shares nothing."""
    org, people = _field_team()
    for key in ("P1", "P2", "P3"):
        submit(people[key], "achievement_drive", likert=5)
        _share_with_manager(people[key], people["M"])
    submit(people["R"], "achievement_drive", likert=2)
    _share_with_manager(people["R"], people["M"])
    submit(people["P4"], "achievement_drive", likert=1)
    for key in ("R", "P4"):
        _plant_flat_results(people[key])
    return org, people


def _run(cli: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert cli(["diagnose", "--org", "acme", *args]) == 0
    return capsys.readouterr().out


def test_the_json_counts_achievement_drive_advice_and_prints_no_self_belief(
    team: tuple[Organization, dict[str, Person]],
    cli: Callable[[list[str]], int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    found = {d["person"]: d for d in json.loads(_run(cli, capsys, "--format", "json"))}

    # R shares with M: the diagnosis reads R's self-belief and advises on achievement drive,
    # but the operator sees only that there is such advice.
    r = found["r@acme.test"]
    assert r["withheld_recommendations"] == 1
    assert "achievement_drive" not in {rec["area"] for rec in r["recommendations"]}
    assert NOT_SHARED not in r["missing_evidence"]

    # P4 shares nothing: not judged on it.
    p4 = found["p4@acme.test"]
    assert p4["withheld_recommendations"] == 0
    assert "achievement_drive" not in {rec["area"] for rec in p4["recommendations"]}
    assert NOT_SHARED in p4["missing_evidence"]

    # No self-belief figure of anyone anywhere in the output.
    printed = json.dumps(found)
    assert not any(str(x) in printed for x in (R_BELIEF, P4_BELIEF, PEERS_MEDIAN))


def test_the_advice_stays_stored_for_the_rep_and_their_manager(
    team: tuple[Organization, dict[str, Person]],
    cli: Callable[[list[str]], int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _run(cli, capsys, "--save")
    stored = Recommendation.objects.filter(person__email="r@acme.test", area="achievement_drive")
    assert stored.count() == 1


def test_the_text_shows_the_same_as_the_json(
    team: tuple[Organization, dict[str, Person]],
    cli: Callable[[list[str]], int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = _run(cli, capsys)
    blocks: dict[str, str] = {}  # each rep's lines, under their e-mail
    person = ""
    for line in text.splitlines():
        if not line.startswith(" "):
            person = line
            blocks[person] = ""
        else:
            blocks[person] += line + "\n"
    assert "] achievement_drive: " not in text
    assert (
        "1 recommendation on achievement drive, for the rep and those they share their summary"
        in blocks["r@acme.test"]
    )
    assert "recommendation on achievement drive" not in blocks["p4@acme.test"]
    assert f"missing: {NOT_SHARED}" in blocks["p4@acme.test"]
    assert not any(str(x) in text for x in (R_BELIEF, P4_BELIEF, PEERS_MEDIAN))

    # Only P4: the same, asked for one rep.
    alone = _run(cli, capsys, "--person", "p4@acme.test")
    assert alone.splitlines()[0] == "p4@acme.test"
    assert "achievement drive" not in alone.replace(NOT_SHARED, "")
    assert f"missing: {NOT_SHARED}" in alone
