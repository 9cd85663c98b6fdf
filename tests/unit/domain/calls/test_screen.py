"""The phrase screen may only skip searches that cannot succeed: whenever a screened pattern
matches a text, the text's screen has the pattern's bit set. For a pattern the screen reads
exactly, the bit is set only when the pattern matches, so its search is skipped too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from salescoach.domain.calls import lexicon as lx
from salescoach.domain.calls import screen as sc
from salescoach.domain.calls.questions import normalise, split_sentences
from salescoach.domain.calls.screen import ALL, Screen, UntranslatableError, exact, widened
from salescoach.domain.calls.transcripts import parse_transcript

CALLS = Path(__file__).parents[3] / "data" / "calls"
_SCREENED = sc.PHRASES.patterns


def _unsound(text: str) -> list[str]:
    """The screened patterns that match `text` although its screen says they cannot, or that
    do not match although the screen is sure they do."""
    bits = sc.PHRASES(text)
    sure = sc.PHRASES.sure(bits)
    wrong = []
    for pattern in _SCREENED:
        bit = sc.PHRASES.bit(pattern)
        found = pattern.search(text) is not None
        if (found and not bits & bit) or (sure & bit and not found):
            wrong.append(pattern.pattern[:60])
        elif bits != ALL and bit & sc.PHRASES.exact and found != bool(sure & bit):
            wrong.append(f"not sure: {pattern.pattern[:50]}")
    return wrong


def test_every_screened_pattern_has_its_own_bit_named_like_it() -> None:
    assert sc.PHRASES.available
    bits = [sc.PHRASES.bit(p) for p in _SCREENED]
    assert len(set(bits)) == len(bits) == len(_SCREENED)
    named = {name: value for name, value in vars(lx).items() if isinstance(value, re.Pattern)}
    for name, pattern in named.items():
        if pattern in _SCREENED:
            assert getattr(sc, name) == sc.PHRASES.bit(pattern), name
    steps = [pattern for _name, pattern in lx.SERVICE_STEPS]
    assert tuple(sc.PHRASES.bit(p) for p in steps) == sc.SERVICE_STEPS
    assert len(_SCREENED) == sum(p in _SCREENED for p in named.values()) + len(steps)


def test_a_clear_bit_means_the_pattern_cannot_match() -> None:
    patterns = [re.compile(r"\bwe need\b"), re.compile(r"^so you\b")]
    screen = Screen(patterns)
    need, so_you = (screen.bit(p) for p in patterns)
    assert screen("honestly we need a better forecast") & need
    assert not screen("honestly we needed a better forecast") & need  # \b after "need"
    assert not screen("we do not need it") & need
    assert screen("so you run it weekly") & so_you
    assert not screen("and so you run it weekly") & so_you  # anchored at the start


def test_look_arounds_are_dropped_so_the_screen_only_widens() -> None:
    pattern = re.compile(r"(?<!not )we need(?! to wait)")
    screen = Screen([pattern])
    # The pattern itself rejects both; the screen lets them through to the real search.
    for text in ("not we need", "we need to wait"):
        assert pattern.search(text) is None
        assert screen(text) & screen.bit(pattern)
    assert not screen("we want") & screen.bit(pattern)


def test_a_pattern_is_read_exactly_unless_its_copy_widens() -> None:
    assert exact(re.compile(r"\b(?:we|our team) (?:need|want)s?\b|^so\s+you\b$"))
    assert exact(re.compile(r"\bsend (?:it|them)\b.*?\btoday\b", re.IGNORECASE))
    assert exact(re.compile(r"\Wx\Dy\S{2,5}"))  # a complemented category alone is exact
    for wider in (
        r"(?<!not )we need",
        r"we need(?! to wait)",
        r"\b([a-z']+) \1\b",
        r"(?>ab|a)c",
        r"a++b",
        r"a{2,1200}",
        r"x[^\W\d]y",
        r"x[^\W]y",
    ):
        assert not exact(re.compile(wider)), wider
    assert not exact(re.compile(r"abc", re.ASCII))  # no widened form at all


def test_an_exact_bit_is_sure_only_in_a_screened_text() -> None:
    plain = re.compile(r"\bwe need\b")
    around = re.compile(r"(?<!not )\bwe want\b")
    screen = Screen([plain, around])
    need, want = screen.bit(plain), screen.bit(around)
    assert screen.exact & need
    assert not screen.exact & want
    assert screen.sure(screen("so we need it")) & need
    assert not screen.sure(screen("we needed it")) & need
    # The look-around is never sure: its bit is set here, the pattern says no.
    assert screen("not we want it") & want
    assert not screen.sure(screen("not we want it")) & want
    # Unscreened text (ALL) is sure of nothing, exact or not.
    assert screen("café, we need it") == ALL
    assert screen.sure(ALL) == 0
    assert Screen([plain], max_mem=1).exact == 0


def test_python_whitespace_and_end_of_text_are_kept() -> None:
    pattern = re.compile(r"\bsent\s+over$")
    screen = Screen([pattern])
    # Python counts \v and the separators 0x1c-0x1f as whitespace; RE2's \s does not.
    for text in ("sent\x0bover", "sent\x1cover", "sent over\n"):
        assert pattern.search(text)
        assert screen(text) & screen.bit(pattern)
    assert not screen("sent over it") & screen.bit(pattern)


def test_back_references_and_possessive_groups_widen() -> None:
    pattern = re.compile(r"\b([a-z']++)(?:,?\s+\1\b)+")
    screen = Screen([pattern])
    assert screen("did, did you") & screen.bit(pattern)
    assert "(?s:.*)" in widened(pattern)


def test_a_complemented_category_in_a_class_widens_to_any_character() -> None:
    pattern = re.compile(r"x[^\W\d]y")
    assert widened(pattern) == r"x(?s:.)y"
    screen = Screen([pattern])
    assert screen("xay") & screen.bit(pattern)
    assert not screen("xy") & screen.bit(pattern)


def test_text_outside_ascii_is_not_screened() -> None:
    screen = Screen([re.compile(r"\bcafé\b"), re.compile(r"\bwe need\b")])
    assert screen("un café, we need it") == ALL


def test_a_pattern_without_a_widened_form_is_always_searched() -> None:
    odd = re.compile(r"abc", re.ASCII)
    with pytest.raises(UntranslatableError):
        widened(odd)
    plain = re.compile(r"\bxyz\b")
    screen = Screen([odd, plain])
    assert screen("nothing here") & screen.bit(odd)
    assert not screen("nothing here") & screen.bit(plain)


def test_without_an_automaton_every_pattern_is_searched() -> None:
    # A memory budget too small for any automaton: the screen answers "could match" for all.
    screen = Screen([re.compile(r"\bwe need\b")], max_mem=1)
    assert not screen.available
    assert screen("hello") == ALL


def test_patterns_read_by_several_automata_answer_as_one() -> None:
    patterns = [
        re.compile(r"\bwe need\b"),
        re.compile(r"^so you\b"),
        re.compile(r"send (?:it|them)"),
    ]
    together, apart = Screen(patterns), Screen(patterns, part_size=1)
    assert (together.parts, apart.parts) == (1, 3)  # each pattern over a budget of one
    assert together.exact == apart.exact
    for text in ("so you send it", "we need it", "so we need them", "nothing", "send them, so you"):
        assert together(text) == apart(text)
    # The lexicon's phrases are read by a few automata, not one (see `Screen`), each pattern
    # still with the bit it would have in one.
    assert 1 < sc.PHRASES.parts < len(_SCREENED)
    every = Screen(_SCREENED, part_size=1)
    assert every.parts == len(_SCREENED)
    for sentence in _labelled_sentences()[::50]:
        assert every(sentence) == sc.PHRASES(sentence), sentence


def _labelled_sentences() -> list[str]:
    texts = []
    for path in sorted(CALLS.iterdir()):
        if path.suffix in (".vtt", ".srt", ".txt", ".json") and ".labels" not in path.name:
            transcript = parse_transcript(path.read_bytes(), filename=path.name)
            texts += [normalise(s) for cue in transcript.cues for s in split_sentences(cue.text)]
    return texts


def test_the_screen_is_sound_on_every_labelled_call_sentence() -> None:
    sentences = _labelled_sentences()
    assert len(sentences) > 800  # the 19 labelled calls
    assert {s: _unsound(s) for s in sentences if _unsound(s)} == {}
    # The screen does its job: on most sentences most patterns need no search.
    searched = sum(bin(sc.PHRASES(s) & ~1).count("1") for s in sentences)
    assert searched < 0.25 * len(sentences) * len(_SCREENED)


# Phrases the patterns are written around (literal alternatives of their sources), and words,
# so that random sentences often match, nearly match, or match in an odd place.
_PHRASES = sorted(
    {
        fragment.strip()
        for pattern in _SCREENED
        for fragment in re.split(r"[|()?:]", pattern.pattern)
        if re.fullmatch(r"[a-z' ]{2,}", fragment.strip())
    }
)
_WORDS = sorted({word for phrase in _PHRASES for word in phrase.split()})
_PIECES = st.one_of(st.sampled_from(_PHRASES), st.sampled_from(_WORDS))
_SEPARATORS = st.sampled_from([" ", ", ", "  ", " - ", ",\t", "\x0b", "-"])
_ENDS = st.sampled_from(["", "?", ".", "!", ",", " ?", "?!", ". ", "\n"])


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(_PIECES, min_size=1, max_size=8))
    text = pieces[0]
    for piece in pieces[1:]:
        text += draw(_SEPARATORS) + piece
    return text + draw(_ENDS)


@settings(max_examples=3000, deadline=None)
@given(_sentences())
def test_the_screen_is_sound_on_random_sentences(sentence: str) -> None:
    assert _unsound(sentence) == []
    assert _unsound(normalise(sentence)) == []
