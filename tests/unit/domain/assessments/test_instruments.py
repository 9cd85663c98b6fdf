"""Instrument files: every schema error names file and field; all versions load side by side."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from salescoach.domain.assessments.instruments import (
    InstrumentSchemaError,
    build_catalogue,
    load_instruments,
    parse_instrument,
    parse_instrument_text,
)
from tests.unit.domain.assessments.builders import LOW_HIGH, drive, drive_data

SHIPPED = {
    "achievement_drive": "rep",
    "behaviour_style": "rep",
    "observed_style": "rep",
    "selling_focus": "rep",
    "purpose": "rep",
    "coaching_readiness": "manager",
    "coaching_maturity": "enablement",
}


def test_every_shipped_instrument_loads_with_its_audience() -> None:
    catalogue = load_instruments()
    assert catalogue.keys() == tuple(sorted(SHIPPED))
    for key, audience in SHIPPED.items():
        instrument = catalogue.latest(key)
        assert instrument.audience == audience
        assert instrument.source == f"{key}.v{instrument.version}.yaml"


def test_the_achievement_drive_has_its_five_dimensions_reverse_items_and_a_reflection() -> None:
    instrument = load_instruments().get("achievement_drive", 1)
    assert [d.key for d in instrument.dimensions] == [
        "self_belief", "motivation", "attitude", "goal_clarity", "commitment",
    ]  # fmt: skip
    for dimension in instrument.dimensions:
        items = instrument.items_of(dimension.key)
        assert 2 <= len(items) <= 3
        assert any(item.reverse for item in items)
    assert len(instrument.prompts) == 3
    assert all(not p.required for p in instrument.prompts)


def test_the_coaching_readiness_check_asks_exactly_five_beliefs() -> None:
    instrument = load_instruments().get("coaching_readiness", 1)
    assert sum(item.kind == "likert" for item in instrument.items) == 5
    assert len(instrument.dimensions) == 5


def test_the_maturity_overall_bands_are_the_four_levels() -> None:
    instrument = load_instruments().get("coaching_maturity", 1)
    assert [b.key for b in instrument.bands["overall"]] == [
        "ad_hoc", "informal", "formal", "dynamic",
    ]  # fmt: skip


def test_a_catalogue_keeps_every_version_and_knows_the_latest() -> None:
    catalogue = build_catalogue([drive(2), drive(1)])
    assert catalogue.versions("drive") == (1, 2)
    assert catalogue.latest("drive").version == 2
    assert catalogue.get("drive", 1).ref == ("drive", 1)
    with pytest.raises(KeyError):
        catalogue.latest("nothing")


def test_two_files_claiming_one_version_are_refused() -> None:
    other = parse_instrument(drive_data(1), source="copy.yaml")
    with pytest.raises(InstrumentSchemaError, match=r"^copy\.yaml: key/version: .*drive\.v1"):
        build_catalogue([drive(1), other])


def test_instrument_lookups() -> None:
    instrument = drive()
    assert instrument.item("f2").reverse is True
    with pytest.raises(KeyError):
        instrument.item("nope")
    assert [i.key for i in instrument.items_of("focus")] == ["f1", "f2", "f3"]
    assert [i.key for i in instrument.prompts] == ["note"]
    assert instrument.scoring.figures == {"share_pct": "share"}


def _set(data: dict[str, Any], path: str, value: object) -> None:
    """Set (or with value ... delete) the field at a dotted path; [n] indexes lists."""
    parts = path.replace("[", ".").replace("]", "").split(".")
    target: Any = data
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last: Any = int(parts[-1]) if parts[-1].isdigit() else parts[-1]
    if value is ...:
        del target[last]
    else:
        target[last] = value


SCHEMA_ERRORS = [
    ("items[3].dimension", "grit", "items[3].dimension: unknown dimension 'grit'"),
    ("key", ..., "key: missing"),
    ("key", "Drive", "key: 'Drive' is not a key"),
    ("title", "  ", "title: expected non-empty text"),
    ("version", "one", "version: expected a whole number"),
    ("version", True, "version: expected a whole number"),
    ("version", 0, "version: must be 1 or more"),
    ("audience", "admin", "audience: 'admin' is not one of rep, manager, enablement"),
    ("colour", "blue", "colour: unknown field"),
    ("scale", [], "scale: expected a mapping"),
    ("scale.max", 1, "scale.max: must be greater than scale.min"),
    ("scale.labels[2].value", 4, "scale.labels: expected one label for each point 1..5"),
    ("scale.labels", [], "scale.labels: must not be empty"),
    ("scale.labels", "x", "scale.labels: expected a list"),
    ("dimensions[1].key", "focus", "dimensions[1].key: duplicate key 'focus'"),
    ("dimensions[1].key", "overall", "dimensions[1].key: 'overall' is reserved"),
    ("items[1].key", "f1", "items[1].key: duplicate key 'f1'"),
    ("items[0].kind", "slider", "items[0].kind: 'slider' is not one of likert"),
    ("items[0].dimension", ..., "items[0].dimension: missing"),
    ("items[0].reverse", "yes", "items[0].reverse: expected true or false"),
    ("items[0].required", False, "items[0].required: likert items are always required"),
    ("items[4].required", False, "items[4].required: choice items are always required"),
    ("items[5].dimension", "focus", "items[5].dimension: only likert items feed a dimension"),
    ("items[5].reverse", True, "items[5].reverse: only likert items can be reverse-keyed"),
    ("items[5].options", [], "items[5].options: only choice items have options"),
    ("items[4].options", ..., "items[4].options: missing"),
    ("items[4].options[1].value", 20, "items[4].options[1].value: duplicate key '20'"),
    ("items[3]", "e1", "items[3]: expected a mapping"),
    ("items[3].dimension", "focus", "dimensions: dimension 'energy' has no likert item"),
    ("scoring.method", "median", "scoring.method: 'median' is not one of mean_rescaled"),
    ("scoring.figures.share_pct", "f1", "scoring.figures.share_pct: 'f1' is not a choice item"),
    ("scoring.figures", {"Share": "share"}, "scoring.figures.Share: 'Share' is not a key"),
    ("scoring.figures", ["share"], "scoring.figures: expected a mapping"),
    ("scoring.overall", False, "bands.overall: unknown field"),
    ("bands.energy", ..., "bands.energy: missing"),
    ("bands.energy[0].from", 5, "bands.energy[0].from: expected 0 (bands tile 0..100)"),
    ("bands.energy[1].from", 40, "bands.energy[1].from: expected 50 (bands tile 0..100)"),
    ("bands.energy[0].to", 0, "bands.energy[0].to: must be greater than from"),
    ("bands.energy[1].to", 90, "bands.energy[1].to: the last band must end at 100"),
    ("bands.energy[1].key", "low", "bands.energy[1].key: duplicate key 'low'"),
    ("bands.energy[1].to", "all", "bands.energy[1].to: expected a number"),
]


@pytest.mark.parametrize(("path", "value", "message"), SCHEMA_ERRORS)
def test_each_schema_error_names_the_file_and_the_field(
    path: str, value: object, message: str
) -> None:
    data = drive_data()
    data["bands"] = {k: [dict(b) for b in v] for k, v in data["bands"].items()}
    _set(data, path, value)
    with pytest.raises(InstrumentSchemaError) as caught:
        parse_instrument(data, source="drive.v1.yaml")
    assert str(caught.value).startswith(f"drive.v1.yaml: {message}")


def test_the_example_from_the_brief_reads_exactly() -> None:
    data = drive_data()
    data["items"][3]["dimension"] = "grit"
    with pytest.raises(InstrumentSchemaError) as caught:
        parse_instrument(data, source="achievement_drive.v1.yaml")
    assert (
        str(caught.value)
        == "achievement_drive.v1.yaml: items[3].dimension: unknown dimension 'grit'"
    )


def test_a_file_that_is_not_a_mapping_is_refused() -> None:
    with pytest.raises(InstrumentSchemaError, match=r"^x\.yaml: : expected a mapping"):
        parse_instrument(["key"], source="x.yaml")


STYLE: dict[str, Any] = {
    "dimensions": [
        {"key": "assertiveness", "title": "A", "description": "a"},
        {"key": "responsiveness", "title": "R", "description": "r"},
    ],
    "items": [
        {"key": "a1", "kind": "likert", "dimension": "assertiveness", "text": "a"},
        {"key": "r1", "kind": "likert", "dimension": "responsiveness", "text": "r"},
    ],
    "scoring": {"method": "style_axes"},
    "bands": {"assertiveness": LOW_HIGH, "responsiveness": LOW_HIGH},
}


def test_style_axes_need_both_axes_in_order_and_no_overall() -> None:
    data = {**drive_data(), **STYLE}
    assert parse_instrument(data, source="s.yaml").scoring.method == "style_axes"
    swapped = {**data, "dimensions": list(reversed(STYLE["dimensions"]))}
    with pytest.raises(InstrumentSchemaError, match=r"^s\.yaml: dimensions: style_axes scoring"):
        parse_instrument(swapped, source="s.yaml")
    with_overall = {**data, "scoring": {"method": "style_axes", "overall": True}}
    with pytest.raises(InstrumentSchemaError, match=r"^s\.yaml: scoring\.overall: style_axes"):
        parse_instrument(with_overall, source="s.yaml")


def test_yaml_text_parses_and_must_match_its_file_name() -> None:
    text = yaml.safe_dump(drive_data(2))
    assert parse_instrument_text(text, source="drive.v2.yaml").version == 2
    assert parse_instrument_text(text, source="inline").version == 2
    with pytest.raises(InstrumentSchemaError, match=r"^drive\.v1\.yaml: key/version: .* v2"):
        parse_instrument_text(text, source="drive.v1.yaml")


def test_broken_yaml_names_the_file() -> None:
    with pytest.raises(InstrumentSchemaError, match=r"^bad\.v1\.yaml: not valid YAML"):
        parse_instrument_text("key: [unclosed", source="bad.v1.yaml")


def test_the_loader_refuses_a_file_without_a_version_in_its_name(tmp_path, monkeypatch) -> None:
    package = tmp_path / "extra_instruments"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "drive.yaml").write_text(yaml.safe_dump(drive_data()))
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(InstrumentSchemaError, match=r"^drive\.yaml: file name"):
        load_instruments("extra_instruments")


def test_the_loader_reads_several_versions_of_one_instrument(tmp_path, monkeypatch) -> None:
    package = tmp_path / "versioned_instruments"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "notes.txt").write_text("not an instrument")
    for version in (1, 2):
        (package / f"drive.v{version}.yaml").write_text(yaml.safe_dump(drive_data(version)))
    monkeypatch.syspath_prepend(str(tmp_path))
    assert load_instruments("versioned_instruments").versions("drive") == (1, 2)
