"""`salescoach diagnose`: recommended learning goals for reps, from the organisation's evidence."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from salescoach.goals.selectors import diagnosis_as_shown
from salescoach.goals.services import diagnose_organization
from salescoach.org.management.options import as_of_option, organization_option


class Command(BaseCommand):
    help = "Diagnose reps from pipeline, activity and call evidence; print recommendations."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", help="Organisation slug (needed when there are several).")
        parser.add_argument("--person", help="Only this rep (e-mail).")
        parser.add_argument("--format", choices=("json", "text"), default="text")
        parser.add_argument("--as-of", default=None, help="Diagnose as of this date (today).")
        parser.add_argument(
            "--save",
            action="store_true",
            help="Store the recommendations for manager and rep to accept.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        org = organization_option(options["org"])
        as_of = as_of_option(options["as_of"])
        results = diagnose_organization(
            organization=org, as_of=as_of, person_email=options["person"], save=options["save"]
        )
        if options["person"] and not results:
            raise CommandError(f"--person: no active rep {options['person']} in {org.slug}")
        # An operator reads no private coaching content: advice on achievement drive is
        # counted, not shown, and self-assessed figures are blanked, in both formats.
        shown = diagnosis_as_shown(results)
        if options["format"] == "json":
            self.stdout.write(json.dumps(shown, indent=2))
            return
        for diagnosis in shown:
            self.stdout.write(diagnosis["person"])
            for rec in diagnosis["recommendations"]:
                self.stdout.write(f"  [{rec['confidence']:.2f}] {rec['area']}: {rec['title']}")
                self.stdout.write(f"         {rec['why']}")
            withheld = diagnosis["withheld_recommendations"]
            if withheld:
                self.stdout.write(
                    f"  {withheld} recommendation{'s' if withheld > 1 else ''} on achievement "
                    "drive, for the rep and those they share their summary with"
                )
            elif not diagnosis["recommendations"]:
                self.stdout.write("  no recommendation from the evidence so far")
            for note in diagnosis["missing_evidence"]:
                self.stdout.write(f"  missing: {note}")
