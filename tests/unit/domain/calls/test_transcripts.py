"""Transcript parsers: every format, encodings, odd input, and nothing but clear errors."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salescoach.domain.calls.transcripts import (
    SPEAKING_RATE_WPM,
    Cue,
    TranscriptFormatError,
    detect_format,
    parse_transcript,
)

VTT = """WEBVTT
Kind: captions

NOTE exported by a meeting tool

STYLE
::cue { color: white }

1
00:00:01.000 --> 00:00:04.500
<v Ann Rep>Thanks for joining.
How is the quarter going?</v>

intro-2
00:05.000 --> 00:09.250
Bob Buyer: Busy, we struggle with reporting.

3
01:00:00.000 --> 01:00:02.000
<v.loud Bob Buyer>Bye.</v>
"""


def test_webvtt_reads_voice_tags_prefixes_ids_notes_styles_and_optional_hours() -> None:
    t = parse_transcript(VTT)
    assert t.format == "webvtt"
    assert t.cues == (
        Cue("Ann Rep", 1.0, 4.5, "Thanks for joining. How is the quarter going?"),
        Cue("Bob Buyer", 5.0, 9.25, "Busy, we struggle with reporting."),
        Cue("Bob Buyer", 3600.0, 3602.0, "Bye."),
    )


def test_srt_with_name_prefixes_and_comma_milliseconds() -> None:
    srt = (
        "1\n00:00:00,500 --> 00:00:02,000\nAnn: Hello.\n\n"
        "2\n00:00:02,100 --> 00:00:03,000\nBob: Hi.\n"
    )
    t = parse_transcript(srt.encode(), filename="call.srt")
    assert t.format == "srt"
    assert t.cues == (Cue("Ann", 0.5, 2.0, "Hello."), Cue("Bob", 2.1, 3.0, "Hi."))


@pytest.mark.parametrize("start", [1.5, "00:00:01.500", "0:01.5"])
def test_generic_json_takes_seconds_or_clock_times(start: object) -> None:
    doc = {
        "cues": [
            {"speaker": "Ann", "start": start, "end": 3, "text": "Hello"},
            {"speaker": "Bob", "start": 3.5, "end": 4, "text": "Hi"},
        ]
    }
    t = parse_transcript(json.dumps(doc))
    assert t.format == "json"
    assert t.cues[0] == Cue("Ann", 1.5, 3.0, "Hello")


def test_gong_style_json_in_milliseconds_with_party_names() -> None:
    doc = {
        "parties": [{"speakerId": "7", "name": "Ann"}],
        "callTranscripts": [
            {
                "transcript": [
                    {
                        "speakerId": "7",
                        "sentences": [{"start": 1000, "end": 2500, "text": "Hello."}],
                    },
                    {"speakerId": "9", "sentences": [{"start": 3000, "end": 4000, "text": "Hi."}]},
                ]
            }
        ],
    }
    t = parse_transcript(json.dumps(doc))
    assert t.format == "gong-json"
    assert t.cues == (Cue("Ann", 1.0, 2.5, "Hello."), Cue("9", 3.0, 4.0, "Hi."))


def test_gong_party_names_may_sit_in_the_call_itself() -> None:
    call = {
        "parties": [{"speakerId": "7", "name": "Ann"}],
        "transcript": [{"speakerId": "7", "sentences": [{"start": 0, "end": 900, "text": "Hi."}]}],
    }
    doc = {"parties": [{"speakerId": "7", "name": "Not Ann"}], "callTranscripts": [call]}
    assert parse_transcript(json.dumps(doc)).cues == (Cue("Ann", 0.0, 0.9, "Hi."),)
    del call["parties"]
    assert parse_transcript(json.dumps(doc)).cues == (Cue("Not Ann", 0.0, 0.9, "Hi."),)


def test_zoom_and_teams_json_shapes() -> None:
    zoom = {
        "timeline": [
            {"ts": "00:00:01.000", "end_ts": "00:00:02.000", "username": "Ann", "text": "Hello"}
        ]
    }
    teams = {
        "entries": [
            {
                "speakerDisplayName": "Bob",
                "startOffset": "00:00:03.000",
                "endOffset": "00:00:04.000",
                "text": "Hi",
            }
        ]
    }
    assert parse_transcript(json.dumps(zoom)).cues == (Cue("Ann", 1.0, 2.0, "Hello"),)
    assert parse_transcript(json.dumps(teams)).format == "teams-json"


def test_plain_text_with_stamps_ends_each_cue_where_the_next_begins() -> None:
    t = parse_transcript("[00:00:05] Ann: Hello there.\n[00:00:09] Bob: Hi.\n")
    assert t.estimated_timing is False
    # Last cue: 1 word at 150 words/min = 0.4 s.
    assert t.cues == (Cue("Ann", 5.0, 9.0, "Hello there."), Cue("Bob", 9.0, 9.4, "Hi."))


def test_plain_text_without_stamps_is_timed_from_word_counts_and_says_so() -> None:
    t = parse_transcript("Ann: one two three four five\r\nBob: six seven\r\n".encode("utf-8-sig"))
    assert t.estimated_timing is True
    per_word = 60 / SPEAKING_RATE_WPM  # 0.4 s
    assert t.cues[0] == Cue("Ann", 0.0, 5 * per_word, "one two three four five")
    assert t.cues[1].start_s == pytest.approx(2.0)
    assert t.cues[1].end_s == pytest.approx(2.8)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x00\x01binary", "binary"),
        (b"ok\n\xfa not utf8", "line 2: not UTF-8"),
        (b"\xff\xfe\x00\xd8", "UTF-16"),
        ("text with a \x00 inside", "NUL"),
        (b"[" * 100_000, "invalid JSON|nested too deeply"),
        (b'{"cues": {"a": 1}}', "cues: expected a list"),
        (b'{"cues": [1]}', r"cues\[0\]: expected an object"),
        (b'{"cues": [{"start": 1, "end": 2}]}', r"cues\[0\]\.text: missing"),
        (b'{"cues": [{"start": true, "end": 2, "text": "x"}]}', r"cues\[0\]\.start"),
        (b'{"cues": [{"start": 1e400, "end": 2, "text": "x"}]}', "not a usable time"),
        (b'{"cues": [{"start": "nan", "end": 2, "text": "x"}]}', "expected seconds"),
        (b'{"cues": [{"start": 10000000000, "end": 2, "text": "x"}]}', "not a usable time"),
        (b'{"cues": [{"start": 1, "end": 2, "text": "  "}]}', "no speech"),
        (b'{"callTranscripts": []}', "the list is empty"),
        (
            b'{"callTranscripts": [{"transcript": [{"sentences": 3}]}]}',
            "sentences: expected a list",
        ),
        (b'{"foo": 1}', "known transcript shape"),
        (b'{"cues": [', "invalid JSON"),
        (
            b'{"cues": [{"speaker": "A", "start": "soon", "end": 2, "text": "x"}]}',
            r"cues\[0\]\.start",
        ),
        (b"just some words without a speaker", "line 1: 'just some words"),
        (b"WEBVTT\n\nno timings here\n", "no timed cues"),
    ],
)
def test_unusable_input_gives_one_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(TranscriptFormatError, match=message):
        parse_transcript(data)


def test_odd_but_usable_input_gives_warnings() -> None:
    doc = {
        "cues": [
            {"speaker": "Ann", "start": 10, "end": 12, "text": "Later"},
            {"speaker": "Bob", "start": 5, "end": 3, "text": "Reversed"},
            {"speaker": "", "start": 11, "end": 13, "text": "Nobody"},
        ]
    }
    t = parse_transcript(json.dumps(doc))
    assert [c.text for c in t.cues] == ["Reversed", "Later", "Nobody"]
    assert (t.cues[0].start_s, t.cues[0].end_s) == (3, 5)
    joined = " | ".join(t.warnings)
    for part in ("swapped", "sorted by start time", "overlap", "no speaker"):
        assert part in joined


def test_a_huge_integer_time_is_refused_cleanly() -> None:
    doc = '{"cues": [{"start": 1' + "0" * 400 + ', "end": 2, "text": "x"}]}'
    with pytest.raises(TranscriptFormatError, match=r"too large|usable"):
        parse_transcript(doc)


def test_a_single_speaker_is_warned_about() -> None:
    t = parse_transcript("Ann: Hello.\nAnn: Anyone there?\n")
    assert any("only one speaker" in w for w in t.warnings)


def test_format_is_detected_from_content_not_the_file_name() -> None:
    assert detect_format(VTT, filename="notes.txt") == "webvtt"
    assert detect_format('{"cues": []}', filename="call.vtt") == "json"
    assert detect_format("Ann: hi", filename="call.json") == "text"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_raise_anything_but_a_format_error(data: bytes) -> None:
    try:
        t = parse_transcript(data)
    except TranscriptFormatError:
        return
    assert all(c.start_s <= c.end_s and c.start_s >= 0 for c in t.cues)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=0, max_value=len(VTT)))
def test_mutated_webvtt_never_raises_anything_but_a_format_error(noise: str, at: int) -> None:
    try:
        t = parse_transcript(VTT[:at] + noise + VTT[at:])
    except TranscriptFormatError:
        return
    assert all(0 <= c.start_s <= c.end_s for c in t.cues)
    assert list(t.cues) == sorted(t.cues, key=lambda c: c.start_s)


def test_teams_webvtt_with_several_voices_in_one_cue_shares_out_the_time() -> None:
    vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:10.000\n<v Ann>Hello Bob.</v><v Bob>Hi Ann.</v>\n"
    t = parse_transcript(vtt)
    # Two pieces of 10 and 7 characters share 10 s: 10 × 10/17 = 5.88 s, then the rest.
    assert [c.speaker for c in t.cues] == ["Ann", "Bob"]
    assert t.cues[0].end_s == pytest.approx(100 / 17)
    assert t.cues[1].end_s == pytest.approx(10.0)


def test_webvtt_entities_tags_and_empty_voices_are_cleaned() -> None:
    vtt = (
        "WEBVTT\n\n1\n00:01.000 --> 00:02.000 align:start\n<v>Q&amp;A <b>now</b></v>\n\n"
        "2\n00:03.000 --> 00:04.000\n<c.yellow>10:30 works</c>\n\n"
        "3\n00:05.000 --> 00:06.000\n\n"
    )
    t = parse_transcript(vtt)
    assert t.cues == (
        Cue("Unknown", 1.0, 2.0, "Q&A now"),
        Cue("Unknown", 3.0, 4.0, "10:30 works"),
    )
    assert any("without words" in w for w in t.warnings)


def test_an_unreadable_timing_line_is_skipped_with_its_line_number() -> None:
    vtt = "WEBVTT\n\n00:01.000 --> soon\nAnn: Lost.\n\n00:03.000 --> 00:04.000\nBob: Kept.\n"
    t = parse_transcript(vtt)
    assert t.cues == (Cue("Bob", 3.0, 4.0, "Kept."),)
    assert any(w.startswith("line 3:") for w in t.warnings)


def test_webvtt_without_its_header_is_recognised_and_srt_by_its_comma() -> None:
    bare = "00:00:01.000 --> 00:00:02.000\nAnn: Hi.\n"
    assert detect_format(bare) == "webvtt"
    assert detect_format(bare, filename="x.SRT") == "srt"
    assert detect_format("00:00:01,000 --> 00:00:02,000\nAnn: Hi.\n") == "srt"
    assert detect_format('[{"start": 1}]') == "json"
    assert detect_format("[00:00:01] Ann: hi") == "text"
    assert detect_format("not json at all", filename="x.json") == "json"


def test_utf16_with_a_bom_and_crlf_line_ends_are_read() -> None:
    t = parse_transcript("Ann: Hello.\r\nBob: Hi.\r".encode("utf-16"))
    assert [c.text for c in t.cues] == ["Hello.", "Hi."]


def test_zoom_json_names_speakers_from_users_and_uses_raw_text() -> None:
    doc = {
        "timeline": [
            {
                "ts": "00:00:01.000",
                "end_ts": "00:00:02.500",
                "users": [{"username": "Ann"}],
                "raw_text": "Hello",
            },
            {"ts": 3, "users": [{"email_address": "bob@buyer.test"}], "text": "Hi"},
        ]
    }
    t = parse_transcript(json.dumps(doc))
    assert t.format == "zoom-json"
    assert t.cues == (Cue("Ann", 1.0, 2.5, "Hello"), Cue("bob@buyer.test", 3.0, 3.0, "Hi"))


def test_teams_json_offsets_have_seven_decimal_places() -> None:
    doc = {
        "entries": [
            {
                "speakerDisplayName": "Ann",
                "startOffset": "00:00:01.2500000",
                "endOffset": "00:00:02.0000000",
                "text": "Hello",
            },
            {"speakerId": 42, "startOffset": "3", "endOffset": "4", "text": "Hi"},
        ]
    }
    t = parse_transcript(json.dumps(doc))
    assert t.cues == (Cue("Ann", 1.25, 2.0, "Hello"), Cue("42", 3.0, 4.0, "Hi"))


def test_gong_json_with_several_calls_reads_the_first_and_says_so() -> None:
    one = {
        "transcript": [
            {
                "speakerId": 1,
                "topic": "Intro",
                "sentences": [{"start": "1500", "end": 2000, "text": "Hi."}],
            }
        ]
    }
    doc = {"callTranscripts": [one, one], "parties": [{"speakerId": 1, "name": "Ann"}, "x"]}
    t = parse_transcript(json.dumps(doc))
    assert t.cues == (Cue("Ann", 1.5, 2.0, "Hi."),)
    assert any("only the first" in w for w in t.warnings)


def test_a_bare_json_list_of_cues_and_odd_speaker_values() -> None:
    doc = [
        {"speaker": 7, "start": "1:02", "end": "1:03", "text": "x"},
        {"speaker": None, "start": 64, "end": 65, "text": 5},
    ]
    t = parse_transcript(json.dumps(doc))
    assert t.cues == (Cue("7", 62.0, 63.0, "x"),)  # a number is no text: that cue is dropped


def test_plain_text_with_headers_titles_wrapped_lines_and_mixed_stamps() -> None:
    text = "Call with Acme\nAnn Rep  0:03\nHello there.\nBob  0:07\nHi.\nstill Bob\n"
    t = parse_transcript(text)
    assert t.cues[0] == Cue("Ann Rep", 3.0, 7.0, "Hello there.")
    assert t.cues[1].text == "Hi. still Bob"
    assert any("before the first" in w for w in t.warnings)
    mixed = parse_transcript("[00:00:05] Ann: Hello.\nBob: Hi there.\n")
    assert mixed.estimated_timing is True
    assert any("some lines have timestamps" in w for w in mixed.warnings)


def test_plain_text_stamps_that_go_backwards_estimate_that_cue_from_its_words() -> None:
    t = parse_transcript("00:10 Ann: one two\n00:05 Bob: three\n")
    # Ann's next stamp is earlier, so her cue lasts 2 words at 0.4 s = 0.8 s; then sorted.
    assert t.cues == (Cue("Bob", 5.0, 5.4, "three"), Cue("Ann", 10.0, 10.8, "one two"))


def test_negative_times_and_very_long_calls_warn() -> None:
    doc = {
        "cues": [
            {"speaker": "A", "start": -5, "end": 2, "text": "x"},
            {"speaker": "B", "start": 2, "end": 20000, "text": "y"},
        ]
    }
    t = parse_transcript(json.dumps(doc))
    assert t.cues[0].start_s == 0
    joined = " ".join(t.warnings)
    assert "negative" in joined
    assert "hours" in joined


def test_a_colon_in_a_long_sentence_does_not_make_a_speaker() -> None:
    t = parse_transcript("Ann: Hello.\nand then the thing that I wanted to say is: this\n")
    assert t.cues == (
        Cue("Ann", 0.0, t.cues[0].end_s, "Hello. and then the thing that I wanted to say is: this"),
    )


def test_too_many_cues_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import salescoach.domain.calls.transcripts as module

    monkeypatch.setattr(module, "MAX_CUES", 2)
    with pytest.raises(TranscriptFormatError, match="more than 2 cues"):
        parse_transcript("A: one\nB: two\nA: three\n")


def test_speakers_are_listed_in_order_of_first_appearance() -> None:
    t = parse_transcript("Bob: hi\nAnn: hello\nBob: bye\n")
    assert t.speakers == ("Bob", "Ann")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_raises_anything_but_a_format_error(data: str) -> None:
    try:
        t = parse_transcript(data)
    except TranscriptFormatError:
        return
    assert all(0 <= c.start_s <= c.end_s for c in t.cues)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "cues",
                    "speaker",
                    "start",
                    "end",
                    "text",
                    "timeline",
                    "ts",
                    "end_ts",
                    "users",
                    "username",
                    "entries",
                    "startOffset",
                    "endOffset",
                    "callTranscripts",
                    "transcript",
                    "sentences",
                    "speakerId",
                    "parties",
                    "name",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(_JSON_VALUES)
def test_random_json_never_raises_anything_but_a_format_error(doc: object) -> None:
    try:
        t = parse_transcript(json.dumps(doc))
    except TranscriptFormatError:
        return
    assert all(0 <= c.start_s <= c.end_s for c in t.cues)


def test_an_empty_voice_span_is_passed_over() -> None:
    t = parse_transcript("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann></v><v Bob>Hi.</v>\n")
    assert [c.speaker for c in t.cues] == ["Bob"]


def test_gong_parties_that_are_not_a_list_are_ignored() -> None:
    doc = {
        "parties": "nobody",
        "callTranscripts": [
            {"transcript": [{"speakerId": "5", "sentences": [{"start": 0, "end": 1, "text": "a"}]}]}
        ],
    }
    assert parse_transcript(json.dumps(doc)).cues[0].speaker == "5"
