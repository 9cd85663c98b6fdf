"""A broken instrument file stops start-up, naming the file and the field."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path


def _start(tmp_path: Path, package: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "startup_settings.py").write_text(
        "from salescoach.config.settings import *  # noqa: F403\n"
        f"SALESCOACH_INSTRUMENTS_PACKAGE = {package!r}\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "PYTHONPATH": f"{tmp_path}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
        "DJANGO_SETTINGS_MODULE": "startup_settings",
        "SALESCOACH_VAR_DIR": str(tmp_path / "var"),
    }
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _copy_shipped(tmp_path: Path, name: str) -> Path:
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text('"""Instrument files for a start-up test."""\n')
    shipped = resources.files("salescoach.domain.assessments.data")
    for entry in shipped.iterdir():
        if entry.name.endswith(".yaml"):
            with resources.as_file(entry) as source:
                shutil.copy(source, package / entry.name)
    return package


def test_the_shipped_instruments_start(tmp_path: Path) -> None:
    _copy_shipped(tmp_path, "good_instruments")
    result = _start(tmp_path, "good_instruments")
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_a_bad_instrument_file_stops_start_up_naming_file_and_field(tmp_path: Path) -> None:
    package = _copy_shipped(tmp_path, "bad_instruments")
    path = package / "achievement_drive.v1.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    dimension: self_belief\n" in text
    path.write_text(text.replace("    dimension: self_belief\n", "    dimension: grit\n", 1))
    result = _start(tmp_path, "bad_instruments")
    assert result.returncode != 0
    assert "InstrumentSchemaError" in result.stderr
    assert "achievement_drive.v1.yaml: items[0].dimension: unknown dimension 'grit'" in (
        result.stderr
    )
