"""iCalendar invites for check-ins (RFC 5545, built with the icalendar package)."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event, vCalAddress, vText

from salescoach.coaching.models import CheckIn

PRODID = "-//salescoach//coaching check-ins//EN"


def check_in_invite(check_in: CheckIn, *, now: dt.datetime) -> bytes:
    """A REQUEST invite for one check-in, organised by the manager, with the rep attending."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    event = Event()
    event.add("uid", f"{check_in.uid}@salescoach")
    event.add("dtstamp", now)
    event.add("dtstart", check_in.due_at)
    event.add("dtend", check_in.due_at + dt.timedelta(minutes=check_in.duration_min))
    event.add("summary", check_in.title)
    event.add(
        "description",
        "A check-in agreed in your coaching session: how is the plan going, "
        "what helped, what got in the way, and what comes next.",
    )
    organizer = vCalAddress(f"mailto:{check_in.manager.email}")
    organizer.params["cn"] = vText(check_in.manager.name)
    event["organizer"] = organizer
    attendee = vCalAddress(f"mailto:{check_in.person.email}")
    attendee.params["cn"] = vText(check_in.person.name)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    event.add("attendee", attendee, encode=False)
    event.add("sequence", 0)
    calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical
