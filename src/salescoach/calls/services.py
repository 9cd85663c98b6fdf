"""Writes for calls: import a transcript, analyse it, store both in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from salescoach.calls import selectors
from salescoach.calls.models import Call, CallAnalysis, CallKind
from salescoach.domain.calls.analysis import ANALYZER_VERSION, analyze_transcript
from salescoach.domain.calls.roles import KnownPerson, assign_roles, same_person
from salescoach.domain.calls.transcripts import (
    Cue,
    Transcript,
    TranscriptFormatError,
    parse_transcript,
)
from salescoach.org.access import Viewer, restrict
from salescoach.org.models import Organization, Person, Role
from salescoach.org.signals import announce_evidence_change
from salescoach.pipeline.models import Deal

MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024


class CallImportError(Exception):
    """A transcript that cannot become a call; the message names the file and the problem."""


@dataclass(frozen=True)
class ImportedCall:
    call: Call
    warnings: tuple[str, ...]


def _known_reps(organization: Organization) -> list[tuple[Person, KnownPerson]]:
    people = selectors.people_who_sell(organization=organization)
    return [(p, KnownPerson(name=p.name, email=p.email)) for p in people]


def _owner_for(
    speaker_roles: dict[str, str], known: list[tuple[Person, KnownPerson]]
) -> Person | None:
    """The person behind the first rep speaker whose name or e-mail matches a known person."""
    for speaker, role in speaker_roles.items():
        if role != "rep":
            continue
        for person, known_person in known:
            if same_person(speaker, known_person):
                return person
    return None


def analyze_call(*, call: Call) -> CallAnalysis:
    """(Re-)analyse a stored call with the current analyser and store the result."""
    transcript = Transcript(
        cues=tuple(
            Cue(speaker=s, start_s=float(a), end_s=float(b), text=t) for s, a, b, t in call.cues
        ),
        format=call.source_format,
        estimated_timing=call.estimated_timing,
        warnings=(),
    )
    result = analyze_transcript(
        transcript, roles=call.speaker_roles, kind=call.kind, detail=True
    ).to_json()
    analysis, _ = CallAnalysis.objects.update_or_create(
        call=call,
        defaults={
            "organization_id": call.organization_id,
            "analyzer_version": ANALYZER_VERSION,
            "result": result,
            "analyzed_at": timezone.now(),
            "rep_talk_share": result.get("rep_talk_share"),
            "questions_total": int(result.get("questions", {}).get("total", 0)),
        },
    )
    if call.kind == CallKind.SALES:  # the diagnosis reads sales calls only
        announce_evidence_change(
            sender="calls", organization_id=call.organization_id, person_ids=[call.owner_id]
        )
    return analysis


def record_call(
    *,
    organization: Organization,
    data: bytes,
    source_name: str,
    owner: Person | None = None,
    deal: Deal | None = None,
    kind: str = CallKind.SALES,
    rep_names: Sequence[str] = (),
    occurred_at: dt.datetime | None = None,
    title: str = "",
) -> ImportedCall:
    """Parse, attribute, analyse and store one call; nothing is stored when any step fails."""
    if kind not in CallKind.values:
        raise CallImportError(f"{source_name}: kind must be one of {', '.join(CallKind.values)}")
    if len(data) > MAX_TRANSCRIPT_BYTES:
        raise CallImportError(f"{source_name}: larger than {MAX_TRANSCRIPT_BYTES // 2**20} MB")
    try:
        transcript = parse_transcript(data, filename=source_name)
    except TranscriptFormatError as error:
        raise CallImportError(f"{source_name}: {error}") from None
    known = _known_reps(organization)
    names = list(rep_names) + ([owner.name, owner.email] if owner else [])
    roles = assign_roles(transcript, rep_names=names, known_reps=[k for _, k in known])
    speaker_roles = roles.as_mapping()
    speaking = _owner_for(speaker_roles, known)
    if owner is not None and speaking is not None and speaking.pk != owner.pk:
        owner_speaks = any(
            same_person(s, KnownPerson(name=owner.name, email=owner.email)) for s in speaker_roles
        )
        if not owner_speaks:
            raise CallImportError(
                f"{source_name}: the seller in this call is {speaking.name}, not {owner.name}"
            )
    if owner is None:
        owner = speaking
    if owner is None:
        raise CallImportError(
            f"{source_name}: no speaker matches a person of {organization.slug}; "
            "name the rep with --person EMAIL or --rep NAME"
        )
    if owner.organization_id != organization.pk:
        raise CallImportError(f"{source_name}: {owner.email} is not in {organization.slug}")
    if deal is not None and deal.organization_id != organization.pk:
        raise CallImportError(f"{source_name}: the deal belongs to another organisation")
    duration = (transcript.cues[-1].end_s - transcript.cues[0].start_s) if transcript.cues else 0.0
    with transaction.atomic():
        call = Call.objects.create(
            organization=organization,
            owner=owner,
            deal=deal,
            kind=kind,
            title=title or source_name.rsplit("/", 1)[-1],
            occurred_at=occurred_at or timezone.now(),
            source_name=source_name[:300],
            source_format=transcript.format,
            estimated_timing=transcript.estimated_timing,
            cues=[[c.speaker, c.start_s, c.end_s, c.text] for c in transcript.cues],
            speaker_roles=speaker_roles,
            duration_s=max(0.0, duration),
        )
        analyze_call(call=call)
    return ImportedCall(call=call, warnings=tuple(transcript.warnings) + tuple(roles.warnings))


def upload_call(
    *,
    viewer: Viewer,
    data: bytes,
    source_name: str,
    deal_id: int | None = None,
    kind: str = CallKind.SALES,
    rep_names: Sequence[str] = (),
    owner_id: int | None = None,
) -> ImportedCall:
    """A signed-in person uploads a call: a rep's calls are their own; a manager may name a rep."""
    person = Person.objects.select_related("organization").get(pk=viewer.person_id)
    if viewer.role == Role.ADMIN:
        raise CallImportError("administrators do not handle call recordings")
    owner: Person | None = person if viewer.role == Role.REP else None
    if owner_id is not None:
        owner = restrict(Person.objects.all(), viewer, "change").filter(pk=owner_id).first()
        if owner is None:
            raise CallImportError("owner: no such person in your scope")
    deal = None
    if deal_id is not None:
        deal = restrict(Deal.objects.all(), viewer).filter(pk=deal_id).first()
        if deal is None:
            raise CallImportError("deal: no such deal in your scope")
    with transaction.atomic():
        imported = record_call(
            organization=person.organization,
            data=data,
            source_name=source_name,
            owner=owner,
            deal=deal,
            kind=kind,
            rep_names=rep_names,
        )
        if not restrict(Call.objects.all(), viewer).filter(pk=imported.call.pk).exists():
            raise CallImportError(  # raised inside the transaction: the call is not kept
                f"{source_name}: the call's rep is outside your scope"
            )
    return imported


def reanalyze_outdated(*, organization: Organization | None = None) -> int:
    """Re-analyse every call whose stored analysis came from an older analyser version."""
    count = 0
    for call in selectors.calls_needing_analysis(
        version=ANALYZER_VERSION, organization=organization
    ):
        with transaction.atomic():
            analyze_call(call=call)
        count += 1
    return count


def result_of(call: Call) -> dict[str, Any]:
    analysis = getattr(call, "analysis", None)
    return analysis.result if analysis else {}
