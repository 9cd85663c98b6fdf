"""Deals and activities are stored a batch of rows at a time: the same records, counts and
idempotence as one row at a time, with a number of queries that grows by batch, not by row."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from salescoach.org.models import Organization
from salescoach.pipeline.models import Activity, Deal
from salescoach.pipeline.services import BATCH_ROWS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"
DEAL_HEADER = (
    "deal_id,name,account,owner_email,amount,currency,created_at,closed_at,stage,outcome,"
    "loss_reason,forecast_category\n"
)
ROWS = 2 * BATCH_ROWS + 7  # two full batches and a part of a third


def _deal(
    i: int, *, amount: int = 1000, stage: str = "Interview", owner: str = "omar.diaz@acme.test"
) -> str:
    return (
        f"X-{i},Deal {i},Account {i},{owner},{amount + i},EUR,2026-01-05,,{stage},open,,pipeline\n"
    )


def _deals_file(path: Path, rows: int, changed: dict[int, str] | None = None) -> Path:
    lines = [(changed or {}).get(i) or _deal(i) for i in range(rows)]
    path.write_text(DEAL_HEADER + "".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def acme(db: None, cli, capsys: pytest.CaptureFixture[str]) -> Organization:
    for kind, name in (("stages", "stages.csv"), ("people", "people.csv")):
        assert cli(["import", kind, str(FIXTURES / name), "--org", "acme"]) == 0
    capsys.readouterr()
    return Organization.objects.get(slug="acme")


def test_deals_over_several_batches_import_update_and_reimport(
    acme: Organization, cli, capsys, tmp_path: Path
) -> None:
    deals = _deals_file(tmp_path / "deals.csv", ROWS)
    assert cli(["import", "deals", str(deals), "--org", "acme"]) == 0
    assert f"{ROWS} created, 0 updated, 0 unchanged" in capsys.readouterr().out
    assert Deal.objects.filter(organization=acme).count() == ROWS
    last = Deal.objects.get(external_id=f"X-{ROWS - 1}")
    # amount = 1000 + row index; stage and owner by name and e-mail.
    assert (last.amount, last.stage.name, last.owner.email) == (
        Decimal(1000 + ROWS - 1),
        "Interview",
        "omar.diaz@acme.test",
    )

    assert cli(["import", "deals", str(deals), "--org", "acme"]) == 0
    assert f"0 created, 0 updated, {ROWS} unchanged" in capsys.readouterr().out

    # One change in each batch (first, second, the short third), of a different field.
    changed = {
        3: _deal(3, amount=5000),
        BATCH_ROWS + 1: _deal(BATCH_ROWS + 1, stage="Close"),
        ROWS - 2: _deal(ROWS - 2, owner="ida.wolf@acme.test"),
    }
    _deals_file(deals, ROWS, changed)
    assert cli(["import", "deals", str(deals), "--org", "acme"]) == 0
    assert f"0 created, 3 updated, {ROWS - 3} unchanged" in capsys.readouterr().out
    assert Deal.objects.get(external_id="X-3").amount == Decimal(5003)
    assert Deal.objects.get(external_id=f"X-{BATCH_ROWS + 1}").stage.name == "Close"
    assert Deal.objects.get(external_id=f"X-{ROWS - 2}").owner.email == "ida.wolf@acme.test"
    assert Deal.objects.get(external_id="X-4").amount == Decimal(1004)


def test_activities_over_several_batches_link_deals_and_people(
    acme: Organization, cli, capsys, tmp_path: Path
) -> None:
    assert cli(["import", "deals", str(_deals_file(tmp_path / "d.csv", 3)), "--org", "acme"]) == 0
    lines = ["activity_id,person_email,deal_id,type,occurred_at,duration_min,subject,attendees\n"]
    for i in range(ROWS):
        # Even rows: linked to deal X-(i mod 3), so customer-facing. Odd rows: no deal, and an
        # attendee outside acme.test (rows 1, 5, 9, …: customer-facing) or only
        # lena.park@acme.test (rows 3, 7, …: internal).
        deal = f"X-{i % 3}" if i % 2 == 0 else ""
        attendees = "lena.park@acme.test" if i % 4 == 3 else "buyer@client.example"
        lines.append(
            f"A-{i},ida.wolf@acme.test,{deal},call,2026-02-01T09:00:00Z,30,Call {i},"
            f"{attendees if i % 2 else ''}\n"
        )
    activities = tmp_path / "activities.csv"
    activities.write_text("".join(lines), encoding="utf-8")
    capsys.readouterr()
    assert cli(["import", "activities", str(activities), "--org", "acme"]) == 0
    assert f"{ROWS} created, 0 updated, 0 unchanged" in capsys.readouterr().out
    stored = {a.external_id: a for a in Activity.objects.filter(organization=acme)}
    assert len(stored) == ROWS
    assert stored["A-4"].deal.external_id == "X-1"  # 4 mod 3 = 1
    assert stored["A-4"].customer_facing
    assert stored["A-1"].deal is None
    assert stored["A-1"].customer_facing  # buyer@client.example is outside acme.test
    assert not stored["A-3"].customer_facing  # only lena.park@acme.test
    assert {a.person.email for a in stored.values()} == {"ida.wolf@acme.test"}
    assert cli(["import", "activities", str(activities), "--org", "acme"]) == 0
    assert f"0 created, 0 updated, {ROWS} unchanged" in capsys.readouterr().out


def test_storing_deals_runs_queries_by_batch_not_by_row(
    acme: Organization, cli, capsys, tmp_path: Path
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(rows: int, name: str) -> int:
        path = _deals_file(tmp_path / name, rows)
        with CaptureQueriesContext(connection) as captured:
            assert cli(["import", "deals", str(path), "--org", "acme"]) == 0
        return len(captured.captured_queries)

    few = queries(7, "few.csv")
    many = queries(ROWS, "many.csv")  # the 7 deals again (unchanged) and 1,000 new ones
    # One row at a time would take at least two queries a row (look up, insert): over 2,000
    # more. By batch: one look-up and a few multi-row inserts per 500 rows.
    assert many - few < 100, (few, many)


def test_on_postgresql_a_large_import_refreshes_the_planner_statistics_as_it_goes(
    acme: Organization, cli, capsys, tmp_path: Path
) -> None:
    """Inside one transaction the table's statistics go stale: PostgreSQL would plan each
    batch's look-up for a table it believes nearly empty and read every deal of the
    organisation instead of using the (organisation, external id) index. The importer
    analyses the table after 5,000 rows and at each doubling, so the planner's row count
    includes the import's own rows (10,000 at the last refresh of a 12,000-row file)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL planner question")
    deals = _deals_file(tmp_path / "d.csv", 12_000)
    assert cli(["import", "deals", str(deals), "--org", "acme"]) == 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'pipeline_deal'")
        (planned_rows,) = cursor.fetchone()
    assert planned_rows >= 10_000
