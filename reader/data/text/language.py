"""Which language a text is, as far as restoring Czech diacritics needs to know: English
words that would read as Czech without accents (`site`, `date`, `rust`) are not Czech."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

ENGLISH_WORDS = 20_000
"""English words known: wordfreq's most frequent ones."""
MIN_ENGLISH_SHARE = 0.6
"""Text of which at least this share of words are common English words is English: English
news has 85% or more, Czech without accents 45% at most (`a`, `to`, `je`, `pro` are English
words too)."""


@cache
def english_words() -> frozenset[str]:
    """wordfreq's most frequent English words, read once per process (0.06 s)."""
    import wordfreq  # imported when first needed: reading clean text never needs it

    return frozenset(wordfreq.top_n_list("en", ENGLISH_WORDS))


def reads_as_english(words: Iterable[str]) -> bool:
    """Whether enough of `words` are common English words for the text to be English.

    Args:
        words: The text's words, as written; those that are not all letters do not count.

    Returns:
        False for no words.
    """
    known = english_words()
    lowered = [word.lower() for word in words if word.isalpha()]  # numbers are no language
    return bool(lowered) and sum(map(known.__contains__, lowered)) >= MIN_ENGLISH_SHARE * len(
        lowered
    )
