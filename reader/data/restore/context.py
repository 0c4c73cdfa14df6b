"""Where a word alone cannot decide (`ze` or `že`, `státu` or `států`), its neighbours do.

Czech word frequencies say which form is more common, not which one fits here. Most such
choices are between a short and a long final vowel (`zemi`/`zemí`, `státu`/`států`,
`Ruska`/`Ruská`), and the word before often tells which case the word is in: a preposition
governs it, an adjective agrees with it, a number counts it. A few rules of Czech grammar,
keyed on the words around, settle them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .ocr import strip_form

DECISIVE = 1e6
"""A weight factor that settles a choice whatever the word frequencies say."""
CASE_BOOST = 30.0
"""How much more likely the form the case calls for is than the other."""

SHORT_TO_LONG = {"a": "á", "i": "í", "u": "ů", "y": "ý"}
"""Final vowels whose length tells cases apart (`zemi` dative, `zemí` genitive plural)."""

# `že` joins a clause, and Czech puts a comma before it; these conjunctions may stand there
# instead (`a že`, `ale že`). The preposition `ze` never follows a comma or them.
CONJUNCTIONS_BEFORE_ZE = frozenset("a ale i nebo ani nez jen jenom vsak tedy".split())
VOWELS = frozenset("aeiouy")
# Prepositions, without accents. No nominative follows one, so never an adjective in -á
# (`do Ruska`, not `do Ruská`), and `te` after one is `té` (`v té době`), not `tě` (you).
PREPOSITIONS = frozenset(
    "v ve na o po pri k ke od do z ze u s se pro pred za nad pod mezi bez krome podle "
    "behem kolem mimo vedle diky proti vuci kvuli".split()
)
# Prepositions with the locative or dative, whose endings are short (`v zemi`, `k domu`):
# never a genitive plural in -ů or -í.
SHORT_CASE_PREPOSITIONS = frozenset("v ve na o po pri k ke diky proti vuci kvuli".split())
# Prepositions that may take the accusative, whose `ni` (her) has a short i; after the
# others it is `ní` (`v ní`, `kvůli ní`).
ACCUSATIVE_PREPOSITIONS = frozenset("na za pro pred pod nad mezi".split())
# Prepositions with the genitive: a number after them is `tří`, not `tři`.
GENITIVE_PREPOSITIONS = frozenset("od do z ze u bez krome podle behem kolem mimo vedle".split())
# `s`/`se` mostly take the instrumental, whose soft feminine ends in -í (`se společností`).
INSTRUMENTAL_PREPOSITIONS = frozenset({"s", "se"})
# Numbers from five up, and words of quantity, take the genitive plural (`pět států`,
# `řada zemí`).
QUANTITY_WORDS = frozenset(
    "pet peti sest sesti sedm sedmi osm osmi devet deviti deset deseti jedenact dvanact "
    "trinact ctrnact patnact dvacet tricet "
    "ctyricet padesat sedesat sedmdesat osmdesat devadesat sto set tisic tisice milionu "
    "miliard miliardy nekolik mnoho malo rada radu vetsina vetsinu pocet poctu vice mene "
    "vic min desitky desitek stovky stovek tisicu".split()
)
# Adjectives and pronouns in the genitive plural (`amerických`, `těch`, `všech`) ...
GENITIVE_PLURAL_ENDINGS = ("ých", "ích", "ech")
# ... and in the masculine or neuter singular, whose nouns end short (`amerického státu`).
SINGULAR_ADJECTIVE_ENDINGS = ("ého", "ému", "ém")
REFLEXIVES = frozenset({"se", "si"})
PARTICIPLES = ("ená", "aná", "ána", "itá", "tá")
DECIDED_PAIRS = ({"ze", "že"}, {"té", "tě"}, {"ni", "ní"}, {"tři", "tří"})
"""Pairs of frequent words that `decisive_choice` settles by grammar."""
DECIMAL = re.compile(r"\d+[,.]\d+")
# An adjective from a name (`Ruská`, `slovenská`) against the name's genitive (`Ruska`).
NAME_ADJECTIVE = re.compile(r"[sc]ká$")


@dataclass(frozen=True)
class Neighbours:
    """The words around the one being chosen."""

    before: str
    """The word before, as restored, lower case; "" at the start of a paragraph."""
    gap: str
    """What stands between that word and this one (spaces, commas, a full stop)."""
    after: str
    """The next word as written, lower case; "" at the end of a paragraph."""
    gap_after: str = " "
    """What stands between this word and the next."""


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
    words = {word for word, _ in options}
    before = strip_form(near.before) if near.gap.strip() in ("", "„", "(") else ""
    decided = decisive_choice(words, before, near)
    if decided:
        return rank(options, lambda word: DECISIVE if word == decided else 1.0)
    boosts = case_boosts(words, before, near)
    if not boosts:
        return options
    return rank(options, lambda word: CASE_BOOST ** sum(boost(word) for boost in boosts))


def depends_on_context(words: set[str]) -> bool:
    """Whether any rule here may choose among `words`: a pair it settles, or two words that
    differ only in the length of their final vowel."""
    if any(pair <= words for pair in DECIDED_PAIRS):
        return True
    return any(fits(word, words, True) or fits(word, words, True, "a") for word in words)


def decisive_choice(words: set[str], before: str, near: Neighbours) -> str:
    """The option grammar settles outright among a few frequent pairs, or ""."""
    if {"ze", "že"} <= words:
        return "že" if joins_clause(near) else "ze"
    if before not in PREPOSITIONS:
        return ""
    if {"té", "tě"} <= words:
        return "té"
    if {"ni", "ní"} <= words and before not in ACCUSATIVE_PREPOSITIONS:
        return "ní"
    if {"tři", "tří"} <= words:
        return "tří" if before in GENITIVE_PREPOSITIONS else "tři"
    return ""


def case_boosts(words: set[str], before: str, near: Neighbours) -> list[Callable[[str], bool]]:
    """Tests of the options that the case the neighbours call for favours, one per rule."""
    boosts: list[Callable[[str], bool]] = []
    if before in SHORT_CASE_PREPOSITIONS:
        # -u, not the genitive plural -ů; -i or -í stays open: neuter nouns end in -í in
        # every case (`k rozhodnutí`).
        boosts.append(lambda word: fits(word, words, False, "u"))
    long_ending = wants_long_ending(before, near.before)
    if long_ending is not None:
        boosts.append(lambda word: fits(word, words, long_ending))
    if before in PREPOSITIONS:
        boosts.append(lambda word: fits(word, words, False, "a"))
    if not near.gap_after.strip():
        if near.after.endswith(("a", "á")) and len(near.after) > 2:
            # `Ruská federace`: an adjective agrees with the feminine noun after it, where
            # the name's genitive would not stand (`do Ruska` is the preposition's).
            boosts.append(
                lambda word: bool(NAME_ADJECTIVE.search(word)) and fits(word, words, True, "a")
            )
        if near.after in REFLEXIVES:
            # Right before `se` or `si` stands a verb more often than a noun (`jedná se`,
            # but `jedna z`): the verb's -á against the noun's or numeral's -a. A passive
            # participle (`propojena se širším`) is no such verb: there `se` is a preposition.
            boosts.append(
                lambda word: fits(word, words, True, "a") and not word.endswith(PARTICIPLES)
            )
    return boosts


def wants_long_ending(before: str, restored_before: str) -> bool | None:
    """Whether the word after `before` ends in a long vowel (True), a short one (False), or
    either (None).

    Args:
        before: The word before without accents, "" when punctuation stands between.
        restored_before: The word before as restored, lower case.
    """
    if not before:
        return None
    if restored_before.endswith(SINGULAR_ADJECTIVE_ENDINGS):
        return False
    if before in INSTRUMENTAL_PREPOSITIONS or restored_before.endswith(GENITIVE_PLURAL_ENDINGS):
        return True
    if before.isdigit():
        return int(before) >= 5
    if DECIMAL.fullmatch(before):
        return False  # `1,5 milionu`: a fraction counts in the genitive singular
    return True if before in QUANTITY_WORDS else None


def fits(word: str, words: set[str], long: bool, vowels: str = "iuy") -> bool:
    """Whether `word` ends in the long (or short) form of one of `vowels` while the other
    length is also among `words`."""
    for short in vowels:
        long_vowel = SHORT_TO_LONG[short]
        wanted, other = (long_vowel, short) if long else (short, long_vowel)
        if word.endswith(wanted) and word[:-1] + other in words:
            return True
    return False


def joins_clause(near: Neighbours) -> bool:
    """Whether `ze` here is the conjunction `že` rather than the preposition."""
    if "," in near.gap or strip_form(near.before) in CONJUNCTIONS_BEFORE_ZE:
        return True
    # The preposition is `ze` only before a word hard to say after `z`: one starting with
    # s, z, š or ž, or with two consonants (`ze dne`, `ze tří`); before others it is `z`.
    after = strip_form(near.after)
    if after[:1] in ("s", "z") or after in ("me", "mne"):
        return False
    return not (len(after) > 1 and after[0] not in VOWELS and after[1] not in VOWELS)


def rank(
    options: tuple[tuple[str, float], ...], factor: Callable[[str], float]
) -> tuple[tuple[str, float], ...]:
    """The options with each weight multiplied by `factor(word)`, the most likely first."""
    weighted = [(word, weight * factor(word)) for word, weight in options]
    return tuple(sorted(weighted, key=lambda pair: pair[1], reverse=True))
