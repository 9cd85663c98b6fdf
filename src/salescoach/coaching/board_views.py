"""Pages for the team board, coaching quality, the organisation's coaching and coaching guides;
the board exports and the printable session summary."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from salescoach.coaching import board_selectors, exports, services
from salescoach.org.access import viewer_of
from salescoach.org.models import Role

GUIDE_EDITORS = frozenset({Role.ENABLEMENT, Role.ADMIN})


def _download(content: bytes, *, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def team_board(request: HttpRequest) -> HttpResponse:
    """The manager's reps by the three conversations, flags, and who to coach next (managers)."""
    board = board_selectors.team_board_for_viewer(
        viewer=viewer_of(request), as_of=timezone.localdate()
    )
    template = "coaching/board.html" + ("#board-table" if request.htmx else "")  # type: ignore[attr-defined]
    return render(request, template, {"board": board})


def team_board_csv(request: HttpRequest) -> HttpResponse:
    """The team board as CSV (text that a spreadsheet would run as a formula is neutralised)."""
    board = board_selectors.team_board_for_viewer(
        viewer=viewer_of(request), as_of=timezone.localdate()
    )
    return _download(
        exports.board_csv(exports.board_table(board)),
        filename=f"team-board-{board.as_of.isoformat()}.csv",
        content_type="text/csv; charset=utf-8",
    )


def team_board_xlsx(request: HttpRequest) -> HttpResponse:
    """The team board as an Excel workbook; every text cell is stored as text."""
    board = board_selectors.team_board_for_viewer(
        viewer=viewer_of(request), as_of=timezone.localdate()
    )
    return _download(
        exports.board_xlsx(exports.board_table(board), as_of=board.as_of),
        filename=f"team-board-{board.as_of.isoformat()}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def coaching_quality(request: HttpRequest) -> HttpResponse:
    """A manager's coaching quality: their own figures, per rep, per manager in their teams."""
    board = board_selectors.team_board_for_viewer(
        viewer=viewer_of(request), as_of=timezone.localdate()
    )
    return render(request, "coaching/quality.html", {"board": board})


def organisation_coaching(request: HttpRequest) -> HttpResponse:
    """Enablement: coaching quality per manager and Limited Performance flags per team."""
    view = board_selectors.organisation_coaching_for_viewer(
        viewer=viewer_of(request), as_of=timezone.localdate()
    )
    return render(request, "coaching/enablement.html", {"org": view})


def session_summary_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The printable summary of a session the rep keeps: shared notes only."""
    summary = board_selectors.session_summary_for_viewer(viewer=viewer_of(request), pk=pk)
    return _download(
        exports.session_summary_pdf(summary),
        filename=f"coaching-session-{pk}-{summary.when:%Y-%m-%d}.pdf",
        content_type="application/pdf",
    )


def guide_list(request: HttpRequest) -> HttpResponse:
    """Coaching questions per stage of the sales process, newest version of each."""
    viewer = viewer_of(request)
    guides = board_selectors.coaching_guides_for_viewer(viewer=viewer)
    return render(
        request,
        "coaching/guide_list.html",
        {"guides": guides, "can_edit": viewer.role in GUIDE_EDITORS},
    )


def guide_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One stage's guide and every earlier version (pk is the stage)."""
    viewer = viewer_of(request)
    guide = board_selectors.stage_guide_for_viewer(viewer=viewer, stage_id=pk)
    return render(
        request,
        "coaching/guide_detail.html",
        {"guide": guide, "can_edit": viewer.role in GUIDE_EDITORS},
    )


@require_http_methods(["GET", "POST"])
def guide_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Enablement and administrators save a new version of a stage's questions (one a line)."""
    viewer = viewer_of(request)
    if viewer.role not in GUIDE_EDITORS:
        raise Http404("Only enablement and administrators edit coaching guides.")
    guide = board_selectors.stage_guide_for_viewer(viewer=viewer, stage_id=pk)
    text = "\n".join(guide.current.questions) if guide.current else ""
    error = ""
    if request.method == "POST":
        text = request.POST.get("questions", "")
        try:
            saved = services.save_coaching_guide(
                viewer=viewer, stage=guide.stage, questions=text.splitlines()
            )
        except services.CoachingError as exc:
            error = str(exc)
        else:
            messages.success(request, f"Saved version {saved.version} of the {guide.stage} guide.")
            return redirect(reverse("coaching:guide_detail", args=[pk]))
    return render(
        request,
        "coaching/guide_edit.html",
        {"guide": guide, "text": text, "error": error},
        status=400 if error else 200,
    )
