"""Template context shared by every page: the signed-in person and their navigation."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from salescoach.org.access import person_of
from salescoach.org.models import Role

NAV_BY_ROLE: dict[str, list[tuple[str, str]]] = {
    Role.REP: [
        ("web:home", "Home"),
        ("pipeline:deal_list", "My deals"),
        ("pipeline:analytics", "My pipeline"),
        ("pipeline:activity_list", "My activities"),
        ("calls:call_list", "My calls"),
        ("coaching:session_list", "My coaching"),
        ("assessments:index", "Self-assessments"),
    ],
    Role.MANAGER: [
        ("web:home", "Home"),
        ("org:person_list", "My team"),
        ("coaching:board", "Team board"),
        ("coaching:session_list", "Coaching sessions"),
        ("pipeline:deal_list", "Team deals"),
        ("pipeline:analytics", "Pipeline analytics"),
        ("calls:call_list", "Calls"),
        ("pipeline:activity_list", "Activities"),
        ("assessments:index", "Self-assessments"),
    ],
    Role.ENABLEMENT: [
        ("web:home", "Home"),
        ("org:person_list", "People"),
        ("pipeline:deal_list", "Deals"),
        ("pipeline:analytics", "Pipeline analytics"),
        ("calls:call_list", "Calls"),
        ("pipeline:process_detail", "Sales process"),
        ("pipeline:import_list", "Imports"),
        ("coaching:organisation", "Coaching"),
        ("coaching:guide_list", "Coaching guides"),
        ("assessments:organisation", "Mindset and maturity"),
    ],
    Role.ADMIN: [
        ("web:home", "Home"),
        ("org:person_list", "People"),
        ("pipeline:process_detail", "Sales process"),
        ("pipeline:import_list", "Imports"),
        ("coaching:guide_list", "Coaching guides"),
    ],
}


def navigation(request: HttpRequest) -> dict[str, Any]:
    """The current person (if any) and the navigation links for their role."""
    if getattr(request, "user", None) is None:
        return {"current_person": None, "nav_links": []}
    person = person_of(request)
    links = NAV_BY_ROLE.get(person.role, []) if person else []
    return {"current_person": person, "nav_links": links}
