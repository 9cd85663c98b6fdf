"""A first look, in one pass, at which phrase patterns a sentence could hold.

Python's regex engine pays a few microseconds for every pattern searched in every sentence,
whatever the pattern, and a call asks half a dozen of the large phrase patterns of
`lexicon` for each of its hundreds of sentences. A `Screen` compiles a widened copy of each
pattern into a few RE2 sets, automata that each read a sentence once for all of their
patterns, and answers with a bit mask of the patterns that could match. Only those are then
searched with Python's engine, so every judgement is still exactly the pattern's own; the
screen only skips searches that cannot succeed.

The copy is widened, never narrowed, so that "could match" holds whenever the pattern matches:
look-arounds are dropped (RE2 has none), a back-reference reads as any text, possessive and
atomic groups become plain ones, and a character class holding a complemented category (such
as `[^\\W\\d]`) becomes any character. Only ASCII text is screened: there RE2's word characters,
word boundaries and digits are Python's, and `\\s` is spelled out as Python's ASCII whitespace.
Other text, a pattern RE2 cannot take, or an automaton that fails for any reason, answers "could
match" for every pattern (`ALL`), which is slower and exactly as right.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any

import re2

from salescoach.domain.calls import lexicon as lx

# Python's own regex parser: private modules of `re` (stable since 3.11, without stubs). A
# Python without them leaves every pattern unscreened.
try:
    sre: Any = importlib.import_module("re._constants")
    sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - depends on the Python version
    sre = sre_parse = None

ALL = -1  # every bit set: each pattern could match
# Python's whitespace among ASCII characters (str.isspace), for RE2, whose \s lacks \v and
# the separators 0x1c-0x1f.
_SPACE = r"\t\n\x0b\x0c\r \x1c-\x1f"
_WORD = "0-9A-Za-z_"
_ANY = r"(?s:.)"
_MAX_MEM = 64 << 20  # RE2's budget for each compiled set and its automaton's state cache
_PART_SIZE = 8_000  # RE2 program instructions one automaton reads at most (`Screen`)


class UntranslatableError(ValueError):
    """A pattern construct the screen has no widened RE2 form for."""


def _char(code: int) -> str:
    if code < 128:
        char = chr(code)
        return char if char.isalnum() else f"\\x{code:02x}"
    return f"\\x{{{code:x}}}"


def _class(items: Sequence[tuple[Any, Any]]) -> str:
    negate = False
    parts: list[str] = []
    for op, arg in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            parts.append(_char(arg))
        elif op is sre.RANGE:
            parts.append(f"{_char(arg[0])}-{_char(arg[1])}")
        elif op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
            parts.append("0-9")
        elif op is sre.CATEGORY and arg is sre.CATEGORY_WORD:
            parts.append(_WORD)
        elif op is sre.CATEGORY and arg is sre.CATEGORY_SPACE:
            parts.append(_SPACE)
        elif op is sre.CATEGORY:
            return _ANY  # a complemented category inside a class: widened to any character
        else:
            raise UntranslatableError(f"class item {op}")
    if not parts:
        raise UntranslatableError("empty class")
    return ("[^" if negate else "[") + "".join(parts) + "]"


_COMPLEMENT = {
    sre.CATEGORY_NOT_SPACE: f"[^{_SPACE}]",
    sre.CATEGORY_NOT_WORD: f"[^{_WORD}]",
    sre.CATEGORY_NOT_DIGIT: "[^0-9]",
}


def _translate(items: Any, flags: int) -> str:
    out: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            out.append(_char(arg))
        elif op is sre.NOT_LITERAL:
            out.append(f"[^{_char(arg)}]")
        elif op is sre.ANY:
            out.append(_ANY if flags & re.DOTALL else ".")
        elif op is sre.IN:
            if len(arg) == 1 and arg[0][0] is sre.CATEGORY and arg[0][1] in _COMPLEMENT:
                out.append(_COMPLEMENT[arg[0][1]])
            else:
                out.append(_class(arg))
        elif op is sre.BRANCH:
            out.append("(?:" + "|".join(_translate(branch, flags) for branch in arg[1]) + ")")
        elif op is sre.SUBPATTERN:
            _group, add, remove, body = arg
            if (add | remove) & ~(re.IGNORECASE | re.DOTALL | re.VERBOSE | re.UNICODE):
                raise UntranslatableError("inline flags")
            inner = _translate(body, (flags | add) & ~remove)
            on = ("i" if add & re.IGNORECASE else "") + ("s" if add & re.DOTALL else "")
            off = "-i" if remove & re.IGNORECASE else ""
            out.append(f"(?{on}{off}:{inner})")
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = arg
            inner = "(?:" + _translate(body, flags) + ")"
            # RE2 counts up to 1000; a larger upper bound widens to none.
            out.append(
                f"{inner}{{{low},}}"
                if high is sre.MAXREPEAT or high > 1000
                else f"{inner}{{{low},{high}}}"
            )
        elif op is sre.AT:
            out.append(_anchor(arg, flags))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # a look-around only ever removes matches: dropped, the copy widens
        elif op is sre.GROUPREF:
            out.append(r"(?s:.*)")  # whatever the group held
        elif op is sre.GROUPREF_EXISTS:
            _group, yes, no = arg
            out.append(f"(?:{_translate(yes, flags)}|{_translate(no, flags) if no else ''})")
        elif op is sre.ATOMIC_GROUP:
            out.append("(?:" + _translate(arg, flags) + ")")
        else:
            raise UntranslatableError(str(op))
    return "".join(out)


def _anchor(kind: Any, flags: int) -> str:
    if kind is sre.AT_BEGINNING:
        return "(?m:^)" if flags & re.MULTILINE else r"\A"
    if kind is sre.AT_BEGINNING_STRING:
        return r"\A"
    if kind is sre.AT_END:  # Python's $ also matches before a final newline
        return "(?m:$)" if flags & re.MULTILINE else r"(?:\n?\z)"
    if kind is sre.AT_END_STRING:
        return r"\z"
    if kind is sre.AT_BOUNDARY:
        return r"\b"
    if kind is sre.AT_NON_BOUNDARY:
        return r"\B"
    raise UntranslatableError(str(kind))


def _widens(items: Any) -> bool:
    """Whether `_translate` widens anything of this parse tree: a look-around, a back-reference,
    an atomic or possessive group, a bound over RE2's 1000, a complemented category inside a
    class. Without any of these the RE2 form matches an ASCII text exactly where the pattern
    does (lazy repeats find a match wherever greedy ones do)."""
    for op, arg in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        if op in (sre.ATOMIC_GROUP, sre.POSSESSIVE_REPEAT):
            return True
        if op is sre.IN:
            single = len(arg) == 1 and arg[0][0] is sre.CATEGORY and arg[0][1] in _COMPLEMENT
            if not single and any(
                item is sre.CATEGORY
                and value not in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD, sre.CATEGORY_SPACE)
                for item, value in arg
            ):
                return True
        elif op is sre.BRANCH:
            if any(_widens(branch) for branch in arg[1]):
                return True
        elif op is sre.SUBPATTERN:
            if _widens(arg[3]):
                return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            _low, high, body = arg
            if (high is not sre.MAXREPEAT and high > 1000) or _widens(body):
                return True
    return False


def exact(pattern: re.Pattern[str]) -> bool:
    """Whether `widened(pattern)` is no wider than `pattern`: on ASCII text the two then match
    the same texts. False for a pattern without a widened form."""
    try:
        return _form(pattern)[1]
    except UntranslatableError:
        return False


def widened(pattern: re.Pattern[str]) -> str:
    """The RE2 form of `pattern`: on ASCII text it matches wherever `pattern` does (and maybe
    elsewhere). Raises UntranslatableError for a construct without such a form."""
    return _form(pattern)[0]


def _form(pattern: re.Pattern[str]) -> tuple[str, bool]:
    """`widened(pattern)` and `exact(pattern)` from one parse of the pattern."""
    if sre_parse is None:
        raise UntranslatableError("this Python has no re._parser")
    if pattern.flags & (re.ASCII | re.LOCALE | re.MULTILINE):
        raise UntranslatableError("flags")
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        body = _translate(tree, pattern.flags)
        wider = _widens(tree)
    except UntranslatableError:
        raise
    except (AttributeError, KeyError, TypeError, ValueError) as error:  # a parser that changed
        raise UntranslatableError(str(error)) from error
    return ("(?i)" if pattern.flags & re.IGNORECASE else "") + body, not wider


class Screen:
    """Which of `patterns` could match a text (`__call__`), as a bit mask; `bit(pattern)` is
    the pattern's bit. A pattern whose bit is clear does not match the text. The bits in
    `exact` are those of patterns the automaton reads exactly (`exact()`): in a screened text's
    mask (any mask but ALL), such a bit set means the pattern does match (`sure`), so
    `pattern.search` is only needed for a set bit that is not sure.

    The patterns are read by a few automata, not one: neighbouring patterns share one while
    their compiled programs come to at most `part_size` instructions together (a larger
    pattern has one of its own). One automaton for every phrase class makes RE2's lazily built
    machine juggle the states of all of them at each letter, which grows it past any budget
    and has it rebuilt over and over, far slower than reading the text a few times."""

    def __init__(
        self,
        patterns: Sequence[re.Pattern[str]],
        *,
        max_mem: int = _MAX_MEM,
        part_size: int = _PART_SIZE,
    ) -> None:
        self.patterns = tuple(patterns)
        self._bits = {id(pattern): 1 << index for index, pattern in enumerate(patterns, 1)}
        self._always = 0  # patterns the automata cannot screen
        self.exact = 0
        options = re2.Options()
        options.max_mem = max_mem
        options.log_errors = False
        sizing = re2.Options()  # the default budget: a program's size, not whether it fits
        sizing.log_errors = False
        # Each part: the widened forms its automaton reads and the bits they stand for.
        parts: list[tuple[list[str], list[int]]] = []
        size = part_size
        for index, pattern in enumerate(patterns, 1):
            try:
                form, is_exact = _form(pattern)
                program = re2.compile(form, sizing).programsize
            except (UntranslatableError, re2.error):
                self._always |= 1 << index
                continue
            self.exact |= (1 << index) if is_exact else 0
            if not parts or size + program > part_size:
                parts.append(([], [0]))  # index 0, the empty pattern, always matches
                size = 0
            parts[-1][0].append(form)
            parts[-1][1].append(1 << index)
            size += program
        automata: list[tuple[Any, list[int]]] = []
        try:
            for forms, masks in parts:
                automaton: Any = re2.Set.SearchSet(options)
                for at, form in enumerate(("", *forms)):
                    if automaton.Add(form) != at:
                        raise re2.error("set indices out of step")
                automaton.Compile()
                # The compiled set's own Match where the wrapper exposes it: the wrapper's
                # type check costs about a fifth of each call, nine calls a sentence.
                automata.append((getattr(automaton, "_set", automaton).Match, masks))
        except re2.error:
            self._automata: list[tuple[Any, list[int]]] | None = None
            self.exact = 0
        else:
            self._automata = automata

    @property
    def available(self) -> bool:
        """Whether the automata were built (otherwise every text answers ALL)."""
        return self._automata is not None

    @property
    def parts(self) -> int:
        """How many automata read each text."""
        return len(self._automata or ())

    def bit(self, pattern: re.Pattern[str]) -> int:
        return self._bits[id(pattern)]

    def sure(self, bits: int) -> int:
        """The bits of `bits`, a text's mask, whose patterns surely match the text: the exact
        ones, when the text was screened (any mask but ALL). A pattern matches a text when
        its bit is set and either sure or confirmed by the pattern's search."""
        return bits & self.exact if bits != ALL else 0

    def __call__(self, text: str) -> int:
        if self._automata is None or not text.isascii():
            return ALL
        data = text.encode()  # once for every automaton
        mask = self._always
        for match, masks in self._automata:
            hits = match(data)
            if not hits or 0 not in hits:
                return ALL  # the search failed (its budget ran out): search every pattern
            for index in hits:
                mask |= masks[index]
        return mask


# The lexicon's phrase patterns that the analysis searches sentence by sentence, screened
# together; each name below is that pattern's bit.

PHRASES = Screen(
    (
        lx.NEED,
        lx.TROUBLE,
        lx.OBJECTION,
        lx.RESERVATION,
        lx.OFFER_TOPIC,
        lx.DENIES_TROUBLE,
        lx.PITCH,
        lx.TRANSACTION,
        lx.COMMITMENT,
        lx.OPEN_TO_SOLUTION,
        lx.AGREES_TO_DISCUSS,
        lx.DECISION_AUTHORITY,
        lx.CLOSED_SHAPE,
        lx.INVITATION,
        lx.INVERTED_TAG,
        lx.TAG_QUESTION,
        lx.REQUEST_QUESTION,
        lx.QUESTION_START,
        lx.INVERTED_START,
        lx.REPAIR,
        lx.SO_DO_I,
        lx.AUXILIARY_START,
        lx.WH_QUESTION,
        lx.PARAPHRASE_START,
        lx.REFLECTION_FRAME,
        lx.SELF_STATEMENT,
        lx.WHICH_RELATIVE,
        lx.PSEUDO_CLEFT,
        lx.MUSING,
        lx.REPORTED_QUESTION,
        lx.YOU_KNOW_TAG,
        lx.STOP_QUESTION,
        lx.CALL_PLAN,
        *(pattern for _name, pattern in lx.SERVICE_STEPS),
    )
)
NEED = PHRASES.bit(lx.NEED)
TROUBLE = PHRASES.bit(lx.TROUBLE)
OBJECTION = PHRASES.bit(lx.OBJECTION)
RESERVATION = PHRASES.bit(lx.RESERVATION)
OFFER_TOPIC = PHRASES.bit(lx.OFFER_TOPIC)
DENIES_TROUBLE = PHRASES.bit(lx.DENIES_TROUBLE)
PITCH = PHRASES.bit(lx.PITCH)
TRANSACTION = PHRASES.bit(lx.TRANSACTION)
COMMITMENT = PHRASES.bit(lx.COMMITMENT)
OPEN_TO_SOLUTION = PHRASES.bit(lx.OPEN_TO_SOLUTION)
AGREES_TO_DISCUSS = PHRASES.bit(lx.AGREES_TO_DISCUSS)
DECISION_AUTHORITY = PHRASES.bit(lx.DECISION_AUTHORITY)
CLOSED_SHAPE = PHRASES.bit(lx.CLOSED_SHAPE)
INVITATION = PHRASES.bit(lx.INVITATION)
INVERTED_TAG = PHRASES.bit(lx.INVERTED_TAG)
TAG_QUESTION = PHRASES.bit(lx.TAG_QUESTION)
REQUEST_QUESTION = PHRASES.bit(lx.REQUEST_QUESTION)
QUESTION_START = PHRASES.bit(lx.QUESTION_START)
INVERTED_START = PHRASES.bit(lx.INVERTED_START)
REPAIR = PHRASES.bit(lx.REPAIR)
SO_DO_I = PHRASES.bit(lx.SO_DO_I)
AUXILIARY_START = PHRASES.bit(lx.AUXILIARY_START)
WH_QUESTION = PHRASES.bit(lx.WH_QUESTION)
PARAPHRASE_START = PHRASES.bit(lx.PARAPHRASE_START)
REFLECTION_FRAME = PHRASES.bit(lx.REFLECTION_FRAME)
SELF_STATEMENT = PHRASES.bit(lx.SELF_STATEMENT)
WHICH_RELATIVE = PHRASES.bit(lx.WHICH_RELATIVE)
PSEUDO_CLEFT = PHRASES.bit(lx.PSEUDO_CLEFT)
MUSING = PHRASES.bit(lx.MUSING)
REPORTED_QUESTION = PHRASES.bit(lx.REPORTED_QUESTION)
YOU_KNOW_TAG = PHRASES.bit(lx.YOU_KNOW_TAG)
STOP_QUESTION = PHRASES.bit(lx.STOP_QUESTION)
CALL_PLAN = PHRASES.bit(lx.CALL_PLAN)
SERVICE_STEPS = tuple(PHRASES.bit(pattern) for _name, pattern in lx.SERVICE_STEPS)
