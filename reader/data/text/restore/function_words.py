"""Pairs of frequent short words that grammar settles outright: `ze`/`že`, `té`/`tě`, `ně`/`ne`."""

from __future__ import annotations

from .adjectives import is_adjective
from .neighbours import Neighbours
from .ocr import strip_form
from .wordclasses import (
    ACCUSATIVE_PREPOSITIONS,
    CONJUNCTIONS_BEFORE_ZE,
    DATIVE_PREPOSITIONS,
    DETERMINERS,
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
NOUN_FOR_INFINITIVE = {"být": "byt"}
"""Infinitives whose letters without accents make a noun (`být`, to be; `byt`, a flat):
after a preposition, an adjective or a pronoun that stands as one, the noun stands, never
the infinitive (`za byt`, `nový byt`, `svůj byt`); elsewhere the words' frequency decides."""
DECIDED_PAIRS = (
    {"ze", "že"},
    *({infinitive, noun} for infinitive, noun in NOUN_FOR_INFINITIVE.items()),
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
    for infinitive, noun in NOUN_FOR_INFINITIVE.items():
        if {infinitive, noun} <= words:
            return (
                noun if before and (before in PREPOSITIONS or describes_noun(near.before)) else ""
            )
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


def describes_noun(word: str) -> bool:
    """Whether `word` (restored, lower case) stands before a noun: an adjective, or a
    pronoun that stands as one."""
    return word in DETERMINERS or is_adjective(word)


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
