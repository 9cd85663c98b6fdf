"""Throughput and memory of the CSV imports (run with `make bench-imports`).

Generates native-schema files (stages, people, deals, activities) of growing size, then imports
them through the command line's own path (`salescoach import deals FILE --org SLUG`, run in
process) into a fresh SQLite database in a temporary directory, and imports each file a second
time (everything unchanged). Every import runs in its own child process so that each peak of
memory (the process's maximum resident set size) is its own. Writes the figures into
docs/performance.md between its imports markers.

    python -m bench.imports                  # the sizes below
    python -m bench.imports --sizes 1000,5000 --no-write
    python -m bench.imports --profile 100000 # where the memory goes (tracemalloc snapshots)
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import platform
import random
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.report import write_section

ROOT = Path(__file__).resolve().parent.parent
MARKERS = {
    "sqlite": ("<!-- bench-imports:start -->", "<!-- bench-imports:end -->"),
    "postgresql": ("<!-- bench-imports-postgres:start -->", "<!-- bench-imports-postgres:end -->"),
}
SIZES = (10_000, 100_000, 1_000_000)  # imported and stored, then imported again
REFUSED_SIZES = (100_000, 1_000_000)  # read and checked whole, then refused: nothing stored
ORG = "bench"
STAGES = (
    ("Prospecting", "approach"),
    ("Discovery", "interview"),
    ("Demo", "demonstrate"),
    ("Proposal", "validate"),
    ("Negotiation", "negotiate"),
    ("Commit", "close"),
)
LOSS_REASONS = ("price", "no decision", "competitor", "timing", "")
ACTIVITY_TYPES = ("call", "email", "meeting", "content_share", "prospect_reply", "task")


# --- Files --------------------------------------------------------------------------------


def _people() -> list[tuple[str, str, str, str, str]]:
    """50 reps in 5 teams, their 5 managers, an enablement lead and an administrator."""
    rows = [("admin@bench.example", "Ada Admin", "admin", "", "")]
    rows.append(("enable@bench.example", "Eli Enablement", "enablement", "", ""))
    for team in range(5):
        manager = f"manager{team}@bench.example"
        rows.append((manager, f"Manager {team}", "manager", f"Team {team}", ""))
        for rep in range(10):
            number = team * 10 + rep
            rows.append(
                (f"rep{number}@bench.example", f"Rep {number}", "rep", f"Team {team}", manager)
            )
    return rows


def write_setup_files(folder: Path) -> tuple[Path, Path]:
    stages = folder / "stages.csv"
    stages.write_text(
        "order,stage,phase\n"
        + "".join(f"{i},{name},{phase}\n" for i, (name, phase) in enumerate(STAGES, start=1)),
        encoding="utf-8",
    )
    people = folder / "people.csv"
    people.write_text(
        "email,name,role,team,manager_email\n" + "".join(",".join(r) + "\n" for r in _people()),
        encoding="utf-8",
    )
    return stages, people


def write_deals(path: Path, rows: int, *, seed: int = 7, bad_last: bool = False) -> None:
    """`rows` deals owned by the 50 reps: a third open, the rest won or lost; with `bad_last`,
    the last row's owner is no one in the organisation (the file is refused)."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(
            "deal_id,name,account,owner_email,amount,currency,created_at,closed_at,stage,"
            "outcome,loss_reason,forecast_category\n"
        )
        for i in range(rows):
            created = start + dt.timedelta(days=rng.randrange(700))
            outcome = rng.choice(("open", "won", "lost"))
            stage = rng.choice(STAGES)[0]
            closed = ""
            if outcome != "open":
                closed = (created + dt.timedelta(days=rng.randrange(1, 120))).isoformat()
                stage = stage if outcome == "lost" else ""
            reason = rng.choice(LOSS_REASONS) if outcome == "lost" else ""
            forecast = "closed" if outcome != "open" else rng.choice(("pipeline", "commit"))
            out.write(
                f"D{i:07d},Deal {i} for Account {i % 9973},Account {i % 9973},"
                f"rep{rng.randrange(50)}@bench.example,{rng.randrange(1_000, 90_000)}.00,EUR,"
                f"{created.isoformat()},{closed},{stage},{outcome},{reason},{forecast}\n"
            )
        if bad_last:
            out.write("D-LAST,Last deal,Nobody Ltd,nobody@bench.example,10,EUR,2024-01-02,,")
            out.write("Demo,open,,pipeline\n")


def write_activities(path: Path, rows: int, *, deals: int, seed: int = 11) -> None:
    """`rows` activities of the 50 reps; half linked to one of the first `deals` deals."""
    rng = random.Random(seed)
    start = dt.datetime(2024, 1, 1, 8, 0, tzinfo=dt.UTC)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(
            "activity_id,person_email,deal_id,type,occurred_at,duration_min,subject,attendees\n"
        )
        for i in range(rows):
            when = start + dt.timedelta(minutes=15 * rng.randrange(70_000))
            deal = f"D{rng.randrange(deals):07d}" if rng.random() < 0.5 else ""
            attendees = (
                f"buyer{i % 977}@customer{i % 89}.example;rep{i % 50}@bench.example"
                if rng.random() < 0.4
                else ""
            )
            out.write(
                f"A{i:07d},rep{rng.randrange(50)}@bench.example,{deal},"
                f"{rng.choice(ACTIVITY_TYPES)},{when.isoformat().replace('+00:00', 'Z')},"
                f"{rng.choice((0, 15, 30, 45, 60))},Follow-up {i},{attendees}\n"
            )


# --- One import in a child process ----------------------------------------------------------


def _django(folder: Path) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "salescoach.config.settings"
    # A PostgreSQL database made for this size by `_database` (BENCH_DATABASE_URL), else SQLite.
    os.environ["DATABASE_URL"] = (
        os.environ.get("BENCH_DATABASE_URL") or f"sqlite:///{folder / 'bench.sqlite3'}"
    )
    os.environ["SALESCOACH_VAR_DIR"] = str(folder / "var")
    os.environ.pop("DEBUG", None)
    import django  # noqa: PLC0415 - after the environment is set

    django.setup()


def _rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def child(folder: Path, kind: str, path: Path) -> dict[str, Any]:
    """Import one file with `salescoach import KIND FILE --org bench`; its time and memory."""
    _django(folder)
    from django.core.management import CommandError, call_command  # noqa: PLC0415

    from salescoach.pipeline.models import ImportRun  # noqa: PLC0415

    if kind == "setup":
        call_command("migrate", verbosity=0)
        stages, people = write_setup_files(folder)
        for setup_kind, file in (("people", people), ("stages", stages)):
            call_command("import", setup_kind, str(file), "--org", ORG, stdout=io.StringIO())
        return {}
    ImportRun.objects.exists()  # the connection, the models and the command are loaded
    baseline = _rss_kib()
    began = time.perf_counter()
    with contextlib.suppress(CommandError):  # a refused file: its run says what was read
        call_command("import", kind, str(path), "--org", ORG, stdout=io.StringIO())
    seconds = time.perf_counter() - began
    run = ImportRun.objects.latest("pk")
    return {
        "accepted": run.accepted,
        "seconds": seconds,
        "rows": run.rows,
        "created": run.created,
        "updated": run.updated,
        "unchanged": run.unchanged,
        "baseline_kib": baseline,
        "peak_kib": _rss_kib(),
    }


@contextlib.contextmanager
def _database(server: str | None) -> Iterator[None]:
    """With a PostgreSQL server URL: a throwaway database for the child processes, dropped
    afterwards whatever happens; without one, nothing (each folder has its SQLite file)."""
    if server is None:
        yield
        return
    import psycopg  # noqa: PLC0415
    from psycopg import sql  # noqa: PLC0415

    name = f"bench_imports_{secrets.token_hex(6)}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        os.environ["BENCH_DATABASE_URL"] = f"{server.rsplit('/', 1)[0]}/{name}"
        try:
            yield
        finally:
            os.environ.pop("BENCH_DATABASE_URL", None)
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def _postgres_version(server: str) -> str:
    import psycopg  # noqa: PLC0415

    with psycopg.connect(server) as connection:
        number = connection.info.server_version  # e.g. 150020
    return f"{number // 10000}.{number % 10000}"


def run_child(folder: Path, kind: str, path: Path | None = None) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.imports", "--child", str(folder), kind]
    command.append(str(path or ""))
    done = subprocess.run(  # noqa: S603 - this module, with arguments built here
        command, cwd=ROOT, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- Where the memory goes ----------------------------------------------------------------


def profile(rows: int) -> None:
    """Import `rows` deals with tracemalloc on and print, at the end of each pass over the file,
    the source lines holding the most memory allocated since the import began."""
    import tracemalloc  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="bench-imports-") as tmp:
        folder = Path(tmp)
        run_child(folder, "setup")
        deals = folder / "deals.csv"
        write_deals(deals, rows)
        _django(folder)
        from salescoach.pipeline import services  # noqa: PLC0415
        from salescoach.pipeline.models import ImportRun  # noqa: PLC0415

        ImportRun.objects.exists()
        org = services.organization_for_import(slug=ORG)
        tracemalloc.start(1)
        before = tracemalloc.take_snapshot()
        passes: list[Any] = []

        def open_lines() -> Any:
            with deals.open(encoding="utf-8-sig", newline="") as handle:
                yield from handle
            passes.append(tracemalloc.take_snapshot())  # the pass's last row was just read

        summary = services.import_rows(organization=org, kind="deals", open_lines=open_lines)
        _, peak = tracemalloc.get_traced_memory()
        print(f"{rows:,} deals, {summary.created:,} created; peak traced {peak / 2**20:.1f} MiB")
        for number, snapshot in enumerate(passes, start=1):
            print(f"--- end of pass {number}: largest growths since the start")
            for stat in snapshot.compare_to(before, "lineno")[:6]:
                frame = stat.traceback[0]
                print(
                    f"{stat.size_diff / 2**20:8.2f} MiB {stat.size_diff / rows:6.0f} B/row "
                    f"{stat.count_diff:9,d} blocks  {frame.filename}:{frame.lineno}"
                )


# --- The benchmark ------------------------------------------------------------------------


def measure(
    sizes: tuple[int, ...], refused_sizes: tuple[int, ...], server: str | None = None
) -> list[dict[str, Any]]:
    results = []
    for size in refused_sizes:
        with tempfile.TemporaryDirectory(prefix="bench-imports-") as tmp, _database(server):
            folder = Path(tmp)
            run_child(folder, "setup")
            deals = folder / "deals.csv"
            write_deals(deals, size, bad_last=True)
            result = run_child(folder, "deals", deals)
            if result["accepted"] or result["created"]:
                raise SystemExit(f"the file with a bad last row was stored: {result}")
            result.update(kind="deals", attempt="refused", size=size + 1)
            result["file_bytes"] = deals.stat().st_size
            results.append(result)
            print(_line(result), file=sys.stderr, flush=True)
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-imports-") as tmp, _database(server):
            folder = Path(tmp)
            run_child(folder, "setup")
            deals, activities = folder / "deals.csv", folder / "activities.csv"
            write_deals(deals, size)
            write_activities(activities, size, deals=size)
            for kind, path in (("deals", deals), ("activities", activities)):
                for attempt in ("first", "again"):
                    result = run_child(folder, kind, path)
                    if not result["accepted"]:
                        raise SystemExit(f"{kind}.csv was refused: {result}")
                    result.update(kind=kind, attempt=attempt, size=size)
                    result["file_bytes"] = path.stat().st_size
                    results.append(result)
                    print(_line(result), file=sys.stderr, flush=True)
    return results


def _line(r: dict[str, Any]) -> str:
    grown = (r["peak_kib"] - r["baseline_kib"]) / 1024
    return (
        f"{r['kind']:>10} {r['size']:>9,} {r['attempt']:>5}: {r['seconds']:7.1f} s, "
        f"{r['rows'] / r['seconds']:7,.0f} rows/s, created {r['created']:,}, "
        f"unchanged {r['unchanged']:,}, peak {r['peak_kib'] / 1024:.0f} MiB (+{grown:.1f})"
    )


def _mib(kib: float) -> str:
    return f"{kib / 1024:.0f} MiB"


def section(results: list[dict[str, Any]], command: str, database: str) -> str:
    today = dt.datetime.now(dt.UTC).date().isoformat()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}"
    lines = [
        f"Measured {today} on this machine ({machine}), Python {platform.python_version()}, "
        f"{database}, with `{command}`. Native-schema files generated with a fixed seed "
        f"({len(_people())} people: 50 reps in 5 teams, 6 stages; activities name one of the "
        "deals in half their rows) are imported with `salescoach import KIND FILE --org bench` "
        "(the management command, run in process) into a fresh database (SQLite: a file in a "
        "temporary folder; PostgreSQL: a database made for each size and dropped after): "
        "first the deals, then the activities, each imported twice. *first*: every "
        "row created; *again*: the same file once more, every row unchanged; *refused*: a deals "
        "file whose last row names an owner who is not in the organisation, so the whole file "
        "is read and checked, then nothing is stored. Each import runs in its own process, so "
        "each peak is its own: *peak memory* is the process's maximum resident set size, "
        "*growth* that peak less the size of the same process just before the import (Django, "
        "the models and the database connection loaded). Wall-clock time, other work on the "
        "machine included.",
        "",
        "| file | rows | size | import | time | rows/s | created | unchanged "
        "| peak memory | growth during the import |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['kind']} | {r['size']:,} | {r['file_bytes'] / 2**20:.1f} MiB | {r['attempt']} "
            f"| {r['seconds']:.1f} s | {r['rows'] / r['seconds']:,.0f} | {r['created']:,} "
            f"| {r['unchanged']:,} | {_mib(r['peak_kib'])} "
            f"| {_mib(r['peak_kib'] - r['baseline_kib'])} |"
        )
    lines += ["", *_growth_notes(results)]
    return "\n".join(lines)


def _growth_notes(results: list[dict[str, Any]]) -> list[str]:
    """Memory per row between the smallest and largest file of each kind and attempt."""
    notes = []
    for kind in ("deals", "activities"):
        for attempt in ("refused", "first", "again"):
            runs = sorted(
                (r for r in results if r["kind"] == kind and r["attempt"] == attempt),
                key=lambda r: r["size"],
            )
            if len(runs) < 2:
                continue
            small, large = runs[0], runs[-1]
            per_row = (
                (
                    (large["peak_kib"] - large["baseline_kib"])
                    - (small["peak_kib"] - small["baseline_kib"])
                )
                * 1024
                / (large["size"] - small["size"])
            )
            notes.append(
                f"- {kind}, {attempt}: from {small['size']:,} to {large['size']:,} rows the "
                f"growth rises by {per_row:,.0f} bytes a row."
            )
    return notes


def _sqlite_version() -> str:
    import sqlite3  # noqa: PLC0415

    return sqlite3.sqlite_version


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--refused-sizes", default=",".join(str(s) for s in REFUSED_SIZES))
    parser.add_argument("--no-write", action="store_true", help="print, leave the docs alone")
    parser.add_argument("--profile", type=int, metavar="ROWS")
    parser.add_argument(
        "--postgres",
        metavar="SERVER_URL",
        help="import into throwaway databases on this PostgreSQL server instead of SQLite, "
        "e.g. postgres://postgres@127.0.0.1:5432/postgres",
    )
    parser.add_argument("--child", nargs=3, metavar=("FOLDER", "KIND", "FILE"))
    args = parser.parse_args(argv)
    if args.child:
        folder, kind, file = args.child
        with contextlib.redirect_stdout(sys.stderr):
            result = child(Path(folder), kind, Path(file))
        print(json.dumps(result))
        return 0
    if args.profile:
        profile(args.profile)
        return 0
    sizes = tuple(int(s) for s in args.sizes.split(",") if s)
    refused = tuple(int(s) for s in args.refused_sizes.split(",") if s)
    results = measure(sizes, refused, args.postgres)
    command = "python -m bench.imports"
    if args.postgres:
        command += f" --postgres {args.postgres}"
    if sizes != SIZES:
        command += f" --sizes {args.sizes}"
    if refused != REFUSED_SIZES:
        command += " --refused-sizes " + (args.refused_sizes or '""')
    if args.postgres:
        engine, database = "postgresql", f"PostgreSQL {_postgres_version(args.postgres)}"
    else:
        engine, database = "sqlite", f"SQLite {_sqlite_version()}"
    text = section(results, command, database)
    print(text)
    if not args.no_write:
        start, end = MARKERS[engine]
        write_section(
            text,
            start=start,
            end=end,
            title="Imports",
            command="`make bench-imports` (`python -m bench.imports`)",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
