"""Short or long final vowel (`zemi`/`zemí`, `státu`/`států`, `Ruska`/`Ruská`): which case
the word is in, as the preposition, number or adjective before it tells."""

from __future__ import annotations

import re

from ..repair.words import czech_words
from .adjectives import is_adjective
from .neighbours import CASE_BOOST, Boost, Neighbours
from .verbs import THIRD_PLURAL
from .wordclasses import (
    BE_FORMS,
    FEMININE_OBLIQUE_PRONOUNS,
    GENITIVE_PLURAL_ENDINGS,
    GENITIVE_PREPOSITIONS,
    INSTRUMENTAL_PREPOSITIONS,
    MIN_ADJECTIVE_LENGTH,
    PARTICIPLE_STEM,
    PLURAL_BE_FORMS,
    PREPOSITIONS,
    QUANTITY_FORMS,
    QUANTITY_ONLY_WITH_ACCENTS,
    QUANTITY_WORDS,
    REFLEXIVES,
    SHORT_CASE_PREPOSITIONS,
    SINGULAR_ADJECTIVE_ENDINGS,
)

SHORT_TO_LONG = {"a": "á", "i": "í", "u": "ů", "y": "ý"}
"""Final vowels whose length tells cases apart (`zemi` dative, `zemí` genitive plural)."""
LONG_TO_SHORT = {long: short for short, long in SHORT_TO_LONG.items()}
DECIMAL = re.compile(r"\d+,\d+|\d+\.\d{1,2}")
"""A decimal number: Czech writes a comma; a dot before three digits groups thousands."""
NEUTER_ENDINGS = ("ní", "tí")
"""Endings of neuter nouns made from verbs (`zvolení`, `rozhodnutí`), beside participles."""
PARTICIPLES = ("ená", "aná", "ána", "itá", "tá")
SHORT_PARTICIPLE_STEM_END = "án"
"""The end of the stem of a short participle of a verb in -at (`obžalována`, `spáchány`)."""
SHORT_PARTICIPLE_TO_LONG = {"a": "á", "o": "é", "i": "í", "y": "ý"}
"""The long form's ending for each short one: `spáchány` → `spáchaný`."""
MIN_NOMINATIVE_FREQUENCY = 1e-7
"""A nominative rarer than this may be a misspelling the word list keeps (`regione`)."""
INFINITIVE_ENDINGS = ("at", "át", "it", "ít", "et", "ět", "out", "ýt")
"""Endings of infinitives: `přijmout`, `zajistit`, `být`."""
SHORT_FORM = re.compile("n[aiy]$")
"""The end of the short form of an adjective or participle: `schopna`, `povinni`."""
# An adjective from a name (`Ruská`, `slovenská`) against the name's genitive (`Ruska`).
NAME_ADJECTIVE = re.compile(r"[sc]ká$")


def length_boosts(words: frozenset[str], before: str, near: Neighbours) -> list[Boost]:
    """Tests of the options that the case the neighbours call for favours, one per rule.

    Args:
        words: The word's options.
        before: The word before without accents, "" when punctuation stands between.
        near: The words around.
    """
    boosts: list[Boost] = []
    # The preposition right before the word, or before the adjectives that agree with it.
    preposition = before if before in PREPOSITIONS else near.governor if before else ""
    # -u and -i, not the genitive plural -ů or -í (neuter nouns end in -í in every case:
    # `k rozhodnutí`): after a preposition of such a case, and after an adjective in -é or
    # -í (`přiložené fotografii`, `státní pomoci`: the genitive plural would follow -ých or
    # -ích), but for a plural subject in -é with its verb (`pražské hostují`). One boost
    # when both hold (`v přiložené fotografii`).
    if preposition in SHORT_CASE_PREPOSITIONS or (
        before
        and is_singular_adjective(near.before)
        and not any(word.endswith(THIRD_PLURAL) for word in words)
    ):
        boosts.append(
            (lambda word: fits(word, words, False, "u") or is_short_i(word, words), CASE_BOOST)
        )
    long_ending = wants_long_ending(before, near.before)
    if near.coordinated.endswith(("ů", "í")) or (
        long_ending is None and preposition in INSTRUMENTAL_PREPOSITIONS
    ):
        long_ending = True  # `úniků a krádeží`, `muzeí a galerií`, `s následnou projekcí`
    if long_ending is not None and not (long_ending is False and is_neuter_in_i(words)):
        boosts.append((lambda word: fits(word, words, long_ending), CASE_BOOST))
    if before in PREPOSITIONS:
        # No nominative after a preposition (`do Ruska`, not `do Ruská`).
        boosts.append((lambda word: not fits(word, words, True, "a"), CASE_BOOST))
    if before in GENITIVE_PREPOSITIONS:
        # `od zemí`: the genitive of a noun whose nominative ends in -e (`země`) is -e or
        # -í, never -i.
        boosts.append((lambda word: is_genitive_plural_in_i(word, words), CASE_BOOST))
    if before not in PREPOSITIONS and not near.governor and is_adjective_in_ou(near.before):
        # `polskou společností`: after the instrumental (or accusative) feminine, a noun
        # whose accusative is its bare stem (`společnost`) is in the instrumental.
        boosts.append((lambda word: is_instrumental_of_bare_stem(word, words), CASE_BOOST))
    if strip_before_be(before, near):
        # `byla obžalována`, `jsou připraveny`: the short passive participle.
        boosts.append((lambda word: is_short_participle(word, words), CASE_BOOST))
    if not near.gap_after:
        if any(is_short_form(word, words) for word in words) and is_infinitive(near.next_word()):
            # `je ochotna přijmout`, `jsou schopny dopravit`: the short form of an
            # adjective stands before an infinitive.
            boosts.append((lambda word: is_short_form(word, words), CASE_BOOST))
        if near.after.endswith(("a", "á")) and len(near.after) > 2:
            # `Ruská federace`: an adjective agrees with the feminine noun after it, where
            # the name's genitive would not stand (`do Ruska` is the preposition's).
            boosts.append(
                (
                    lambda word: bool(NAME_ADJECTIVE.search(word)) and fits(word, words, True, "a"),
                    CASE_BOOST,
                )
            )
        if near.after in REFLEXIVES and before not in PREPOSITIONS:
            # Right before `se` or `si` stands a verb more often than a noun (`jedná se`,
            # but `jedna z`): the verb's -á against the noun's or numeral's -a. A passive
            # participle (`propojena se širším`) is no such verb: there `se` is a preposition.
            boosts.append(
                (
                    lambda word: fits(word, words, True, "a") and not word.endswith(PARTICIPLES),
                    CASE_BOOST,
                )
            )
    return boosts


def depends_on_length(words: frozenset[str]) -> bool:
    """Whether two of `words` differ only in the length of their final vowel, or are a
    short participle and its long form."""
    return any(
        word[-1:] in LONG_TO_SHORT
        and word[:-1] + LONG_TO_SHORT[word[-1]] in words
        or long_participle(word) in words
        for word in words
    )


def wants_long_ending(before: str, restored_before: str) -> bool | None:
    """Whether the word after `before` ends in a long vowel (True), a short one (False), or
    either (None).

    Args:
        before: The word before without accents, "" when punctuation stands between.
        restored_before: The word before as restored, lower case.
    """
    if not before:
        return None
    if restored_before.endswith(SINGULAR_ADJECTIVE_ENDINGS) and not is_noun_in_em(restored_before):
        return False  # `amerického státu`, `ve svém státu`
    if before in INSTRUMENTAL_PREPOSITIONS or restored_before.endswith(GENITIVE_PLURAL_ENDINGS):
        return True
    if DECIMAL.fullmatch(restored_before):
        return False  # `1,5 milionu`: a fraction counts in the genitive singular
    number = restored_before.replace(".", "")
    if number.isdigit():
        return int(number) >= 5
    if before in QUANTITY_WORDS and before not in QUANTITY_ONLY_WITH_ACCENTS:
        return True
    return restored_before in QUANTITY_FORMS or None


def is_noun_in_em(word: str) -> bool:
    """Whether `word` (restored) is a noun in -ém (`problém`, `systém`), whose plural in
    -y no adjective in -ém has."""
    return word.endswith("ém") and czech_words().frequency(word + "y") > 0


def is_singular_adjective(word: str) -> bool:
    """Whether `word` (restored) is an adjective in -é or -í, or a pronoun such as `této`,
    whose noun is no genitive plural (that has `-ých`, `-ích`) and no instrumental of a
    hard adjective (`-ou`)."""
    if word in FEMININE_OBLIQUE_PRONOUNS:
        return True
    return word.endswith(("é", "í")) and is_adjective(word)


def is_short_i(word: str, words: frozenset[str]) -> bool:
    """Whether `word` ends in a short -i where the long -í is no neuter noun's ending."""
    return fits(word, words, False, "i") and not is_neuter_in_i(words)


def is_neuter_in_i(words: frozenset[str]) -> bool:
    """Whether `words` hold a neuter noun in -ní or -tí (`zvolení`), long in every case."""
    return any(word.endswith(NEUTER_ENDINGS) and word[:-1] + "i" in words for word in words)


def strip_before_be(before: str, near: Neighbours) -> bool:
    """Whether a form of `být` stands right before the word or right after it."""
    return before in BE_FORMS or (not near.gap_after and near.after in PLURAL_BE_FORMS)


def is_infinitive(word: str) -> bool:
    """Whether `word` (restored, lower case) is an infinitive (`přijmout`), not a noun with
    such an ending (`stát`, whose genitive is `státu`)."""
    if len(word) <= MIN_ADJECTIVE_LENGTH or not word.endswith(INFINITIVE_ENDINGS):
        return False
    known = czech_words()
    return not any(known.frequency(word + ending) for ending in ("u", "a", "y"))


def is_short_form(word: str, words: frozenset[str]) -> bool:
    """Whether `word` is the short form of an adjective or participle (`schopna`,
    `připraveny`) beside its long form."""
    return fits(word, words, False, "aiy") and bool(SHORT_FORM.search(word))


def is_short_participle(word: str, words: frozenset[str]) -> bool:
    """Whether `word` is a short passive participle (`připraveny`, `obžalována`) beside
    its long form."""
    if long_participle(word) in words:
        return True
    return fits(word, words, False, "aiy") and bool(PARTICIPLE_STEM.search(word))


def long_participle(word: str) -> str:
    """The long form of a short participle in -án- (`obžalována` → `obžalovaná`), whose
    stem vowel is short; "" for other words."""
    if word[-3:-1] != SHORT_PARTICIPLE_STEM_END or word[-1:] not in SHORT_PARTICIPLE_TO_LONG:
        return ""
    return word[:-3] + "an" + SHORT_PARTICIPLE_TO_LONG[word[-1]]


def is_adjective_in_ou(word: str) -> bool:
    """Whether `word` (restored) is an adjective in -ou (`polskou`), not a verb (`jsou`)."""
    return word.endswith("ou") and czech_words().frequency(word[:-2] + "ý") > 0


def is_genitive_plural_in_i(word: str, words: frozenset[str]) -> bool:
    """Whether `word` ends in -í beside -i, and its nominative singular in -e or -ě
    (`zemí`: `země`), whose -i is no genitive."""
    if not fits(word, words, True, "i"):
        return False
    stem, known = word[:-1], czech_words()
    return max(known.frequency(stem + "e"), known.frequency(stem + "ě")) >= MIN_NOMINATIVE_FREQUENCY


def is_instrumental_of_bare_stem(word: str, words: frozenset[str]) -> bool:
    """Whether `word` is the instrumental in -í of a noun in -st (`společností`), whose
    accusative is the bare stem (`společnost`), unlike that of `kompozice`."""
    stem = word[:-1]
    return (
        stem.endswith("st") and fits(word, words, True, "i") and czech_words().frequency(stem) > 0
    )


def fits(word: str, words: frozenset[str], long: bool, vowels: str = "iuy") -> bool:
    """Whether `word` ends in the long (or short) form of one of `vowels` while the other
    length is also among `words`."""
    last = word[-1:]
    short = LONG_TO_SHORT.get(last, "") if long else last
    if not short or short not in vowels:
        return False
    other = short if long else SHORT_TO_LONG[short]
    return word[:-1] + other in words
