"""`salescoach demo`: load the deterministic demo organisations into an empty database."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from salescoach.demo.generator import DEMO_PASSWORD, generate_demo
from salescoach.demo.load import (
    DemoAlreadyLoadedError,
    LoadedLogin,
    has_any_organization,
    load_demo,
)
from salescoach.org.management.options import as_of_option


class Command(BaseCommand):
    help = "Load the demo organisations (planted rep profiles, twelve months of deals)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seed", type=int, default=7, help="Random seed (default 7).")
        parser.add_argument("--reps", type=int, default=24, help="Reps in the main organisation.")
        parser.add_argument(
            "--as-of",
            default=None,
            help="The day the demo is built for (default: today); its history ends the day before.",
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already has organisations.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["reps"] < 1 or options["reps"] > 500:
            raise CommandError("--reps must be between 1 and 500")
        if options["if_empty"] and has_any_organization():
            self.stdout.write("The database already has data; the demo was not loaded.")
            return
        as_of = as_of_option(options["as_of"])
        datasets = generate_demo(seed=options["seed"], reps=options["reps"], as_of=as_of)
        try:
            logins = load_demo(datasets)
        except DemoAlreadyLoadedError as error:
            raise CommandError(str(error)) from None
        deals = sum(len(d.deals) for d in datasets)
        activities = sum(len(d.activities) for d in datasets)
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {len(datasets)} organisations: {deals} deals, {activities} activities "
                f"before {as_of.isoformat()}."
            )
        )
        print_logins(self.stdout.write, logins)


def print_logins(write: Any, logins: list[LoadedLogin]) -> None:
    """Print the demo logins worth trying, one per role and planted profile."""
    if not logins:
        return
    write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
    shown: set[tuple[str, str | None]] = set()
    for login in logins:
        key = (login.role, (login.profile or login.email) if login.role == "rep" else login.team)
        if key in shown or not login.email.endswith("@harbourline.example"):
            continue
        if login.role == "rep" and login.profile is None and sum(k[0] == "rep" for k in shown) >= 3:
            continue  # without profiles, a few reps are enough to try
        shown.add(key)
        detail = login.profile or login.team or ""
        write(f"  {login.role:<10} {login.email:<36} {detail}")
