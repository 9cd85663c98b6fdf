"""Home pages per role, and the error pages."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from salescoach.org import selectors as org_selectors
from salescoach.org.access import person_of, viewer_of
from salescoach.org.models import Role
from salescoach.pipeline import selectors as pipeline_selectors


def home(request: HttpRequest) -> HttpResponse:
    """What the signed-in person may see, at a glance, for their role."""
    person = person_of(request)
    if person is None:
        return render(request, "web/no_person.html", status=403)
    viewer = viewer_of(request)
    year_start = dt.date(timezone.localdate().year, 1, 1)
    context: dict[str, object] = {"person": person, "year_start": year_start}
    if person.role == Role.ADMIN:
        context["people_count"] = org_selectors.visible_people(viewer=viewer).count()
        context["teams"] = org_selectors.visible_teams(viewer=viewer)
        return render(request, "web/home_admin.html", context)
    summaries = pipeline_selectors.deal_summary_by_owner(viewer=viewer, since=year_start)
    if person.role == Role.REP:
        context["summary"] = summaries.get(person.pk)
        context["recent_deals"] = pipeline_selectors.visible_deals(viewer=viewer)[:8]
        context["recent_activities"] = pipeline_selectors.visible_activities(viewer=viewer)[:8]
        return render(request, "web/home_rep.html", context)
    people = list(org_selectors.visible_people(viewer=viewer).exclude(pk=person.pk))
    context["rows"] = [(p, summaries.get(p.pk)) for p in people]
    context["teams"] = org_selectors.visible_teams(viewer=viewer)
    return render(request, "web/home_team.html", context)
