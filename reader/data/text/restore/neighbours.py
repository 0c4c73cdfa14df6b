"""The words around the one being chosen, as the context rules see them."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

CASE_BOOST = 30.0
"""How much more likely a form the grammar calls for is than the others."""
CLAUSE_END = frozenset('.,;:!?)“”"–')
"""Punctuation that ends a phrase: no adjective stands before it, no noun follows."""

Boost = tuple[Callable[[str], bool], float]
"""A test of an option and the factor the option's weight is multiplied by if it passes."""


class Neighbours(NamedTuple):
    """The words around the one being chosen.

    A named tuple, not a dataclass: it keys the cache of context choices, and a tuple is
    built, hashed and compared in C.
    """

    before: str
    """The word before, as restored, lower case; "" at the start of a paragraph."""
    gap: str
    """What stands between that word and this one, spaces left out (a comma, a full stop):
    words so placed share their cached choice, whether a space or a line break parts them."""
    after: str
    """The next word as written, lower case; "" at the end of a paragraph."""
    gap_after: str = ""
    """What stands between this word and the next, spaces left out."""
    after_likely: str = ""
    """The next word's most frequent reading, lower case; "" when it has none."""
    coordinated: str = ""
    """When a conjunction stands before the word (`úniků a`), the word before that."""
    follows_name: bool = False
    """Whether the word and the one before it are capitalised mid-sentence: a name."""
    starts_sentence: bool = False
    """Whether the word is the first of its sentence."""
    reflexive_near: bool = False
    """Whether `se` stands in the clause before the word, or right after it."""
    quoted: bool = False
    """Whether the word stands in a quotation, where the speaker may say `I`."""
    governor: str = ""
    """The preposition, without accents, before the adjectives right before the word: `pro`
    in `pro oblíbenou aplikaci`; "" when none."""

    def ends_phrase(self) -> bool:
        """Whether punctuation or the paragraph's end follows the word."""
        return not self.after or not CLAUSE_END.isdisjoint(self.gap_after)

    def next_word(self) -> str:
        """The next word as it most likely reads, with its accents where known."""
        return self.after_likely or self.after
