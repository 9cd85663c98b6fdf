"""Instrument files: the schema, its validation and the loader of every shipped version."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Literal, NoReturn, cast, get_args

import yaml

Audience = Literal["rep", "manager", "enablement"]
ItemKind = Literal["likert", "choice", "text", "date"]
ScoringMethod = Literal["mean_rescaled", "style_axes"]

AUDIENCES: tuple[str, ...] = get_args(Audience)
ITEM_KINDS: tuple[str, ...] = get_args(ItemKind)
SCORING_METHODS: tuple[str, ...] = get_args(ScoringMethod)
STYLE_AXES = ("assertiveness", "responsiveness")
OVERALL = "overall"  # the band target for the overall score; no dimension may take this key

DATA_PACKAGE = "salescoach.domain.assessments.data"
_FILE_NAME = re.compile(r"^(?P<key>[a-z][a-z0-9_]*)\.v(?P<version>[1-9][0-9]*)\.yaml$")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


class InstrumentSchemaError(ValueError):
    """An instrument file breaks the schema; the message names the file and the field path."""


@dataclass(frozen=True)
class ScalePoint:
    """One point of a rating scale and the words shown for it."""

    value: int
    label: str


@dataclass(frozen=True)
class Scale:
    """The rating scale of the likert items: whole points from `min` to `max`, each labelled."""

    min: int
    max: int
    points: tuple[ScalePoint, ...]


@dataclass(frozen=True)
class Option:
    """One answer of a choice item: the stored value and the words shown for it."""

    value: int
    label: str


@dataclass(frozen=True)
class InstrumentItem:
    """One question. Likert items feed a dimension (reverse-keyed ones count backwards); choice
    items pick one option; text and date items are the respondent's own words or a date.
    Likert and choice items are always required; text and date items only when they say so."""

    key: str
    text: str
    kind: ItemKind
    dimension: str | None = None
    reverse: bool = False
    required: bool = True
    options: tuple[Option, ...] = ()


@dataclass(frozen=True)
class Dimension:
    """What a group of likert items measures (or one axis of the behaviour-style model)."""

    key: str
    title: str
    description: str


@dataclass(frozen=True)
class Band:
    """An interpretation band on the 0..100 score: `from_score` ≤ score < `to_score` (the last
    band of a target also holds 100)."""

    key: str
    from_score: float
    to_score: float
    label: str
    guidance: str


@dataclass(frozen=True)
class Scoring:
    """How answers become scores: per-dimension means rescaled to 0..100 (with an optional
    overall score, the mean of the dimension scores), or the two behaviour-style axes.
    `figures` names choice items whose chosen value is reported as a result (name → item)."""

    method: ScoringMethod
    overall: bool
    figures: Mapping[str, str]


@dataclass(frozen=True)
class Instrument:
    """One version of one instrument, as validated from its file."""

    key: str
    version: int
    title: str
    audience: Audience
    intro: str
    scale: Scale
    items: tuple[InstrumentItem, ...]
    dimensions: tuple[Dimension, ...]
    scoring: Scoring
    bands: Mapping[str, tuple[Band, ...]]
    source: str

    @property
    def ref(self) -> tuple[str, int]:
        """(key, version): what a stored response names."""
        return (self.key, self.version)

    @property
    def prompts(self) -> tuple[InstrumentItem, ...]:
        """The free-text prompts (text items), in order."""
        return tuple(item for item in self.items if item.kind == "text")

    def item(self, key: str) -> InstrumentItem:
        """The item with this key (KeyError when there is none)."""
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(key)

    def items_of(self, dimension: str) -> tuple[InstrumentItem, ...]:
        """The likert items that feed one dimension, in order."""
        return tuple(item for item in self.items if item.dimension == dimension)


@dataclass(frozen=True)
class Catalogue:
    """Every loaded instrument version, keyed by (key, version); old versions stay available
    so that a response is always read with the version it was taken under."""

    instruments: Mapping[tuple[str, int], Instrument]

    def get(self, key: str, version: int) -> Instrument:
        """The instrument `key` at `version` (KeyError when not loaded)."""
        return self.instruments[(key, version)]

    def versions(self, key: str) -> tuple[int, ...]:
        """The loaded versions of one instrument, oldest first."""
        return tuple(sorted(v for k, v in self.instruments if k == key))

    def latest(self, key: str) -> Instrument:
        """The newest version of one instrument: the one new responses are taken with."""
        versions = self.versions(key)
        if not versions:
            raise KeyError(key)
        return self.instruments[(key, versions[-1])]

    def keys(self) -> tuple[str, ...]:
        """The instrument keys, sorted."""
        return tuple(sorted({k for k, _ in self.instruments}))


class _Reader:
    """Typed access to the parsed YAML; every failure names the file and the field path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, message: str) -> NoReturn:
        raise InstrumentSchemaError(f"{self.source}: {path}: {message}")

    def mapping(
        self, value: object, path: str, allowed: Iterable[str] | None
    ) -> Mapping[str, object]:
        """A mapping whose keys are all in `allowed` (any keys when `allowed` is None)."""
        if not isinstance(value, Mapping):
            self.fail(path, "expected a mapping")
        allowed_keys = None if allowed is None else set(allowed)
        for name in value:
            if allowed_keys is not None and name not in allowed_keys:
                self.fail(_join(path, str(name)), "unknown field")
        return cast(Mapping[str, object], value)

    def sequence(self, value: object, path: str, *, non_empty: bool = True) -> Sequence[object]:
        if not isinstance(value, list):
            self.fail(path, "expected a list")
        if non_empty and not value:
            self.fail(path, "must not be empty")
        return cast(Sequence[object], value)

    def required(self, data: Mapping[str, object], name: str, path: str) -> object:
        if name not in data:
            self.fail(_join(path, name), "missing")
        return data[name]

    def text(self, data: Mapping[str, object], name: str, path: str) -> str:
        value = self.required(data, name, path)
        if not isinstance(value, str) or not value.strip():
            self.fail(_join(path, name), "expected non-empty text")
        return value.strip()

    def key(self, data: Mapping[str, object], name: str, path: str) -> str:
        value = self.text(data, name, path)
        if not _KEY.match(value):
            self.fail(_join(path, name), f"{value!r} is not a key (lower case, digits, _)")
        return value

    def integer(self, data: Mapping[str, object], name: str, path: str) -> int:
        value = self.required(data, name, path)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(_join(path, name), "expected a whole number")
        return value

    def number(self, data: Mapping[str, object], name: str, path: str) -> float:
        value = self.required(data, name, path)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(_join(path, name), "expected a number")
        return float(value)

    def flag(self, data: Mapping[str, object], name: str, path: str, *, default: bool) -> bool:
        value = data.get(name, default)
        if not isinstance(value, bool):
            self.fail(_join(path, name), "expected true or false")
        return value

    def choice(self, data: Mapping[str, object], name: str, path: str, among: Sequence[str]) -> str:
        value = self.text(data, name, path)
        if value not in among:
            self.fail(_join(path, name), f"{value!r} is not one of {', '.join(among)}")
        return value


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _unique(reader: _Reader, keys: Iterable[tuple[str, str]]) -> None:
    """Fail on the first repeated key; `keys` yields (path, key)."""
    seen: set[str] = set()
    for path, key in keys:
        if key in seen:
            reader.fail(path, f"duplicate key {key!r}")
        seen.add(key)


_TOP = (
    "key", "version", "title", "audience", "intro", "scale", "items", "dimensions", "scoring",
    "bands",
)  # fmt: skip


def parse_instrument(data: object, *, source: str) -> Instrument:
    """Validate one instrument's parsed content (pure); `source` names it in error messages."""
    r = _Reader(source)
    top = r.mapping(data, "", _TOP)
    key = r.key(top, "key", "")
    version = r.integer(top, "version", "")
    if version < 1:
        r.fail("version", "must be 1 or more")
    audience = cast(Audience, r.choice(top, "audience", "", AUDIENCES))
    scale = _parse_scale(r, r.required(top, "scale", ""))
    dimensions = _parse_dimensions(r, r.required(top, "dimensions", ""))
    dimension_keys = [d.key for d in dimensions]
    items = _parse_items(r, r.required(top, "items", ""), dimension_keys)
    scoring = _parse_scoring(r, r.required(top, "scoring", ""), dimension_keys, items)
    bands = _parse_bands(r, r.required(top, "bands", ""), dimension_keys, scoring)
    return Instrument(
        key=key,
        version=version,
        title=r.text(top, "title", ""),
        audience=audience,
        intro=r.text(top, "intro", ""),
        scale=scale,
        items=items,
        dimensions=dimensions,
        scoring=scoring,
        bands=bands,
        source=source,
    )


def _parse_scale(r: _Reader, value: object) -> Scale:
    data = r.mapping(value, "scale", ("min", "max", "labels"))
    low = r.integer(data, "min", "scale")
    high = r.integer(data, "max", "scale")
    if high <= low:
        r.fail("scale.max", "must be greater than scale.min")
    points = []
    for i, raw in enumerate(r.sequence(r.required(data, "labels", "scale"), "scale.labels")):
        path = f"scale.labels[{i}]"
        point = r.mapping(raw, path, ("value", "label"))
        points.append(ScalePoint(r.integer(point, "value", path), r.text(point, "label", path)))
    if [p.value for p in points] != list(range(low, high + 1)):
        r.fail("scale.labels", f"expected one label for each point {low}..{high}, in order")
    return Scale(min=low, max=high, points=tuple(points))


def _parse_dimensions(r: _Reader, value: object) -> tuple[Dimension, ...]:
    dimensions = []
    for i, raw in enumerate(r.sequence(value, "dimensions")):
        path = f"dimensions[{i}]"
        data = r.mapping(raw, path, ("key", "title", "description"))
        key = r.key(data, "key", path)
        if key == OVERALL:
            r.fail(f"{path}.key", f"{OVERALL!r} is reserved for the overall score")
        dimensions.append(
            Dimension(key, r.text(data, "title", path), r.text(data, "description", path))
        )
    _unique(r, ((f"dimensions[{i}].key", d.key) for i, d in enumerate(dimensions)))
    return tuple(dimensions)


_ITEM_FIELDS = ("key", "text", "kind", "dimension", "reverse", "required", "options")


def _parse_items(
    r: _Reader, value: object, dimension_keys: Sequence[str]
) -> tuple[InstrumentItem, ...]:
    items = []
    for i, raw in enumerate(r.sequence(value, "items")):
        path = f"items[{i}]"
        data = r.mapping(raw, path, _ITEM_FIELDS)
        kind = cast(ItemKind, r.choice(data, "kind", path, ITEM_KINDS))
        dimension = None
        if kind == "likert":
            dimension = r.key(data, "dimension", path)
            if dimension not in dimension_keys:
                r.fail(f"{path}.dimension", f"unknown dimension {dimension!r}")
        elif "dimension" in data:
            r.fail(f"{path}.dimension", f"only likert items feed a dimension, not {kind}")
        reverse = r.flag(data, "reverse", path, default=False)
        if reverse and kind != "likert":
            r.fail(f"{path}.reverse", "only likert items can be reverse-keyed")
        options: tuple[Option, ...] = ()
        if kind == "choice":
            options = _parse_options(r, r.required(data, "options", path), f"{path}.options")
        elif "options" in data:
            r.fail(f"{path}.options", "only choice items have options")
        if "required" in data and kind in ("likert", "choice"):
            r.fail(f"{path}.required", f"{kind} items are always required")
        items.append(
            InstrumentItem(
                key=r.key(data, "key", path),
                text=r.text(data, "text", path),
                kind=kind,
                dimension=dimension,
                reverse=reverse,
                required=r.flag(data, "required", path, default=kind in ("likert", "choice")),
                options=options,
            )
        )
    _unique(r, ((f"items[{i}].key", item.key) for i, item in enumerate(items)))
    for dimension in dimension_keys:
        if not any(item.dimension == dimension for item in items):
            r.fail("dimensions", f"dimension {dimension!r} has no likert item")
    return tuple(items)


def _parse_options(r: _Reader, value: object, path: str) -> tuple[Option, ...]:
    options = []
    for i, raw in enumerate(r.sequence(value, path)):
        option_path = f"{path}[{i}]"
        data = r.mapping(raw, option_path, ("value", "label"))
        options.append(
            Option(r.integer(data, "value", option_path), r.text(data, "label", option_path))
        )
    _unique(r, ((f"{path}[{i}].value", str(o.value)) for i, o in enumerate(options)))
    return tuple(options)


def _parse_scoring(
    r: _Reader, value: object, dimension_keys: Sequence[str], items: Sequence[InstrumentItem]
) -> Scoring:
    data = r.mapping(value, "scoring", ("method", "overall", "figures"))
    method = cast(ScoringMethod, r.choice(data, "method", "scoring", SCORING_METHODS))
    overall = r.flag(data, "overall", "scoring", default=False)
    if method == "style_axes":
        if tuple(dimension_keys) != STYLE_AXES:
            r.fail("dimensions", f"style_axes scoring needs exactly {', '.join(STYLE_AXES)}")
        if overall:
            r.fail("scoring.overall", "style_axes scoring has no overall score")
    figures: dict[str, str] = {}
    raw_figures = r.mapping(data.get("figures", {}), "scoring.figures", None)
    choice_keys = {item.key for item in items if item.kind == "choice"}
    for name, item_key in raw_figures.items():
        path = f"scoring.figures.{name}"
        if not _KEY.match(name):
            r.fail(path, f"{name!r} is not a key (lower case, digits, _)")
        if item_key not in choice_keys:
            r.fail(path, f"{item_key!r} is not a choice item")
        figures[name] = cast(str, item_key)
    return Scoring(method=method, overall=overall, figures=figures)


def _parse_bands(
    r: _Reader, value: object, dimension_keys: Sequence[str], scoring: Scoring
) -> Mapping[str, tuple[Band, ...]]:
    targets = [*dimension_keys, *([OVERALL] if scoring.overall else [])]
    data = r.mapping(value, "bands", targets)
    bands: dict[str, tuple[Band, ...]] = {}
    for target in targets:
        path = f"bands.{target}"
        raw_bands = r.sequence(r.required(data, target, "bands"), path)
        parsed = []
        for i, raw in enumerate(raw_bands):
            band_path = f"{path}[{i}]"
            band = r.mapping(raw, band_path, ("key", "from", "to", "label", "guidance"))
            parsed.append(
                Band(
                    key=r.key(band, "key", band_path),
                    from_score=r.number(band, "from", band_path),
                    to_score=r.number(band, "to", band_path),
                    label=r.text(band, "label", band_path),
                    guidance=r.text(band, "guidance", band_path),
                )
            )
        _check_tiling(r, path, parsed)
        bands[target] = tuple(parsed)
    return bands


def _check_tiling(r: _Reader, path: str, bands: Sequence[Band]) -> None:
    """Bands must cover 0..100 in order, each starting where the previous one ends."""
    expected_from = 0.0
    for i, band in enumerate(bands):
        if band.from_score != expected_from:
            r.fail(f"{path}[{i}].from", f"expected {expected_from:g} (bands tile 0..100)")
        if band.to_score <= band.from_score:
            r.fail(f"{path}[{i}].to", "must be greater than from")
        expected_from = band.to_score
    if expected_from != 100.0:
        r.fail(f"{path}[{len(bands) - 1}].to", "the last band must end at 100")
    _unique(r, ((f"{path}[{i}].key", band.key) for i, band in enumerate(bands)))


def parse_instrument_text(text: str, *, source: str) -> Instrument:
    """Parse one instrument file's YAML text and validate it (pure)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InstrumentSchemaError(f"{source}: not valid YAML: {exc}") from exc
    instrument = parse_instrument(data, source=source)
    match = _FILE_NAME.match(source)
    if match and (match["key"], int(match["version"])) != instrument.ref:
        raise InstrumentSchemaError(
            f"{source}: key/version: the file holds {instrument.key} v{instrument.version}; "
            f"name it {instrument.key}.v{instrument.version}.yaml"
        )
    return instrument


def build_catalogue(instruments: Iterable[Instrument]) -> Catalogue:
    """Key instruments by (key, version); two files claiming the same version is an error."""
    found: dict[tuple[str, int], Instrument] = {}
    for instrument in instruments:
        if instrument.ref in found:
            raise InstrumentSchemaError(
                f"{instrument.source}: key/version: {instrument.key} v{instrument.version} "
                f"is already defined by {found[instrument.ref].source}"
            )
        found[instrument.ref] = instrument
    return Catalogue(instruments=found)


def load_instruments(package: str = DATA_PACKAGE) -> Catalogue:
    """Read every `<key>.v<version>.yaml` shipped in the package (the only I/O here)."""
    files = sorted(
        (entry for entry in resources.files(package).iterdir() if entry.name.endswith(".yaml")),
        key=lambda entry: entry.name,
    )
    for entry in files:
        if not _FILE_NAME.match(entry.name):
            raise InstrumentSchemaError(f"{entry.name}: file name: expected <key>.v<version>.yaml")
    return build_catalogue(
        parse_instrument_text(entry.read_text(encoding="utf-8"), source=entry.name)
        for entry in files
    )
