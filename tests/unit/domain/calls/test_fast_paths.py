"""The shortcuts that skip a pattern must never skip a sentence the pattern would match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from salescoach.domain.calls import lexicon as lx
from salescoach.domain.calls.questions import _SUFFIXES, stem

# Words that the patterns care about, with some that they do not, so that random sentences
# often come close to matching.
_WORDS = st.sampled_from(
    [
        "so", "do", "we", "neither", "am", "i", "oh", "sorry", "what", "pardon", "me", "you",
        "huh", "excuse", "isn't", "it", "was", "he", "did", "they", "right", "the", "report",
        "uh", "um", "erm", "er", "customer", "number", "which", "team", "are", "or", "is",
        "there", "that", "well", "and", "yeah", "say", "again", "come", "beg", "your",
    ]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", ", ", "  ", " - ", ",\t"])
_ENDS = st.sampled_from(["", "?", ".", "!", ",", " ?", "?!", ". "])


_LEADS = st.sampled_from(["oh", "uh", "um", "i'm", "sorry", "excuse me", "well", "and", "yeah"])
_CORES = st.sampled_from(
    [
        "what", "huh", "pardon me", "say that again", "what did you say", "i beg your pardon",
        "you what", "the what", "so do we", "neither am i", "nor did they", "come again",
    ]
)  # fmt: skip
_TAGS = st.sampled_from(["isn't it", "was he", "did they", "don't you", "is that", "are there"])


def _join(draw: st.DrawFn, words: list[str]) -> str:
    text = words[0]
    for word in words[1:]:
        text += draw(_SEPARATORS) + word
    return text


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """Random words; short replies led in by fillers; statements closed by a tag."""
    shape = draw(st.sampled_from(["words", "reply", "tag"]))
    if shape == "reply":
        words = [*draw(st.lists(_LEADS, max_size=5)), draw(_CORES)]
    elif shape == "tag":
        words = [*draw(st.lists(_WORDS, min_size=1, max_size=6)), draw(_TAGS)]
    else:
        words = draw(st.lists(_WORDS, min_size=1, max_size=14))
    return _join(draw, words) + draw(_ENDS)


@settings(max_examples=2000, deadline=None)
@given(sentences())
def test_short_reply_patterns_never_match_longer_sentences(sentence: str) -> None:
    if lx.REPAIR.match(sentence) or lx.SO_DO_I.match(sentence):
        assert len(sentence.split()) <= lx.SHORT_REPLY_WORDS


def test_the_longest_repair_is_within_the_short_reply_words() -> None:
    # Found by the search above: three two-word lead-ins, a four-word core and a mark apart.
    longest = "excuse me excuse me excuse me what did you say ?"
    assert lx.REPAIR.match(longest)
    assert len(longest.split()) == lx.SHORT_REPLY_WORDS


@settings(max_examples=2000, deadline=None)
@given(sentences())
def test_an_inverted_tag_always_ends_with_one_of_the_tag_endings(sentence: str) -> None:
    if lx.INVERTED_TAG.search(sentence):
        assert sentence.rstrip("?.!,").rstrip().endswith(lx.TAG_ENDINGS)


@settings(max_examples=2000, deadline=None)
@given(sentences())
def test_a_filler_is_only_found_where_its_letters_are(sentence: str) -> None:
    if lx.FILLER.search(sentence):
        assert "uh" in sentence or "um" in sentence or "erm" in sentence


@settings(max_examples=2000, deadline=None)
@given(sentences())
def test_the_combined_start_patterns_match_where_one_of_their_parts_does(sentence: str) -> None:
    parts = (lx.AUXILIARY_START, lx.WH_QUESTION, lx.WH_NOUN_QUESTION, lx.OR_QUESTION)
    assert bool(lx.QUESTION_START.match(sentence)) == any(p.match(sentence) for p in parts)
    inverted = (lx.AUXILIARY_START, lx.WH_NOUN_QUESTION, lx.OR_QUESTION)
    assert bool(lx.INVERTED_START.match(sentence)) == any(p.match(sentence) for p in inverted)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'", max_size=12))
def test_stem_leaves_alone_the_words_its_shortcut_skips(word: str) -> None:
    # Without the shortcut: drop the first suffix that leaves four letters.
    expected = next(
        (word[: -len(s)] for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 4),
        word,
    )
    assert stem(word) == expected
