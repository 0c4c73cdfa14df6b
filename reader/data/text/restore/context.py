"""Where a word alone cannot decide (`ze` or `že`, `státu` or `států`), its neighbours do.

Czech word frequencies say which form is more common, not which one fits here. Most such
choices are between a short and a long final vowel (`zemi`/`zemí`, `státu`/`států`), or
between an adjective and the adverb or noun beside it (`správné`/`správně`, `celé`/`čele`),
and the words around tell which: a preposition governs a case, an adjective agrees with its
noun, a number counts it, an adverb stands before a verb. A few rules of Czech grammar,
keyed on the words around, settle them; each lives in the module of its kind.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from .agreement import agreement_boosts, depends_on_agreement
from .function_words import DECIDED_PAIRS, decisive_choice
from .neighbours import Boost, Neighbours
from .ocr import strip_form
from .verbs import depends_on_person, person_boosts
from .vowel_length import depends_on_length, length_boosts
from .wordclasses import NOT_PREPOSITIONS

DECISIVE = 1e6
"""A weight factor that settles a choice whatever the word frequencies say."""
VOCALISED_WITH = "se"
# What may stand between a preposition and its word: a space, an opening quote or bracket.
OPENING_GAPS = frozenset({"", "„", "("})


def weigh_in_context(
    options: tuple[tuple[str, float], ...], near: Neighbours
) -> tuple[tuple[str, float], ...]:
    """Re-weigh a word's options by the rules its neighbours call for.

    Args:
        options: (word, weight) pairs, the most likely first.
        near: The words around.

    Returns:
        The options, the most likely first.
    """
    # The cache keeps the neighbours as a plain tuple of strings, which the garbage
    # collector stops tracking: a cache of named tuples is walked by every full collection.
    return weigh_in_surroundings(options, tuple(near))


@lru_cache(maxsize=32768)  # 65,536 held 20-27 MB more of a worker of 100,000 texts, no quicker
def weigh_in_surroundings(
    options: tuple[tuple[str, float], ...], surroundings: tuple[str | bool, ...]
) -> tuple[tuple[str, float], ...]:
    """`weigh_in_context` with the neighbours as a plain tuple."""
    near = Neighbours._make(surroundings)
    words = frozenset(word for word, _ in options)
    before = ""
    if near.gap in OPENING_GAPS and near.before not in NOT_PREPOSITIONS:
        before = strip_form(near.before)
    if before == VOCALISED_WITH and not takes_vocalised_with(strip_form(options[0][0])):
        before = ""  # the reflexive, which governs no case: `vyhýbat se slunci`
    decided = decisive_choice(words, before, near)
    if decided:
        return rank(options, lambda word: DECISIVE if word == decided else 1.0)
    boosts: list[Boost] = [
        *length_boosts(words, before, near),
        *agreement_boosts(words, before, near),
        *person_boosts(words, near),
    ]
    if not boosts:
        return options
    return rank(options, lambda word: math.prod(factor for fits, factor in boosts if fits(word)))


def takes_vocalised_with(word: str) -> bool:
    """Whether the preposition `s` is spelled `se` before `word` (without accents): before
    s, z, š, ž (`se společností`, `se ženou`) and `mnou`; elsewhere `se` is the reflexive."""
    return word[:1] in ("s", "z") or word == "mnou"


def depends_on_context(words: frozenset[str]) -> bool:
    """Whether any rule here may choose among `words`."""
    if len(words) < 2:
        return False
    if any(pair <= words for pair in DECIDED_PAIRS):
        return True
    return depends_on_length(words) or depends_on_agreement(words) or depends_on_person(words)


def rank(
    options: tuple[tuple[str, float], ...], factor: Callable[[str], float]
) -> tuple[tuple[str, float], ...]:
    """The options with each weight multiplied by `factor(word)`, the most likely first."""
    weighted = [(word, weight * factor(word)) for word, weight in options]
    return tuple(sorted(weighted, key=lambda pair: pair[1], reverse=True))
