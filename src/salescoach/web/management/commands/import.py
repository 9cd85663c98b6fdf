"""`salescoach import KIND PATH…`: bring an organisation's evidence in from files."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from salescoach.calls.models import CallKind
from salescoach.calls.services import CallImportError, record_call
from salescoach.domain.pipeline.importing import custom_layout
from salescoach.org.models import Organization, Person
from salescoach.org.selectors import find_person, get_organization, only_organization
from salescoach.pipeline.selectors import find_deal_by_external_id
from salescoach.pipeline.services import (
    KINDS,
    ImportSummary,
    import_calendar,
    import_rows,
    organization_for_import,
    record_import,
)

TRANSCRIPT_SUFFIXES = {".vtt", ".srt", ".json", ".txt"}


def _transcript_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix.lower() in TRANSCRIPT_SUFFIXES and p.is_file()
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            raise CommandError(f"{raw}: no such file or directory")
    if not files:
        raise CommandError("no transcript files found (.vtt, .srt, .json, .txt)")
    return files


class Command(BaseCommand):
    help = "Import evidence from files into an organisation."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="source", required=True, metavar="KIND")
        calls = sub.add_parser("calls", help="Call transcripts (files or directories).")
        calls.add_argument("paths", nargs="+", metavar="PATH")
        calls.add_argument("--org", help="Organisation slug (needed when there are several).")
        calls.add_argument("--person", help="E-mail of the rep the calls belong to.")
        calls.add_argument(
            "--rep",
            action="append",
            default=[],
            metavar="NAME",
            help="A speaker name that is the rep (repeatable).",
        )
        calls.add_argument("--kind", choices=CallKind.values, default=CallKind.SALES)
        calls.add_argument("--deal", metavar="DEAL_ID", help="External id of the deal.")
        self._add_table_kinds(sub)

    def _add_table_kinds(self, sub: Any) -> None:
        for kind in KINDS:
            table = sub.add_parser(kind, help=f"{kind}.csv (see docs/formats.md)")
            table.add_argument("path", metavar="FILE")
            table.add_argument("--org", help="Organisation slug; created when new.")
            if kind == "deals":
                table.add_argument(
                    "--mapping",
                    metavar="FILE",
                    help="YAML or JSON: our field -> your CRM's column header.",
                )
        calendar = sub.add_parser("calendar", help="An iCalendar (.ics) file of one person.")
        calendar.add_argument("path", metavar="FILE")
        calendar.add_argument("--org", help="Organisation slug.")
        calendar.add_argument("--person", required=True, help="Whose calendar it is (e-mail).")

    def _organization(self, slug: str | None) -> Organization:
        if slug:
            org = get_organization(slug=slug)
            if org is None:
                raise CommandError(f"--org: no organisation '{slug}'")
            return org
        org = only_organization()
        if org is None:
            raise CommandError("--org is needed: there is not exactly one organisation")
        return org

    def handle(self, *args: Any, **options: Any) -> None:
        if options["source"] == "calls":
            self._import_calls(options)
        elif options["source"] == "calendar":
            self._import_calendar(options)
        else:
            self._import_table(options)

    def _report(self, path: str, summary: ImportSummary) -> None:
        if summary.ok:
            self.stdout.write(
                f"{path}: {summary.kind}: {summary.created} created, {summary.updated} updated, "
                f"{summary.unchanged} unchanged, 0 rejected."
            )
            for note in summary.notes:
                self.stdout.write(f"  note: {note}")
            return
        for problem in summary.problems:
            self.stderr.write(f"{path}: {problem}")
        if summary.problem_count > len(summary.problems):
            self.stderr.write(
                f"{path}: … and {summary.problem_count - len(summary.problems)} more problems"
            )
        raise CommandError(
            f"{path}: {summary.problem_count} problems; nothing was imported from this file"
        )

    def _import_table(self, options: dict[str, Any]) -> None:
        path = Path(options["path"])
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        custom = None
        if options.get("mapping"):
            mapping_path = Path(options["mapping"])
            try:
                mapping = yaml.safe_load(mapping_path.read_text(encoding="utf-8"))
                if not isinstance(mapping, dict):
                    raise ValueError("expected field: header pairs")
                custom = custom_layout(
                    options["source"], {str(k): str(v) for k, v in mapping.items()}
                )
            except (OSError, ValueError, yaml.YAMLError) as error:
                raise CommandError(f"{mapping_path}: {error}") from None
        org = (
            organization_for_import(slug=options["org"])
            if options["org"]
            else self._organization(None)
        )

        def open_lines() -> Iterator[str]:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                yield from handle

        bar = tqdm(unit=" rows", file=sys.stderr, disable=not sys.stderr.isatty())
        try:
            summary = import_rows(
                organization=org,
                kind=options["source"],
                open_lines=open_lines,
                custom=custom,
                progress=lambda n: bar.update(n - bar.n),
            )
        except UnicodeDecodeError as error:
            raise CommandError(f"{path}: not UTF-8 text (byte {error.start})") from None
        finally:
            bar.close()
        layout = "custom" if custom is not None else "auto"
        record_import(organization=org, summary=summary, file_name=path.name, layout=layout)
        self._report(str(path), summary)

    def _import_calendar(self, options: dict[str, Any]) -> None:
        path = Path(options["path"])
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        org = self._organization(options["org"])
        person = find_person(organization=org, email=options["person"])
        if person is None:
            raise CommandError(f"--person: no person {options['person']} in {org.slug}")
        summary = import_calendar(organization=org, person=person, data=path.read_bytes())
        record_import(organization=org, summary=summary, file_name=path.name, for_person=person)
        self._report(str(path), summary)

    def _import_calls(self, options: dict[str, Any]) -> None:
        org = self._organization(options["org"])
        owner: Person | None = None
        if options["person"]:
            owner = find_person(organization=org, email=options["person"])
            if owner is None:
                raise CommandError(f"--person: no person {options['person']} in {org.slug}")
        deal = None
        if options["deal"]:
            deal = find_deal_by_external_id(organization=org, external_id=options["deal"])
            if deal is None:
                raise CommandError(f"--deal: no deal '{options['deal']}' in {org.slug}")
        files = _transcript_files(options["paths"])
        imported, failed = 0, 0
        progress = tqdm(files, unit="call", file=sys.stderr, disable=len(files) < 2)
        for path in progress:
            try:
                result = record_call(
                    organization=org,
                    data=path.read_bytes(),
                    source_name=str(path),
                    owner=owner,
                    deal=deal,
                    kind=options["kind"],
                    rep_names=options["rep"],
                )
            except CallImportError as error:
                failed += 1
                progress.write(f"salescoach import calls: {error}", file=sys.stderr)
                continue
            imported += 1
            for warning in result.warnings:
                progress.write(f"{path}: warning: {warning}", file=sys.stderr)
        self.stdout.write(f"Calls: {imported} imported, {failed} rejected.")
        if failed:
            raise CommandError(f"{failed} of {len(files)} files were rejected (see above)")
