"""iCalendar files as meeting activities: attendees, durations, skips and recurrences."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from salescoach.domain.pipeline.calendar_import import read_calendar, read_calendar_activities
from salescoach.domain.pipeline.importing import ImportNote, ImportProblem, ProblemLog

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "imports"
OWN = frozenset({"acme.test"})


Item = dict[str, Any] | ImportProblem | ImportNote


def _split(
    items: Sequence[Item],
) -> tuple[list[dict[str, Any]], list[ImportProblem], list[ImportNote]]:
    rows = [i for i in items if isinstance(i, dict)]
    problems = [i for i in items if isinstance(i, ImportProblem)]
    notes = [i for i in items if isinstance(i, ImportNote)]
    return rows, problems, notes


def test_timed_events_become_meetings_and_skips_are_counted_by_reason() -> None:
    items = list(read_calendar((FIXTURES / "calendar.ics").read_bytes(), own_domains=OWN))
    rows, problems, notes = _split(items)
    assert problems == []
    # evt-1: 09:00-10:00 with an outside buyer → customer-facing, 60 min.
    # evt-2: 15 min, colleagues only → internal; recurring, counted once without a window.
    assert [(r["activity_id"], r["duration_min"], r["customer_facing"]) for r in rows] == [
        ("ics:evt-1@test", 60, True),
        ("ics:evt-2@test", 15, False),
    ]
    assert Counter(n.reason for n in notes) == {"recurring_once": 1, "all_day": 1, "cancelled": 1}


def test_recurring_events_expand_inside_the_window_without_excluded_dates() -> None:
    log = ProblemLog()
    notes: list[ImportNote] = []
    with (FIXTURES / "recurring.ics").open("rb") as data:
        activities = list(
            read_calendar_activities(
                data,
                person="omar.diaz@acme.test",
                own_domains=OWN,
                problems=log,
                notes=notes,
                expand_between=(dt.date(2026, 1, 1), dt.date(2026, 1, 31)),
            )
        )
    weekly = [a for a in activities if a.activity_id.startswith("ics:weekly-1")]
    # Mondays 5, 12, 19, 26 January; 12 January is excluded (EXDATE) → three.
    assert [a.occurred_at.day for a in weekly] == [5, 19, 26]
    assert all(a.duration_min == 20 and not a.customer_facing for a in weekly)
    (demo,) = [a for a in activities if a.activity_id == "ics:demo-2@test"]
    # DURATION instead of DTEND; MAILTO in capitals and an outside domain → customer-facing.
    assert (demo.duration_min, demo.customer_facing, demo.type) == (45, True, "meeting")
    assert [(p.row, p.column) for p in log.problems] == [(3, "DTEND"), (4, "UID")]
    assert notes == []


def test_a_calendar_read_without_a_notes_list_still_yields_activities() -> None:
    log = ProblemLog()
    data = io.BytesIO((FIXTURES / "calendar.ics").read_bytes())
    activities = list(
        read_calendar_activities(data, person="omar.diaz@acme.test", own_domains=OWN, problems=log)
    )
    assert len(activities) == 2
    assert not log


def test_an_event_without_start_or_end_and_a_file_that_is_not_a_calendar() -> None:
    text = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20260105T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    rows, problems, _ = _split(list(read_calendar(text, own_domains=OWN)))
    assert problems == [ImportProblem(1, "DTSTART", "event without a start")]
    assert [(r["activity_id"], r["duration_min"], r["customer_facing"]) for r in rows] == [
        ("ics:b", 0, False)
    ]
    (problem,) = read_calendar(b"this is not a calendar", own_domains=OWN)
    assert isinstance(problem, ImportProblem)
    assert problem.message.startswith("not an iCalendar file")


def test_a_floating_time_is_taken_as_utc_and_a_single_attendee_is_read() -> None:
    text = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:f\r\nDTSTART:20260105T090000\r\n"
        b"DTEND:20260105T093000\r\nATTENDEE:buyer@cobalt.test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (row,) = read_calendar(text, own_domains=OWN)
    assert isinstance(row, dict)
    assert row["occurred_at"] == dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)
    assert (row["duration_min"], row["attendees"], row["customer_facing"]) == (
        30,
        "buyer@cobalt.test",
        True,
    )


def test_occurrences_are_capped_and_all_day_exclusions_do_not_apply_to_timed_events() -> None:
    text = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:daily\r\nDTSTART:20260101T090000Z\r\n"
        b"DTEND:20260101T091500Z\r\nRRULE:FREQ=DAILY\r\nEXDATE;VALUE=DATE:20260102\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    window = (dt.date(2026, 1, 1), dt.date(2031, 1, 1))  # about 1,800 days
    rows, _, _ = _split(list(read_calendar(text, own_domains=OWN, expand_between=window)))
    assert len(rows) == 1000
    assert rows[1]["occurred_at"] == dt.datetime(2026, 1, 2, 9, tzinfo=dt.UTC)


def test_a_note_reads_as_its_row_and_message() -> None:
    assert str(ImportNote(4, "all-day event 'x' skipped", "all_day")) == (
        "row 4: all-day event 'x' skipped"
    )


def test_notes_are_handed_back_when_a_list_is_given() -> None:
    notes: list[ImportNote] = []
    data = (FIXTURES / "calendar.ics").read_bytes()
    log = ProblemLog()
    list(
        read_calendar_activities(
            data, person="x@acme.test", own_domains=OWN, problems=log, notes=notes
        )
    )
    assert sorted(n.reason for n in notes) == ["all_day", "cancelled", "recurring_once"]
