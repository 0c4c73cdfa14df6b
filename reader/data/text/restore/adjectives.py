"""Whether a restored word is an adjective, by the forms of it the word list knows."""

from __future__ import annotations

from functools import lru_cache

from ..repair.words import czech_words
from .wordclasses import HARD_ADJECTIVE_ENDINGS, MIN_ADJECTIVE_LENGTH, SOFT_ADJECTIVE_ENDINGS

ADVERBS = frozenset({"také", "poprvé", "podruhé", "potřetí", "počtvrté", "naposledy"})
"""Adverbs with an adjective's ending whose letters also make a rare adjective (`taký`)."""
RELATIVE_STEM = "kter"
"""`který` and its forms start a clause: they are no adjectives of the noun after them."""


@lru_cache(maxsize=65536)
def is_adjective(word: str) -> bool:
    """Whether `word` (restored, lower case) is a form of an adjective the list knows.

    A noun in -í (`snížení`) has no genitive in -ího, and a verb in -ou (`jsou`) no
    masculine in -ý: both say the word is no adjective.
    """
    if len(word) < MIN_ADJECTIVE_LENGTH or word.startswith(RELATIVE_STEM) or word in ADVERBS:
        return False
    words = czech_words()
    for endings, lemma_ending in ((HARD_ADJECTIVE_ENDINGS, "ý"), (SOFT_ADJECTIVE_ENDINGS, "ího")):
        for ending in endings:
            if word.endswith(ending):
                return words.frequency(word[: -len(ending)] + lemma_ending) > 0
    return False
