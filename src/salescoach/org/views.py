"""Pages for people."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from salescoach.org import selectors
from salescoach.org.access import viewer_of

PAGE_SIZE = 50


def person_list(request: HttpRequest) -> HttpResponse:
    """People in the viewer's scope, searchable; htmx requests get only the table."""
    viewer = viewer_of(request)
    search = request.GET.get("q", "").strip()[:100]
    people = selectors.visible_people(viewer=viewer, search=search)
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("page"))
    template = "org/person_list.html" + ("#table" if request.htmx else "")  # type: ignore[attr-defined]
    return render(request, template, {"page": page, "q": search})


def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One person and their place in the organisation; 404 outside the viewer's scope."""
    viewer = viewer_of(request)
    person = selectors.get_person_for_viewer(viewer=viewer, pk=pk)
    reports = selectors.visible_people(viewer=viewer).filter(manager=person)
    return render(request, "org/person_detail.html", {"person": person, "reports": reports})
