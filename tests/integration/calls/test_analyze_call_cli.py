"""`salescoach analyze-call` runs without a database, on files and folders."""

from __future__ import annotations

import io
import json
from pathlib import Path

from salescoach.calls_cli import run_analyze_call

VTT = (
    "WEBVTT\n\n00:00.000 --> 00:04.000\n<v Ann>What brings you here?</v>\n\n"
    "00:04.500 --> 00:09.000\n<v Bob>We need better reports.</v>\n"
)


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_analyze_call(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_one_file_prints_one_json_object(tmp_path: Path) -> None:
    path = tmp_path / "a.vtt"
    path.write_text(VTT)
    code, out, _ = _run(str(path), "--rep", "Ann")
    assert code == 0
    result = json.loads(out)
    assert result["analyzer_version"]
    assert result["questions"] == {"total": 1, "open": 1, "closed": 0, "per_hour": 400.0}
    assert [s["role"] for s in result["speakers"]] == ["rep", "customer"]
    assert "sentences" not in result


def test_a_folder_prints_a_list_and_a_bad_file_fails_with_its_name(tmp_path: Path) -> None:
    (tmp_path / "a.vtt").write_text(VTT)
    (tmp_path / "b.srt").write_bytes(b"\x00\x00")
    code, out, err = _run(str(tmp_path), "--detail")
    assert code == 1
    results = json.loads(out)
    assert len(results) == 1
    assert results[0]["sentences"][0]["labels"] == ["question_open"]
    assert f"{tmp_path / 'b.srt'}: binary" in err


def test_text_format_names_both_references(tmp_path: Path) -> None:
    path = tmp_path / "a.vtt"
    path.write_text(VTT)
    code, out, _ = _run(str(path), "--format", "text")
    assert code == 0
    assert "methodology bar" in out
    assert "Gong Labs" in out


def test_bad_usage_exits_2() -> None:
    assert _run("--format", "xml", "x")[0] == 2
