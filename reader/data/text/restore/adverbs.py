"""Adjective or adverb (`správné`/`správně`, `stálé`/`stále`, `vojenský`/`vojensky`): an
adjective agrees with the noun after it, an adverb stands before a verb or an adjective."""

from __future__ import annotations

from ..repair.words import czech_words
from .neighbours import Neighbours
from .wordclasses import (
    ADJECTIVE_ENDINGS,
    BE_FORMS,
    FEMININE_OBLIQUE_PRONOUNS,
    MIN_ADJECTIVE_LENGTH,
    PREPOSITIONS,
    REFLEXIVES,
)

# Adverbs from adjectives in -ý: -ě or -e, with the stem's consonant softened before them
# (`dobrý` → `dobře`, `vysoký` → `vysoce`, `tichý` → `tiše`).
SOFTENED = {"r": "ř", "k": "c", "h": "z", "ch": "š"}
AGENT_SUFFIX = "tel"
# Adjectives from nouns in -ský, -cký have adverbs in -y (`vojenský` → `vojensky`).
ADVERBS_IN_Y = ("ský", "cký")
ADJECTIVES_WITH_ADVERBS = ("é", *ADVERBS_IN_Y)
"""The endings of the adjectives `adverbs_of` finds adverbs for."""
# Endings of a following word that an adjective in -é or -ý cannot agree with: the word is
# an adverb there (`levicově orientovaný`, `nově infikovaných`, `vojensky vážně`).
NOT_AGREEING = {
    "é": ("á", "a", "u", "ů", "ou", "ý", "ém", "ým", "ých", "ého", "ému", "ými"),
    "ý": ("é", "ě", "á", "ou", "ém", "ým", "ých", "ého", "ému", "ými"),
}
# Endings of nouns that an adjective in -é agrees with (`Tvrdé freony`, `opakované
# hlasování`, `podobné pošetilosti`); a verb rarely ends so (`varovaly` does).
NOUNS_AGREEING_WITH_E = ("ení", "ání", "ost", "osti")
VERB_ENDINGS = ("uje", "ují", "ili", "ali", "eli")
"""Endings of verbs (`potřebuje`, `propojili`) that no noun an adjective agrees with has."""
CONJUNCTIONS = frozenset({"a", "i"})
"""Words that join two of a kind and agree with nothing: `sebevědomé a exkluzivní`."""
INTENSIFIERS = frozenset({"této", "vysoce", "velice"})
"""Words before an adjective that are no adverbs in -ě: `vysoce pravděpodobné`."""
MIN_KNOWN_FREQUENCY = 1e-7
"""Words rarer than this in the list are as often misspellings (`ochraný`) as words."""
VOWELS = frozenset("aeiouyáéíóúůýě")


def adverbs_of(adjective: str) -> set[str]:
    """The adverbs an adjective in -é or -ý may have (`dobré` → `dobře`, `dobrě`)."""
    if len(adjective) < MIN_ADJECTIVE_LENGTH:
        return set()
    if adjective.endswith(ADVERBS_IN_Y):
        return {adjective[:-1] + "y"}
    if not adjective.endswith("é"):
        return set()
    stem = adjective[:-1]
    adverbs = {stem + "ě"}
    if stem.endswith("l") and not stem.endswith(AGENT_SUFFIX):
        adverbs.add(stem + "e")  # `stálé` → `stále`; `představitelé` is a noun
    for hard, soft in SOFTENED.items():
        if stem.endswith(hard):
            adverbs.add(stem[: -len(hard)] + soft + "e")
    return adverbs


def adjective_adverb_pair(words: frozenset[str]) -> tuple[str, str] | None:
    """The most telling (adjective, adverb) pair among `words`, or None.

    The adjective must be known in its masculine form too: `ochrané` is no adjective (the
    list's `ochraný` is a misspelling), and `ochraně` a noun's locative, not an adverb.
    """
    adjectives = [word for word in words if word.endswith(ADJECTIVES_WITH_ADVERBS)]
    for adjective in sorted(adjectives):
        for adverb in sorted(adverbs_of(adjective) & words):
            if czech_words().frequency(adjective[:-1] + "ý") >= MIN_KNOWN_FREQUENCY:
                return adjective, adverb
    return None


def adjective_fits(adjective: str, before: str, near: Neighbours) -> bool | None:
    """Whether the adjective (True) or its adverb (False) fits here; None if either may.

    An adjective follows a preposition, an adverb or a word agreeing with it (`této
    případné`), and agrees with the word after it; an adverb stands before a verb, an
    adjective of another case, a number, or alone at a phrase's end.

    Args:
        adjective: The adjective of the pair, in -é or -ý.
        before: The word before without accents, "" when punctuation stands between.
        near: The words around.
    """
    restored_before = near.before if before else ""
    if before in PREPOSITIONS and before not in REFLEXIVES:
        return True  # `se` before a verb is its reflexive: `se důrazně bránit`
    if adjective.endswith("é") and restored_before in FEMININE_OBLIQUE_PRONOUNS:
        return True  # `své celkové roční spotřeby`
    following = near.next_word()
    if following in CONJUNCTIONS and not near.ends_phrase():
        return None
    if before in BE_FORMS or restored_before == "to":
        # Said of the subject (`je nutné udělat`, `je to jasné:`), unless it says how much
        # of an adjective is (`je silně závislá`).
        return not (
            len(following) >= MIN_ADJECTIVE_LENGTH and following.endswith(ADJECTIVE_ENDINGS)
        )
    if near.ends_phrase():
        return True if is_adverb_of_degree(restored_before) else None
    if following[:1].isdigit() or following.endswith(NOT_AGREEING[adjective[-1]]):
        return False
    if following.endswith(VERB_ENDINGS):
        return False  # `tělo nezbytně potřebuje`, `důmyslně propojili`
    if adjective.endswith("é"):
        if following[-1:] not in VOWELS and not following.endswith("um"):
            return False  # a verb (`plně věnovat`) or a preposition (`veřejně k`)
        if (
            following.endswith(NOUNS_AGREEING_WITH_E)
            or following.endswith("y")
            and not (following.endswith("ly"))
        ):
            return True
    if is_adverb_of_degree(restored_before):
        return True
    return None


def is_adverb_of_degree(word: str) -> bool:
    """Whether `word` (restored) says how much of an adjective is: `vysoce`, `značně`."""
    return word.endswith("ě") or word in INTENSIFIERS
