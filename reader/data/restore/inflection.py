"""Words the list lacks, restored from a known form of the same word: `katapultovacim` from
`katapultovací`, `gobelinem` from `gobelín`.

The word list has the common forms of a word but not all of them. A form it lacks shares
its stem with one it has, and the stem carries the accents; the ending's accents follow
from the kind of word, which the known form's ending tells.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..repair.words import czech_words

Endings = tuple[tuple[str, str], ...]
"""(ending without accents, the ending) pairs, longest first."""


@dataclass(frozen=True)
class Paradigm:
    """The endings of one kind of word."""

    endings: Endings
    """The endings a form may have."""
    telling: Endings
    """The endings that tell a known form is of this kind: not `-ou`, which ends nouns
    (`rovnováhou`) as well as adjectives."""

HARD_ADJECTIVE_ENDINGS: Endings = (
    ("ymi", "ými"),
    ("eho", "ého"),
    ("emu", "ému"),
    ("ych", "ých"),
    ("ym", "ým"),
    ("em", "ém"),
    ("ou", "ou"),
    ("y", "ý"),
    ("a", "á"),
    ("e", "é"),
    ("i", "í"),
)
HARD_ADJECTIVE = Paradigm(HARD_ADJECTIVE_ENDINGS, HARD_ADJECTIVE_ENDINGS[:6] + (("y", "ý"),))
"""`nový`: every ending says its length."""
SOFT_ADJECTIVE_ENDINGS: Endings = (
    ("imi", "ími"),
    ("iho", "ího"),
    ("imu", "ímu"),
    ("ich", "ích"),
    ("im", "ím"),
    ("i", "í"),
)
SOFT_ADJECTIVE = Paradigm(SOFT_ADJECTIVE_ENDINGS, SOFT_ADJECTIVE_ENDINGS)
"""`národní`."""
FEMININE_NOUN_ENDINGS: Endings = (
    ("ach", "ách"),
    ("ami", "ami"),
    ("am", "ám"),
    ("ou", "ou"),
    ("a", "a"),
    ("y", "y"),
    ("u", "u"),
)
FEMININE_NOUN = Paradigm(FEMININE_NOUN_ENDINGS, FEMININE_NOUN_ENDINGS)
"""`žena`, but for the dative and locative in -e, which soften the stem (`sféra`, `sféře`)."""
MASCULINE_NOUN_ENDINGS: Endings = (
    ("ove", "ové"),
    ("ovi", "ovi"),
    ("ech", "ech"),
    ("um", "ům"),
    ("em", "em"),
    ("y", "y"),
    ("a", "a"),
    ("", ""),
)
MASCULINE_NOUN = Paradigm(MASCULINE_NOUN_ENDINGS, MASCULINE_NOUN_ENDINGS)
"""`hrad`, `pán`, but for the -u that may be the genitive plural -ů (`gobelínů`)."""
PARADIGMS = (HARD_ADJECTIVE, SOFT_ADJECTIVE, FEMININE_NOUN, MASCULINE_NOUN)
"""In this order: an adjective's endings say more than a noun's."""
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
    words = czech_words()
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
