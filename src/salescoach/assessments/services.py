"""Writes: taking an instrument, saving answers, submitting, sharing, exporting and deleting."""

from __future__ import annotations

from collections.abc import Mapping

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from salescoach.assessments import selectors
from salescoach.assessments.evidence import coaching_evidence
from salescoach.assessments.instruments import catalogue
from salescoach.assessments.models import (
    AssessmentResponse,
    MaturityAssessment,
    ResponseStatus,
    SummaryShare,
)
from salescoach.domain.assessments.instruments import Instrument, InstrumentItem
from salescoach.domain.assessments.scoring import Answer, AnswerError, Score, score_response
from salescoach.org.access import Viewer, get_or_404
from salescoach.org.models import Person
from salescoach.org.signals import announce_evidence_change

# The instrument whose scores the diagnosis reads (self-belief).
READ_BY_DIAGNOSIS = "achievement_drive"


class AssessmentError(ValueError):
    """A request the assessments cannot carry out; the message says what and, for an answer,
    starts with the item key."""


def instrument_for(*, viewer: Viewer, key: str) -> Instrument:
    """The latest version of an instrument the viewer's role fills in; 404-like error else."""
    try:
        instrument = catalogue().latest(key)
    except KeyError:
        raise AssessmentError(f"instrument: there is no instrument {key!r}") from None
    if instrument.audience != viewer.role:
        raise PermissionDenied(f"{instrument.title} is filled in by {instrument.audience}.")
    return instrument


def parse_form_answer(item: InstrumentItem, raw: str) -> Answer:
    """A submitted form value as the answer type of its item (numbers for likert and choice)."""
    if item.kind in ("likert", "choice"):
        text = raw.strip()
        if not text:
            return ""
        try:
            return int(text)
        except ValueError:
            raise AssessmentError(f"{item.key}: expected a whole number, got {raw!r}") from None
    return raw


def _merge(
    instrument: Instrument, stored: Mapping[str, Answer], new: Mapping[str, Answer]
) -> dict[str, Answer]:
    """Stored answers updated with new ones; an empty value clears an answer. Every new answer
    is checked against its item (AssessmentError names the item)."""
    merged: dict[str, Answer] = dict(stored)
    for key, value in new.items():
        if value == "" or value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    try:
        checked = score_response(instrument, merged)
    except AnswerError as error:
        raise AssessmentError(str(error)) from None
    return dict(checked.answers)


def start_response(*, viewer: Viewer, key: str, subject: str = "") -> AssessmentResponse:
    """The viewer's draft of an instrument: the one they started, or a new one on the latest
    version. Observation forms (observed_style) name whom they describe in `subject`."""
    instrument = instrument_for(viewer=viewer, key=key)
    with transaction.atomic():
        draft = selectors.draft_of(viewer=viewer, instrument=key)
        if draft is not None:
            if subject and subject != draft.subject:
                draft.subject = subject[:200]
                draft.save(update_fields=["subject"])
            return draft
        return AssessmentResponse.objects.create(
            organization_id=viewer.organization_id,
            person_id=viewer.person_id,
            instrument=instrument.key,
            version=instrument.version,
            subject=subject.strip()[:200],
        )


def _own_draft(viewer: Viewer, response_id: int) -> AssessmentResponse:
    """The viewer's own response, locked; another person's id answers 404 (tamper-proof)."""
    response = get_or_404(
        AssessmentResponse.objects.select_for_update(), viewer, action="change", pk=response_id
    )
    if response.person_id != viewer.person_id:  # the access layer already ensures this
        raise PermissionDenied("not your response")
    if response.status != ResponseStatus.DRAFT:
        raise AssessmentError("response: it is submitted; start a new one to answer again")
    return response


def save_answers(
    *, viewer: Viewer, response_id: int, answers: Mapping[str, Answer]
) -> AssessmentResponse:
    """Save some answers to the viewer's draft (each checked; nothing saved on an error)."""
    with transaction.atomic():
        response = _own_draft(viewer, response_id)
        instrument = catalogue().get(response.instrument, response.version)
        response.answers = _merge(instrument, response.answers, answers)
        response.updated_at = timezone.now()
        response.save(update_fields=["answers", "updated_at"])
    return response


def submit_response(
    *, viewer: Viewer, response_id: int, answers: Mapping[str, Answer] | None = None
) -> tuple[AssessmentResponse, Score]:
    """Save the last answers and submit. A response still missing required answers stays a
    draft (answers kept, nothing scored); a complete one is scored with its own version and
    its summary stored for good. Submitting the coaching-maturity instrument also records the
    organisation's placement with the coaching-record figures of the day."""
    with transaction.atomic():
        response = _own_draft(viewer, response_id)
        instrument = catalogue().get(response.instrument, response.version)
        response.answers = _merge(instrument, response.answers, answers or {})
        score = score_response(instrument, response.answers)
        now = timezone.now()
        response.updated_at = now
        if score.is_complete:
            response.status = ResponseStatus.SUBMITTED
            response.summary = score.summary().to_json()
            response.submitted_at = now
        response.save()
        if score.is_complete and instrument.key == "coaching_maturity":
            _record_maturity(viewer, response, score)
        if score.is_complete and instrument.key == READ_BY_DIAGNOSIS:
            _announce(viewer)
    return response, score


def _announce(viewer: Viewer) -> None:
    announce_evidence_change(
        sender="assessments",
        organization_id=viewer.organization_id,
        person_ids=[viewer.person_id],
    )


def _record_maturity(viewer: Viewer, response: AssessmentResponse, score: Score) -> None:
    if score.overall is None:  # pragma: no cover - the maturity instrument has an overall score
        raise AssessmentError("coaching_maturity: the instrument has no overall score")
    figures = coaching_evidence(viewer.organization_id, timezone.localdate())
    MaturityAssessment.objects.create(
        organization_id=viewer.organization_id,
        taken_by_id=viewer.person_id,
        response=response,
        version=response.version,
        level=score.overall.band,
        summary=response.summary or {},
        evidence=figures.to_json() if figures is not None else {},
        submitted_at=response.submitted_at or timezone.now(),
    )


def delete_response(*, viewer: Viewer, response_id: int) -> None:
    """Delete one of the viewer's own responses (draft or submitted)."""
    with transaction.atomic():
        response = get_or_404(
            AssessmentResponse.objects.all(), viewer, action="change", pk=response_id
        )
        response.delete()
        if response.instrument == READ_BY_DIAGNOSIS and response.status == ResponseStatus.SUBMITTED:
            _announce(viewer)


def delete_my_answers(*, viewer: Viewer) -> int:
    """Delete every response and share of the viewer; returns how many responses went. The
    organisation's maturity placement stays (it is the organisation's), without the link."""
    with transaction.atomic():
        count = selectors.my_responses(viewer=viewer).count()
        scored = selectors.my_responses(viewer=viewer).filter(
            instrument=READ_BY_DIAGNOSIS, status=ResponseStatus.SUBMITTED
        )
        if scored.exists():
            _announce(viewer)
        selectors.my_responses(viewer=viewer).delete()
        selectors.my_shares(viewer=viewer).delete()
    return count


def share_summary(*, viewer: Viewer, key: str, recipient_id: int) -> SummaryShare:
    """Let one of the viewer's managers read the summaries of an instrument (idempotent). A new
    share of the instrument the diagnosis reads is announced as an evidence change: whether the
    diagnosis may read the rep's self-belief follows who reads the summary."""
    instrument = instrument_for(viewer=viewer, key=key)
    person = Person.objects.select_related("team").get(pk=viewer.person_id)
    allowed = {p.pk: p for p in selectors.share_recipients(person=person)}
    if recipient_id not in allowed:
        raise AssessmentError("recipient: you can share only with your own manager")
    with transaction.atomic():
        existing = selectors.my_shares(viewer=viewer, active_only=True).filter(
            instrument=instrument.key, recipient_id=recipient_id
        )
        share = existing.first()
        if share is not None:
            return share
        share = SummaryShare.objects.create(
            organization_id=viewer.organization_id,
            person_id=viewer.person_id,
            instrument=instrument.key,
            recipient=allowed[recipient_id],
        )
        if share.instrument == READ_BY_DIAGNOSIS:
            _announce(viewer)
    return share


def revoke_share(*, viewer: Viewer, share_id: int) -> SummaryShare:
    """Stop a share; the record stays with its time of revocation. Stopping a share of the
    instrument the diagnosis reads is announced as an evidence change (`share_summary`)."""
    with transaction.atomic():
        share = get_or_404(
            SummaryShare.objects.select_for_update(), viewer, action="change", pk=share_id
        )
        if share.revoked_at is None:
            share.revoked_at = timezone.now()
            share.save(update_fields=["revoked_at"])
            if share.instrument == READ_BY_DIAGNOSIS:
                _announce(viewer)
    return share
