"""Writes for the pipeline: imports of CRM exports and calendars, whole or not at all."""

from __future__ import annotations

import codecs
import io
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import yaml
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction

from salescoach.domain.pipeline.calendar_import import read_calendar
from salescoach.domain.pipeline.importing import (
    LAYOUTS,
    MAX_PROBLEMS,
    ImportNote,
    ImportProblem,
    Layout,
    custom_layout,
    read_rows,
)
from salescoach.org.access import Viewer, get_or_404
from salescoach.org.models import Organization, Person, Role, Team
from salescoach.org.signals import announce_evidence_change, one_evidence_change
from salescoach.pipeline.models import (
    Activity,
    DataVersion,
    Deal,
    ImportRun,
    Quota,
    SalesProcess,
    Stage,
    StageChange,
)

KINDS = ("stages", "people", "deals", "stage-changes", "activities", "quotas")
# The kinds the diagnosis reads (not quotas). Each is organisation-wide data, and every rep is
# measured against their team and the organisation, so a stored change announces the whole
# organisation (docs/architecture.md, recommendations).
KINDS_READ_BY_DIAGNOSIS = frozenset({"stages", "people", "deals", "stage-changes", "activities"})


@dataclass
class ImportSummary:
    """What an import did, or why it did nothing."""

    kind: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    problem_count: int = 0
    notes: list[str] = field(default_factory=list)
    bad_rows: int = 0  # distinct data rows with a problem (problems arrive in row order)
    _last_bad_row: int = field(default=0, repr=False)

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add_problem(self, problem: ImportProblem, *, row_counted: bool = False) -> None:
        """Keep the first problems and count the rest; `row_counted`: the row is already in
        `rows` (it was read, but refers to something unknown)."""
        self.problem_count += 1
        if not row_counted and problem.row > 1 and problem.row != self._last_bad_row:
            self.bad_rows += 1
            self._last_bad_row = problem.row
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)

    @property
    def rejected(self) -> int:
        """Data rows not stored: every row of a refused file, none of an accepted one."""
        return 0 if self.ok else self.rows + self.bad_rows

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "problem_count": self.problem_count,
            "problems": [str(p) for p in self.problems],
            "notes": self.notes,
        }


# --- The data version the cached pipeline figures are keyed on ----------------------------

# Organisations whose writes, inside `one_data_version_change`, change the token once at the
# end rather than at every saved record.
_deferred: ContextVar[frozenset[int]] = ContextVar("data_version_deferred", default=frozenset())


def change_data_version(*, organization_id: int) -> None:
    """Give the organisation's pipeline figures a new data version (one upsert), so that no
    figures cached before are served again. Called after the write, in its transaction: a
    reader that sees the new token also sees the data written with it."""
    DataVersion.objects.bulk_create(
        [DataVersion(organization_id=organization_id, token=uuid.uuid4().hex)],
        update_conflicts=True,
        unique_fields=["organization_id"],
        update_fields=["token"],
    )


@contextmanager
def one_data_version_change(*, organization_id: int) -> Iterator[None]:
    """Change the organisation's data version once, on leaving the block, for all the writes
    inside it: the bulk ones, which send no model signal, and the saved records, whose signals
    then change nothing one by one (imports store thousands of rows)."""
    token = _deferred.set(_deferred.get() | {organization_id})
    try:
        yield
    finally:
        _deferred.reset(token)
    change_data_version(organization_id=organization_id)


def data_changed(sender: type[Any], instance: Any, **_kwargs: Any) -> None:
    """Receiver of `post_save` and `post_delete` for the records the pipeline figures read
    (connected in `PipelineConfig.ready`): a new data version for their organisation."""
    organization_id: int | None
    if isinstance(instance, Organization):
        organization_id = instance.pk
    elif isinstance(instance, Stage):
        organization_id = (
            SalesProcess.objects.filter(pk=instance.process_id)
            .values_list("organization_id", flat=True)
            .first()
        )
    else:
        organization_id = instance.organization_id
    if organization_id is not None and organization_id not in _deferred.get():
        change_data_version(organization_id=organization_id)


def organization_for_import(*, slug: str, name: str | None = None) -> Organization:
    """The organisation with this slug, created when it is new."""
    org, _ = Organization.objects.get_or_create(slug=slug, defaults={"name": name or slug})
    return org


def _process(org: Organization) -> SalesProcess:
    process = SalesProcess.objects.filter(organization=org, is_default=True).first()
    return process or SalesProcess.objects.create(organization=org, name="Sales process")


def own_domains(org: Organization, people: Iterable[Person]) -> frozenset[str]:
    """The organisation's e-mail domains: as configured, else those of its people."""
    return org.domains or frozenset(p.email.rsplit("@", 1)[-1].lower() for p in people)


# Only these kinds refer to deals: only they load the organisation's deal ids (about 130 bytes
# a deal in memory), so a deals file of any size holds none of them.
KINDS_NAMING_DEALS = frozenset({"stage-changes", "activities"})


class _Refs:
    """Lookups of what rows refer to, loaded once per import (not per row)."""

    def __init__(self, org: Organization, *, deal_ids: bool = False) -> None:
        self.people = {p.email.lower(): p for p in Person.objects.filter(organization=org)}
        self.domains = own_domains(org, self.people.values())
        self.stages = {
            s.name.lower(): s
            for s in Stage.objects.filter(process__organization=org, process__is_default=True)
        }
        self.deals: dict[str, int] = (
            dict(Deal.objects.filter(organization=org).values_list("external_id", "pk"))
            if deal_ids
            else {}
        )


def _reference_problem(
    kind: str, row: dict[str, Any], refs: _Refs, file_people: set[str]
) -> tuple[str, str] | None:
    def person_known(email: str) -> bool:
        return email in refs.people or email in file_people

    if kind == "deals":
        if row["owner_email"] not in refs.people:
            return "owner_email", f"no person {row['owner_email']} in the organisation"
        if row["stage"] and row["stage"].lower() not in refs.stages:
            return "stage", f"the sales process has no stage '{row['stage']}'"
    if kind == "stage-changes":
        if row["deal_id"] not in refs.deals:
            return "deal_id", f"no deal '{row['deal_id']}'"
        if row["stage"].lower() not in refs.stages:
            return "stage", f"the sales process has no stage '{row['stage']}'"
    if kind in ("activities", "quotas") and row["person_email"] not in refs.people:
        return "person_email", f"no person {row['person_email']} in the organisation"
    if kind == "activities" and row["deal_id"] and row["deal_id"] not in refs.deals:
        return "deal_id", f"no deal '{row['deal_id']}'"
    if kind == "people" and row["manager_email"] and not person_known(row["manager_email"]):
        return "manager_email", f"no person {row['manager_email']} here or in the file"
    return None


def import_rows(
    *,
    organization: Organization,
    kind: str,
    open_lines: Callable[[], Iterable[str]],
    custom: Layout | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Validate every row first (streaming), then store all of them in one transaction; with
    any problem, nothing is stored. Re-importing the same file changes nothing."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind '{kind}'; one of {', '.join(KINDS)}")
    summary = ImportSummary(kind)
    refs = _Refs(organization, deal_ids=kind in KINDS_NAMING_DEALS)
    file_people: set[str] = set()
    if kind == "people":
        for item in read_rows(open_lines(), kind=kind, custom=custom):
            if not isinstance(item, ImportProblem):
                file_people.add(item[1]["email"])
    for item in read_rows(open_lines(), kind=kind, custom=custom):
        if isinstance(item, ImportProblem):
            summary.add_problem(item)
            continue
        number, row = item
        summary.rows += 1
        problem = _reference_problem(kind, row, refs, file_people)
        if problem:
            summary.add_problem(ImportProblem(number, problem[0], problem[1]), row_counted=True)
    if not summary.ok:
        return summary
    # A people file saves each person, and each rep it moves to another team or manager would
    # be announced on their own (`org.signals`): they join the file's one announcement.
    with (
        one_evidence_change(sender=kind, organization_id=organization.pk),
        transaction.atomic(),
        one_data_version_change(organization_id=organization.pk),
    ):
        store = STORERS.get(kind)
        store_batch = BATCH_STORERS.get(kind)
        context: dict[str, Any] = {"org": organization, "refs": refs}
        batch: list[dict[str, Any]] = []
        next_statistics = FIRST_STATISTICS_AT
        for done, item in enumerate(read_rows(open_lines(), kind=kind, custom=custom), start=1):
            if isinstance(item, ImportProblem):  # the file changed between the two passes
                raise RuntimeError(f"the file changed while importing: {item}")
            if store_batch:
                batch.append(item[1])
                if len(batch) == BATCH_ROWS:
                    _count(summary, store_batch(batch, context))
                    batch = []
                if done == next_statistics:
                    _refresh_statistics(BATCH_TABLES[kind])
                    next_statistics *= 2
            elif store:
                _count(summary, [store(item[1], context)])
            if progress and done % 500 == 0:
                progress(done)
        if batch and store_batch:
            _count(summary, store_batch(batch, context))
        finish = FINISHERS.get(kind)
        if finish:
            finish(context)
        # A person given only another manager changes no figure of anyone else: their save
        # announces them alone (`org.signals`), in the file's one announcement.
        moved_only = len(context.get("manager_only", ()))
        if kind in KINDS_READ_BY_DIAGNOSIS and (summary.created or summary.updated > moved_only):
            announce_evidence_change(sender=kind, organization_id=organization.pk)
    return summary


# Deals and activities, the files that grow large, are stored a batch of rows at a time: one
# query finds the batch's existing records, one bulk insert adds the new ones, and only rows
# that changed are updated one by one. Memory holds one batch, never the file.
BATCH_ROWS = 500


# PostgreSQL plans each batch's look-up from the table's statistics. A large import in one
# transaction leaves them stale: the table looks nearly empty, the planner reads every row of
# the organisation for each look-up, and the import slows down with the square of its size
# (measured in docs/performance.md). ANALYZE inside the transaction counts its own new rows; it
# runs after 5,000 rows, then each time the count doubles (a few times even for a million).
FIRST_STATISTICS_AT = 5_000


def _refresh_statistics(table: str) -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")


def _count(summary: ImportSummary, outcomes: Iterable[str]) -> None:
    for outcome in outcomes:
        setattr(summary, outcome, getattr(summary, outcome) + 1)


def _save(obj: Any, values: dict[str, Any]) -> str:
    changed = [k for k, v in values.items() if getattr(obj, k) != v]
    if not changed:
        return "unchanged"
    for key in changed:
        setattr(obj, key, values[key])
    obj.save(update_fields=changed)
    return "updated"


def _store_stage(row: dict[str, Any], ctx: dict[str, Any]) -> str:
    process = ctx.setdefault("process", _process(ctx["org"]))
    stage = Stage.objects.filter(process=process, name__iexact=row["stage"]).first()
    if stage is None:
        Stage.objects.create(
            process=process, order=row["order"], name=row["stage"], phase=row["phase"]
        )
        return "created"
    return _save(stage, {"order": row["order"], "phase": row["phase"]})


def _store_person(row: dict[str, Any], ctx: dict[str, Any]) -> str:
    """Create or update the row's person; their manager is linked once every person of the
    file exists (`_link_managers`), but a row that changes only the manager counts as updated
    here, and is listed in `ctx["manager_only"]`."""
    org = ctx["org"]
    people: dict[str, Person] = ctx["refs"].people
    team = None
    if row["team"]:
        team, _ = Team.objects.get_or_create(organization=org, name=row["team"])
    ctx.setdefault("managers", []).append((row["email"], row["manager_email"]))
    person = people.get(row["email"])
    values = {"name": row["name"], "role": row["role"], "team": team}
    if person is None:
        people[row["email"]] = Person.objects.create(organization=org, email=row["email"], **values)
        return "created"
    outcome = _save(person, values)
    if outcome == "unchanged" and _manager_changes(person, row["manager_email"], people):
        ctx.setdefault("manager_only", set()).add(row["email"])
        return "updated"
    return outcome


def _manager_changes(person: Person, manager_email: str, people: Mapping[str, Person]) -> bool:
    """Whether linking the file's manager (`_link_managers`) will change the person's. A
    manager not stored yet is created further down the file: a change."""
    if not manager_email:
        return person.manager_id is not None
    manager = people.get(manager_email)
    return manager is None or manager.pk != person.manager_id


def _link_managers(ctx: dict[str, Any]) -> None:
    people = ctx["refs"].people
    for email, manager_email in ctx.get("managers", []):
        manager = people.get(manager_email) if manager_email else None
        person = people[email]
        if person.manager_id != (manager.pk if manager else None):
            person.manager = manager
            person.save(update_fields=["manager"])
        if manager is not None and person.team_id and manager.role == "manager":
            # Saved, not updated in bulk: a new lead changes who coaches the team's reps.
            team = Team.objects.filter(pk=person.team_id, lead__isnull=True).first()
            if team is not None:
                team.lead = manager
                team.save(update_fields=["lead"])


def _upsert_batch(
    model: Any, org: Organization, values_by_id: dict[str, dict[str, Any]]
) -> list[str]:
    """Create or update the batch's records of `model` by external id; the outcome of each,
    in the batch's order."""
    existing = {
        obj.external_id: obj
        for obj in model.objects.filter(organization=org, external_id__in=list(values_by_id))
    }
    outcomes, new = [], []
    for external_id, values in values_by_id.items():
        obj = existing.get(external_id)
        if obj is None:
            new.append(model(organization=org, external_id=external_id, **values))
            outcomes.append("created")
        else:
            outcomes.append(_save(obj, values))
    model.objects.bulk_create(new)
    return outcomes


def _forecast_history(
    before: tuple[str, list[str]] | None, category: str, imported: str
) -> list[str]:
    """The categories a deal was in before its current one, oldest first and each once: what
    was stored, the stored category when the file changes it now, then what the file lists."""
    history = list(before[1]) if before else []
    if before and before[0] != category:
        history.append(before[0])
    history += [c for c in imported.split(";") if c]
    return [c for i, c in enumerate(history) if c not in history[:i] and c != category]


def _store_deals(rows: list[dict[str, Any]], ctx: dict[str, Any]) -> list[str]:
    refs: _Refs = ctx["refs"]
    stored = {
        external_id: (category, history)
        for external_id, category, history in Deal.objects.filter(
            organization=ctx["org"], external_id__in=[row["deal_id"] for row in rows]
        ).values_list("external_id", "forecast_category", "forecast_history")
    }
    values_by_id = {}
    for row in rows:
        stage = refs.stages.get(row["stage"].lower()) if row["stage"] else None
        values_by_id[row["deal_id"]] = {
            "name": row["name"][:300],
            "account": row["account"][:300],
            "owner_id": refs.people[row["owner_email"]].pk,
            "amount": row["amount"],
            "currency": row["currency"],
            "created_on": row["created_at"],
            "closed_on": row["closed_at"],
            "stage_id": stage.pk if stage else None,
            "outcome": row["outcome"],
            "loss_reason": row["loss_reason"][:300],
            "forecast_category": row["forecast_category"],
            "forecast_history": _forecast_history(
                stored.get(row["deal_id"]),
                row["forecast_category"],
                row.get("forecast_history") or "",
            ),
        }
    return _upsert_batch(Deal, ctx["org"], values_by_id)


def _store_activities(rows: list[dict[str, Any]], ctx: dict[str, Any]) -> list[str]:
    refs: _Refs = ctx["refs"]
    values_by_id = {}
    for row in rows:
        values = _activity_values(row, refs)
        values["person_id"] = values.pop("person").pk
        values_by_id[row["activity_id"]] = values
    return _upsert_batch(Activity, ctx["org"], values_by_id)


def _store_stage_change(row: dict[str, Any], ctx: dict[str, Any]) -> str:
    refs: _Refs = ctx["refs"]
    _, created = StageChange.objects.get_or_create(
        organization=ctx["org"],
        deal_id=refs.deals[row["deal_id"]],
        stage=refs.stages[row["stage"].lower()],
        entered_at=row["entered_at"],
    )
    return "created" if created else "unchanged"


def _activity_values(row: dict[str, Any], refs: _Refs) -> dict[str, Any]:
    deal_id = refs.deals.get(row["deal_id"]) if row.get("deal_id") else None
    attendees = [a for a in row["attendees"].split(";") if a]
    facing = row.get("customer_facing")
    if facing is None:
        facing = deal_id is not None or any(
            a.rsplit("@", 1)[-1] not in refs.domains for a in attendees
        )
    return {
        "type": row["type"],
        "person": refs.people[row["person_email"]],
        "deal_id": deal_id,
        "occurred_at": row["occurred_at"],
        "duration_min": row["duration_min"] or 0,
        "subject": row["subject"][:500],
        "attendees": row["attendees"],
        "customer_facing": facing,
    }


def _store_activity(row: dict[str, Any], ctx: dict[str, Any]) -> str:
    org: Organization = ctx["org"]
    values = _activity_values(row, ctx["refs"])
    activity = Activity.objects.filter(organization=org, external_id=row["activity_id"]).first()
    if activity is None:
        Activity.objects.create(organization=org, external_id=row["activity_id"], **values)
        return "created"
    return _save(activity, values)


def _store_quota(row: dict[str, Any], ctx: dict[str, Any]) -> str:
    refs: _Refs = ctx["refs"]
    quota = Quota.objects.filter(
        person=refs.people[row["person_email"]],
        period_start=row["period_start"],
        period_end=row["period_end"],
    ).first()
    if quota is None:
        Quota.objects.create(
            organization=ctx["org"],
            person=refs.people[row["person_email"]],
            period_start=row["period_start"],
            period_end=row["period_end"],
            amount=row["amount"],
        )
        return "created"
    return _save(quota, {"amount": row["amount"]})


STORERS: dict[str, Callable[[dict[str, Any], dict[str, Any]], str]] = {
    "stages": _store_stage,
    "people": _store_person,
    "stage-changes": _store_stage_change,
    "quotas": _store_quota,
}
BATCH_STORERS: dict[str, Callable[[list[dict[str, Any]], dict[str, Any]], list[str]]] = {
    "deals": _store_deals,
    "activities": _store_activities,
}
BATCH_TABLES = {"deals": Deal._meta.db_table, "activities": Activity._meta.db_table}
FINISHERS: dict[str, Callable[[dict[str, Any]], None]] = {"people": _link_managers}


def import_calendar(*, organization: Organization, person: Person, data: bytes) -> ImportSummary:
    """A person's calendar (.ics) as meeting activities; whole or not at all."""
    summary = ImportSummary("calendar")
    rows: list[dict[str, Any]] = []
    refs = _Refs(organization)
    for item in read_calendar(data, own_domains=refs.domains):
        if isinstance(item, ImportProblem):
            summary.add_problem(item)
        elif isinstance(item, ImportNote):
            summary.notes.append(str(item))
        else:
            rows.append(item)
    summary.rows = len(rows)
    if not summary.ok:
        return summary
    context: dict[str, Any] = {"org": organization, "refs": refs}
    with transaction.atomic(), one_data_version_change(organization_id=organization.pk):
        refs.people.setdefault(person.email.lower(), person)
        for row in rows:
            outcome = _store_activity(
                {**row, "person_email": person.email.lower(), "deal_id": ""}, context
            )
            setattr(summary, outcome, getattr(summary, outcome) + 1)
    if summary.created or summary.updated:
        announce_evidence_change(
            sender="calendar", organization_id=organization.pk, person_ids=[person.pk]
        )
    return summary


# --- Imports by signed-in people (web upload and API) -------------------------------------

IMPORT_KINDS = (*KINDS, "calendar")
LAYOUT_CHOICES = ("auto", "native", "salesforce", "hubspot")
MAX_CALENDAR_BYTES = 20 * 2**20  # a calendar is parsed whole; a year of meetings is far less
MAX_MAPPING_BYTES = 64 * 2**10

# Who may import each kind into their organisation. Organisation-wide data comes in through
# administrators (who run imports, DOMAIN.md) and enablement (who own the sales process and see
# the whole pipeline); only administrators change the directory. A calendar belongs to one
# person: anyone may import their own, a manager for their teams, enablement and administrators
# for anyone in the organisation (the people the access layer lets them see).
IMPORT_ROLES: dict[str, frozenset[str]] = {
    "stages": frozenset({Role.ADMIN, Role.ENABLEMENT}),
    "people": frozenset({Role.ADMIN}),
    "deals": frozenset({Role.ADMIN, Role.ENABLEMENT}),
    "stage-changes": frozenset({Role.ADMIN, Role.ENABLEMENT}),
    "activities": frozenset({Role.ADMIN, Role.ENABLEMENT}),
    "quotas": frozenset({Role.ADMIN, Role.ENABLEMENT}),
    "calendar": frozenset({Role.REP, Role.MANAGER, Role.ENABLEMENT, Role.ADMIN}),
}


class ImportRequestError(ValueError):
    """The request cannot be carried out (bad kind, layout or mapping; file too large)."""


def kinds_importable_by(viewer: Viewer) -> tuple[str, ...]:
    """The kinds of file this viewer may import, in the order they are best imported."""
    return tuple(kind for kind in IMPORT_KINDS if viewer.role in IMPORT_ROLES[kind])


def read_mapping(data: bytes) -> dict[str, str]:
    """A mapping file (YAML or JSON: our field → the header in the file) as a dict."""
    if len(data) > MAX_MAPPING_BYTES:
        raise ImportRequestError("mapping: the file is larger than 64 KB")
    try:
        mapping = yaml.safe_load(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        raise ImportRequestError(f"mapping: not YAML or JSON ({error})") from None
    if not isinstance(mapping, dict) or not mapping:
        raise ImportRequestError("mapping: expected 'our_field: Their header' pairs")
    return {str(k): str(v) for k, v in mapping.items()}


class _ChunkStream(io.RawIOBase):
    """A readable binary stream over an iterator of byte chunks (an upload, read piecewise)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = memoryview(chunk)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def _text_lines(open_chunks: Callable[[], Iterable[bytes]]) -> Callable[[], Iterator[str]]:
    """Lines of UTF-8 text decoded from byte chunks as they arrive (like a file opened with
    `newline=""`: CR, LF and CRLF line ends are kept for the csv module)."""

    def open_lines() -> Iterator[str]:
        raw = io.BufferedReader(_ChunkStream(iter(open_chunks())))
        with io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text:
            yield from text

    return open_lines


def _line_of_bad_byte(open_chunks: Callable[[], Iterable[bytes]]) -> int:
    """The line (counted from 1) holding the first byte that is not UTF-8, found by reading the
    chunks again."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    for chunk in open_chunks():
        try:
            line += decoder.decode(chunk).count("\n")
        except UnicodeDecodeError as error:
            return line + chunk[: error.start].count(b"\n")
    return line


def _layout_for(kind: str, layout: str, mapping: Mapping[str, str] | None) -> Layout | None:
    if layout not in LAYOUT_CHOICES:
        raise ImportRequestError(f"layout: one of {', '.join(LAYOUT_CHOICES)}")
    if mapping is not None and layout != "auto":
        raise ImportRequestError("layout: give a layout or a mapping file, not both")
    if layout in ("salesforce", "hubspot") and kind != "deals":
        raise ImportRequestError(f"layout: {layout} exports are read for deals only")
    try:
        if mapping is not None:
            return custom_layout(kind, mapping)
    except ValueError as error:
        raise ImportRequestError(str(error)) from None
    if layout == "auto":
        return None
    return next(candidate for candidate in LAYOUTS[kind] if candidate.name == layout)


def _read_capped(open_chunks: Callable[[], Iterable[bytes]], limit: int) -> bytes:
    data = bytearray()
    for chunk in open_chunks():
        data += chunk
        if len(data) > limit:
            raise ImportRequestError(f"file: larger than {limit // 2**20} MB")
    return bytes(data)


def import_file(
    *,
    viewer: Viewer,
    kind: str,
    file_name: str,
    open_chunks: Callable[[], Iterable[bytes]],
    layout: str = "auto",
    mapping: Mapping[str, str] | None = None,
    person_id: int | None = None,
) -> tuple[ImportSummary, ImportRun]:
    """A signed-in person imports a file into their organisation, whole or not at all; the
    attempt is recorded either way. `open_chunks` gives the file's bytes piecewise and may be
    called more than once (the rows are read in several passes, never held whole).

    Raises PermissionDenied when the viewer's role may not import this kind, Http404 when the
    calendar's person is outside the viewer's scope, ImportRequestError for a bad request."""
    if kind not in IMPORT_KINDS:
        raise ImportRequestError(f"kind: one of {', '.join(IMPORT_KINDS)}")
    if viewer.role not in IMPORT_ROLES[kind]:
        raise PermissionDenied(f"Your role may not import {kind}.")
    organization = get_or_404(Organization.objects.all(), viewer, pk=viewer.organization_id)
    importer = get_or_404(Person.objects.all(), viewer, pk=viewer.person_id)
    person = None
    if kind == "calendar":
        if layout != "auto" or mapping is not None:
            raise ImportRequestError("layout: calendars have no layout or mapping")
        person = get_or_404(
            Person.objects.filter(is_active=True), viewer, pk=person_id or viewer.person_id
        )
        data = _read_capped(open_chunks, MAX_CALENDAR_BYTES)
        summary = import_calendar(organization=organization, person=person, data=data)
    else:
        custom = _layout_for(kind, layout, mapping)
        try:
            summary = import_rows(
                organization=organization,
                kind=kind,
                open_lines=_text_lines(open_chunks),
                custom=custom,
            )
        except UnicodeDecodeError:
            summary = ImportSummary(kind)
            line = _line_of_bad_byte(open_chunks)
            summary.add_problem(ImportProblem(line, None, "not UTF-8 text from this line on"))
    run = record_import(
        organization=organization,
        summary=summary,
        file_name=file_name,
        imported_by=importer,
        for_person=person,
        layout="custom" if mapping is not None else layout,
    )
    return summary, run


def record_import(
    *,
    organization: Organization,
    summary: ImportSummary,
    file_name: str,
    imported_by: Person | None = None,
    for_person: Person | None = None,
    layout: str = "auto",
) -> ImportRun:
    """Keep one import attempt in the history: who (None: the command line), what, its counts
    or its first problems."""
    return ImportRun.objects.create(
        organization=organization,
        imported_by=imported_by,
        for_person=for_person,
        kind=summary.kind,
        layout=layout,
        file_name=file_name[-255:],
        accepted=summary.ok,
        rows=summary.rows,
        created=summary.created,
        updated=summary.updated,
        unchanged=summary.unchanged,
        rejected=summary.rejected,
        problem_count=summary.problem_count,
        problems=[str(p) for p in summary.problems],
        notes=summary.notes[:MAX_PROBLEMS],
    )
