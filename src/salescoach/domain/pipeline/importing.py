"""Read CRM exports row by row into validated fields, with row-numbered problems."""

# Pure: the readers take an iterable of text lines (streamed, never read whole) and yield either
# a row's parsed fields with its row number or a problem. Row 1 is the header. Python's csv
# module accepts ragged rows, NUL bytes and quotes left open silently; these are caught here.

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

PHASES = ("approach", "interview", "demonstrate", "validate", "negotiate", "close")
ROLES = ("rep", "manager", "enablement", "admin")
OUTCOMES = ("open", "won", "lost")
FORECAST = ("pipeline", "best_case", "commit", "closed", "omitted")
ACTIVITY_TYPES = ("call", "email", "meeting", "content_share", "prospect_reply", "task")
MAX_PROBLEMS = 100
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class FieldError(ValueError):
    """One cell that cannot be read; the column is named by the caller."""


@dataclass(frozen=True)
class ImportProblem:
    row: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ImportNote:
    """Something worth knowing about a row that does not stop the import."""

    row: int
    message: str
    reason: str = ""  # a short key to count notes by, e.g. "all_day", "cancelled"

    def __str__(self) -> str:
        return f"row {self.row}: {self.message}"


@dataclass(frozen=True)
class Layout:
    """A CSV layout: our field names, which are required, and the header each comes from."""

    kind: str
    name: str
    columns: Mapping[str, str]  # our field -> header in the file
    required: tuple[str, ...]
    key: str | None  # the field that must be unique in one file
    derive: Callable[[Mapping[str, str]], dict[str, str]] | None = None  # by header → fields
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # other headers seen

    def headers_for(self, name: str) -> tuple[str, ...]:
        """The headers a field may come from, preferred first."""
        return (self.columns.get(name, name), *self.aliases.get(name, ()))

    def resolve(self, header: Iterable[str]) -> dict[str, str]:
        """Field → the header it is read from in this file (fields absent from the file are
        left out)."""
        present = set(header)
        found = {}
        for name in {*self.columns, *self.aliases}:
            match = next((h for h in self.headers_for(name) if h in present), None)
            if match is not None:
                found[name] = match
        return found


def _text(value: str) -> str:
    return value.strip()


def parse_date(value: str) -> dt.date:
    """ISO 8601 dates (2026-03-01) or date-times (the date part is kept); also d/m/Y is refused."""
    value = value.strip()
    try:
        if len(value) > 10:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FieldError(f"'{value}' is not a date like 2026-03-01") from None


def parse_datetime(value: str) -> dt.datetime:
    """ISO 8601 date-time; without a zone it is taken as UTC; a bare date is midnight UTC."""
    value = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise FieldError(f"'{value}' is not a date-time like 2026-03-01T09:30:00") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def parse_amount(value: str) -> Decimal:
    raw = value.strip().replace(",", "")
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        raise FieldError(f"'{value}' is not a number") from None
    if not amount.is_finite():
        raise FieldError(f"'{value}' is not a number")
    if amount < 0:
        raise FieldError(f"negative amount {value}")
    return amount


def _choice(
    value: str, allowed: tuple[str, ...], *, aliases: Mapping[str, str] | None = None
) -> str:
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    key = (aliases or {}).get(key, key)
    if key not in allowed:
        raise FieldError(f"'{value}' is not one of {', '.join(allowed)}")
    return key


def _email(value: str) -> str:
    email = value.strip().lower()
    if not _EMAIL.match(email):
        raise FieldError(f"'{value}' is not an e-mail address")
    return email


def _int(value: str, *, minimum: int = 0) -> int:
    try:
        number = int(value.strip())
    except ValueError:
        raise FieldError(f"'{value}' is not a whole number") from None
    if number < minimum:
        raise FieldError(f"{number} is below {minimum}")
    return number


OUTCOME_ALIASES = {
    "closed_won": "won",
    "closedwon": "won",
    "closed_lost": "lost",
    "closedlost": "lost",
    "true": "won",
    "false": "lost",
    "in_progress": "open",
}
FORECAST_ALIASES = {
    "best case": "best_case",
    "bestcase": "best_case",
    "most_likely": "best_case",
    "closed_won": "closed",
    "omit": "omitted",
}

# Field parsers per kind: value -> parsed value; absent optional fields become "" or None.
PARSERS: dict[str, dict[str, Callable[[str], Any]]] = {
    "stages": {
        "order": lambda v: _int(v, minimum=1),
        "stage": _text,
        "phase": lambda v: _choice(v, PHASES),
    },
    "people": {
        "email": _email,
        "name": _text,
        "role": lambda v: _choice(v, ROLES),
        "team": _text,
        "manager_email": lambda v: _email(v) if v.strip() else "",
    },
    "deals": {
        "deal_id": _text,
        "name": _text,
        "account": _text,
        "owner_email": _email,
        "amount": parse_amount,
        "currency": lambda v: (v.strip() or "EUR").upper()[:3],
        "created_at": parse_date,
        "closed_at": lambda v: parse_date(v) if v.strip() else None,
        "stage": _text,
        "outcome": lambda v: _choice(v, OUTCOMES, aliases=OUTCOME_ALIASES),
        "loss_reason": _text,
        "forecast_category": lambda v: _choice(v or "pipeline", FORECAST, aliases=FORECAST_ALIASES),
        "forecast_history": lambda v: ";".join(
            _choice(c, FORECAST, aliases=FORECAST_ALIASES) for c in v.split(";") if c.strip()
        ),
    },
    "stage-changes": {"deal_id": _text, "stage": _text, "entered_at": parse_datetime},
    "activities": {
        "activity_id": _text,
        "person_email": _email,
        "deal_id": _text,
        "type": lambda v: _choice(v, ACTIVITY_TYPES),
        "occurred_at": parse_datetime,
        "duration_min": _int,
        "subject": _text,
        "attendees": lambda v: ";".join(_email(a) for a in v.split(";") if a.strip()),
    },
    "quotas": {
        "person_email": _email,
        "period_start": parse_date,
        "period_end": parse_date,
        "amount": parse_amount,
    },
}

NATIVE: dict[str, Layout] = {
    "stages": Layout(
        "stages", "native", {f: f for f in PARSERS["stages"]}, ("order", "stage", "phase"), "stage"
    ),
    "people": Layout(
        "people", "native", {f: f for f in PARSERS["people"]}, ("email", "name", "role"), "email"
    ),
    "deals": Layout(
        "deals",
        "native",
        {f: f for f in PARSERS["deals"]},
        ("deal_id", "name", "owner_email", "amount", "created_at", "outcome"),
        "deal_id",
    ),
    "stage-changes": Layout(
        "stage-changes",
        "native",
        {f: f for f in PARSERS["stage-changes"]},
        ("deal_id", "stage", "entered_at"),
        None,
    ),
    "activities": Layout(
        "activities",
        "native",
        {f: f for f in PARSERS["activities"]},
        ("activity_id", "person_email", "type", "occurred_at"),
        "activity_id",
    ),
    "quotas": Layout(
        "quotas",
        "native",
        {f: f for f in PARSERS["quotas"]},
        ("person_email", "period_start", "period_end", "amount"),
        None,
    ),
}


def _cell(cells: Mapping[str, str], *headers: str) -> str:
    return next((cells[h] for h in headers if h in cells), "").strip()


_TRUE = ("true", "1", "yes", "y")


def _salesforce(cells: Mapping[str, str]) -> dict[str, str]:
    """Salesforce: the Closed and Won checkboxes give the outcome (else a "Closed Won" /
    "Closed Lost" stage does); an open deal's Close Date is only expected, so it is dropped;
    a closed deal keeps the stage it was in only when the export names one."""
    stage = _cell(cells, "Stage").lower()
    if "Closed" in cells:
        closed = _cell(cells, "Closed").lower() in _TRUE
        won = _cell(cells, "Won").lower() in _TRUE
    else:
        closed, won = stage in ("closed won", "closed lost"), stage == "closed won"
    outcome = ("won" if won else "lost") if closed else "open"
    derived = {"outcome": outcome}
    if outcome == "open":
        derived["closed_at"] = ""
    elif stage in ("closed won", "closed lost"):
        derived["stage"] = ""
    return derived


def _hubspot(cells: Mapping[str, str]) -> dict[str, str]:
    """HubSpot: the "Is Closed Won" / "Is closed lost" columns give the outcome when exported,
    else the "Closed won" / "Closed lost" deal stages do."""
    stage = _cell(cells, "Deal Stage").lower()
    won = _cell(cells, "Is Closed Won").lower() in _TRUE or stage == "closed won"
    lost = _cell(cells, "Is closed lost", "Is Closed Lost").lower() in _TRUE
    lost = lost or stage == "closed lost"
    outcome = "won" if won else "lost" if lost else "open"
    derived = {"outcome": outcome}
    if outcome == "open":
        derived["closed_at"] = ""
    elif stage in ("closed won", "closed lost"):
        derived["stage"] = ""
    return derived


DEAL_REQUIRED = ("deal_id", "name", "owner_email", "amount", "created_at")
SALESFORCE_DEALS = Layout(
    "deals",
    "salesforce",
    {
        "deal_id": "Opportunity ID",
        "name": "Opportunity Name",
        "account": "Account Name",
        "owner_email": "Opportunity Owner Email",
        "amount": "Amount",
        "currency": "Amount Currency",
        "created_at": "Created Date",
        "closed_at": "Close Date",
        "stage": "Stage",
        "outcome": "Closed",
        "loss_reason": "Loss Reason",
        "forecast_category": "Forecast Category",
    },
    DEAL_REQUIRED,
    "deal_id",
    _salesforce,
    {
        "owner_email": ("Owner Email", "Opportunity Owner: Email", "Opportunity Owner"),
        "currency": ("Opportunity Currency", "Currency"),
        "loss_reason": ("Closed Lost Reason", "Reason Lost"),
        "outcome": ("Won", "Stage"),
    },
)
HUBSPOT_DEALS = Layout(
    "deals",
    "hubspot",
    {
        "deal_id": "Record ID",
        "name": "Deal Name",
        "account": "Associated Company",
        "owner_email": "Deal owner email",
        "amount": "Amount",
        "currency": "Currency",
        "created_at": "Create Date",
        "closed_at": "Close Date",
        "stage": "Deal Stage",
        "outcome": "Deal Stage",
        "loss_reason": "Closed Lost Reason",
        "forecast_category": "Forecast category",
    },
    DEAL_REQUIRED,
    "deal_id",
    _hubspot,
    {
        "owner_email": ("Deal owner", "Deal Owner"),
        "currency": ("Deal currency code", "Currency code"),
        "account": ("Associated Company (Primary)", "Company name"),
        "forecast_category": ("Forecast Category",),
    },
)
LAYOUTS: dict[str, tuple[Layout, ...]] = {
    kind: (layout, SALESFORCE_DEALS, HUBSPOT_DEALS) if kind == "deals" else (layout,)
    for kind, layout in NATIVE.items()
}


def custom_layout(kind: str, mapping: Mapping[str, str]) -> Layout:
    """A layout from a user's mapping (our field → their header, e.g. loaded from YAML or
    JSON by the caller); fields it leaves out keep their native header."""
    if kind not in NATIVE:
        raise ValueError(f"unknown kind '{kind}'")
    unknown = sorted(set(mapping) - set(PARSERS[kind]))
    if unknown:
        raise ValueError(
            f"mapping: unknown field(s) {', '.join(unknown)}; known: {', '.join(PARSERS[kind])}"
        )
    columns = {**NATIVE[kind].columns, **mapping}
    return Layout(kind, "custom", columns, NATIVE[kind].required, NATIVE[kind].key)


def detect_layout(kind: str, header: list[str], *, custom: Layout | None = None) -> Layout:
    """The first layout (native, then Salesforce, then HubSpot; or only `custom`) whose
    required fields all have a header in the file."""
    present = [h.strip() for h in header]
    candidates = (custom,) if custom else LAYOUTS[kind]
    for layout in candidates:
        if set(layout.required) <= set(layout.resolve(present)):
            return layout
    best = candidates[0]
    found = best.resolve(present)
    missing = [best.headers_for(f)[0] for f in best.required if f not in found]
    raise FieldError(f"missing column(s): {', '.join(missing)}")


def _lines_checked(lines: Iterable[str], nul_seen: list[bool]) -> Iterator[str]:
    """The lines with NUL bytes removed (the csv module would choke or keep them); each NUL
    sets the flag so the row holding it is rejected."""
    for line in lines:
        if "\x00" in line:
            nul_seen[0] = True
            yield line.replace("\x00", "")
        else:
            yield line


def read_rows(
    lines: Iterable[str], *, kind: str, custom: Layout | None = None
) -> Iterator[tuple[int, dict[str, Any]] | ImportProblem]:
    """Yield (row number, parsed fields) for good rows and ImportProblem for bad ones.

    Rows are numbered from 1 for the header; a quoted cell spanning lines is one row. Memory
    stays flat whatever the file's size: rows are read one at a time, and only the ids seen
    (for duplicates) are kept."""
    if kind not in PARSERS:
        raise ValueError(f"unknown kind '{kind}'")
    nul_seen = [False]
    reader = csv.reader(_lines_checked(lines, nul_seen), strict=True)
    nul_message = "NUL byte in the row (a binary file, or a broken export?)"
    try:
        header = next(reader)
    except StopIteration:
        yield ImportProblem(1, None, "the file is empty")
        return
    except csv.Error as error:
        yield ImportProblem(1, None, f"unreadable header: {error}")
        return
    header = [h.lstrip("\ufeff").strip() for h in header]
    if nul_seen[0]:
        yield ImportProblem(1, None, nul_message)
        return
    try:
        layout = detect_layout(kind, header, custom=custom)
    except FieldError as error:
        yield ImportProblem(1, None, str(error))
        return
    source = layout.resolve(header)
    if layout.name == "native":  # CRM exports and mapped files carry columns we do not read
        known_headers = set(source.values())
        for name in header:
            if name and name not in known_headers:
                yield ImportProblem(1, name, "unknown column")
    position = {h: i for i, h in enumerate(header)}
    seen: set[str] = set()
    row_number = 1
    parsers = PARSERS[kind]
    rows_seen = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            yield ImportProblem(
                row_number + 1, None, f"malformed CSV (a quote left open?): {error}"
            )
            return
        row_number += 1
        if nul_seen[0]:
            nul_seen[0] = False
            yield ImportProblem(row_number, None, nul_message)
            continue
        if not any(c.strip() for c in cells):
            continue
        rows_seen += 1
        if len(cells) != len(header):
            yield ImportProblem(
                row_number, None, f"{len(cells)} cells where the header has {len(header)}"
            )
            continue
        parsed: dict[str, Any] = {}
        bad = False
        derived = layout.derive(dict(zip(header, cells, strict=True))) if layout.derive else {}
        for name, parse in parsers.items():
            column = source.get(name, layout.headers_for(name)[0])
            raw = (
                derived[name]
                if name in derived
                else (cells[position[column]] if column in position else "")
            )
            if not raw.strip() and name in layout.required:
                yield ImportProblem(row_number, column, "required value is empty")
                bad = True
                continue
            try:
                parsed[name] = parse(raw)
            except FieldError as error:
                yield ImportProblem(row_number, column, str(error))
                bad = True
        if bad:
            continue
        if layout.key:
            key = str(parsed[layout.key]).lower()
            if key in seen:
                yield ImportProblem(
                    row_number,
                    source.get(layout.key, layout.key),
                    f"duplicate {layout.key} '{parsed[layout.key]}' in this file",
                )
                continue
            seen.add(key)
        if kind == "deals":
            problem = _check_deal(parsed)
            if problem:
                yield ImportProblem(row_number, source.get(problem[0], problem[0]), problem[1])
                continue
        if kind == "quotas" and parsed["period_end"] < parsed["period_start"]:
            yield ImportProblem(row_number, source["period_end"], "ends before it starts")
            continue
        yield row_number, parsed
    if rows_seen == 0:
        yield ImportProblem(1, None, "the file has a header but no rows")


@dataclass(frozen=True)
class ImportedRow:
    """A validated row: its number in the file (the header is row 1) and its parsed fields."""

    row: int
    fields: Mapping[str, Any]


class ProblemLog:
    """Collects problems: keeps the first `limit` (100 by default) and counts the rest."""

    def __init__(self, *, limit: int = MAX_PROBLEMS) -> None:
        self.limit = limit
        self.total = 0
        self._kept: list[ImportProblem] = []

    def add(self, problem: ImportProblem) -> None:
        self.total += 1
        if len(self._kept) < self.limit:
            self._kept.append(problem)

    @property
    def problems(self) -> tuple[ImportProblem, ...]:
        """The first problems, in the order found."""
        return tuple(self._kept)

    @property
    def omitted(self) -> int:
        """How many problems were counted but not kept."""
        return self.total - len(self._kept)

    def __bool__(self) -> bool:
        return self.total > 0


def read_csv(
    lines: Iterable[str], *, kind: str, problems: ProblemLog, custom: Layout | None = None
) -> Iterator[ImportedRow]:
    """The valid rows of a CSV of one kind (stages, people, deals, stage-changes, activities,
    quotas), streamed; every problem goes to `problems`. Callers that import whole or not at
    all check `problems` once the generator is exhausted."""
    for item in read_rows(lines, kind=kind, custom=custom):
        if isinstance(item, ImportProblem):
            problems.add(item)
        else:
            yield ImportedRow(*item)


def _check_deal(row: dict[str, Any]) -> tuple[str, str] | None:
    if row["outcome"] == "open" and not row["stage"]:
        return "stage", "an open deal needs its current stage"
    if row["outcome"] == "open" and row["closed_at"] is not None:
        return "closed_at", "an open deal has no close date"
    if row["outcome"] != "open" and row["closed_at"] is None:
        return "closed_at", f"a {row['outcome']} deal needs a close date"
    if row["closed_at"] is not None and row["closed_at"] < row["created_at"]:
        return "closed_at", "closed before it was created"
    return None


def neutralise_spreadsheet_cell(value: str) -> str:
    """A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with '."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
