"""Transcript parsers: WebVTT, SRT, JSON (generic, Zoom, Teams, Gong-style) and plain text."""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, NamedTuple

SPEAKING_RATE_WPM = 150  # words a minute: how long unstamped speech is assumed to last
UNKNOWN_SPEAKER = "Unknown"
MAX_CUES = 200_000  # more than a day of speech: refuse rather than exhaust memory
LONG_CALL_S = 4 * 3600  # longer than this and the timestamps deserve a second look
MAX_JSON_DEPTH_HINT = "nested too deeply"


class TranscriptFormatError(ValueError):
    """The input is not a transcript this parser understands; the message says why."""


class Cue(NamedTuple):
    """One timed piece of speech: who, from when to when (seconds), and what was said. (A named
    tuple rather than a frozen dataclass: a call has hundreds, and these are cheaper to make.)"""

    speaker: str
    start_s: float
    end_s: float
    text: str


@dataclass(frozen=True, slots=True)
class Transcript:
    """Cues in time order, the format they came from, and anything odd found while parsing."""

    cues: tuple[Cue, ...]
    format: str
    estimated_timing: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def speakers(self) -> tuple[str, ...]:
        """Speaker names in order of first appearance."""
        return tuple(dict.fromkeys(cue.speaker for cue in self.cues))


# hh:mm:ss.mmm with the hours optional; a comma as decimal mark is SRT's spelling.
_TS = r"(?:(\d{1,4}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,9}))?"
_TIMING = re.compile(rf"^[^\S\n]*{_TS}[^\S\n]+-->[^\S\n]+{_TS}[^\n]*$", re.MULTILINE)
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<\d[\d:.]*>")
# "Name: text" — a name of at most six words, not a clock time ("at 10:30").
_PREFIX = re.compile(r"^[^\S\n]*([^\s:][^:\n]{0,59}?)[^\S\n]*:[^\S\n]+(\S.*)$", re.DOTALL)
_STAMP = r"[\[(]?(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?[\])]?"
_TEXT_LINE = re.compile(
    rf"^\s*(?:{_STAMP}\s*(?:[-–—|]\s*)?)?([^\s:\[(][^:]{{0,59}}?)\s*:\s+(\S.*)$"
)
_TEXT_STAMP_ONLY = re.compile(rf"^\s*{_STAMP}\s*$")
# Otter-style headers: "Ann Rep  0:03" on its own line, the words on the lines below.
_TEXT_HEADER = re.compile(
    r"^\s*([^\s:\[(\d][^:]{0,59}?)\s+\[?(?:(\d{1,3}):)?(\d{1,2}):(\d{2})\]?\s*$"
)
_BLANK_LINE = re.compile(r"\n[^\S\n]*(?:\n|$)")
_CLOCK = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)\s*$")
_NUMBER = re.compile(r"^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)\s*$")


def _seconds(hours: str | None, minutes: str, seconds: str, fraction: str | None) -> float:
    frac = int(fraction) / 10 ** len(fraction) if fraction else 0.0
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + frac


def _decode(data: bytes | str) -> str:
    """Text from bytes: UTF-8 with or without BOM (UTF-16 when it says so with a BOM)."""
    if isinstance(data, str):
        text = data
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise TranscriptFormatError("not readable UTF-16 text despite its BOM") from None
    else:
        if b"\x00" in data:
            raise TranscriptFormatError("binary file (NUL bytes), not a text transcript")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise TranscriptFormatError(
                f"line {line}: not UTF-8 text (byte {error.start} cannot be decoded)"
            ) from None
    if "\x00" in text:
        raise TranscriptFormatError("binary content (NUL characters), not a text transcript")
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise TranscriptFormatError("empty file")
    return text


def _split_speaker(body: str) -> Iterator[tuple[str, str]]:
    """(speaker, words) of one cue body: voice tags, else a `Name: ` prefix, else Unknown.

    A body with several voice tags yields one piece per voice, in order."""
    if "<v" in body:
        voices = list(_VOICE.finditer(body))
        if voices:
            for index, voice in enumerate(voices):
                stop = voices[index + 1].start() if index + 1 < len(voices) else len(body)
                words = _clean(body[voice.end() : stop])
                if words:
                    yield (voice.group(1) or "").strip() or UNKNOWN_SPEAKER, words
            return
    words = _clean(body)
    prefix = _PREFIX.match(words)
    if prefix and len(prefix.group(1).split()) <= 6:
        yield prefix.group(1), prefix.group(2)
        return
    yield UNKNOWN_SPEAKER, words


def _clean(text: str) -> str:
    if "<" in text:
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def _parse_timed_blocks(text: str, *, fmt: str, warnings: list[str]) -> list[Cue]:
    """WebVTT and SRT: every timing line starts a cue whose text runs to the next blank line.

    Identifiers before a timing line and NOTE, STYLE and REGION blocks carry no timing line,
    so they are passed over."""
    cues: list[Cue] = []
    timings = list(_TIMING.finditer(text))
    for number, match in enumerate(timings):
        body_start = match.end() + 1
        blank = _BLANK_LINE.search(text, body_start - 1)
        body_end = len(text) if blank is None else blank.start()
        if number + 1 < len(timings):
            body_end = min(body_end, timings[number + 1].start())
        body = text[body_start:body_end]
        g = match.groups()
        start = _seconds(g[0], g[1], g[2], g[3])
        end = _seconds(g[4], g[5], g[6], g[7])
        pieces = list(_split_speaker(body))
        if len(pieces) == 1:
            cues.append(Cue(pieces[0][0], start, end, pieces[0][1]))
        else:
            # several voices in one cue: share its time out by the length of each piece
            total = sum(len(words) for _, words in pieces) or 1
            clock = start
            for speaker, words in pieces:
                length = (end - start) * len(words) / total
                cues.append(Cue(speaker, clock, clock + length, words))
                clock += length
    arrows = text.count("-->")
    if arrows > len(timings):
        line = _first_bad_timing_line(text)
        warnings.append(
            f"line {line}: {arrows - len(timings)} cue timing line(s) could not be read; "
            "those cues were skipped"
        )
    if not cues:
        raise TranscriptFormatError(f"no timed cues found in what looks like {fmt}")
    return cues


def _first_bad_timing_line(text: str) -> int:
    for number, line in enumerate(text.split("\n"), start=1):
        if "-->" in line and not _TIMING.match(line):
            return number
    return 0  # pragma: no cover - only called when such a line exists


def _time_value(value: Any, *, field: str, millis: bool = False) -> float:
    """Seconds from a number (milliseconds when `millis`) or an `[hh:]mm:ss[.fff]` string."""
    number: float
    if type(value) is float and math.isfinite(value) and -1e9 <= value <= 1e9:
        return value / 1000 if millis else value  # the common case, checked first
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TranscriptFormatError(f"{field}: expected seconds or hh:mm:ss.mmm, got {value!r}")
    if isinstance(value, str):
        clock = _CLOCK.match(value)
        if clock:
            hours, minutes, seconds = clock.groups()
            return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds.replace(",", "."))
        if not _NUMBER.match(value):
            raise TranscriptFormatError(
                f"{field}: expected seconds or hh:mm:ss.mmm, got {value[:40]!r}"
            )
        number = float(value)
    else:
        try:
            number = float(value)
        except OverflowError:
            raise TranscriptFormatError(f"{field}: the number is too large") from None
    if not math.isfinite(number) or abs(number) > 1e9:
        raise TranscriptFormatError(f"{field}: {value!r} is not a usable time")
    return number / 1000 if millis else number


def _objects(value: Any, *, field: str) -> Iterator[tuple[int, dict[str, Any]]]:
    if not isinstance(value, list):
        raise TranscriptFormatError(f"{field}: expected a list")
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise TranscriptFormatError(f"{field}[{index}]: expected an object")
        yield index, item


def _name(value: Any) -> str:
    """A speaker label from a JSON value: strings as they are, numbers as digits."""
    if isinstance(value, str):
        return " ".join(value.split()) or UNKNOWN_SPEAKER
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return UNKNOWN_SPEAKER


def _words(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _generic_cues(items: Any, *, field: str) -> list[Cue]:
    """`{"speaker", "start", "end", "text"}` objects, times in seconds or hh:mm:ss.mmm."""
    cues = []
    for index, item in _objects(items, field=field):
        at = f"{field}[{index}]"
        for key in ("start", "end", "text"):
            if key not in item:
                raise TranscriptFormatError(f"{at}.{key}: missing")
        cues.append(
            Cue(
                _name(item.get("speaker")),
                _time_value(item["start"], field=f"{at}.start"),
                _time_value(item["end"], field=f"{at}.end"),
                _words(item["text"]),
            )
        )
    return cues


def _zoom_cues(doc: dict[str, Any]) -> list[Cue]:
    """Zoom transcript JSON: `timeline` of `{ts, end_ts, text, username | users[0].username}`."""
    cues = []
    for index, item in _objects(doc["timeline"], field="timeline"):
        at = f"timeline[{index}]"
        speaker = item.get("username")
        users = item.get("users")
        if speaker is None and isinstance(users, list) and users and isinstance(users[0], dict):
            speaker = users[0].get("username") or users[0].get("email_address")
        start = _time_value(item.get("ts"), field=f"{at}.ts")
        end = _time_value(item.get("end_ts", item.get("ts")), field=f"{at}.end_ts")
        cues.append(Cue(_name(speaker), start, end, _words(item.get("text", item.get("raw_text")))))
    return cues


def _teams_cues(doc: dict[str, Any]) -> list[Cue]:
    """Microsoft Teams/Stream transcript JSON: `entries` of
    `{speakerDisplayName, startOffset, endOffset, text}`, offsets as hh:mm:ss.fffffff."""
    cues = []
    for index, item in _objects(doc["entries"], field="entries"):
        at = f"entries[{index}]"
        cues.append(
            Cue(
                _name(item.get("speakerDisplayName", item.get("speakerId"))),
                _time_value(item.get("startOffset"), field=f"{at}.startOffset"),
                _time_value(item.get("endOffset"), field=f"{at}.endOffset"),
                _words(item.get("text")),
            )
        )
    return cues


def _gong_cues(doc: dict[str, Any], warnings: list[str]) -> list[Cue]:
    """Gong-style: `callTranscripts[0].transcript[]` of `{speakerId, topic, sentences[]}`,
    sentence times in milliseconds; optional `parties[]` of `{speakerId, name}` name speakers,
    read from the call itself (where a call's details and transcript are merged) or else from
    the top level."""
    calls = list(_objects(doc["callTranscripts"], field="callTranscripts"))
    if not calls:
        raise TranscriptFormatError("callTranscripts: the list is empty")
    if len(calls) > 1:
        warnings.append(f"the file holds {len(calls)} calls; only the first was read")
    names: dict[str, str] = {}
    parties = calls[0][1].get("parties", doc.get("parties", []))
    if isinstance(parties, list):
        for party in parties:
            if isinstance(party, dict) and party.get("name") and "speakerId" in party:
                names[_name(party["speakerId"])] = _name(party["name"])
    cues: list[Cue] = []
    field = "callTranscripts[0].transcript"
    for index, part in _objects(calls[0][1].get("transcript"), field=field):
        speaker_id = _name(part.get("speakerId"))
        speaker = names.get(speaker_id, speaker_id)
        for s_index, sentence in _objects(
            part.get("sentences"), field=f"{field}[{index}].sentences"
        ):
            at = f"{field}[{index}].sentences[{s_index}]"
            cues.append(
                Cue(
                    speaker,
                    _time_value(sentence.get("start"), field=f"{at}.start", millis=True),
                    _time_value(sentence.get("end"), field=f"{at}.end", millis=True),
                    _words(sentence.get("text")),
                )
            )
    return cues


def _parse_json(text: str, warnings: list[str]) -> tuple[list[Cue], str]:
    """The JSON shapes accepted; docs/formats.md describes each."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        raise TranscriptFormatError(
            f"line {error.lineno}: invalid JSON ({error.msg}, column {error.colno})"
        ) from None
    except RecursionError:
        raise TranscriptFormatError(f"JSON {MAX_JSON_DEPTH_HINT}") from None
    # The content starts with "[" or "{" (detect_format), so doc is a list or an object.
    if isinstance(doc, list):
        return _generic_cues(doc, field="cues"), "json"
    if "cues" in doc:
        return _generic_cues(doc["cues"], field="cues"), "json"
    if "callTranscripts" in doc:
        return _gong_cues(doc, warnings), "gong-json"
    if "timeline" in doc:
        return _zoom_cues(doc), "zoom-json"
    if "entries" in doc:
        return _teams_cues(doc), "teams-json"
    raise TranscriptFormatError(
        "JSON without a known transcript shape (expected a list of cues, or an object with "
        "'cues', 'callTranscripts', 'timeline' or 'entries')"
    )


def _spoken_seconds(text: str) -> float:
    """How long the words take at SPEAKING_RATE_WPM (seconds); at least one word's worth."""
    return max(1, len(text.split())) * 60 / SPEAKING_RATE_WPM


def _parse_text(text: str, warnings: list[str]) -> tuple[list[Cue], bool]:
    """`Name: text` lines, optionally led by a start stamp; otherwise timed from word counts."""
    rows: list[list[Any]] = []  # [start or None, speaker, words]
    header: tuple[str, float] | None = None
    skipped_before = 0
    first_line = ""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        first_line = first_line or f"line {number}: {line.strip()[:40]!r}"
        match = _TEXT_LINE.match(line)
        if match and len(match.group(5).split()) <= 6:
            hours, minutes, seconds, fraction, speaker, said = match.groups()
            start = _seconds(hours, minutes, seconds, fraction) if minutes is not None else None
            rows.append([start, " ".join(speaker.split()), said.strip()])
            header = None
            continue
        head = _TEXT_HEADER.match(line)
        if head and not _TEXT_STAMP_ONLY.match(line):
            name, hours, minutes, seconds = head.groups()
            header = (" ".join(name.split()), _seconds(hours, minutes, seconds, None))
            continue
        if header is not None:
            rows.append([header[1], header[0], line.strip()])
            header = None
        elif rows:  # a wrapped line continues the cue above it
            rows[-1][2] = f"{rows[-1][2]} {line.strip()}"
        else:
            skipped_before += 1
    if not rows:
        raise TranscriptFormatError(
            "not a transcript format this parser knows (WebVTT, SRT, JSON, or lines of "
            f"'Name: text'); {first_line}"
        )
    if skipped_before:
        warnings.append(f"{skipped_before} line(s) before the first 'Name: text' were skipped")
    stamped = [row[0] is not None for row in rows]
    cues: list[Cue] = []
    if all(stamped):
        for index, (start, speaker, said) in enumerate(rows):
            following = rows[index + 1][0] if index + 1 < len(rows) else None
            end = following if following is not None and following >= start else None
            cues.append(
                Cue(speaker, start, start + _spoken_seconds(said) if end is None else end, said)
            )
        return cues, False
    if any(stamped):
        warnings.append("some lines have timestamps and some do not; all timings were estimated")
    warnings.append(
        f"no timestamps: durations estimated from word counts at {SPEAKING_RATE_WPM} words a minute"
    )
    clock = 0.0
    for _start, speaker, said in rows:
        duration = _spoken_seconds(said)
        cues.append(Cue(speaker, clock, clock + duration, said))
        clock += duration
    return cues, True


def detect_format(text: str, *, filename: str | None = None) -> str:
    """'webvtt', 'srt', 'json' or 'text', from the content; the file name only breaks ties."""
    head = text.lstrip()[:4000]
    suffix = (filename or "").lower().rsplit(".", 1)[-1] if filename and "." in filename else ""
    if head.startswith("WEBVTT"):
        return "webvtt"
    if head[:1] == "{":
        return "json"
    if head[:1] == "[":
        # JSON list, or a text transcript whose lines start with "[00:01:02]"
        return "text" if _TEXT_LINE.match(head.split("\n", 1)[0]) else "json"
    timing = _TIMING.search(head)
    if timing:
        if "," in timing.group(0).split("-->", 1)[0]:
            return "srt"
        return "srt" if suffix == "srt" else "webvtt"
    if suffix == "json" and not _TEXT_LINE.match(head.split("\n", 1)[0]):
        return "json"
    return "text"


def parse_transcript(data: bytes | str, *, filename: str | None = None) -> Transcript:
    """Parse any supported transcript into time-ordered cues; odd but usable input warns.

    Raises TranscriptFormatError, and nothing else, for input that cannot be read."""
    text = _decode(data)
    fmt = detect_format(text, filename=filename)
    warnings: list[str] = []
    estimated = False
    if fmt in ("webvtt", "srt"):
        cues = _parse_timed_blocks(text, fmt=fmt, warnings=warnings)
    elif fmt == "json":
        cues, fmt = _parse_json(text, warnings)
    else:
        cues, estimated = _parse_text(text, warnings)
    return _tidy(cues, fmt=fmt, estimated=estimated, warnings=warnings)


def _tidy(cues: Iterable[Cue], *, fmt: str, estimated: bool, warnings: list[str]) -> Transcript:
    """Drop empty cues, repair reversed or negative times, sort by start, and say so."""
    kept: list[Cue] = []
    empty = reversed_count = negative = 0
    for cue in cues:
        text = cue.text
        if "  " in text or "\n" in text or "\t" in text or text[:1] == " " or text[-1:] == " ":
            text = " ".join(text.split())
        if not text:
            empty += 1
            continue
        start, end = cue.start_s, cue.end_s
        if start < 0 or end < 0:
            negative += 1
            start, end = max(0.0, start), max(0.0, end)
        if end < start:
            reversed_count += 1
            start, end = end, start
        speaker = cue.speaker.strip() or UNKNOWN_SPEAKER
        if (
            text is cue.text
            and speaker is cue.speaker
            and start == cue.start_s
            and end == cue.end_s
        ):
            kept.append(cue)
        else:
            kept.append(Cue(speaker, float(start), float(end), text))
        if len(kept) > MAX_CUES:
            raise TranscriptFormatError(f"more than {MAX_CUES} cues: too long to be one call")
    if not kept:
        raise TranscriptFormatError("no speech in the transcript (every cue is empty)")
    if empty:
        warnings.append(f"{empty} cue(s) without words were skipped")
    if reversed_count:
        warnings.append(
            f"{reversed_count} cue(s) ended before they started; their times were swapped"
        )
    if negative:
        warnings.append(f"{negative} cue(s) had negative times; they were set to 0")
    if any(a.start_s > b.start_s for a, b in pairwise(kept)):
        warnings.append("cues were out of time order; they were sorted by start time")
        kept.sort(key=lambda cue: cue.start_s)
    overlaps = sum(1 for a, b in pairwise(kept) if b.start_s < a.end_s and a.speaker != b.speaker)
    if overlaps:
        warnings.append(f"{overlaps} cue(s) overlap another speaker's (cross-talk)")
    speakers = {cue.speaker for cue in kept}
    if UNKNOWN_SPEAKER in speakers:
        warnings.append(f"some cues have no speaker; they are attributed to '{UNKNOWN_SPEAKER}'")
    if len(speakers) < 2:
        warnings.append("only one speaker: figures that compare speakers are not meaningful")
    span = max(cue.end_s for cue in kept) - kept[0].start_s
    if span > LONG_CALL_S:
        warnings.append(f"the call lasts {span / 3600:.1f} hours; check the timestamps")
    return Transcript(tuple(kept), fmt, estimated, tuple(warnings))
