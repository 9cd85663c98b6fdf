"""`salescoach serve`: migrate, optionally load the demo, and serve the product."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from salescoach.demo.generator import generate_demo
from salescoach.demo.load import has_any_organization, load_demo, stored_demo_logins
from salescoach.demo.management.commands.demo import print_logins


class Command(BaseCommand):
    help = "Apply migrations, collect static files and serve salescoach (gunicorn)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default="127.0.0.1:8000", help="Address to listen on.")
        parser.add_argument("--workers", type=int, default=2, help="Worker processes.")
        parser.add_argument(
            "--demo-if-empty",
            action="store_true",
            help="Load the demo organisation when the database is empty.",
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="Do not start the background worker (run `salescoach db_worker` yourself).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        if not settings.DEBUG:
            call_command("collectstatic", interactive=False, verbosity=0)
        if options["demo_if_empty"]:
            if has_any_organization():
                self.stdout.write("The database has data; the demo was not loaded again.")
                print_logins(self.stdout.write, stored_demo_logins())
            else:
                self.stdout.write("Empty database: loading the demo organisation…")
                logins = load_demo(generate_demo(as_of=timezone.localdate()))
                print_logins(self.stdout.write, logins)
        if not options["no_worker"]:
            # The worker shares the terminal's process group, so Ctrl-C stops it with the server.
            subprocess.Popen([sys.executable, "-m", "salescoach.cli", "db_worker", "--no-reload"])
        url = f"http://{options['bind']}"
        self.stdout.write(self.style.SUCCESS(f"salescoach is serving on {url}/  (Ctrl-C stops it)"))
        self.stdout.flush()
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "salescoach.config.wsgi:application",
            "--bind",
            options["bind"],
            "--workers",
            str(options["workers"]),
            "--access-logfile",
            "-",
            "--graceful-timeout",
            "5",
        ]
        os.execv(sys.executable, argv)  # noqa: S606 - replaces this process with the server
