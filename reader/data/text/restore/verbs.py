"""The person of a verb: news tells what others do (`nepovažují`), while a quotation may
speak for its speaker (`gratuluji`)."""

from __future__ import annotations

from .neighbours import CASE_BOOST, Boost, Neighbours

THIRD_PLURAL = "ují"
"""The third person plural of verbs in -ovat and -out (`nepovažují`)..."""
FIRST_SINGULAR = "uji"
"""... against the first person singular, spelled alike without accents (`nepovažuji`)."""


def depends_on_person(words: frozenset[str]) -> bool:
    """Whether `words` hold a verb in the third person plural and the first singular."""
    return any(
        word.endswith(THIRD_PLURAL) and word[: -len(THIRD_PLURAL)] + FIRST_SINGULAR in words
        for word in words
    )


def person_boosts(words: frozenset[str], near: Neighbours) -> list[Boost]:
    """Outside a quotation, the third person plural: the first person singular is the
    speaker's, and news prose does not speak for itself."""
    if near.quoted or not depends_on_person(words):
        return []
    return [(lambda word: word.endswith(THIRD_PLURAL), CASE_BOOST)]
