"""Shared test set-up: a fast password hasher and a small two-organisation world."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from tests.world import World, build_world

# The `smtp` fixture: a real local SMTP server for tests that send mail.
pytest_plugins = ["tests.smtp"]


@pytest.fixture(autouse=True)
def _test_settings(settings: pytest.FixtureRequest) -> None:
    """A fast hasher (security is not under test here) and static files served from the apps."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # type: ignore[attr-defined]
    settings.STORAGES = {  # type: ignore[attr-defined]
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[str]], int]:
    """Run the console script in-process. Django closes connections after a command, which
    would end the test's transaction on PostgreSQL; here the test keeps its connection."""
    from django.db import connections

    from salescoach.cli import main

    monkeypatch.setattr(connections, "close_all", lambda: None)
    return main


@pytest.fixture
def pin_today(monkeypatch: pytest.MonkeyPatch) -> Callable[[dt.date], None]:
    """Pin the day that pages and the API read from the clock (`timezone.localdate()`), for
    tests of answers that depend on it; `timezone.now()` stays real."""
    from django.utils import timezone

    real = timezone.localdate

    def pin(day: dt.date) -> None:
        def localdate(
            value: dt.datetime | None = None, timezone: dt.tzinfo | None = None
        ) -> dt.date:
            return day if value is None else real(value, timezone)

        monkeypatch.setattr(timezone, "localdate", localdate)

    return pin


@pytest.fixture
def world(db: None) -> World:
    """Two organisations with nested teams, every role, and deals/activities per rep."""
    return build_world()
