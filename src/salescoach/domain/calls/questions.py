"""Sentence-level judgements: is it a question, open or closed, does a turn paraphrase."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from functools import lru_cache

from salescoach.domain.calls import lexicon as lx
from salescoach.domain.calls import screen as sc

_HEAD = 32  # characters of a sentence searched for repeated words ("did, did you")


def split_sentences(text: str) -> list[str]:
    """Sentences of one cue: split after '.', '?' or '!' followed by a space."""
    if "." not in text and "?" not in text and "!" not in text:
        stripped = text.strip()
        return [stripped] if stripped else []
    parts = lx.SENTENCE_END.split(text)
    if len(parts) == 1:
        stripped = text.strip()
        return [stripped] if stripped else []
    return [part for part in (p.strip() for p in parts) if part]


def normalise(text: str) -> str:
    """Lower case, stutters folded ("what-what" → "what"), outer quotes and brackets and a
    leading cut-in dash trimmed, and in a sentence without apostrophes the contractions that
    raw speech recognition writes without one restored ("ive" → "i've")."""
    # Outer quotes and brackets, and the dashes or dots of a cut-in ("-what was different?",
    # "…and then?") go.
    lowered = text.strip().strip("\"'()[]").lstrip("-–—.… ").lower()
    # Raw speech recognition drops every apostrophe: "ive updated it" reads as "i've…".
    if "'" not in lowered and lx.BARE_CONTRACTION.search(lowered):
        lowered = lx.BARE_CONTRACTION.sub(_contracted, lowered)
    if "uh" in lowered or "um" in lowered or "erm" in lowered:  # every FILLER holds one
        without = lx.FILLER.sub("", lowered)
        if without != lowered:
            lowered = without.strip()
    if "-" in lowered:
        lowered = lx.STUTTER.sub(_unstutter, lowered)
        if "-" in lowered:  # "wha-wha-what": the repeat folds first, then the false start
            lowered = lx.FALSE_START.sub("", lowered)
    # Repeats matter where the question form is read: the first few words, cut where a word
    # ends (a word cut in two could read as a repeat: "don't t|alk").
    end = lowered.find(" ", _HEAD)
    head = lowered if end < 0 else lowered[:end]
    if " " not in head or not lx.REPEATED_WORD.search(head):
        return lowered
    return lx.REPEATED_WORD.sub(_first_of_repeat, head) + lowered[len(head) :]


def _contracted(match: re.Match[str]) -> str:
    word = match.group(0)
    return "let's" if word == "lets" else lx.BARE_CONTRACTIONS[word]


def _first_of_repeat(match: re.Match[str]) -> str:
    return match.group(1)


def _unstutter(match: re.Match[str]) -> str:
    return match.group(1) or ""


def is_question(text: str, *, punctuated: bool) -> bool:
    """A question. A sentence ending in '?' is one and one ending in '.' or '!' is not, when the
    transcript is punctuated; a request for explanation ("tell me…", "walk me through…") is one
    either way. Without end punctuation (raw speech recognition, or a sentence cut off by the
    cue) the form decides: auxiliary-verb inversion ("do you…"), a wh-word with an auxiliary
    ("what are…"), an or-clause ("or is it…") or a tag after three words ("…, right")."""
    return is_question_normalised(normalise(text), punctuated=punctuated)


def is_question_normalised(sentence: str, *, punctuated: bool, bits: int = sc.ALL) -> bool:
    """`is_question` for text already through `normalise`; `bits` is the sentence's screen
    (`screen.PHRASES`), if known."""
    if (
        bits & (sc.REPAIR | sc.SO_DO_I)
        and len(sentence.split()) <= lx.SHORT_REPLY_WORDS
        and (
            (bits & sc.REPAIR and lx.REPAIR.match(sentence))
            or (bits & sc.SO_DO_I and lx.SO_DO_I.match(sentence))
        )
    ):
        return False
    # A question quoted after "I said," reports what someone asked.
    if bits & sc.REPORTED_QUESTION and lx.REPORTED_QUESTION.match(sentence):
        return False
    last = sentence[-1:]
    if last == "?":
        # "…, you know?" closing a statement asks nothing.
        return not (
            bits & sc.YOU_KNOW_TAG
            and lx.YOU_KNOW_TAG.search(sentence)
            and not (bits & sc.QUESTION_START and lx.QUESTION_START.match(sentence))
        )
    # Statements that open like questions: "which is why…", "what happens is…", "I wonder
    # how they…".
    if (
        (bits & sc.WHICH_RELATIVE and lx.WHICH_RELATIVE.match(sentence))
        or (bits & sc.PSEUDO_CLEFT and lx.PSEUDO_CLEFT.match(sentence))
        or (bits & sc.MUSING and lx.MUSING.match(sentence))
    ):
        return False
    if bits & sc.REQUEST_QUESTION and lx.REQUEST_QUESTION.match(sentence):
        return True
    if (
        bits & sc.INVERTED_TAG
        and sentence.rstrip("?.!,").rstrip().endswith(lx.TAG_ENDINGS)
        and lx.INVERTED_TAG.search(sentence)
    ):
        return True
    if punctuated and last in (".", "!"):
        # Transcription often closes a question with a full stop; an inverted auxiliary at the
        # start ("do you…", "which team are you…", "or is it…") outweighs it.
        return (bits & sc.INVERTED_START != 0 and bool(lx.INVERTED_START.match(sentence))) or (
            bits & sc.STOP_QUESTION != 0 and bool(lx.STOP_QUESTION.match(sentence))
        )
    return question_by_form(sentence, punctuated=punctuated, bits=bits)


def question_by_form(sentence: str, *, punctuated: bool, bits: int = sc.ALL) -> bool:
    """The part of `is_question_normalised` that reads the form of a sentence with no end mark
    that decides (no '?', and no '.' or '!' in a punctuated transcript)."""
    if (
        (bits & sc.QUESTION_START and lx.QUESTION_START.match(sentence))
        or (
            bits & sc.TAG_QUESTION
            and lx.TAG_QUESTION.search(sentence)
            and not lx.NOT_A_TAG.search(sentence)
            and not (punctuated and lx.UNMARKED_TAG.search(sentence))
        )
        or (bits & sc.STOP_QUESTION and lx.STOP_QUESTION.match(sentence))
    ):
        return True
    # Shapes that only the missing punctuation leaves ambiguous.
    return not punctuated and bool(
        lx.ECHO_QUESTION.match(sentence)
        or lx.SO_YOU_QUESTION.match(sentence)
        or lx.MID_QUESTION.search(sentence)
    )


_MARKS = re.compile(r"[,;:.?!]")


_WH_LAST = re.compile(r"\b(?:what|how|who|where|when|which)$")
_TELL_LAST = re.compile(r"\btell(?:ing)?(?: me)?$")
_TO_BE_TOLD = re.compile(r"^[\s,]*(?:me\b[\s,]*)?")  # what leads into what is asked


def _fact_told(text: str, start: int) -> bool:
    """Whether what is asked to be told from `start` (after "tell me", or from its wh-word) is
    one fact: "…tell me how big the gap is", "…tell me what time suits"."""
    return bool(lx.FACT_QUESTION.match(_TO_BE_TOLD.sub("", text[start:], count=1)))


def _asks_one_fact(sentence: str, invitation: re.Match[str]) -> bool:
    """Whether an invitation asks for one fact, which makes it none: leave asked for one,
    "could I ask what sort of budget you normally have…?" (since 2.108.0), and (since 2.129.0)
    one to be told, "…and then tell me how big the gap is…?", "can you tell me what time
    suits?"."""
    if lx.FACT_QUESTION.match(sentence[invitation.start() :]):
        return True  # "could you tell me the names of the two that failed?"
    wh = _WH_LAST.search(invitation.group())
    return _fact_told(sentence, invitation.start() + wh.start() if wh else invitation.end())


def _invites(clause: str) -> bool:
    """Whether a clause opens by inviting explanation and does not ask for one fact (since
    2.129.0 also not one to be told, "tell me how big the gap is")."""
    opener = lx.OPEN_QUESTION.match(clause) or lx.OPEN_QUESTION_MORE.match(clause)
    return bool(
        opener
        and not lx.FACT_QUESTION.match(clause)
        and not (_TELL_LAST.search(opener.group()) and _fact_told(clause, opener.end()))
    )


def question_kind(text: str) -> str:
    """'open' when a clause starts by inviting explanation (what/how/why/tell me/walk me
    through/help me understand/describe…) and does not ask for one fact (how many, what time,
    what's your budget…); otherwise 'closed' (yes/no or a choice)."""
    return question_kind_normalised(normalise(text))


def question_kind_normalised(sentence: str, bits: int = sc.ALL) -> str:
    """`question_kind` for text already through `normalise`; `bits` is its screen, if known."""
    if bits & sc.CLOSED_SHAPE and lx.CLOSED_SHAPE.search(sentence):
        return "closed"
    # A proposal is yes or no, whatever it goes on to invite ("shall I take you through what
    # we'd suggest, and then you can tell me what won't work?"; since 2.100.0 read first).
    if lx.PROPOSAL_START.match(sentence):
        return "closed"
    if bits & sc.INVITATION:
        invitation = lx.INVITATION.search(sentence)
        if invitation is not None and not _asks_one_fact(sentence, invitation):
            return "open"
    if sentence.endswith("?") and lx.ECHO_OPEN.match(sentence):
        return "open"
    for start in lx.CLAUSE_START.finditer(sentence):
        clause = sentence[start.end() :]
        if _invites(clause) and not (
            lx.RELATIVE_WHO.match(clause)
            and lx.AUXILIARY_START.match(sentence)
            and not lx.ASKS_LEAVE.match(sentence)
        ):
            return "open"
    # Without punctuation the question may follow a lead clause with nothing between ("so when
    # you say it's gone hard again what are you noticing").
    if not _MARKS.search(sentence):
        for mid in lx.MID_QUESTION.finditer(sentence):
            if _invites(sentence[mid.start(1) :]):
                return "open"
    return "closed"


def content_words(text: str) -> set[str]:
    """Words that carry meaning: lower case, longer than two letters, not in STOPWORDS."""
    return {w for w in lx.WORD.findall(text.lower()) if len(w) > 2 and w not in lx.STOPWORDS}


_SUFFIXES = ("ing", "ed", "es", "s", "ly")
# A restatement comes first: only the first two sentences of more than three words of a turn
# (and any shorter ones among them, such as "Okay.") are read for one, and only the first of
# them for an echo of the customer's words.
ECHO_SENTENCES = 2


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem, enough to match "renewals"/"renewal" and "slipping"/"slipped": drop one of
    -ing, -ed, -es, -s, -ly when at least four letters remain."""
    if word[-1:] not in "sgdy":  # no suffix of _SUFFIXES ends otherwise
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> set[str]:
    """The stems of a text's content words."""
    return {stem(w) for w in content_words(text)}


def ends_in_question(text: str) -> bool:
    """Whether words end in a question mark: a rep's reply to them answers, not restates."""
    return text.rstrip().endswith("?")


def is_paraphrase(turn_text: str, customer_text: str) -> bool:
    """Restating or confirming what the customer just said: `restating_sentence` on the turn's
    sentences, against the content words of the customer's last words."""
    sentences = [normalise(sentence) for sentence in split_sentences(turn_text)]
    return (
        restating_sentence(
            sentences,
            lambda: content_stems(customer_text),
            answering=ends_in_question(customer_text),
        )
        is not None
    )


# The stems of numbers, days, months and clock times (`lexicon.WHEN_AND_HOW_MANY`).
_WHEN_STEMS = frozenset(stem(word) for word in lx.WHEN_AND_HOW_MANY)


def _substantive(stems: Set[str]) -> bool:
    """Whether shared stems hold a word of substance, not only numbers and times."""
    return any(s not in _WHEN_STEMS and not s.isdigit() for s in stems)


def _asks_to_be_told(sentence: str, bits: int) -> bool:
    """Whether a sentence without a question mark asks the customer to talk: a request ("tell
    me more about…") or an invitation ("I'd love to hear how…"). `bits` is its screen."""
    return bool(
        (bits & sc.REQUEST_QUESTION and lx.REQUEST_QUESTION.match(sentence))
        or (bits & sc.INVITATION and lx.INVITATION.search(sentence))
    )


def restating_sentence(
    sentences: Sequence[str],
    customer_words: Callable[[], Set[str]],
    screens: Sequence[int] | None = None,
    *,
    answering: bool = False,
    asked: Sequence[bool] | None = None,
) -> int | None:
    """Where a rep turn, given as its sentences through `normalise`, restates the customer,
    whose last words have the content stems `customer_words()` (asked only when needed): the
    index of the sentence that restates, or None when the turn restates nothing. A turn
    that opens with a question, or with an invitation to talk ("I'd love to hear how…"), is
    asking, not restating. Otherwise one of its first
    ECHO_SENTENCES sentences of more than three words (or a shorter one among them)
    - opens with a restating phrase ("so what I'm hearing…", "it sounds like…", "if I
      understand correctly…", "you're saying…"), or
    - is a statement framed around the customer ("you feel…", "for you…"), or
    - is the first statement of more than three words (or a shorter one before it) and sums
      up with "so" ("so a window of four hours, and not enough people"; `lexicon.SO_SUMMARY`),
      unless the customer's last words ended in a question, or
    - is the first statement of more than three words (or a shorter one before it) and repeats
      a content word of the customer's last words (compared by stem: "renewals" matches
      "renewal") that is not only a number, day, month or time of day, unless it is in
      product language, the rep speaks of their own side ("I'll send…", "we could…",
      "let's…"), greets, thanks, says goodbye or reassures ("hi Sam", "see you Thursday",
      "that's completely normal…"), or tells the customer what to do ("switch it back on…",
      `lexicon.INSTRUCTION`), or the customer's last words ended in a question
      (`answering`): the rep is answering it.

    `screens`, if given, holds each sentence's screen (`screen.PHRASES`); `asked`, if given,
    whether each sentence was read as a question (without punctuation no "?" shows it)."""
    if not sentences:
        return None
    customer: Set[str] | None = None
    opening = sentences[0]
    bits = screens[0] if screens is not None else sc.ALL
    if (
        (bits & sc.AUXILIARY_START and lx.AUXILIARY_START.match(opening))
        or (bits & sc.WH_QUESTION and lx.WH_QUESTION.match(opening))
        or _asks_to_be_told(opening, bits)
    ):
        return None
    position = 0
    for index, sentence in enumerate(sentences):
        if position >= ECHO_SENTENCES:
            break
        bits = screens[index] if screens is not None else sc.ALL
        if len(sentence.split()) > 3:
            position += 1
        if lx.APPROVAL.match(sentence):
            continue  # "sounds like a good set-up" judges what was said (since 2.132.0)
        if bits & sc.PARAPHRASE_START and lx.PARAPHRASE_START.match(sentence):
            return index
        if sentence.endswith("?") or (asked and asked[index]) or _asks_to_be_told(sentence, bits):
            continue
        # A statement about the product or the deal presents or sells, whatever its frame.
        if (bits & sc.PITCH and lx.PITCH.search(sentence)) or (
            bits & sc.TRANSACTION and lx.TRANSACTION.search(sentence)
        ):
            continue
        if bits & sc.REFLECTION_FRAME and lx.REFLECTION_FRAME.match(sentence):
            return index
        if position > 1:  # an echo of the customer's words opens the reply
            continue
        if answering:
            continue
        if len(sentence.split()) > 3 and lx.SO_SUMMARY.match(sentence):
            return index
        if bits & sc.SELF_STATEMENT and lx.SELF_STATEMENT.match(sentence):
            continue
        if lx.SOCIAL_STATEMENT.match(sentence) or lx.INSTRUCTION.match(sentence):
            continue
        if customer is None:
            customer = customer_words()
        if customer and _substantive(customer & content_stems(sentence)):
            # A restating phrase just after the echo is where the restatement is said ("not
            # daft at all. It sounds like what you're after is…").
            after = index + 1
            if (
                after < len(sentences)
                and (screens is None or screens[after] & sc.PARAPHRASE_START)
                and lx.PARAPHRASE_START.match(sentences[after])
            ):
                return after
            return index
    return None
