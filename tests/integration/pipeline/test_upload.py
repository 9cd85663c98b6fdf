"""Importing files from the web page: whole or not at all, by the roles that may, with history."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from salescoach.org.access import viewer_for_person
from salescoach.pipeline.models import Activity, Deal, ImportRun, Stage
from salescoach.pipeline.services import import_file
from tests.world import World

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"


def _client(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def _upload(client: Client, kind: str, name: str, content: bytes | None = None, **extra):
    data = content if content is not None else (FIXTURES / name).read_bytes()
    return client.post(
        "/pipeline/imports/", {"kind": kind, "file": SimpleUploadedFile(name, data), **extra}
    )


@pytest.fixture
def stocked(world: World) -> World:
    """Organisation A with the fixture stages and people imported through the page."""
    assert _upload(_client(world, "E"), "stages", "stages.csv").status_code == 302
    assert _upload(_client(world, "AD"), "people", "people.csv").status_code == 302
    return world


def test_enablement_imports_deals_and_sees_the_summary(stocked: World) -> None:
    client = _client(stocked, "E")
    response = _upload(client, "deals", "deals.csv")
    run = ImportRun.objects.latest("pk")
    assert response["Location"] == f"/pipeline/imports/{run.pk}/"
    assert (run.accepted, run.created, run.updated, run.unchanged, run.rejected) == (
        True,
        4,
        0,
        0,
        0,
    )
    page = client.get(response["Location"]).content.decode()
    assert "<strong>4</strong> created" in page
    assert "Imported deals.csv." in page
    # The same file again changes nothing.
    _upload(client, "deals", "deals.csv")
    again = ImportRun.objects.latest("pk")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert (
        Deal.objects.filter(organization=stocked.orgs["A"], external_id__startswith="D-").count()
        == 4 + 3
    )


def test_a_cell_that_looks_like_a_formula_is_stored_and_shown_as_text(stocked: World) -> None:
    _upload(_client(stocked, "E"), "deals", "deals.csv")
    deal = Deal.objects.get(external_id="D-4")
    assert deal.name == "=cmd|' /C calc'!A0"
    page = _client(stocked, "E").get(f"/pipeline/deals/{deal.pk}/").content.decode()
    assert "=cmd|&#x27; /C calc&#x27;!A0" in page


def test_a_bad_file_is_refused_whole_with_its_problems_by_row(stocked: World) -> None:
    client = _client(stocked, "E")
    before = Deal.objects.count()
    response = _upload(client, "deals", "bad_deals.csv")
    run = ImportRun.objects.latest("pk")
    assert not run.accepted
    assert Deal.objects.count() == before
    assert not Deal.objects.filter(external_id="D-9").exists()  # the good row was not kept
    page = client.get(response["Location"]).content.decode()
    assert "5 problems. Nothing from it was stored (6 rows rejected)" in page
    assert "row 3, column &#x27;amount&#x27;: negative amount -100" in page
    assert (
        "row 7, column &#x27;stage&#x27;: the sales process has no stage &#x27;Dreaming&#x27;"
        in page
    )


def test_the_report_lists_the_first_hundred_problems_then_counts_the_rest(world: World) -> None:
    rows = "".join(f"x{i},Stage {i},approach\n" for i in range(250))
    response = _upload(
        _client(world, "E"), "stages", "many.csv", ("order,stage,phase\n" + rows).encode()
    )
    run = ImportRun.objects.latest("pk")
    assert (run.problem_count, len(run.problems), run.rejected) == (250, 100, 250)
    page = _client(world, "E").get(response["Location"]).content.decode()
    assert page.count("is not a whole number</li>") == 100
    assert "… and 150 more problems not listed." in page


@pytest.mark.parametrize(
    ("name", "extra", "deal_id"),
    [
        ("salesforce_deals.csv", {}, "0065g00000AbCdE"),
        ("salesforce_deals.csv", {"layout": "salesforce"}, "0065g00000AbCdE"),
        ("hubspot_deals.csv", {"layout": "hubspot"}, "9001"),
    ],
)
def test_crm_exports_import_by_their_layout(
    stocked: World, name: str, extra: dict[str, str], deal_id: str
) -> None:
    response = _upload(_client(stocked, "E"), "deals", name, **extra)
    assert response.status_code == 302
    assert ImportRun.objects.latest("pk").created == 2
    assert Deal.objects.filter(external_id=deal_id).exists()


def test_a_forced_layout_that_does_not_fit_reports_the_missing_columns(stocked: World) -> None:
    response = _upload(_client(stocked, "E"), "deals", "hubspot_deals.csv", layout="salesforce")
    run = ImportRun.objects.latest("pk")
    assert not run.accepted
    assert "missing column(s): Opportunity ID" in run.problems[0]
    assert response.status_code == 302


def test_a_mapping_file_reads_another_crms_headers(stocked: World) -> None:
    mapping = SimpleUploadedFile("mapping.yaml", (FIXTURES / "mapping.yaml").read_bytes())
    response = _upload(_client(stocked, "E"), "deals", "custom_deals.csv", mapping=mapping)
    assert response.status_code == 302
    deal = Deal.objects.get(external_id="X-1")
    assert (deal.name, deal.amount) == ("Custom CRM deal", 2500)
    assert ImportRun.objects.latest("pk").layout == "custom"


@pytest.mark.parametrize(
    ("mapping", "extra", "message"),
    [
        (b"colour: Farbe\n", {}, "mapping: unknown field(s) colour"),
        (b"- just\n- a list\n", {}, "mapping: expected"),
        (b"deal_id: Opp Ref\n", {"layout": "hubspot"}, "not both"),
    ],
)
def test_a_bad_mapping_is_a_form_error_and_nothing_is_imported(
    stocked: World, mapping: bytes, extra: dict[str, str], message: str
) -> None:
    runs = ImportRun.objects.count()
    response = _upload(
        _client(stocked, "E"),
        "deals",
        "custom_deals.csv",
        mapping=SimpleUploadedFile("m.yaml", mapping),
        **extra,
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert ImportRun.objects.count() == runs


def test_a_rep_imports_their_own_calendar(stocked: World) -> None:
    client = _client(stocked, "R1")
    form = client.get("/pipeline/imports/").content.decode()
    assert 'value="calendar"' in form
    assert 'value="deals"' not in form  # organisation-wide kinds are not offered to a rep
    response = _upload(client, "calendar", "calendar.ics")
    assert response.status_code == 302
    run = ImportRun.objects.latest("pk")
    assert (run.accepted, run.created, run.for_person) == (True, 2, stocked.people["R1"])
    assert Activity.objects.filter(
        person=stocked.people["R1"], external_id="ics:evt-1@test"
    ).exists()
    assert any("counted once" in note for note in run.notes)


def test_a_rep_cannot_import_organisation_data_or_another_persons_calendar(stocked: World) -> None:
    client = _client(stocked, "R1")
    assert _upload(client, "deals", "deals.csv").status_code == 400
    other = stocked.people["R2"].pk
    assert _upload(client, "calendar", "calendar.ics", person=other).status_code == 400
    assert not ImportRun.objects.filter(imported_by=stocked.people["R1"]).exists()
    with pytest.raises(PermissionDenied):
        import_file(
            viewer=viewer_for_person(stocked.people["R1"]),
            kind="deals",
            file_name="deals.csv",
            open_chunks=lambda: [(FIXTURES / "deals.csv").read_bytes()],
        )


def test_a_manager_imports_the_calendar_of_a_rep_in_their_team(stocked: World) -> None:
    response = _upload(
        _client(stocked, "M1"), "calendar", "calendar.ics", person=stocked.people["R1a"].pk
    )
    assert response.status_code == 302
    assert ImportRun.objects.latest("pk").for_person == stocked.people["R1a"]


def test_a_file_that_is_not_utf8_is_refused_with_the_line(world: World) -> None:
    content = "order,stage,phase\n1,Approach,approach\n2,Étape,interview\n".encode("latin-1")
    _upload(_client(world, "E"), "stages", "latin1.csv", content)
    run = ImportRun.objects.latest("pk")
    assert run.problems == ["row 3: not UTF-8 text from this line on"]
    assert not Stage.objects.filter(name="Étape").exists()


def test_characters_split_across_upload_chunks_are_read_whole(world: World) -> None:
    content = "order,stage,phase\n1,Approach,approach\n2,Entrevue à deux,interview\n".encode()
    viewer = viewer_for_person(world.people["E"])
    _summary, run = import_file(
        viewer=viewer,
        kind="stages",
        file_name="s.csv",
        open_chunks=lambda: (content[i : i + 3] for i in range(0, len(content), 3)),
    )
    assert run.accepted, run.problems
    assert Stage.objects.filter(name="Entrevue à deux", order=2).exists()


def _big_file(rows: int) -> Iterator[bytes]:
    yield b"order,stage,phase\n"
    line = b"x,Some stage name that pads the row out a little,approach\n"
    for _ in range(rows // 1000):
        yield line * 1000


def test_an_upload_is_read_piecewise_so_memory_does_not_grow_with_the_file(world: World) -> None:
    rows = 50_000  # about 2.9 MB of rows, each with a problem
    viewer = viewer_for_person(world.people["E"])
    tracemalloc.start()
    try:
        summary, run = import_file(
            viewer=viewer, kind="stages", file_name="big.csv", open_chunks=lambda: _big_file(rows)
        )
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (summary.problem_count, summary.rejected, len(run.problems)) == (rows, rows, 100)
    assert peak < 2**20  # a third of the file: it was never held whole


def test_an_imported_formula_is_exported_as_text_a_spreadsheet_will_not_run(stocked: World) -> None:
    _upload(_client(stocked, "E"), "deals", "deals.csv")
    Deal.objects.filter(external_id="D-2").update(loss_reason="@SUM(1+1)")
    response = _client(stocked, "E").get("/pipeline/deals/export.csv", {"q": "Delta"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = body.splitlines()
    assert lines[0] == (
        "deal_id,name,account,owner_email,amount,currency,created_at,closed_at,stage,outcome,"
        "loss_reason,forecast_category"
    )
    # The name "=cmd|' /C calc'!A0" gets a leading apostrophe; the filter kept only D-4.
    assert lines[1:] == [
        "D-4,'=cmd|' /C calc'!A0,Delta Freight,ida.wolf@acme.test,500.00,EUR,2026-03-07,,"
        "Approach,open,,pipeline"
    ]
    lost = _client(stocked, "E").get("/pipeline/deals/export.csv", {"outcome": "lost"})
    assert ",'@SUM(1+1)," in b"".join(lost.streaming_content).decode("utf-8-sig")


def test_command_line_imports_appear_in_the_history(world: World, cli, capsys) -> None:
    assert cli(["import", "stages", str(FIXTURES / "stages.csv"), "--org", "acme"]) == 0
    assert cli(["import", "deals", str(FIXTURES / "bad_deals.csv"), "--org", "acme"]) == 1
    capsys.readouterr()
    good, bad = ImportRun.objects.order_by("pk")
    assert (good.kind, good.file_name, good.accepted, good.imported_by) == (
        "stages",
        "stages.csv",
        True,
        None,
    )
    assert not bad.accepted
    assert "row 3, column 'amount': negative amount -100" in bad.problems
    page = _client(world, "AD").get("/pipeline/imports/").content.decode()
    assert page.count("<td>command line</td>") == 2
    # A rep sees only their own imports: none of these.
    assert "command line" not in _client(world, "R1").get("/pipeline/imports/").content.decode()


def test_the_history_reads_a_fixed_number_of_queries_however_many_imports(world: World) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = _client(world, "AD")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/pipeline/imports/").status_code == 200
        return len(captured.captured_queries)

    _upload(client, "stages", "stages.csv")
    before = queries()
    for _ in range(5):
        _upload(client, "calendar", "calendar.ics", person=world.people["R1"].pk)
    assert ImportRun.objects.count() == 6
    assert queries() == before
