"""`salescoach coaching due`: overdue check-ins and commitments of an organisation."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from salescoach.coaching.selectors import overdue_in_organization
from salescoach.org.management.options import as_of_option, organization_option


class Command(BaseCommand):
    help = "Coaching follow-up from the command line."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        due = sub.add_parser(
            "due", help="Check-ins and commitments past their date (before --as-of)."
        )
        due.add_argument("--org", help="Organisation slug (needed when there are several).")
        due.add_argument("--as-of", default=None, help="Overdue as of this date (today).")
        due.add_argument("--format", choices=("json", "text"), default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        org = organization_option(options["org"])
        as_of = as_of_option(options["as_of"])
        overdue = overdue_in_organization(organization=org, as_of=as_of)
        check_ins = [
            {
                "id": c.pk,
                "title": c.title,
                "due_at": timezone.localtime(c.due_at).isoformat(),
                "days_overdue": (as_of - timezone.localtime(c.due_at).date()).days,
                "rep": c.person.email,
                "manager": c.manager.email,
            }
            for c in overdue.check_ins
        ]
        commitments = [
            {
                "id": c.pk,
                "text": c.text,
                "due_on": c.due_on.isoformat(),
                "days_overdue": (as_of - c.due_on).days,
                "owner": c.owner.email,
                "rep": c.rep.email,
                "session_id": c.session_id,
            }
            for c in overdue.commitments
        ]
        if options["format"] == "json":
            payload = {
                "organization": org.slug,
                "as_of": as_of.isoformat(),
                "check_ins": check_ins,
                "commitments": commitments,
            }
            self.stdout.write(json.dumps(payload, indent=2))
            return
        self.stdout.write(f"{org.slug}: overdue as of {as_of.isoformat()}")
        if not check_ins and not commitments:
            self.stdout.write("  nothing overdue")
        for row in check_ins:
            self.stdout.write(
                f"  check-in   {row['days_overdue']:>3} d  {row['rep']:<32} {row['title']}"
            )
        for item in commitments:
            self.stdout.write(
                f"  commitment {item['days_overdue']:>3} d  {item['owner']:<32} {item['text']}"
            )
