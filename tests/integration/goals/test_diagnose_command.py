"""`salescoach diagnose` prints a rep's self-belief only as the scorecard and the API show it:
the rep's own figure only when their direct coaches may read their achievement-drive summary,
and never the medians that pool colleagues' private answers."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

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


def test_the_json_shows_self_belief_only_of_a_rep_who_shares_and_no_pooled_median(
    team: tuple[Organization, dict[str, Person]],
    cli: Callable[[list[str]], int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    found = {d["person"]: d for d in json.loads(_run(cli, capsys, "--format", "json"))}

    # R shares with M: advised, with R's own figure, and without the medians of P1-P3's
    # private answers (which the diagnosis compared R with).
    (advice,) = [
        r for r in found["r@acme.test"]["recommendations"] if r["area"] == "achievement_drive"
    ]
    (belief,) = [item for item in advice["evidence"] if item["metric"] == "self_belief"]
    assert (belief["value"], belief["sample"], belief["holds"]) == (R_BELIEF, 1, True)
    assert (belief["team_median"], belief["org_median"]) == (None, None)
    assert "withheld" not in belief

    # P4 shares nothing: not judged on it, and P4's score is nowhere in the output.
    p4 = found["p4@acme.test"]
    assert "achievement_drive" not in {r["area"] for r in p4["recommendations"]}
    assert NOT_SHARED in p4["missing_evidence"]
    printed = json.dumps(found)
    assert str(P4_BELIEF) not in printed
    assert str(PEERS_MEDIAN) not in printed


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
    assert "] achievement_drive: " in blocks["r@acme.test"]  # a recommendation line
    assert "] achievement_drive: " not in blocks["p4@acme.test"]
    assert f"missing: {NOT_SHARED}" in blocks["p4@acme.test"]
    assert not any(str(x) in text for x in (R_BELIEF, P4_BELIEF, PEERS_MEDIAN))

    # Only P4: the same, asked for one rep.
    alone = _run(cli, capsys, "--person", "p4@acme.test")
    assert alone.splitlines()[0] == "p4@acme.test"
    assert "] achievement_drive: " not in alone
    assert f"missing: {NOT_SHARED}" in alone
