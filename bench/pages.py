"""Response time and SQL queries of the main pages (run with `make bench-pages`).

Loads the demo organisation (`salescoach demo --reps N`, at two sizes, each in its own process)
into a fresh SQLite database in a temporary directory, signs in as the demo's manager,
enablement lead and a rep (Django's test client, in process: no network, no web server), and
requests each main page N times after two warm-up requests: median and 95th percentile of the
wall-clock time, and the SQL queries one request runs. The analytics page is served from the
cache after its first request; "analytics uncached" is the same page with the organisation's
data version changed before each request (as a write does), so each request works the figures
out again. Writes the figures into docs/performance.md between its pages markers.

    python -m bench.pages                # 30 requests a page; demos of 24 and 96 reps
    python -m bench.pages -n 5 --reps 24 --no-write
    python -m bench.pages --pages analytics   # some pages only: printed, the docs left alone
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.report import write_section

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- bench-pages:start -->", "<!-- bench-pages:end -->"
REQUESTS = 30
REPS = (24, 96)  # the demo's default organisation, and one four times its size
WARM_UP = 2
SLOW_MS = 300
MANY_QUERIES = 50
DEMO_DOMAIN = "@harbourline.example"


@dataclass
class PageResult:
    page: str
    role: str
    path: str
    status: int
    median_ms: float
    p95_ms: float
    queries: int
    tables: dict[str, int]  # queries by the first table they read
    cpu_median_ms: float = 0.0  # CPU time of this process: other work on the machine left out


def _django(folder: Path) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "salescoach.config.settings"
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    os.environ["SALESCOACH_VAR_DIR"] = str(folder / "var")
    os.environ.pop("DEBUG", None)
    import django  # noqa: PLC0415 - after the environment is set

    django.setup()
    from django.conf import settings  # noqa: PLC0415

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]  # the test client's host
    # Static files by their plain names, as in the tests: no `collectstatic` manifest needed.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def _load_demo(reps: int) -> None:
    from django.core.management import call_command  # noqa: PLC0415

    call_command("migrate", verbosity=0)
    call_command("demo", "--reps", str(reps), stdout=io.StringIO())


def _pages(only: frozenset[str] | None = None) -> list[tuple[str, str, Callable[[], str]]]:
    """(page, role, path) for every page worth timing (or the pages named in `only`), with the
    demo's own records in it."""
    from salescoach.calls.models import Call  # noqa: PLC0415
    from salescoach.coaching.models import CoachingSession  # noqa: PLC0415
    from salescoach.org.models import Person  # noqa: PLC0415
    from salescoach.pipeline.services import change_data_version  # noqa: PLC0415

    demo = Person.objects.filter(email__endswith=DEMO_DOMAIN, user__isnull=False)
    manager = demo.filter(role="manager").order_by("pk").first()
    if manager is None:
        raise SystemExit("the demo has no manager")
    rep_with_call = (
        Call.objects.filter(owner__manager=manager, owner__user__isnull=False)
        .order_by("owner_id", "-occurred_at")
        .first()
    )
    if rep_with_call is None:
        raise SystemExit("the demo manager's reps have no calls")
    rep = rep_with_call.owner
    session = CoachingSession.objects.filter(rep=rep, manager=manager).order_by("-pk").first()
    if session is None:
        raise SystemExit("the demo rep has no coaching session")
    call = rep_with_call

    def fixed(path: str) -> Callable[[], str]:
        return lambda: path

    common = [
        ("home", fixed("/")),
        ("people", fixed("/people/")),
        ("deals list", fixed("/pipeline/deals/")),
        ("analytics", fixed("/pipeline/analytics/")),
        ("analytics uncached", fixed("/pipeline/analytics/")),
        ("scorecard", fixed(f"/coaching/people/{rep.pk}/scorecard/")),
        ("call review", fixed(f"/calls/{call.pk}/")),
        ("team board", fixed("/coaching/board/")),
        ("session page", fixed(f"/coaching/sessions/{session.pk}/")),
    ]
    enablement = demo.filter(role="enablement").order_by("pk").first()
    viewers = [("manager", manager), ("rep", rep)]
    if enablement is not None:
        viewers.insert(1, ("enablement", enablement))
    _VIEWERS.clear()
    _VIEWERS.update({role: person.user for role, person in viewers})
    _BEFORE_EACH.clear()
    _BEFORE_EACH["analytics uncached"] = lambda: change_data_version(
        organization_id=manager.organization_id
    )
    return [
        (page, role, path)
        for role, _ in viewers
        for page, path in common
        if only is None or page in only
    ]


_VIEWERS: dict[str, Any] = {}
# Run before every request of a page (untimed): what makes the page do its work again.
_BEFORE_EACH: dict[str, Callable[[], None]] = {}
_TABLE = re.compile(r'\bFROM\s+"?(\w+)"?', re.IGNORECASE)


def _table(sql: str) -> str:
    match = _TABLE.search(sql)
    if match:
        return match.group(1)
    return sql.split(None, 1)[0].upper() if sql.strip() else "?"


def measure(requests: int, only: frozenset[str] | None = None) -> list[PageResult]:
    from django.db import connection  # noqa: PLC0415
    from django.test import Client  # noqa: PLC0415
    from django.test.utils import CaptureQueriesContext  # noqa: PLC0415

    results = []
    clients: dict[str, Client] = {}
    for page, role, make_path in _pages(only):
        client = clients.get(role)
        if client is None:
            client = clients[role] = Client()
            client.force_login(_VIEWERS[role])
        path = make_path()
        before = _BEFORE_EACH.get(page, lambda: None)
        before()
        status = client.get(path).status_code
        if status != 200:  # this role may not see this page (or it moved): no timing
            results.append(PageResult(page, role, path, status, 0, 0, 0, {}))
            continue
        for _ in range(WARM_UP - 1):
            before()
            client.get(path)
        before()
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        queries = len(captured.captured_queries)  # read now: each request empties the log
        tables = dict(Counter(_table(q["sql"]) for q in captured.captured_queries))
        times, cpu_times = [], []
        for _ in range(requests):
            before()
            began, began_cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            times.append((time.perf_counter() - began) * 1000)
            cpu_times.append((time.process_time() - began_cpu) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{path}: status {response.status_code}")
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        result = PageResult(
            page,
            role,
            path,
            200,
            statistics.median(times),
            p95,
            queries,
            tables,
            statistics.median(cpu_times),
        )
        results.append(result)
        print(_line(result), file=sys.stderr, flush=True)
    return results


def _line(r: PageResult) -> str:
    return (
        f"{r.role:>10} {r.page:<13} {r.path:<32} median {r.median_ms:6.1f} ms, "
        f"p95 {r.p95_ms:6.1f} ms, CPU {r.cpu_median_ms:6.1f} ms, {r.queries} queries"
    )


def _demo_size() -> str:
    from salescoach.calls.models import Call  # noqa: PLC0415
    from salescoach.coaching.models import CoachingSession  # noqa: PLC0415
    from salescoach.org.models import Person  # noqa: PLC0415
    from salescoach.pipeline.models import Activity, Deal  # noqa: PLC0415

    counts = {
        "people": Person.objects.count(),
        "deals": Deal.objects.count(),
        "activities": Activity.objects.count(),
        "calls": Call.objects.count(),
        "coaching sessions": CoachingSession.objects.count(),
    }
    return ", ".join(f"{n:,} {what}" for what, n in counts.items())


def run_scale(reps: int, requests: int, pages: str = "") -> dict[str, Any]:
    """Measure every page (or those named, comma-separated) on a demo with `reps` reps, in a
    child process with its own database (Django is set up once a process)."""
    command = [sys.executable, "-m", "bench.pages", "--child", str(reps), "-n", str(requests)]
    if pages:
        command += ["--pages", pages]
    done = subprocess.run(  # noqa: S603 - this module, with arguments built here
        command, cwd=ROOT, capture_output=True, text=True, check=False
    )
    sys.stderr.write(done.stderr)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def child(reps: int, requests: int, only: frozenset[str] | None = None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as tmp:
        _django(Path(tmp))
        with contextlib.redirect_stdout(sys.stderr):
            _load_demo(reps)
        results = measure(requests, only)
        return {"size": _demo_size(), "results": [asdict(r) for r in results]}


def section(scales: dict[int, dict[str, Any]], command: str, requests: int) -> str:
    today = dt.datetime.now(dt.UTC).date().isoformat()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}"
    sizes = "; ".join(f"`--reps {reps}`: {scale['size']}" for reps, scale in scales.items())
    lines = [
        f"Measured {today} on this machine ({machine}), Python {platform.python_version()}, "
        f"SQLite, with `{command}`: the demo organisations as `salescoach demo --reps N` loads "
        f"them ({sizes}), each page requested {requests} times after {WARM_UP} warm-up "
        "requests through Django's test client in one process (the whole middleware stack and "
        "templates; no network, no web server, production settings with DEBUG off), signed in "
        "as the demo's first manager, its enablement lead and one of that manager's reps. The "
        "scorecard, call review and session page are the rep's. Wall-clock time, other work on "
        "the machine included; *CPU*: the median CPU time of the benchmark's process per "
        "request (SQLite runs inside it), which leaves out time spent waiting for a core while "
        "other work runs (that work still slows the process somewhat). "
        "Queries: those one request runs. A page a role may not open is shown with its status "
        "and not timed.",
        "",
        "| page | signed in as | "
        + " | ".join(f"{reps} reps: median | p95 | CPU | queries" for reps in scales)
        + " |",
        "|---|---|" + "---|---|---|---|" * len(scales),
    ]
    tables = {reps: [PageResult(**r) for r in scale["results"]] for reps, scale in scales.items()}
    first = next(iter(tables.values()))
    flagged: list[tuple[int, PageResult]] = []
    for index, row in enumerate(first):
        cells = [row.page, row.role]
        for reps, results in tables.items():
            r = results[index]
            if r.status != 200:
                cells += [f"— (status {r.status})", "—", "—", "—"]
                continue
            over = r.median_ms > SLOW_MS or r.queries > MANY_QUERIES
            if over:
                flagged.append((reps, r))
            flag = " ⚠" if over else ""
            cells += [
                f"{r.median_ms:.0f} ms{flag}",
                f"{r.p95_ms:.0f} ms",
                f"{r.cpu_median_ms:.0f} ms",
                str(r.queries),
            ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        f"Budget: {SLOW_MS} ms median and {MANY_QUERIES} queries a page; ⚠ marks a page over "
        "either.",
    ]
    if flagged:
        lines += ["", "Queries by table on the pages over budget (one request):", ""]
        for reps, r in flagged:
            top = ", ".join(f"{table} {n}" for table, n in Counter(r.tables).most_common(6))
            lines.append(f"- {r.page} ({r.role}, {reps} reps, `{r.path}`): {top}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("-n", "--requests", type=int, default=REQUESTS)
    parser.add_argument("--reps", default=",".join(str(r) for r in REPS))
    parser.add_argument("--no-write", action="store_true", help="print, leave the docs alone")
    parser.add_argument(
        "--pages",
        default="",
        metavar="NAMES",
        help="only these pages, comma-separated (e.g. analytics,team board); implies --no-write",
    )
    parser.add_argument("--child", type=int, metavar="REPS", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    only = frozenset(p.strip() for p in args.pages.split(",") if p.strip()) or None
    if args.child:
        with contextlib.redirect_stdout(sys.stderr):
            result = child(args.child, args.requests, only)
        print(json.dumps(result))
        return 0
    reps = tuple(int(r) for r in args.reps.split(","))
    scales = {r: run_scale(r, args.requests, args.pages) for r in reps}
    command = "python -m bench.pages"
    if args.requests != REQUESTS:
        command += f" -n {args.requests}"
    if reps != REPS:
        command += f" --reps {args.reps}"
    text = section(scales, command, args.requests)
    print(text)
    if not args.no_write and only is None:  # a partial table never replaces the full one
        write_section(
            text,
            start=START,
            end=END,
            title="Pages",
            command="`make bench-pages` (`python -m bench.pages`)",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
