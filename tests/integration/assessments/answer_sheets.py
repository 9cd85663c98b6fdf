"""Complete answer sheets for the shipped instruments, and a quick way to submit one."""

from __future__ import annotations

from salescoach.assessments import services
from salescoach.assessments.instruments import catalogue
from salescoach.assessments.models import AssessmentResponse
from salescoach.domain.assessments.scoring import Answer
from salescoach.org.access import viewer_for_person
from salescoach.org.models import Person


def sheet(key: str, likert: int = 4, **overrides: Answer) -> dict[str, Answer]:
    """Every likert item answered `likert`, every choice item its first option, required text
    items a short sentence; then the overrides."""
    answers: dict[str, Answer] = {}
    for item in catalogue().latest(key).items:
        if item.kind == "likert":
            answers[item.key] = likert
        elif item.kind == "choice":
            answers[item.key] = item.options[0].value
        elif item.required:
            answers[item.key] = "In my own words."
    answers.update(overrides)
    return answers


def submit(person: Person, key: str, likert: int = 4, **overrides: Answer) -> AssessmentResponse:
    viewer = viewer_for_person(person)
    draft = services.start_response(viewer=viewer, key=key)
    response, score = services.submit_response(
        viewer=viewer, response_id=draft.pk, answers=sheet(key, likert, **overrides)
    )
    assert score.is_complete
    return response
