"""Routes for coaching."""

from django.urls import path

from salescoach.coaching import board_views, views

app_name = "coaching"
urlpatterns = [
    path("people/<int:pk>/scorecard/", views.scorecard, name="scorecard"),
    path("sessions/", views.session_list, name="session_list"),
    path("sessions/plan/", views.session_plan, name="session_plan"),
    path("sessions/<int:pk>/", views.session_detail, name="session_detail"),
    path("sessions/<int:pk>/notes/", views.session_note_add, name="session_note_add"),
    path(
        "sessions/<int:pk>/commitments/",
        views.session_commitment_add,
        name="session_commitment_add",
    ),
    path("sessions/<int:pk>/held/", views.session_held, name="session_held"),
    path("sessions/<int:pk>/agenda/", views.session_agenda_refresh, name="session_agenda"),
    path("sessions/<int:pk>/exercise/", views.session_exercise, name="session_exercise"),
    path("notes/<int:pk>/edit/", views.note_edit, name="note_edit"),
    path(
        "commitments/<int:pk>/follow-up/",
        views.commitment_follow_up,
        name="commitment_follow_up",
    ),
    path("board/", board_views.team_board, name="board"),
    path("board/team-board.csv", board_views.team_board_csv, name="board_csv"),
    path("board/team-board.xlsx", board_views.team_board_xlsx, name="board_xlsx"),
    path("quality/", board_views.coaching_quality, name="quality"),
    path("organisation/", board_views.organisation_coaching, name="organisation"),
    path("sessions/<int:pk>/summary.pdf", board_views.session_summary_pdf, name="session_summary"),
    path("guides/", board_views.guide_list, name="guide_list"),
    path("guides/<int:pk>/", board_views.guide_detail, name="guide_detail"),
    path("guides/<int:pk>/edit/", board_views.guide_edit, name="guide_edit"),
]
