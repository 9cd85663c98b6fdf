"""Calendar files (iCalendar .ics) as meeting activities, for time allocation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import IO, Any

from dateutil.rrule import rrulestr  # type: ignore[import-untyped]  # no stubs installed
from icalendar import Calendar

from salescoach.domain.pipeline.importing import ImportNote, ImportProblem, ProblemLog
from salescoach.domain.pipeline.records import ActivityRecord

MAX_OCCURRENCES = 1000  # per recurring event, however wide the window


def _attendee_email(value: Any) -> str:
    text = str(value).strip()
    return text.split(":", 1)[1].lower() if text.lower().startswith("mailto:") else text.lower()


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _occurrences(
    event: Any, start: dt.datetime, window: tuple[dt.date, dt.date]
) -> list[dt.datetime]:
    """Start times of a recurring event's occurrences inside the window (both days included),
    honouring EXDATE; at most MAX_OCCURRENCES."""
    rules = rrulestr(event.get("rrule").to_ical().decode(), dtstart=start, forceset=True)
    raw = event.get("exdate", [])
    for group in raw if isinstance(raw, list) else [raw]:
        for excluded in group.dts:
            if isinstance(excluded.dt, dt.datetime):
                rules.exdate(_aware(excluded.dt))
    low = dt.datetime.combine(window[0], dt.time(), tzinfo=start.tzinfo)
    high = dt.datetime.combine(window[1], dt.time.max, tzinfo=start.tzinfo)
    found: list[dt.datetime] = []
    for occurrence in rules.between(low, high, inc=True):
        found.append(occurrence)
        if len(found) == MAX_OCCURRENCES:
            break
    return found


def read_calendar(
    data: bytes | IO[bytes],
    *,
    own_domains: frozenset[str],
    expand_between: tuple[dt.date, dt.date] | None = None,
) -> Iterator[dict[str, Any] | ImportProblem | ImportNote]:
    """One meeting activity (a dict of activity fields) per timed VEVENT, numbered from 1 in
    file order. All-day and cancelled events are skipped with a note whose `reason` is
    "all_day" or "cancelled". A recurring event (RRULE) gives one activity per occurrence
    inside `expand_between`; without a window it counts once, with a "recurring_once" note.
    Customer-facing when an attendee's e-mail domain is not one of `own_domains`."""
    raw = data if isinstance(data, bytes) else data.read()
    try:
        calendar = Calendar.from_ical(raw)
    except (ValueError, IndexError, KeyError) as error:
        yield ImportProblem(1, None, f"not an iCalendar file: {error}")
        return
    for number, event in enumerate(calendar.walk("VEVENT"), start=1):
        uid = str(event.get("uid", "")).strip()
        if not uid:
            yield ImportProblem(number, "UID", "event without a UID")
            continue
        if str(event.get("status", "")).upper() == "CANCELLED":
            yield ImportNote(number, f"cancelled event '{uid}' skipped", "cancelled")
            continue
        start = event.decoded("dtstart", None)
        if start is None:
            yield ImportProblem(number, "DTSTART", "event without a start")
            continue
        if not isinstance(start, dt.datetime):
            yield ImportNote(number, f"all-day event '{uid}' skipped", "all_day")
            continue
        start = _aware(start)
        end = event.decoded("dtend", None)
        if isinstance(end, dt.datetime):
            minutes = int((_aware(end) - start).total_seconds() // 60)
        else:
            duration = event.decoded("duration", None)
            minutes = int(duration.total_seconds() // 60) if duration else 0
        if minutes < 0:
            yield ImportProblem(number, "DTEND", "ends before it starts")
            continue
        people = event.get("attendee", [])
        attendees = [_attendee_email(a) for a in (people if isinstance(people, list) else [people])]
        external = [a for a in attendees if a.rsplit("@", 1)[-1] not in own_domains]
        fields = {
            "activity_id": f"ics:{uid}",
            "type": "meeting",
            "occurred_at": start,
            "duration_min": minutes,
            "subject": str(event.get("summary", ""))[:500],
            "attendees": ";".join(attendees),
            "customer_facing": bool(external),
        }
        if not event.get("rrule"):
            yield fields
        elif expand_between is None:
            yield ImportNote(number, f"recurring event '{uid}' counted once", "recurring_once")
            yield fields
        else:
            for moment in _occurrences(event, start, expand_between):
                yield {
                    **fields,
                    "activity_id": f"ics:{uid}:{moment.isoformat()}",
                    "occurred_at": moment,
                }


def read_calendar_activities(
    data: bytes | IO[bytes],
    *,
    person: str,
    own_domains: frozenset[str],
    problems: ProblemLog,
    notes: list[ImportNote] | None = None,
    expand_between: tuple[dt.date, dt.date] | None = None,
) -> Iterator[ActivityRecord]:
    """`read_calendar` as activity records of `person`; problems go to `problems`, notes (when
    a list is given) to `notes`."""
    for item in read_calendar(data, own_domains=own_domains, expand_between=expand_between):
        if isinstance(item, ImportProblem):
            problems.add(item)
        elif isinstance(item, ImportNote):
            if notes is not None:
                notes.append(item)
        else:
            yield ActivityRecord(
                person=person,
                occurred_at=item["occurred_at"],
                duration_min=item["duration_min"],
                customer_facing=item["customer_facing"],
                activity_id=item["activity_id"],
                type="meeting",
            )
