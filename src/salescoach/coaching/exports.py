"""File builders for coaching exports: the team board as CSV and XLSX, a session summary PDF.

Builders take plain values and return bytes; the views decide who may download what.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.cell.cell import Cell

from salescoach.coaching.board_selectors import SessionSummary, TeamBoard
from salescoach.domain.csvlines import csv_lines
from salescoach.domain.pipeline.importing import neutralise_spreadsheet_cell

Value = str | int | float | None

BOARD_COLUMNS: tuple[str, ...] = (
    "Coach next (rank)",
    "Rep",
    "Team",
    "Won (365 days)",
    "Lost (365 days)",
    "Win rate",
    "Selling hours per week",
    "Analysed calls",
    "Rep talk share",
    "Shared mindset summary",
    "Sessions (90 days)",
    "Sessions per month",
    "Longest gap (days)",
    "Last session",
    "Next session",
    "Behaviour share",
    "Follow-up rate",
    "Open commitments",
    "Overdue commitments",
    "Limited Performance flag",
    "Urgency points",
    "Why",
)


def _rounded(value: float | None, places: int = 3) -> float | None:
    return None if value is None else round(value, places)


def board_table(board: TeamBoard) -> list[list[Value]]:
    """The board as rows of plain values under `BOARD_COLUMNS` (shares as fractions 0..1)."""
    rows: list[list[Value]] = []
    for row in board.rows:
        q = row.coaching
        rows.append(
            [
                row.rank,
                row.person.name,
                row.team_name,
                row.won,
                row.lost,
                _rounded(row.win_rate),
                _rounded(row.selling_hours_per_week, 1),
                row.calls,
                _rounded(row.rep_talk_share),
                row.mindset_summary or "",
                q.sessions,
                _rounded(q.sessions_per_rep_month, 2),
                q.longest_gap_days,
                row.last_session_on.isoformat() if row.last_session_on else "",
                row.next_session_on.isoformat() if row.next_session_on else "",
                _rounded(q.behaviour_share),
                _rounded(q.follow_up_rate),
                row.open_commitments,
                row.overdue_commitments,
                "yes" if row.flag.flagged else "no",
                row.priority.points,
                "; ".join(row.priority.reasons),
            ]
        )
    return rows


def _csv_cell(value: Value) -> str:
    """A value as CSV text: blank for none; text a spreadsheet would run as a formula gets a
    leading apostrophe."""
    if value is None:
        return ""
    return neutralise_spreadsheet_cell(value) if isinstance(value, str) else str(value)


def board_csv(rows: Sequence[Sequence[Value]]) -> bytes:
    """UTF-8 CSV (with a byte-order mark so spreadsheet programs detect the encoding)."""
    lines = csv_lines(BOARD_COLUMNS, ([_csv_cell(v) for v in row] for row in rows))
    return "".join(lines).encode("utf-8")


def board_xlsx(rows: Sequence[Sequence[Value]], *, as_of: dt.date) -> bytes:
    """One sheet; text is always stored as text, so no cell can become a formula."""
    book = Workbook(write_only=False)
    sheet = book.create_sheet(index=0)
    for extra in book.sheetnames[1:]:
        del book[extra]
    sheet.title = f"Team board {as_of.isoformat()}"
    for r, row in enumerate([list(BOARD_COLUMNS), *rows], start=1):
        for c, value in enumerate(row, start=1):
            cell: Cell = sheet.cell(row=r, column=c)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # never "f" (formula), whatever the text starts with
    sheet.freeze_panes = "C2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_PLAIN = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "•": "-", "→": "->"}
)


def _latin1(text: str) -> str:
    """The PDF's built-in fonts cover Latin-1; anything beyond reads as '?'."""
    return text.translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")


def session_summary_pdf(summary: SessionSummary) -> bytes:
    """A one- or two-page A4 summary of a coaching session for the rep to keep."""
    pdf = FPDF(format="A4")
    pdf.set_title(_latin1(f"Coaching session summary - {summary.rep}"))
    pdf.set_creator("salescoach")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    width = pdf.epw

    def heading(text: str) -> None:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(width, 7, _latin1(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def line(text: str) -> None:
        pdf.multi_cell(width, 5.5, _latin1(text), new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(width, 9, _latin1("Coaching session summary"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    line(f"{summary.rep} with {summary.manager} - {summary.organisation}")
    line(
        f"{summary.kind}, {summary.when:%d %B %Y}, {summary.status.lower()}"
        + (f", {summary.duration_min} minutes" if summary.duration_min else "")
    )
    if summary.conversations:
        line("Conversations covered: " + ", ".join(summary.conversations))

    heading("Outcomes")
    line(summary.outcomes or "No outcomes recorded.")

    heading("Notes shared with you")
    if not summary.shared_notes:
        line("No shared notes.")
    for author, text in summary.shared_notes:
        pdf.set_font("Helvetica", "B", 10)
        line(author)
        pdf.set_font("Helvetica", "", 10)
        line(text)
        pdf.ln(1)

    heading("Commitments")
    if not summary.commitments:
        line("No commitments recorded.")
    for c in summary.commitments:
        line(f"- {c.text} (owner: {c.owner}; due {c.due_on:%d %b %Y}; {c.status})")

    heading("Check-ins")
    if not summary.check_ins:
        line("No check-in planned.")
    for title, due_at in summary.check_ins:
        line(f"- {title}: {due_at:%d %b %Y, %H:%M}")

    pdf.ln(4)
    pdf.set_font("Helvetica", "I", 8)
    line("Manager-only notes are never part of this summary.")
    return bytes(pdf.output())
