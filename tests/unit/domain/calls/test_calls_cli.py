"""`salescoach analyze-call` run in-process: output shapes, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from salescoach.calls_cli import run_analyze_call

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "calls"
CALL = FIXTURES / "discovery.vtt"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_analyze_call(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_golden_call_gives_its_hand_worked_figures() -> None:
    code, out, err = run(str(CALL), "--rep", "ann rep")
    assert (code, err) == (0, "")
    result = json.loads(out)
    expected = json.loads((FIXTURES / "discovery.expected.json").read_text(encoding="utf-8"))
    assert {key: result[key] for key in expected} == expected
    assert result["roles"][0] == {
        "speaker": "Ann Rep",
        "role": "rep",
        "method": "flag",
        "confidence": 1.0,
    }
    assert "sentences" not in result


def test_several_files_give_a_list_and_a_bad_one_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"foo": 1}', encoding="utf-8")
    code, out, err = run(str(CALL), str(bad), "--detail")
    assert code == 1
    results = json.loads(out)
    assert len(results) == 1
    assert "sentences" in results[0]
    errors = [line for line in err.splitlines() if line.startswith("salescoach analyze-call:")]
    assert len(errors) == 1
    assert errors[0].startswith(f"salescoach analyze-call: {bad}: JSON without")


def test_a_folder_is_analysed_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "a.vtt").write_bytes(CALL.read_bytes())
    (tmp_path / "b.txt").write_text("Ann: What made you call?\nBob: We need help.\n", "utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF")
    code, out, _ = run(str(tmp_path))
    assert code == 0
    assert [r["file"].rsplit("/", 1)[-1] for r in json.loads(out)] == ["a.vtt", "b.txt"]


def test_the_text_report_names_figures_and_their_references() -> None:
    code, out, _ = run(str(CALL), "--rep", "Ann Rep", "--format", "text")
    assert code == 0
    assert "rep talk share in discovery: 40%" in out
    assert "methodology bar" in out
    assert "Gong Labs" in out


def test_a_service_call_reports_its_steps_as_text(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("Ann: What seems to be the problem?\nBob: It crashes.\n", "utf-8")
    code, out, _ = run(str(path), "--kind", "service", "--format", "text")
    assert code == 0
    assert "problem-solving steps reached: understand" in out
    # Selling figures are for sales calls only.
    assert "discovery" not in out
    assert "focus" not in out
    assert "pitch before need" not in out


@pytest.mark.parametrize("argv", [[], ["--kind", "demo", "x.vtt"], ["--nope", "x.vtt"]])
def test_bad_usage_exits_2(argv: list[str]) -> None:
    assert run(*argv)[0] == 2


def test_a_missing_path_exits_1(tmp_path: Path) -> None:
    code, out, err = run(str(tmp_path / "nowhere.vtt"))
    assert code == 1
    assert json.loads(out) == []
    assert "not a file or directory" in err


def test_the_command_does_not_import_django() -> None:
    probe = "import sys, salescoach.calls_cli; print('django' in sys.modules)"
    done = subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
