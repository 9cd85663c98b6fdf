"""A call in a real browser: a rep uploads a transcript, reads the review page, filters the
evidence and jumps from a moment to its place in the transcript."""

from __future__ import annotations

from pathlib import Path

import pytest

from salescoach.calls.models import Call
from salescoach.calls.services import record_call
from tests.browser.signing import sign_in
from tests.integration.calls.test_calls import TRANSCRIPT as CALL
from tests.world import World, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The integration tests' call, and a closed question with its answer after it.
TRANSCRIPT = (
    CALL
    + """
00:00:23.500 --> 00:00:27.000
<v Person R1>Do you share those reports with finance?</v>

00:00:27.500 --> 00:00:30.000
<v Jo Buyer>Every Friday, by hand.</v>
"""
)


@pytest.fixture
def world(transactional_db: None) -> World:
    return build_world()


def test_a_rep_uploads_a_call_filters_its_evidence_and_jumps_to_a_moment(
    page, live_server, world: World, tmp_path: Path
) -> None:
    sign_in(page, live_server, world.people["R1"].email)

    page.click("nav[aria-label=Main] >> text=Calls")
    page.click("text=Upload a transcript")
    transcript = tmp_path / "discovery.vtt"
    transcript.write_text(TRANSCRIPT, encoding="utf-8")
    page.set_input_files("#id_transcript", str(transcript))
    page.click("button:has-text('Upload and analyse')")
    page.wait_for_selector("h1:has-text('discovery.vtt')")
    call = Call.objects.get(title="discovery.vtt")
    assert page.url.endswith(f"/calls/{call.pk}/")

    # Marks sit beside their sentences, in words.
    first = page.locator("#cue-0")
    assert first.locator(".tag").all_inner_texts() == ["open question"]
    assert page.locator("#cue-2 .tag").all_inner_texts() == ["paraphrase"]

    # Every moment first; the questions filter swaps the list in place and the address follows.
    evidence = page.locator("#evidence ul.evidence li")
    everything = evidence.count()
    page.click("#evidence nav >> text=Questions (2)")
    page.wait_for_url("**/?evidence=questions")
    page.wait_for_function(
        "() => document.querySelectorAll('#evidence ul.evidence li').length === 2"
    )
    labels = evidence.all_inner_texts()
    assert [label.split(" · ")[1] for label in labels] == ["open question", "closed question"]
    assert everything > 2
    assert page.locator("#evidence nav [aria-current]").inner_text() == "Questions (2)"

    # A moment's time jumps to its cue, which the page outlines.
    evidence.nth(1).locator("a").click()
    page.wait_for_function("() => location.hash === '#cue-4'")
    assert page.evaluate("() => document.querySelector(':target').id") == "cue-4"
    assert "Do you share those reports" in page.locator(":target").inner_text()

    # Back to everything.
    page.click("#evidence nav >> text=All")
    page.wait_for_function(
        f"() => document.querySelectorAll('#evidence ul.evidence li').length === {everything}"
    )


def test_a_manager_narrows_the_call_list_to_product_focused_calls(
    page, live_server, world: World
) -> None:
    labelled = Path(__file__).resolve().parents[1] / "data" / "calls"
    for name, rep in [
        ("discovery-freight.vtt", "Priya Shah"),
        ("pitch-first-clinic.srt", "Tom Adeyemi"),
    ]:
        record_call(
            organization=world.orgs["A"],
            data=(labelled / name).read_bytes(),
            source_name=name,
            owner=world.people["R1"],
            rep_names=[rep],
            title=name,
        )
    sign_in(page, live_server, world.people["M1"].email)
    page.click("nav[aria-label=Main] >> text=Calls")
    page.wait_for_selector("#call-table >> text=discovery-freight.vtt")

    # Choosing a focus swaps the table in place; the address and the download link follow.
    page.select_option("#focus", "product")
    page.wait_for_function(
        "() => !document.querySelector('#call-table').innerText.includes('discovery-freight')"
    )
    table = page.inner_text("#call-table")
    assert "pitch-first-clinic.srt" in table
    assert "Product" in table
    assert "focus=product" in page.url
    download = page.get_attribute("#call-table a[download]", "href")
    assert download is not None
    assert "focus=product" in download
