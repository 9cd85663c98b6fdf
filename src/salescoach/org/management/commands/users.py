"""`salescoach users list --format json|text`: every login with role, team and organisation."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from salescoach.org.selectors import all_logins


class Command(BaseCommand):
    help = "List logins."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        listing = sub.add_parser("list", help="List every login.")
        listing.add_argument("--format", choices=("json", "text"), default="text")
        listing.add_argument("--org", default=None, help="Only this organisation (slug).")

    def handle(self, *args: Any, **options: Any) -> None:
        people = all_logins()
        if options["org"]:
            people = people.filter(organization__slug=options["org"])
        rows = [
            {
                "email": p.email,
                "name": p.name,
                "role": p.role,
                "team": p.team.name if p.team else None,
                "organization": p.organization.slug,
            }
            for p in people
        ]
        if options["format"] == "json":
            self.stdout.write(json.dumps(rows, indent=2))
            return
        if not rows:
            self.stdout.write("No logins yet. Load the demo with `salescoach demo`.")
        for row in rows:
            self.stdout.write(
                f"{row['organization']:<14} {row['role']:<10} {row['email']:<40} "
                f"{row['team'] or ''}"
            )
