"""Whether a restored word is an adjective, by the forms of it the word list knows."""

from __future__ import annotations

from functools import lru_cache

from ..repair.words import czech_words
from .wordclasses import MIN_ADJECTIVE_LENGTH

HARD_ENDINGS = ("ých", "ého", "ému", "ými", "ém", "ým", "ou", "ý", "á", "é")
"""Endings of hard adjectives (`nový`), longest first; their masculine ends in -ý."""
SOFT_ENDINGS = ("ího", "ímu", "ích", "ími", "ím", "í")
"""Endings of soft adjectives (`národní`), longest first; their genitive ends in -ího."""
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
    for endings, lemma_ending in ((HARD_ENDINGS, "ý"), (SOFT_ENDINGS, "ího")):
        for ending in endings:
            if word.endswith(ending):
                return words.frequency(word[: -len(ending)] + lemma_ending) > 0
    return False
