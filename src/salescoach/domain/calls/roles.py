"""Which speakers are the rep(s) and which the customer(s), and how sure we are."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from salescoach.domain.calls.lexicon import SELLER_LANGUAGE
from salescoach.domain.calls.transcripts import Transcript

REP = "rep"
CUSTOMER = "customer"
FLAG_CONFIDENCE = 1.0
KNOWN_PERSON_CONFIDENCE = 0.95
ELIMINATION_CONFIDENCE = 0.9  # a customer because every rep was found by name
_NON_NAME = re.compile(r"[^a-z0-9@]+")


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A seller of the organisation, by name and e-mail, to recognise in transcripts."""

    name: str
    email: str = ""


@dataclass(frozen=True, slots=True)
class SpeakerRole:
    """One speaker's role, how it was decided, and how sure that is."""

    speaker: str
    role: str  # "rep" | "customer"
    method: str  # "flag" | "known_person" | "heuristic"
    confidence: float  # 0.0-1.0


@dataclass(frozen=True, slots=True)
class RoleAssignment:
    """Every speaker's role, how it was decided, and any doubt worth showing."""

    speakers: tuple[SpeakerRole, ...]
    warnings: tuple[str, ...] = ()

    def as_mapping(self) -> dict[str, str]:
        """Speaker name → "rep" or "customer"."""
        return {s.speaker: s.role for s in self.speakers}


def fold_name(text: str) -> str:
    """How names are compared: lower case, accents removed, punctuation to single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(_NON_NAME.sub(" ", plain).split())


def _forms(name_or_email: str) -> set[str]:
    """The spellings a person may appear under: the folded name, or an e-mail whole and by its
    local part ("ana.lopez@x.com" → "ana lopez")."""
    folded = fold_name(name_or_email)
    forms = {folded}
    if "@" in name_or_email:
        local = name_or_email.rsplit("@", 1)[0]
        forms.add(fold_name(local.replace(".", " ").replace("_", " ")))
    return forms - {""}


def same_person(speaker: str, person: KnownPerson) -> bool:
    """A speaker label matches a person by full name, e-mail, or e-mail's local part, case- and
    accent-insensitively."""
    candidates = _forms(person.name)
    if person.email:
        candidates |= _forms(person.email)
    return bool(_forms(speaker) & candidates)


def assign_roles(
    transcript: Transcript,
    *,
    rep_names: Collection[str] = (),
    known_reps: Collection[KnownPerson] = (),
) -> RoleAssignment:
    """Roles from `rep_names` (names or e-mails, method "flag"), then the organisation's known
    sellers ("known_person"); the other speakers are customers. When neither finds a rep, a
    heuristic guesses one ("heuristic") and says how sure it is."""
    speakers = transcript.speakers
    flagged: set[str] = set()
    for name in rep_names:
        flagged |= _forms(name)
    decided: dict[str, SpeakerRole] = {}
    for speaker in speakers:
        if _forms(speaker) & flagged:
            decided[speaker] = SpeakerRole(speaker, REP, "flag", FLAG_CONFIDENCE)
        elif any(same_person(speaker, p) for p in known_reps):
            decided[speaker] = SpeakerRole(speaker, REP, "known_person", KNOWN_PERSON_CONFIDENCE)
    warnings: list[str] = []
    unmatched = [
        name
        for name in rep_names
        if name.strip() and not any(_forms(name) & _forms(s) for s in speakers)
    ]
    if unmatched:
        warnings.append(f"rep name(s) not found among the speakers: {', '.join(sorted(unmatched))}")
    if decided:
        method = next(iter(decided.values())).method
        roles = tuple(
            decided.get(s) or SpeakerRole(s, CUSTOMER, method, ELIMINATION_CONFIDENCE)
            for s in speakers
        )
        return RoleAssignment(roles, tuple(warnings))
    guess, confidence = guess_rep(transcript)
    warnings.append(
        f"the rep was guessed as '{guess}' (confidence {confidence:.2f}); name the rep to be sure"
    )
    roles = tuple(
        SpeakerRole(s, REP if s == guess else CUSTOMER, "heuristic", confidence) for s in speakers
    )
    return RoleAssignment(roles, tuple(warnings))


def guess_rep(transcript: Transcript) -> tuple[str, float]:
    """The likeliest rep and a confidence 0.5-0.95. Each speaker scores 1 per question mark,
    2 per phrase of seller language ("our platform", "we offer", "let me show"…) and 1.5 for
    speaking first; confidence grows with the lead over the runner-up."""
    scores = dict.fromkeys(transcript.speakers, 0.0)
    scores[transcript.cues[0].speaker] += 1.5
    for cue in transcript.cues:
        text = cue.text
        scores[cue.speaker] += text.count("?") + 2.0 * len(SELLER_LANGUAGE.findall(text.lower()))
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])  # stable: first speaker wins ties
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    total = best_score + runner_up
    confidence = 0.5 + 0.45 * (best_score - runner_up) / total
    return best, round(confidence, 2)
