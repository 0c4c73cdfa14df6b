"""Words the list lacks, restored from known words: from another form of the same word
(`katapultovacim` from `katapultovací`, `gobelinem` from `gobelín`), or from the words a
compound is made of (`protimadarske` from `proti` and `maďarské`).

The word list has the common forms of a word but not all of them. A form it lacks shares
its stem with one it has, and the stem carries the accents; the ending's accents follow
from the kind of word, which the known form's ending tells. Czech also makes words by
joining two (`osmnáctitunových`, `nečistilo`), each of which the list may know.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..repair.words import czech_words
from .ocr import strip_form
from .wordclasses import ADJECTIVE_ENDINGS, SOFT_ADJECTIVE_ENDINGS

Endings = tuple[tuple[str, str], ...]
"""(ending without accents, the ending) pairs, longest first."""
NOT_TELLING_ENDINGS = frozenset({"ou", "á", "é", "í"})
"""Adjective endings that end other words too (`rovnováhou`, `dělá`, `snížení`): a known
form with one does not tell that its stem is an adjective's."""


def with_plain_endings(endings: tuple[str, ...]) -> Endings:
    """Each of `endings` paired with its letters without accents."""
    return tuple((strip_form(ending), ending) for ending in endings)


@dataclass(frozen=True)
class Paradigm:
    """The endings of one kind of word."""

    endings: Endings
    """The endings a form may have."""
    telling: Endings
    """The endings that tell a known form is of this kind (an adjective's, not those in
    NOT_TELLING_ENDINGS)."""


HARD_ADJECTIVE = Paradigm(
    with_plain_endings(ADJECTIVE_ENDINGS),
    with_plain_endings(tuple(e for e in ADJECTIVE_ENDINGS if e not in NOT_TELLING_ENDINGS)),
)
"""`nový`: every ending but the short ones says its length."""
SOFT_ENDING_PAIRS = with_plain_endings(SOFT_ADJECTIVE_ENDINGS)
SOFT_ADJECTIVE = Paradigm(SOFT_ENDING_PAIRS, SOFT_ENDING_PAIRS)
"""`národní`."""
FEMININE_ENDING_PAIRS = with_plain_endings(("ách", "ami", "ám", "ou", "a", "y", "u"))
FEMININE_NOUN = Paradigm(FEMININE_ENDING_PAIRS, FEMININE_ENDING_PAIRS)
"""`žena`, but for the dative and locative in -e, which soften the stem (`sféra`, `sféře`)."""
MASCULINE_ENDING_PAIRS = with_plain_endings(("ové", "ovi", "ech", "ům", "em", "y", "a", ""))
MASCULINE_NOUN = Paradigm(MASCULINE_ENDING_PAIRS, MASCULINE_ENDING_PAIRS)
"""`hrad`, `pán`, but for the -u that may be the genitive plural -ů (`gobelínů`)."""
PARADIGMS = (HARD_ADJECTIVE, SOFT_ADJECTIVE, FEMININE_NOUN, MASCULINE_NOUN)
"""In this order: an adjective's endings say more than a noun's."""
MIN_COMPOUND_PART = 2
"""The first part of a compound has at least this many letters (`ne` in `nečistilo`)..."""
MIN_COMPOUND_TAIL = 4
"""... and the second this many: shorter tails are endings more often than words."""
MIN_STEM_LENGTH = 3
"""Shorter stems match too many words to tell which one a form belongs to."""


def inflect_known_stem(word: str) -> str:
    """The word `word` (lower case, without accents) is, by a known form of its stem; "".

    Args:
        word: A lower-case word without accents that the word list lacks.

    Returns:
        The word with its accents (`katapultovacím`), or "" when no known form has its
        stem, or the word needs no accents.
    """
    for paradigm in PARADIGMS:
        for plain_ending, ending in paradigm.endings:
            if not word.endswith(plain_ending):
                continue
            stem = word[: len(word) - len(plain_ending)]
            if len(stem) < MIN_STEM_LENGTH:
                continue
            known = known_stem(stem, paradigm)
            if known and known + ending != word:
                return known + ending
    return ""


def join_known_words(word: str) -> str:
    """The compound `word` (lower case, without accents) is, made of two known words with
    their accents (`osmnáctitunových`); "" when it is no such compound or needs none."""
    words = czech_words()
    for split in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_TAIL + 1):
        head, tail = word[:split], words.variants(word[split:])
        if not tail:
            continue
        # A head known as written stays so: `ne` in `nečistilo`, `vice` in `vicepremiérka`.
        heads = (head,) if words.frequency(head) else words.variants(head)
        if heads:
            joined = heads[0] + tail[0]
            return joined if joined != word else ""
    return ""


def known_stem(stem: str, paradigm: Paradigm) -> str:
    """`stem` with the accents of a known form of it in `paradigm`, or "".

    A stem with accents is preferred: `matematičku` is of `matematička`, though the
    adjective `matematickou` has the same letters without them.
    """
    words = czech_words()
    found = ""
    for plain_ending, ending in paradigm.telling:
        for form in words.variants(stem + plain_ending):
            if form.endswith(ending) and len(form) == len(stem) + len(ending):
                if not form[: len(stem)].isascii():
                    return form[: len(stem)]
                found = found or stem
    return found
