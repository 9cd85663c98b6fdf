"""A new instrument version never changes what was taken under the old one."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from django.test import Client

from salescoach.assessments import selectors, services
from salescoach.assessments.instruments import catalogue
from salescoach.org.access import viewer_for_person
from tests.integration.assessments.answer_sheets import submit
from tests.world import World


@pytest.fixture
def instrument_package(tmp_path: Path, settings: object) -> Iterator[Path]:
    """A copy of the shipped instruments as an importable package the test can add to."""
    package = tmp_path / "versioned_instruments"
    package.mkdir()
    (package / "__init__.py").write_text('"""Instruments for a version test."""\n')
    for entry in resources.files("salescoach.domain.assessments.data").iterdir():
        if entry.name.endswith(".yaml"):
            with resources.as_file(entry) as source:
                shutil.copy(source, package / entry.name)
    sys.path.insert(0, str(tmp_path))
    settings.SALESCOACH_INSTRUMENTS_PACKAGE = "versioned_instruments"  # type: ignore[attr-defined]
    catalogue.cache_clear()
    yield package
    sys.path.remove(str(tmp_path))
    sys.modules.pop("versioned_instruments", None)
    catalogue.cache_clear()


def test_responses_keep_their_version_when_a_new_one_arrives(
    world: World, instrument_package: Path
) -> None:
    rep = world.people["R1"]
    old = submit(rep, "purpose", likert=4)
    # v1, every clarity item 4: three items score 4, the reverse-keyed one 1 + 5 − 4 = 2;
    # mean 14 / 4 = 3.5 → (3.5 − 1) / 4 × 100 = 62.5.
    assert old.version == 1
    assert old.summary is not None
    assert old.summary["dimensions"][0]["score"] == 62.5
    other = world.people["R2"]
    begun = services.start_response(viewer=viewer_for_person(other), key="purpose")

    # Version 2 drops the reverse keying of the last item: the same answers would score
    # (4 + 4 + 4 + 4) / 4 = 4 → 75.0.
    v1 = (instrument_package / "purpose.v1.yaml").read_text(encoding="utf-8")
    assert "    reverse: true\n" in v1
    v2 = v1.replace("version: 1\n", "version: 2\n", 1).replace("    reverse: true\n", "", 1)
    (instrument_package / "purpose.v2.yaml").write_text(v2, encoding="utf-8")
    catalogue.cache_clear()
    assert catalogue().versions("purpose") == (1, 2)

    new = submit(rep, "purpose", likert=4)
    assert new.version == 2
    assert new.summary is not None
    assert new.summary["dimensions"][0]["score"] == 75.0

    viewer = viewer_for_person(rep)
    rows = selectors.summaries_for_viewer(viewer=viewer, person_id=rep.pk, instrument="purpose")
    assert [(r.version, r.summary.dimensions[0].score) for r in rows] == [(1, 62.5), (2, 75.0)]
    assert selectors.score_of(old).dimension("clarity").score == 62.5  # read with v1

    client = Client()
    client.force_login(rep.user)
    page = client.get(f"/assessments/responses/{old.pk}/").content.decode()
    assert "version 1" in page
    assert "62.5" in page
    # A draft begun before the new version is finished and scored with its own version.
    finished = submit(other, "purpose", likert=4)
    assert finished.pk == begun.pk
    assert finished.version == 1
    assert finished.summary is not None
    assert finished.summary["dimensions"][0]["score"] == 62.5
