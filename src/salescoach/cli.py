"""The `salescoach` console script: this project's manage.py, plus database-free commands."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

# Commands that run without Django (no settings, no database).
PURE_COMMANDS = {"analyze-call"}


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch `salescoach COMMAND ...`; Django management commands are the default."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in PURE_COMMANDS:
        from salescoach.calls_cli import run_analyze_call  # noqa: PLC0415 - keeps Django unloaded

        status: int = run_analyze_call(args[1:])
        return status
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "salescoach.config.settings")
    from django.core.management import execute_from_command_line  # noqa: PLC0415 - after settings

    try:
        execute_from_command_line(["salescoach", *args])
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
