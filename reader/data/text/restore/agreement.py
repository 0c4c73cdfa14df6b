"""Adjective, adverb or noun (`správné`/`správně`, `celé`/`čele`, `Německém`/`Německem`):
whether the word agrees with the words around it as an adjective must."""

from __future__ import annotations

from .adjectives import is_adjective
from .adverbs import adjective_adverb_pair, adjective_fits
from .neighbours import CASE_BOOST, Boost, Neighbours
from .ocr import strip_form
from .wordclasses import (
    ADJECTIVE_ENDINGS,
    ATTRIBUTIVE_ENDINGS,
    BE_FORMS,
    GENITIVE_PLURAL_ENDINGS,
    GENITIVE_PREPOSITIONS,
    INSTRUMENTAL_CASE_PREPOSITIONS,
    LOCATIVE_PREPOSITIONS,
    MIN_ADJECTIVE_LENGTH,
    PREDICATIVE_FORMS,
    PREPOSITIONS,
)

LOCATIVE_ENDINGS = ("e", "ě", "i", "é", "í")
"""Endings of a feminine locative, of its noun (`zemi`) or of a second adjective."""
AGENT_PLURAL = "telé"
"""The nominative plural of nouns of agents (`pořadatelé`), whose accusative is `-tele`."""
AGENT_ACCUSATIVE = "tele"
MASCULINE_PLURAL_ENDINGS = ("ští", "čtí", "ří")
"""Endings only of adjectives in the masculine animate plural (`sovětští`, `někteří`)."""
PREDICATIVE_ZA = "za"
"""`za` before what something is taken for, an adjective alone: `označila za chybné`."""
SURNAME_ENDINGS = ("ová", "ové", "ovou")
"""Endings of Czech women's surnames."""


def agreement_boosts(words: frozenset[str], before: str, near: Neighbours) -> list[Boost]:
    """Tests of the options that agreement with the neighbours favours, one per rule.

    Args:
        words: The word's options.
        before: The word before without accents, "" when punctuation stands between.
        near: The words around.
    """
    boosts: list[Boost] = []
    pair = adjective_adverb_pair(words)
    if pair:
        favours_adjective = adjective_fits(pair[0], before, near)
        if favours_adjective is not None:
            # The form that does not fit loses: the other option may be a noun (`čele`).
            misfit = pair[1] if favours_adjective else pair[0]
            boosts.append((lambda word: word != misfit, CASE_BOOST))
    if near.ends_phrase() and strip_form(near.before) not in BE_FORMS:
        # An attributive adjective stands before its noun: `a Německem.`, not `Německém.`
        boosts.append((lambda word: not is_attributive(word), CASE_BOOST))
    if before in LOCATIVE_PREPOSITIONS and not near.next_word().endswith(LOCATIVE_ENDINGS):
        # An adjective in -é after `v` is a feminine locative, and so is its noun: `v celé
        # zemi`, but `v čele strany`.
        boosts.append((lambda word: not word.endswith("é"), CASE_BOOST))
    if before in LOCATIVE_PREPOSITIONS:
        boosts.append((lambda word: not word.endswith("em") or word.endswith("ém"), CASE_BOOST))
    if before in INSTRUMENTAL_CASE_PREPOSITIONS:
        boosts.append((lambda word: not word.endswith("ém"), CASE_BOOST))
    if before in PREPOSITIONS and before != PREDICATIVE_ZA and near.ends_phrase():
        # An adjective after a preposition needs its noun after it: `ve vyhledávači.`,
        # not `ve vyhledávací.`; but `považuje za ohrožený.` says what a thing is taken for.
        boosts.append((lambda word: not is_adjective(word), CASE_BOOST))
    if before in PREPOSITIONS:
        # No nominative plural after a preposition: `za pořadatele`, not `pořadatelé`.
        boosts.append((lambda word: not word.endswith(AGENT_PLURAL), CASE_BOOST))
    if near.starts_sentence or near.before.endswith(MASCULINE_PLURAL_ENDINGS):
        # The subject opens a sentence (`Učitelé mateřských škol`) and agrees with its
        # adjective (`někteří provozovatelé`).
        boosts.append((lambda word: not word.endswith(AGENT_ACCUSATIVE), CASE_BOOST))
    if len(near.coordinated) > MIN_ADJECTIVE_LENGTH:
        # Words joined by `a` share their case, and often their ending: `Ruskem a Německem`.
        ending = near.coordinated[-2:]
        boosts.append((lambda word: word.endswith(ending), CASE_BOOST))
    if near.follows_name:
        # A woman's surname after her first name: `Kateřina Kosová`, `Vlasty Fialové`.
        boosts.append((lambda word: word.endswith(SURNAME_ENDINGS), CASE_BOOST))
    if before in GENITIVE_PREPOSITIONS:
        boosts.append((lambda word: not word.endswith("á"), CASE_BOOST))
    if PREDICATIVE_FORMS & words and (
        follows_adjective(before, near)
        or before in PREPOSITIONS
        or near.next_word().endswith((*GENITIVE_PLURAL_ENDINGS, "ů"))
    ):
        # `rád` (glad) is said of a subject, never after an adjective or a preposition,
        # nor before a genitive plural: `celá řada`, `z řad`, `řada dalších`.
        boosts.append((lambda word: word not in PREDICATIVE_FORMS, CASE_BOOST))
    return boosts


def depends_on_agreement(words: frozenset[str]) -> bool:
    """Whether `words` hold an adjective and a word of another kind that the rules here
    choose between."""
    if PREDICATIVE_FORMS & words or adjective_adverb_pair(words):
        return True
    adjectives = sum(word.endswith(ADJECTIVE_ENDINGS) for word in words)
    return 0 < adjectives < len(words) or any(word.endswith("ém") for word in words)


def follows_adjective(before: str, near: Neighbours) -> bool:
    """Whether the word before is an adjective (`celá`, `politická`)."""
    return bool(before) and (
        len(near.before) >= MIN_ADJECTIVE_LENGTH and near.before.endswith(ADJECTIVE_ENDINGS)
    )


def is_attributive(word: str) -> bool:
    """Whether `word` ends as an adjective that stands before its noun (`ruském`), and is
    long enough to be one (`Bém` is a name)."""
    return len(word) > MIN_ADJECTIVE_LENGTH and word.endswith(ATTRIBUTIVE_ENDINGS)
