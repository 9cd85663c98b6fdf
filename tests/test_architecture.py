"""The architecture, checked: thin views, every page behind sign-in, every route in the matrix."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

SRC = Path(__file__).resolve().parent.parent / "src" / "salescoach"

# Every route of the product and how the access matrix covers it (tests/access/).
COVERED_ROUTES = {
    "web:home",
    "web:login",
    "web:logout",
    "org:person_list",
    "org:person_detail",
    "pipeline:deal_list",
    "pipeline:deal_detail",
    "pipeline:deal_export",
    "pipeline:activity_list",
    "pipeline:process_detail",
    "pipeline:import_list",
    "pipeline:import_detail",
    "pipeline:analytics",
    "calls:call_list",
    "calls:call_detail",
    "calls:call_upload",
    "calls:call_export",
    "coaching:scorecard",
    "goals:recommendation_accept",
    "goals:recommendation_dismiss",
    "goals:diagnose_person",
    "assessments:index",
    "assessments:take",
    "assessments:results",
    "assessments:history",
    "assessments:share",
    "assessments:revoke",
    "assessments:export",
    "assessments:delete",
    "assessments:person_detail",
    "assessments:organisation",
    "coaching:session_list",
    "coaching:session_plan",
    "coaching:session_detail",
    "coaching:session_note_add",
    "coaching:session_commitment_add",
    "coaching:session_held",
    "coaching:session_agenda",
    "coaching:session_exercise",
    "coaching:note_edit",
    "coaching:commitment_follow_up",
    "coaching:board",
    "coaching:board_csv",
    "coaching:board_xlsx",
    "coaching:quality",
    "coaching:organisation",
    "coaching:session_summary",
    "coaching:guide_list",
    "coaching:guide_detail",
    "coaching:guide_edit",
}
COVERED_API = {
    "/api/v1/me",
    "/api/v1/people",
    "/api/v1/people/{person_id}",
    "/api/v1/people/{person_id}/scorecard",
    "/api/v1/deals",
    "/api/v1/deals/{deal_id}",
    "/api/v1/activities",
    "/api/v1/imports",
    "/api/v1/calls",
    "/api/v1/calls/{call_id}",
    "/api/v1/coaching/sessions",
    "/api/v1/coaching/sessions/{session_id}",
    "/api/v1/coaching/sessions/{session_id}/notes",
    "/api/v1/coaching/notes/{note_id}",
    "/api/v1/coaching/commitments",
    "/api/v1/coaching/commitments/{commitment_id}",
    "/api/v1/coaching/goals",
    "/api/v1/assessments",
    "/api/v1/assessments/instruments",
    "/api/v1/assessments/export",
    "/api/v1/assessments/shares",
    "/api/v1/assessments/shares/{share_id}/revoke",
    "/api/v1/assessments/people/{person_id}/summaries",
    "/api/v1/assessments/organisation",
    "/api/v1/assessments/{response_id}",
    "/api/v1/assessments/{response_id}/answers",
    "/api/v1/assessments/{response_id}/submit",
}


def _edge_modules() -> list[Path]:
    return sorted(
        p
        for p in SRC.rglob("*.py")
        if p.name in {"views.py", "api.py", "board_views.py", "scorecard_api.py"}
    )


@pytest.mark.parametrize("path", _edge_modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_views_and_api_never_touch_the_orm_directly(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    offenders = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr == "objects"
    ]
    assert offenders == [], f"{path.name} uses .objects on lines {offenders}; call a selector"


# The stored agenda of a coaching session is a copy made for its manager; it reaches a reader
# only through the filter in `coaching/agenda_access.py` (`selectors.agenda_for_viewer`).
# These modules may touch the stored JSON: the filter, the selector that hands it to the
# filter, the service that writes it, the board that filters it in bulk, and the maturity
# figure that only counts whether there is one.
AGENDA_READERS = {
    "coaching/agenda_access.py",
    "coaching/selectors.py",
    "coaching/services.py",
    "coaching/board_selectors.py",
    "coaching/maturity_evidence.py",
}


def test_the_stored_agenda_is_read_only_through_the_access_filter() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        relative = str(path.relative_to(SRC))
        if "migrations" in path.parts or relative.startswith("domain/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            touches = isinstance(node, ast.Attribute) and node.attr == "agenda"
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"values", "values_list", "only", "defer"}
            ):
                touches = any(
                    isinstance(arg, ast.Constant) and arg.value == "agenda" for arg in node.args
                )
            if touches and relative not in AGENDA_READERS:
                offenders.append(f"{relative}:{node.lineno}")
    assert offenders == [], f"the stored agenda read outside the access filter: {offenders}"


def test_every_module_opens_with_a_docstring() -> None:
    missing = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if "migrations" not in p.parts
        and p.read_text(encoding="utf-8").strip()
        and ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []


def _named_routes() -> set[str]:
    names: set[str] = set()

    def walk(patterns: list[URLPattern | URLResolver], namespace: str) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace in {"admin", "api"}:
                    continue
                ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, ns)
            elif pattern.name:
                names.add(f"{namespace}{pattern.name}")

    walk(get_resolver().url_patterns, "")
    return names


def test_every_page_route_is_covered_by_the_access_matrix() -> None:
    assert _named_routes() == COVERED_ROUTES


def test_every_api_operation_is_covered_by_the_access_matrix(client) -> None:
    paths = set(client.get("/api/v1/openapi.json").json()["paths"])
    assert paths == COVERED_API


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(COVERED_ROUTES - {"web:login", "web:logout"}))
def test_every_page_requires_sign_in(client, route: str) -> None:
    from django.urls import NoReverseMatch, reverse

    try:
        url = reverse(route)
    except NoReverseMatch:  # the route takes the record's id, or an instrument's key
        try:
            url = reverse(route, kwargs={"pk": 1})
        except NoReverseMatch:
            url = reverse(route, kwargs={"key": "purpose"})
    response = client.get(url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
