"""Pages for coaching: the rep scorecard."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from salescoach.coaching import selectors
from salescoach.org.access import viewer_of


def scorecard(request: HttpRequest, pk: int) -> HttpResponse:
    """A rep's scorecard by the three conversations; 404 outside the viewer's scope."""
    card = selectors.scorecard_for_viewer(
        viewer=viewer_of(request), person_id=pk, today=timezone.localdate()
    )
    return render(request, "coaching/scorecard.html", {"card": card})
