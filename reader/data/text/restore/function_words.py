"""Pairs of frequent short words that grammar settles outright: `ze`/`že`, `té`/`tě`, `ně`/`ne`."""

from __future__ import annotations

from .neighbours import Neighbours
from .ocr import strip_form
from .wordclasses import (
    ACCUSATIVE_PREPOSITIONS,
    CONJUNCTIONS_BEFORE_ZE,
    DATIVE_PREPOSITIONS,
    GENITIVE_PREPOSITIONS,
    PREPOSITIONS,
    REFLEXIVES,
    RELATIVE_PRONOUNS,
)

VOWELS = frozenset("aeiouy")
BECAME_STOOD = {
    "stal": "stál",
    "stala": "stála",
    "stalo": "stálo",
    "stali": "stáli",
    "staly": "stály",
}
"""The past of `stát se` (to become), which has its `se`, against that of `stát` (to stand,
to cost): `se stal prezidentem`, `u zrodu stál`, `vstupenky stály`."""
DECIDED_PAIRS = (
    {"ze", "že"},
    {"té", "tě"},
    {"ni", "ní"},
    {"tři", "tří"},
    {"ne", "ně"},
    {"než", "něž"},
    {"nim", "ním"},
    *({became, stood} for became, stood in BECAME_STOOD.items()),
)
"""Pairs of frequent words that `decisive_choice` settles by grammar."""


def decisive_choice(words: frozenset[str], before: str, near: Neighbours) -> str:
    """The option grammar settles outright among a few frequent pairs, or "".

    Args:
        words: The word's options.
        before: The word before without accents, "" when punctuation stands between.
        near: The words around.
    """
    if {"ze", "že"} <= words:
        return "že" if joins_clause(near) else "ze"
    for became, stood in BECAME_STOOD.items():
        if {became, stood} <= words:
            return became if near.reflexive_near else stood
    if before not in PREPOSITIONS:
        return ""
    # After a preposition stands the pronoun (`na ně`, `o něž`, `s ním`), never the
    # particle `ne` or the conjunction `než`.
    if {"ne", "ně"} <= words:
        return "ně"
    if {"než", "něž"} <= words:
        return "něž"
    if {"nim", "ním"} <= words:
        return "nim" if before in DATIVE_PREPOSITIONS else "ním"
    if {"té", "tě"} <= words:
        return "té"
    if {"ni", "ní"} <= words and before not in ACCUSATIVE_PREPOSITIONS:
        return "ní"
    if {"tři", "tří"} <= words:
        return "tří" if before in GENITIVE_PREPOSITIONS else "tři"
    return ""


def needs_reflexive(words: frozenset[str]) -> bool:
    """Whether choosing among `words` asks whether `se` stands near (`stal`/`stál`)."""
    return not words.isdisjoint(BECAME_STOOD)


def joins_clause(near: Neighbours) -> bool:
    """Whether `ze` here is the conjunction `že` rather than the preposition."""
    after = strip_form(near.after)
    if after[:1].isdigit() or after in RELATIVE_PRONOUNS:
        return False  # `ze 7. července`, `ze které`
    if "," in near.gap or strip_form(near.before) in CONJUNCTIONS_BEFORE_ZE:
        return True
    if after in REFLEXIVES:
        return True  # `že se`: no preposition takes a reflexive
    # The preposition is `ze` only before a word hard to say after `z`: one starting with
    # s, z, š or ž, or with two consonants (`ze dne`, `ze tří`); before others it is `z`.
    if after[:1] in ("s", "z") or after in ("me", "mne"):
        return False
    return not (len(after) > 1 and after[0] not in VOWELS and after[1] not in VOWELS)
