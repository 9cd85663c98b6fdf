"""CSV imports: native, Salesforce, HubSpot and mapped layouts; every kind of bad file."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from salescoach.domain.pipeline.importing import (
    MAX_PROBLEMS,
    FieldError,
    ImportProblem,
    ProblemLog,
    custom_layout,
    detect_layout,
    neutralise_spreadsheet_cell,
    parse_amount,
    parse_date,
    parse_datetime,
    read_csv,
    read_rows,
)

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "imports"
EXPECTED = {
    name: answer
    for name, answer in json.loads((FIXTURES / "expected.json").read_text()).items()
    if not name.startswith("_")
}


def _read(name: str, kind: str, **options: object) -> tuple[list[int], list[ImportProblem]]:
    rows, problems = [], []
    with (FIXTURES / name).open(newline="", encoding="utf-8") as lines:
        for item in read_rows(lines, kind=kind, **options):  # type: ignore[arg-type]
            if isinstance(item, ImportProblem):
                problems.append(item)
            else:
                rows.append(item[0])
    return rows, problems


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_sample_file_gives_its_expected_rows_and_problems(name: str) -> None:
    answer = EXPECTED[name]
    rows, problems = _read(name, answer["kind"])
    assert len(rows) == answer["rows"]
    assert len(problems) == len(answer["problems"]), problems
    for problem, (row, column, message) in zip(problems, answer["problems"], strict=True):
        assert (problem.row, problem.column) == (row, column)
        assert problem.message.startswith(message), problem.message


def _fields(name: str, kind: str) -> list[dict[str, object]]:
    log = ProblemLog()
    with (FIXTURES / name).open(newline="", encoding="utf-8") as lines:
        rows = [dict(r.fields) for r in read_csv(lines, kind=kind, problems=log)]
    assert not log, log.problems
    return rows


def test_a_formula_looking_cell_is_kept_as_plain_text() -> None:
    names = [r["name"] for r in _fields("deals.csv", "deals")]
    assert names[3] == "=cmd|' /C calc'!A0"
    assert names[2] == "Expansion, phase 2"  # a quoted comma stays in the cell


def test_salesforce_checkboxes_decide_the_outcome_and_drop_an_open_deals_close_date() -> None:
    won, open_deal = _fields("salesforce_deals.csv", "deals")
    assert (won["outcome"], won["stage"], won["closed_at"]) == ("won", "", dt.date(2026, 2, 28))
    assert (open_deal["outcome"], open_deal["closed_at"]) == ("open", None)


def test_a_salesforce_report_without_checkboxes_reads_the_closed_stage_and_aliases() -> None:
    lost, open_deal = _fields("salesforce_report.csv", "deals")
    # "Opportunity Owner: Email", "Opportunity Currency", "Closed Lost Reason" are aliases;
    # "12,500.00" loses its thousands separator.
    assert (lost["outcome"], lost["owner_email"], lost["amount"]) == (
        "lost",
        "omar.diaz@acme.test",
        Decimal("12500.00"),
    )
    assert lost["loss_reason"] == "Budget cut"
    assert (open_deal["stage"], open_deal["forecast_category"]) == ("Negotiate", "commit")


def test_hubspot_closed_flags_win_over_the_stage_name() -> None:
    won, open_deal = _fields("hubspot_flags.csv", "deals")
    assert (won["outcome"], won["stage"], won["created_at"]) == (
        "won",
        "Contract signed",
        dt.date(2026, 1, 15),
    )
    assert open_deal["outcome"] == "open"
    lost, _ = _fields("hubspot_deals.csv", "deals")
    assert (lost["outcome"], lost["loss_reason"]) == ("lost", "Chose a competitor")


@pytest.mark.parametrize("mapping_file", ["mapping.yaml", "mapping.json"])
def test_a_user_mapping_reads_another_crms_headers(mapping_file: str) -> None:
    text = (FIXTURES / mapping_file).read_text()
    mapping = yaml.safe_load(text) if mapping_file.endswith("yaml") else json.loads(text)
    layout = custom_layout("deals", mapping)
    with (FIXTURES / "custom_deals.csv").open(newline="") as lines:
        ((row, fields),) = list(read_rows(lines, kind="deals", custom=layout))  # type: ignore[misc]
    assert (row, fields["deal_id"], fields["amount"]) == (2, "X-1", Decimal(2500))


def test_a_mapping_naming_unknown_fields_or_kinds_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        custom_layout("deals", {"colour": "Colour"})
    with pytest.raises(ValueError, match="unknown kind"):
        custom_layout("invoices", {})
    with pytest.raises(ValueError, match="unknown kind"):
        list(read_rows([], kind="invoices"))


def test_the_layout_is_detected_from_the_header_row() -> None:
    assert (
        detect_layout(
            "deals", ["Record ID", "Deal Name", "Deal owner", "Amount", "Create Date"]
        ).name
        == "hubspot"
    )
    with pytest.raises(FieldError, match="missing column\\(s\\): name, amount"):
        detect_layout("deals", ["deal_id", "owner_email", "created_at", "outcome"])


def test_a_missing_required_column_stops_at_the_header() -> None:
    problems = list(read_rows(["order,stage\n", "1,Approach\n"], kind="stages"))
    assert problems == [ImportProblem(1, None, "missing column(s): phase")]


def test_an_empty_required_value_and_blank_lines_and_a_byte_order_mark() -> None:
    lines = ["\ufefforder,stage,phase\n", ",Approach,approach\n", ",,\n", "2,Interview,interview\n"]
    items = list(read_rows(lines, kind="stages"))
    assert items == [
        ImportProblem(2, "order", "required value is empty"),
        (4, {"order": 2, "stage": "Interview", "phase": "interview"}),
    ]


def test_a_nul_byte_in_the_header_stops_the_file() -> None:
    problems = list(read_rows(["order,st\x00age,phase\n", "1,A,approach\n"], kind="stages"))
    assert [p.row for p in problems] == [1]  # type: ignore[union-attr]


def test_a_header_that_is_not_csv_is_reported() -> None:
    (problem,) = read_rows(['"order,stage\n'], kind="stages")
    assert problem == ImportProblem(1, None, "unreadable header: unexpected end of data")


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        (
            "D,N,,a@b.test,5,EUR,2026-01-01,,,open,,",
            "stage",
            "an open deal needs its current stage",
        ),
        ("D,N,,a@b.test,5,EUR,2026-01-01,2026-02-01,S,open,,", "closed_at", "an open deal has no"),
        ("D,N,,a@b.test,5,EUR,2026-01-01,,S,won,,", "closed_at", "a won deal needs a close date"),
        ("D,N,,a@b.test,5,EUR,2026-02-01,2026-01-01,S,lost,,", "closed_at", "closed before"),
        ("D,N,,a@b.test,NaN,EUR,2026-01-01,,S,open,,", "amount", "'NaN' is not a number"),
        ("D,N,,a@b.test,lots,EUR,2026-01-01,,S,open,,", "amount", "'lots' is not a number"),
        ("D,N,,a@b.test,5,EUR,2026-01-01,,S,maybe,,", "outcome", "'maybe' is not one of"),
    ],
)
def test_deal_rows_that_contradict_themselves_are_refused(
    row: str, column: str, message: str
) -> None:
    header = (
        "deal_id,name,account,owner_email,amount,currency,created_at,closed_at,stage,outcome,"
        "loss_reason,forecast_category\n"
    )
    items = list(read_rows([header, row + "\n"], kind="deals"))
    problem = items[0]
    assert isinstance(problem, ImportProblem)
    assert (problem.row, problem.column) == (2, column)
    assert problem.message.startswith(message)


def test_outcome_and_forecast_spellings_from_crms_are_understood() -> None:
    header = (
        "deal_id,name,owner_email,amount,created_at,closed_at,stage,outcome,forecast_category\n"
    )
    rows = [
        "D1,N,a@b.test,5,2026-01-01,2026-02-01,S,Closed Won,Best Case\n",
        "D2,N,a@b.test,5,2026-01-01,2026-02-01,S,closed-lost,\n",
    ]
    parsed = [item[1] for item in read_rows([header, *rows], kind="deals")]  # type: ignore[index]
    assert [(p["outcome"], p["forecast_category"]) for p in parsed] == [
        ("won", "best_case"),
        ("lost", "pipeline"),
    ]


def test_people_rows_take_an_optional_manager() -> None:
    lines = ["email,name,role,team,manager_email\n", "A@B.test,Ann,Rep,North,\n"]
    ((_, fields),) = list(read_rows(lines, kind="people"))  # type: ignore[misc]
    assert (fields["email"], fields["role"], fields["manager_email"]) == ("a@b.test", "rep", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-01", dt.date(2026, 3, 1)),
        ("2026-03-01T23:30:00Z", dt.date(2026, 3, 1)),
        ("2026-03-01 08:00", dt.date(2026, 3, 1)),
    ],
)
def test_dates_accept_iso_dates_and_date_times(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["01/03/2026", "2026-13-01", "March 1", ""])
def test_dates_refuse_other_forms(text: str) -> None:
    with pytest.raises(FieldError):
        parse_date(text)


def test_date_times_without_a_zone_are_utc_and_zones_are_kept() -> None:
    assert parse_datetime("2026-03-01T09:30") == dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    assert parse_datetime("2026-03-01").tzinfo == dt.UTC
    assert parse_datetime("2026-03-01T09:30+02:00").utcoffset() == dt.timedelta(hours=2)
    with pytest.raises(FieldError):
        parse_datetime("yesterday")


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("-5", "negative amount -5"),
        ("=1+1", "'=1+1' is not a number"),
        ("Infinity", "not a number"),
    ],
)
def test_an_amount_that_looks_like_a_formula_is_an_amount_error(text: str, error: str) -> None:
    with pytest.raises(FieldError, match=re.escape(error)):
        parse_amount(text)


def test_the_problem_log_keeps_the_first_hundred_and_counts_the_rest() -> None:
    header = "order,stage,phase\n"
    bad_rows = (f"x{i},S{i},approach\n" for i in range(250))
    log = ProblemLog()
    assert list(read_csv(iter([header, *bad_rows]), kind="stages", problems=log)) == []
    assert (log.total, len(log.problems), log.omitted) == (250, MAX_PROBLEMS, 150)
    assert log.problems[0].row == 2
    assert str(log.problems[0]) == "row 2, column 'order': 'x0' is not a whole number"


def _endless_rows(count: int) -> Iterator[str]:
    yield "order,stage,phase\n"
    for i in range(count):
        yield f"{i + 1},Stage {i},approach\n"


def test_reading_streams_without_holding_the_file() -> None:
    log = ProblemLog()
    rows = read_csv(_endless_rows(10**9), kind="stages", problems=log)
    first = [next(rows).row for _ in range(3)]  # a billion-row source answers at once
    assert first == [2, 3, 4]


def test_a_text_stream_is_read_like_lines() -> None:
    log = ProblemLog()
    stream = io.StringIO("order,stage,phase\n1,Approach,approach\n")
    assert [r.row for r in read_csv(stream, kind="stages", problems=log)] == [2]
    assert not log


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_export_cells_a_spreadsheet_would_run_get_a_quote_prefix(value: str, expected: str) -> None:
    assert neutralise_spreadsheet_cell(value) == expected


def test_a_salesforce_deal_closed_in_its_own_stage_keeps_that_stage() -> None:
    lines = [
        "Opportunity ID,Opportunity Name,Opportunity Owner Email,Amount,Created Date,"
        "Close Date,Stage,Won,Closed\n",
        "006A,Deal,a@b.test,10,2026-01-01,2026-02-01,Signed,true,true\n",
    ]
    ((_, fields),) = list(read_rows(lines, kind="deals"))  # type: ignore[misc]
    assert (fields["outcome"], fields["stage"]) == ("won", "Signed")


def test_an_optional_forecast_history_column_lists_earlier_categories() -> None:
    header = (
        "deal_id,name,account,owner_email,amount,created_at,closed_at,stage,outcome,"
        "forecast_history\n"
    )
    good = (
        header + "D1,Deal,Acme,ann@acme.test,100,2026-01-05,2026-03-01,Close,won,Best Case;commit\n"
    )
    ((_, row),) = [i for i in read_rows(io.StringIO(good), kind="deals") if isinstance(i, tuple)]
    assert row["forecast_history"] == "best_case;commit"
    bad = header + "D1,Deal,Acme,ann@acme.test,100,2026-01-05,2026-03-01,Close,won,commit;maybe\n"
    (problem,) = [
        i for i in read_rows(io.StringIO(bad), kind="deals") if isinstance(i, ImportProblem)
    ]
    assert problem.row == 2
    assert "forecast_history" in str(problem)
