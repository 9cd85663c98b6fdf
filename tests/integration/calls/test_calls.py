"""Calls: upload, import, analysis stored with its version, review page, API."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from salescoach.calls import selectors, views
from salescoach.calls.models import Call, CallAnalysis
from salescoach.calls.services import CallImportError, reanalyze_outdated, record_call
from salescoach.domain.calls.analysis import ANALYZER_VERSION
from salescoach.org.access import viewer_for_person
from tests.world import World

TRANSCRIPT = """WEBVTT

00:00:00.000 --> 00:00:04.000
<v Person R1>What made you look at this now?</v>

00:00:04.500 --> 00:00:14.000
<v Jo Buyer>Honestly, we struggle with our reporting and it costs us two days a month.</v>

00:00:14.500 --> 00:00:20.000
<v Person R1>So what I'm hearing is that the reporting eats two days of your month.</v>

00:00:20.500 --> 00:00:23.000
<v Jo Buyer>Yes, exactly.</v>
"""


def _signed_in(world: World, key: str) -> Client:
    client = Client()
    client.force_login(world.people[key].user)
    return client


def test_a_rep_uploads_a_transcript_and_lands_on_its_review_page(world: World) -> None:
    client = _signed_in(world, "R1")
    upload = SimpleUploadedFile("discovery.vtt", TRANSCRIPT.encode())
    response = client.post("/calls/upload/", {"transcript": upload, "kind": "sales"}, follow=True)
    assert response.status_code == 200
    call = Call.objects.get(title="discovery.vtt")
    assert call.owner == world.people["R1"]
    assert call.speaker_roles == {"Person R1": "rep", "Jo Buyer": "customer"}
    assert call.analysis.analyzer_version == ANALYZER_VERSION
    body = response.content.decode()
    assert "we struggle with our reporting" in body
    assert 'id="cue-1"' in body
    # Rep speech: 4.0 + 5.5 = 9.5 s; customer: 9.5 + 2.5 = 12.0 s; share 9.5 / 21.5 = 0.44
    assert call.analysis.rep_talk_share == pytest.approx(9.5 / 21.5, abs=1e-3)


def test_the_review_page_marks_sentences_in_words_and_filters_its_evidence(
    world: World,
) -> None:
    client = _signed_in(world, "R1")
    upload = SimpleUploadedFile("filtered.vtt", TRANSCRIPT.encode())
    client.post("/calls/upload/", {"transcript": upload, "kind": "sales"})
    call = Call.objects.get(title="filtered.vtt")
    body = client.get(f"/calls/{call.pk}/").content.decode()
    assert '<span class="tag mark-question_open">open question</span>' in body
    assert ">question_open<" not in body
    assert 'aria-current="true">All (' in body
    # Who spoke: 9.5 s of the rep against 12.0 s of the customer, 44% and 56%; 7 + 14 = 21
    # words against 14 + 2 = 16, two turns each.
    speakers = body[body.index('class="data speakers"') :]
    speakers = speakers[: speakers.index("</table>")]
    assert re.findall(r'<td class="num">([^<]*)</td>', speakers) == [
        "0:10",
        "44%",
        "21",
        "2",
        "0:12",
        "56%",
        "16",
        "2",
    ]
    assert "paraphrase · Person R1" in body
    assert "open question · Person R1" in body

    only = client.get(f"/calls/{call.pk}/", {"evidence": "paraphrases"}).content.decode()
    assert 'aria-current="true">Paraphrases (1)</a>' in only
    evidence = only[only.index('id="evidence"') : only.index('aria-labelledby="tr-h"')]
    assert "paraphrase · Person R1" in evidence
    assert "open question" not in evidence
    assert "need admitted" not in evidence
    # The transcript below keeps every mark whatever the filter.
    assert '<span class="tag mark-question_open">open question</span>' in only


def test_the_call_list_shows_checkpoints_and_focus_without_loading_whole_analyses(
    world: World,
) -> None:
    client = _signed_in(world, "R1")
    client.post(
        "/calls/upload/",
        {"transcript": SimpleUploadedFile("sales.vtt", TRANSCRIPT.encode()), "kind": "sales"},
    )
    quiet = TRANSCRIPT.replace("What made you look at this now?", "Thanks for calling.")
    client.post(
        "/calls/upload/",
        {"transcript": SimpleUploadedFile("support.vtt", quiet.encode()), "kind": "service"},
    )
    cells = {}
    for row in client.get("/calls/").content.decode().split("<tr>")[2:]:
        texts = [
            re.sub(r"<[^>]+>", "", cell).strip()
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        cells[texts[0]] = texts
    # Call, rep, when, length, rep talk share, questions, checkpoints, focus. The customer
    # admits the need ("we struggle with our reporting…"); nobody says they are open to a
    # solution, so the later two are missing too; nobody claims the decision. One open question
    # and one paraphrase, no presenting: the customer's needs.
    assert cells["sales.vtt"][5:] == ["1", "1 of 4", "Customer needs"]
    # A service call has neither checkpoints nor focus, and its rep asked nothing: 0, not "—".
    assert cells["support.vtt service"][5:] == ["0", "—", "—"]

    listed = selectors.listed_calls(viewer=viewer_for_person(world.people["R1"]))
    assert "result" in listed[0].analysis.get_deferred_fields()


LABELLED = Path(__file__).resolve().parents[2] / "data" / "calls"


def _listed_titles(client: Client, query: str) -> list[str]:
    # Searching "." keeps to the files recorded here (the world's own calls have none).
    body = client.get(f"/calls/?q=.&{query}").content.decode()
    return re.findall(r'<a href="/calls/\d+/">([^<]+)</a>', body)


def test_the_call_list_filters_by_kind_focus_and_checkpoints(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    organization, rep = world.orgs["A"], world.people["R1"]
    for name, reps in [
        ("discovery-freight.vtt", ["Priya Shah"]),  # all four checkpoints, customer needs
        ("pitch-first-clinic.srt", ["Tom Adeyemi"]),  # one checkpoint, product
        ("renewal-discount.json", ["Lena Fischer"]),  # none, transaction
    ]:
        record_call(
            organization=organization,
            data=(LABELLED / name).read_bytes(),
            source_name=name,
            owner=rep,
            rep_names=reps,
            title=name,
        )
    record_call(
        organization=organization,
        data=TRANSCRIPT.encode(),
        source_name="support.vtt",
        owner=rep,
        kind="service",
        title="support.vtt",
    )
    client = _signed_in(world, "R1")
    everything = {"discovery-freight.vtt", "pitch-first-clinic.srt", "renewal-discount.json"}
    assert set(_listed_titles(client, "")) == everything | {"support.vtt"}
    assert _listed_titles(client, "kind=service") == ["support.vtt"]
    assert set(_listed_titles(client, "kind=sales")) == everything
    assert _listed_titles(client, "focus=product") == ["pitch-first-clinic.srt"]
    assert _listed_titles(client, "focus=transaction") == ["renewal-discount.json"]
    assert _listed_titles(client, "checkpoints=all") == ["discovery-freight.vtt"]
    # A service call has no checkpoints to miss.
    assert set(_listed_titles(client, "checkpoints=missing")) == everything - {
        "discovery-freight.vtt"
    }
    assert _listed_titles(client, "focus=customer_needs&checkpoints=missing") == []
    # An unknown value is ignored rather than matching nothing.
    assert len(_listed_titles(client, "focus=bogus&kind=x")) == 4
    body = client.get("/calls/?focus=product&checkpoints=all").content.decode()
    assert "No call matches these filters." in body
    assert '<option value="product" selected>' in body

    # The pages of a filtered list keep its filters.
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    first = client.get("/calls/?q=.&kind=sales").content.decode()
    assert "Page 1 of 2 · 3 in all" in first
    assert 'href="?q=.&amp;kind=sales&amp;page=2"' in first
    second = client.get("/calls/?q=.&kind=sales&page=2").content.decode()
    assert 'href="?q=.&amp;kind=sales&amp;page=1"' in second
    assert "support.vtt" not in second


def test_the_call_list_downloads_as_csv_with_its_filters_and_scope(world: World) -> None:
    record_call(
        organization=world.orgs["A"],
        data=TRANSCRIPT.encode(),
        source_name="discovery.vtt",
        owner=world.people["R1"],
        title="=discovery",  # a title a spreadsheet would run as a formula
    )
    record_call(
        organization=world.orgs["A"],
        data=TRANSCRIPT.encode(),
        source_name="support.vtt",
        owner=world.people["R1"],
        kind="service",
        title="support",
    )
    client = _signed_in(world, "R1")
    response = client.get("/calls/export.csv")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="calls.csv"'
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = {row["title"]: row for row in csv.DictReader(io.StringIO(text))}
    # R1's own calls only: the world's unanalysed "Call R1" and the two recorded here.
    assert set(rows) == {"Call R1", "'=discovery", "support"}
    analysed = rows["'=discovery"]
    # 23 s from first cue start to last cue end; rep 9.5 s of 21.5 s of speech, and no
    # presentation, so discovery is the whole call; one open question, one restatement; the
    # need admitted, nothing after it.
    assert {key: analysed[key] for key in list(analysed)[4:]} == {
        "kind": "sales",
        "occurred_at": analysed["occurred_at"],
        "duration_s": "23.0",
        "rep_talk_share": "0.442",
        "discovery_rep_talk_share": "0.442",
        "questions": "1",
        "open_questions": "1",
        "closed_questions": "0",
        "paraphrases": "1",
        "need_admitted": "yes",
        "open_to_solution": "no",
        "agrees_to_discuss": "no",
        "decision_authority": "no",
        "checkpoints_reached": "1",
        "pitch_before_need": "no",
        "focus": "customer_needs",
        "analyzer_version": ANALYZER_VERSION,
    }
    assert analysed["rep"] == "Person R1"
    # A call not analysed yet has its own facts and blank figures.
    waiting = rows["Call R1"]
    assert waiting["duration_s"] == "9.0"
    assert waiting["questions"] == waiting["focus"] == waiting["checkpoints_reached"] == ""
    # A service call has its talk and questions, but no selling figures.
    service = rows["support"]
    assert (service["kind"], service["rep_talk_share"], service["questions"]) == (
        "service",
        "0.442",
        "1",
    )
    assert [service[key] for key in ("discovery_rep_talk_share", "pitch_before_need")] == ["", ""]
    assert [service[key] for key in ("need_admitted", "checkpoints_reached", "focus")] == [""] * 3
    # The list's filters apply; an unknown one is ignored.
    filtered = b"".join(
        client.get("/calls/export.csv?focus=customer_needs&kind=nonsense").streaming_content
    )
    assert [row["title"] for row in csv.DictReader(io.StringIO(filtered.decode("utf-8-sig")))] == [
        "'=discovery"
    ]
    # The list links to the download with its current filters.
    body = client.get("/calls/?focus=customer_needs&page=1").content.decode()
    assert 'href="/calls/export.csv?focus=customer_needs"' in body


def test_a_service_call_review_shows_its_steps_and_no_selling_figures(world: World) -> None:
    client = _signed_in(world, "R1")
    upload = SimpleUploadedFile("support.vtt", TRANSCRIPT.encode())
    response = client.post("/calls/upload/", {"transcript": upload, "kind": "service"}, follow=True)
    assert response.status_code == 200
    call = Call.objects.get(title="support.vtt")
    assert call.analysis.result["focus"] is None
    body = response.content.decode()
    assert "Understand" in body
    assert "Central focus" not in body
    assert "Rep talk share in discovery" not in body
    assert "Pitched before the customer admitted a need" not in body
    assert "per discovery call" not in body
    assert "won calls" not in body


def test_an_empty_upload_is_refused_with_the_file_named_and_nothing_stored(world: World) -> None:
    client = _signed_in(world, "R1")
    before = Call.objects.count()
    upload = SimpleUploadedFile("empty.vtt", b"")
    response = client.post("/calls/upload/", {"transcript": upload, "kind": "sales"})
    assert response.status_code == 400
    assert Call.objects.count() == before


def test_a_binary_file_is_refused_with_its_name(world: World) -> None:
    with pytest.raises(CallImportError, match=r"^blob\.bin: "):
        record_call(
            organization=world.orgs["A"],
            data=b"\x00\x01\x02\xff" * 20,
            source_name="blob.bin",
            owner=world.people["R1"],
        )


def test_a_call_nobody_in_the_organisation_speaks_in_is_refused(world: World) -> None:
    text = TRANSCRIPT.replace("Person R1", "Stranger Smith")
    with pytest.raises(CallImportError, match="no speaker matches a person of acme"):
        record_call(organization=world.orgs["A"], data=text.encode(), source_name="x.vtt")


def test_a_manager_cannot_upload_a_call_of_another_managers_rep(world: World) -> None:
    client = _signed_in(world, "M1")
    before = Call.objects.count()
    upload = SimpleUploadedFile("r2.vtt", TRANSCRIPT.replace("Person R1", "Person R2").encode())
    response = client.post("/calls/upload/", {"transcript": upload, "kind": "sales"})
    assert response.status_code == 400
    assert "outside your scope" in response.content.decode()
    assert Call.objects.count() == before


def test_the_api_takes_an_upload_and_returns_the_analysis(world: World) -> None:
    client = _signed_in(world, "R1")
    upload = SimpleUploadedFile("api.vtt", TRANSCRIPT.encode())
    response = client.post("/api/v1/calls", {"transcript": upload, "kind": "sales"})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["call"]["owner_id"] == world.people["R1"].pk
    assert body["call"]["analysis"]["analyzer_version"] == ANALYZER_VERSION
    detail = client.get(f"/api/v1/calls/{body['call']['id']}").json()
    assert detail["analysis"]["questions"]["total"] >= 1


def test_the_api_refuses_a_bad_file_with_400(world: World) -> None:
    client = _signed_in(world, "R1")
    response = client.post("/api/v1/calls", {"transcript": SimpleUploadedFile("e.txt", b"")})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("e.txt: ")


def test_calls_analysed_by_an_older_version_are_reanalysed(world: World) -> None:
    imported = record_call(
        organization=world.orgs["A"], data=TRANSCRIPT.encode(), source_name="v.vtt"
    )
    CallAnalysis.objects.filter(call=imported.call).update(analyzer_version="0.0.1", result={})
    assert reanalyze_outdated(organization=world.orgs["A"]) >= 1
    imported.call.analysis.refresh_from_db()
    assert imported.call.analysis.analyzer_version == ANALYZER_VERSION
    assert imported.call.analysis.result["duration_s"] == pytest.approx(23.0)


def test_import_calls_imports_a_directory_and_names_the_rejected_file(
    world: World, cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.vtt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "bad.vtt").write_bytes(b"")
    before = Call.objects.count()
    assert cli(["import", "calls", str(tmp_path), "--org", "acme"]) == 1
    captured = capsys.readouterr()
    assert "Calls: 1 imported, 1 rejected." in captured.out
    assert f"{tmp_path / 'bad.vtt'}: " in captured.err
    assert Call.objects.count() == before + 1


def test_import_calls_needs_an_existing_organisation(
    world: World, cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.vtt").write_text(TRANSCRIPT, encoding="utf-8")
    assert cli(["import", "calls", str(tmp_path), "--org", "nope"]) == 1
    assert "no organisation 'nope'" in capsys.readouterr().err
