"""CRM and calendar imports: whole or not at all, idempotent, with row-numbered problems."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from salescoach.org.models import Organization, Person
from salescoach.pipeline.models import Activity, Deal, Quota, Stage, StageChange

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"


def _imp(cli, *args: str) -> int:
    return cli(["import", *args])


@pytest.fixture
def acme(db: None, cli, capsys: pytest.CaptureFixture[str]) -> Organization:
    """A new organisation built from the native CSVs, in dependency order."""
    for kind, name in (("stages", "stages.csv"), ("people", "people.csv"), ("deals", "deals.csv")):
        assert _imp(cli, kind, str(FIXTURES / name), "--org", "acme") == 0
    capsys.readouterr()
    return Organization.objects.get(slug="acme")


def test_the_native_csvs_build_an_organisation(acme: Organization, cli, capsys) -> None:
    assert [s.name for s in Stage.objects.filter(process__organization=acme)] == [
        "Approach",
        "Interview",
        "Demonstrate",
        "Validate",
        "Negotiate",
        "Close",
    ]
    omar = Person.objects.get(email="omar.diaz@acme.test")
    assert omar.manager.email == "lena.park@acme.test"
    assert omar.team.lead == omar.manager
    d3 = Deal.objects.get(external_id="D-3")
    assert (d3.name, d3.amount, d3.outcome, d3.stage.name) == (
        "Expansion, phase 2",
        Decimal("8000.50"),
        "open",
        "Interview",
    )
    # A cell that a spreadsheet would run as a formula is kept as plain text.
    assert Deal.objects.get(external_id="D-4").name == "=cmd|' /C calc'!A0"
    for kind, name in (
        ("stage-changes", "stage_changes.csv"),
        ("activities", "activities.csv"),
        ("quotas", "quotas.csv"),
    ):
        assert _imp(cli, kind, str(FIXTURES / name), "--org", "acme") == 0
    assert StageChange.objects.filter(deal__external_id="D-1").count() == 3
    # Customer-facing: linked to a deal, or an attendee outside acme.test.
    facing = dict(Activity.objects.values_list("external_id", "customer_facing"))
    assert facing == {"A-1": True, "A-2": False, "A-3": True}
    assert Quota.objects.get(person=omar).amount == 60000


def test_reimporting_the_same_file_changes_nothing(acme: Organization, cli, capsys) -> None:
    assert _imp(cli, "deals", str(FIXTURES / "deals.csv"), "--org", "acme") == 0
    assert "0 created, 0 updated, 4 unchanged, 0 rejected" in capsys.readouterr().out


def test_a_people_file_changing_only_managers_counts_those_rows_updated(
    acme: Organization, cli, capsys, tmp_path: Path
) -> None:
    original = (FIXTURES / "people.csv").read_text(encoding="utf-8")
    # Ida loses her manager, then gets her back; nothing else in the rows changes.
    without = original.replace(
        "ida.wolf@acme.test,Ida Wolf,rep,North,lena.park@acme.test",
        "ida.wolf@acme.test,Ida Wolf,rep,North,",
    )
    assert without != original
    path = tmp_path / "people.csv"
    path.write_text(without, encoding="utf-8")
    assert _imp(cli, "people", str(path), "--org", "acme") == 0
    assert "0 created, 1 updated, 2 unchanged, 0 rejected" in capsys.readouterr().out
    assert Person.objects.get(email="ida.wolf@acme.test").manager is None

    assert _imp(cli, "people", str(FIXTURES / "people.csv"), "--org", "acme") == 0
    assert "0 created, 1 updated, 2 unchanged, 0 rejected" in capsys.readouterr().out
    ida = Person.objects.select_related("manager").get(email="ida.wolf@acme.test")
    assert ida.manager is not None
    assert ida.manager.email == "lena.park@acme.test"

    assert _imp(cli, "people", str(FIXTURES / "people.csv"), "--org", "acme") == 0
    assert "0 created, 0 updated, 3 unchanged, 0 rejected" in capsys.readouterr().out


def test_a_bad_file_is_refused_whole_with_row_numbers(acme: Organization, cli, capsys) -> None:
    before = Deal.objects.count()
    assert _imp(cli, "deals", str(FIXTURES / "bad_deals.csv"), "--org", "acme") == 1
    err = capsys.readouterr().err
    for expected in (
        "row 3, column 'amount': negative amount -100",
        "row 4, column 'owner_email': no person ghost@acme.test in the organisation",
        "row 5, column 'created_at': '10/01/2026' is not a date like 2026-03-01",
        "row 6, column 'deal_id': duplicate deal_id 'D-9' in this file",
        "row 7, column 'stage': the sales process has no stage 'Dreaming'",
        "5 problems; nothing was imported from this file",
    ):
        assert expected in err
    assert Deal.objects.count() == before
    assert not Deal.objects.filter(external_id="D-9").exists()  # the good row was not kept


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", "", "the file is empty"),
        ("header.csv", "deal_id,name\n", "missing column(s): owner_email, amount, created_at"),
        ("ragged.csv", "order,stage,phase\n1,Approach\n", "row 2: 2 cells where the header has 3"),
        ("quote.csv", 'order,stage,phase\n1,"Approach,approach\n', "malformed CSV"),
        ("nul.csv", "order,stage,phase\n1,Appro\x00ach,approach\n", "NUL byte"),
        (
            "extra.csv",
            "order,stage,phase,colour\n1,Approach,approach,red\n",
            "column 'colour': unknown column",
        ),
        ("phase.csv", "order,stage,phase\n1,Approach,dreaming\n", "'dreaming' is not one of"),
    ],
)
def test_malformed_files_are_refused_with_a_reason(
    db: None, cli, capsys, tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    kind = "deals" if name == "header.csv" else "stages"
    assert _imp(cli, kind, str(path), "--org", "fresh") == 1
    assert message in capsys.readouterr().err
    assert not Stage.objects.exists()


def test_a_file_that_is_not_utf8_is_refused(db: None, cli, capsys, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("order,stage,phase\n1,Étape,approach\n".encode("latin-1"))
    assert _imp(cli, "stages", str(path), "--org", "fresh") == 1
    assert "not UTF-8" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["salesforce_deals.csv", "hubspot_deals.csv"])
def test_salesforce_and_hubspot_exports_import(acme: Organization, cli, capsys, name: str) -> None:
    assert _imp(cli, "deals", str(FIXTURES / name), "--org", "acme") == 0
    assert "2 created" in capsys.readouterr().out
    closed = (
        Deal.objects.filter(organization=acme)
        .exclude(external_id__startswith="D-")
        .exclude(outcome="open")
        .get()
    )
    opened = (
        Deal.objects.filter(organization=acme, outcome="open")
        .exclude(external_id__startswith="D-")
        .get()
    )
    # A closed deal keeps its close date; an open deal's expected close date is not a close date.
    assert closed.closed_on is not None
    assert opened.closed_on is None
    assert opened.stage is not None


def test_a_mapping_file_reads_another_crms_headers(acme: Organization, cli, capsys) -> None:
    assert (
        _imp(
            cli,
            "deals",
            str(FIXTURES / "custom_deals.csv"),
            "--org",
            "acme",
            "--mapping",
            str(FIXTURES / "mapping.yaml"),
        )
        == 0
    )
    deal = Deal.objects.get(external_id="X-1")
    assert (deal.name, deal.amount, deal.stage.name) == ("Custom CRM deal", 2500, "Interview")


def test_a_calendar_imports_timed_events_as_activities(acme: Organization, cli, capsys) -> None:
    args = [
        "calendar",
        str(FIXTURES / "calendar.ics"),
        "--org",
        "acme",
        "--person",
        "omar.diaz@acme.test",
    ]
    assert _imp(cli, *args) == 0
    out = capsys.readouterr().out
    assert "2 created" in out  # the all-day and the cancelled events are skipped
    assert "recurring event 'evt-2@test' counted once" in out
    workshop = Activity.objects.get(external_id="ics:evt-1@test")
    assert workshop.duration_min == 60
    assert workshop.customer_facing is True
    assert workshop.occurred_at == dt.datetime(2026, 1, 20, 9, tzinfo=dt.UTC)
    assert Activity.objects.get(external_id="ics:evt-2@test").customer_facing is False
    assert _imp(cli, *args) == 0
    assert "2 unchanged" in capsys.readouterr().out


def test_a_changed_forecast_category_is_kept_in_the_deals_history(
    acme: Organization, cli, capsys, tmp_path: Path
) -> None:
    header = (
        "deal_id,name,account,owner_email,amount,created_at,closed_at,stage,outcome,"
        "forecast_category,forecast_history\n"
    )
    path = tmp_path / "deals.csv"

    def week(outcome: str, closed: str, category: str, history: str = "") -> int:
        path.write_text(
            header + f"D-9,Renewal,Acme,omar.diaz@acme.test,100,2026-01-05,{closed},Negotiate,"
            f"{outcome},{category},{history}\n"
        )
        return _imp(cli, "deals", str(path), "--org", "acme")

    assert week("open", "", "best_case", "pipeline") == 0
    assert week("open", "", "commit") == 0  # called commit: best case goes to the history
    assert week("open", "", "commit") == 0  # the same file again changes nothing
    assert "0 created, 0 updated, 1 unchanged" in capsys.readouterr().out.splitlines()[-1]
    assert week("won", "2026-03-01", "closed") == 0
    deal = Deal.objects.get(external_id="D-9")
    assert deal.forecast_category == "closed"
    assert deal.forecast_history == ["pipeline", "best_case", "commit"]
