"""Choose what each lost byte was: the letters that make a real Czech word, in the right case."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import product

from .words import czech_words

LETTER_GAP = "\ud800"
"""Stands in the text for a lost character that may be a letter (never a real character)."""
MARK_GAP = "\ud801"
"""Stands in the text for a lost character that can only be punctuation, a space or a symbol."""

GAP_OR_WORD_WITH_GAPS = re.compile(f"(?:[^\\W\\d_]|{LETTER_GAP})*{LETTER_GAP}(?:[^\\W\\d_]|{LETTER_GAP})*|{MARK_GAP}")
# A word not in the word list is this much less likely than the rarest one that is.
UNKNOWN_WORD_FREQUENCY = 1e-9
# Beyond this many combinations in one word, each gap is chosen on its own.
MAX_COMBINATIONS = 4096
# Czech writes adjectives made from names in lower case (`íránský`) but the names themselves
# capitalised (`Írán`): the case of a restored first letter follows that rule.
ADJECTIVE_ENDING = re.compile(r"(?:[sc]k|[šč]t)(?:ý|á|é|ého|ému|ém|ým|ých|ými|ou|í|ích|ím|ími)$")
# Looking back from a word: only spaces, opening quotes, brackets or Markdown markers
# to the start of a line or to a sentence's end mean the word starts a sentence.
SENTENCE_START = re.compile(r"(?:^|[.!?…:]|\n)[\s\"'„“‚‘(\[*#>-]*$")
OPENING_CONTEXT = frozenset(" \t\n([{\"'")
QUOTE_OPEN, QUOTE_CLOSE = "„", "”"
SOFT_HYPHEN, NO_BREAK_SPACE, ZERO_WIDTH_JOINER = "\u00ad", "\u00a0", "\u200d"


def fill_gaps(text: str, candidates: Sequence[tuple[str, ...]]) -> str:
    """Replace each gap stand-in in `text` by its best candidate, in order of appearance."""
    remaining = iter(candidates)

    def choose(match: re.Match[str]) -> str:
        found = match.group()
        if found == MARK_GAP:
            before = text[match.start() - 1] if match.start() else ""
            after = text[match.end()] if match.end() < len(text) else ""
            return choose_mark(next(remaining), before, after)
        options = tuple(next(remaining) for _ in range(found.count(LETTER_GAP)))
        starts_sentence = SENTENCE_START.search(text, max(0, match.start() - 40), match.start())
        return choose_word(found, options, starts_sentence is not None)

    return GAP_OR_WORD_WITH_GAPS.sub(choose, text)


@lru_cache(maxsize=65536)
def choose_word(template: str, options: tuple[tuple[str, ...], ...], starts_sentence: bool) -> str:
    """The most likely word `template` was, each LETTER_GAP filled from its options."""
    parts = template.split(LETTER_GAP)
    combinations = math.prod(len(choice) for choice in options)
    if combinations > MAX_COMBINATIONS:
        options = tuple((max(choice, key=letter_likelihood),) for choice in options)

    def fill(chosen: tuple[str, ...]) -> str:
        return parts[0] + "".join(char + part for char, part in zip(chosen, parts[1:], strict=True))

    def rank(chosen: tuple[str, ...]) -> tuple[bool, float, bool]:
        word = fill(chosen)
        return (has_consistent_case(word), word_likelihood(word, chosen), prefers_case(word, starts_sentence))

    return fill(max(product(*options), key=rank))


def has_consistent_case(word: str) -> bool:
    """True for `word`, `Word` and `WORD`: restored letters must agree with their neighbours."""
    return word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())


def word_likelihood(word: str, restored: tuple[str, ...]) -> float:
    """Log-likelihood of `word`: its frequency if known, else the restored letters' shares."""
    frequency = czech_words().frequency(word)
    if frequency:
        return math.log(frequency)
    return math.log(UNKNOWN_WORD_FREQUENCY) + sum(math.log(letter_likelihood(c)) for c in restored)


def letter_likelihood(char: str) -> float:
    """How common `char` is in Czech text, ignoring case."""
    return czech_words().letter_share(char)


def prefers_case(word: str, starts_sentence: bool) -> bool:
    """Whether the case of `word`'s first letter is the expected one where only case differs."""
    expect_capital = starts_sentence or not ADJECTIVE_ENDING.search(word.lower())
    return word[:1].isupper() == expect_capital


def choose_mark(options: tuple[str, ...], before: str, after: str) -> str:
    """The punctuation, space or symbol a lost sequence most likely was, from its neighbours."""
    opens = before == "" or before in OPENING_CONTEXT
    if QUOTE_OPEN in options and opens and after not in ("", " ", "\n"):
        return QUOTE_OPEN
    if QUOTE_CLOSE in options and not opens:
        return QUOTE_CLOSE
    if SOFT_HYPHEN in options and before.isalpha() and after.isalpha():
        return SOFT_HYPHEN
    if NO_BREAK_SPACE in options:
        return NO_BREAK_SPACE
    if ZERO_WIDTH_JOINER in options and is_symbol(before) and is_symbol(after):
        return ZERO_WIDTH_JOINER
    symbols = [char for char in options if is_symbol(char)]
    return (symbols or list(options))[0]


def is_symbol(char: str) -> bool:
    """True for a symbol such as an emoji."""
    return bool(char) and unicodedata.category(char) == "So"
