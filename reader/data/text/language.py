"""Which language a text is written in, decided from its words by wordfreq's word lists.

Every language wordfreq covers is a candidate. Words are compared without their accents, so
text that lost them (`spoluprace`) is told apart as well as text that has them, and the
damaged words a repair is about to choose letters for are left out by the caller.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from .language_lists import language_lists, without_accents

UNKNOWN_WORD_LOG = math.log(1e-8)
"""The log-frequency a word gets in a language whose list lacks it."""
MIN_LEAD = math.log(1e3)
"""The decided language must explain the words at least this much better than the next."""
MIN_KNOWN_WORDS = 1
"""No language is decided from fewer words its list knows."""
MAX_WORDS = 50
"""The most frequent distinct words weighed (and as many damaged ones): more only costs
time, 42 lists being looked at for each."""
MAX_FORMS = 64
"""A damaged word that may be more words than this is left out: it says little (two lost
bytes of seven candidates each make 49)."""
MAX_SAMPLE = 150
"""Words read from the start of a text: enough to tell its language."""
FEW_LANGUAGES = 4
"""Candidates looked up one by one; more are looked up all at once, per word."""
MAX_DAMAGED_SAMPLE = 40
"""Damaged words read from the start of a text, when the intact ones do not decide: each
may be dozens of words."""
MAX_FOREIGN_SHARE = 0.05
"""Distinct words holding letters a language does not write, of all distinct words, that
still allow it: names (`Bühler`, `Furtwängler` in Czech news). Czech writes `ř`, `ě` or
`ů` in more than one word of ten, so Slovak is ruled out for it."""
MIN_FOREIGN_TOLERATED = 3
"""Words with foreign letters always allowed, however short the text."""
ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Language:
    """A decided language and what decided it."""

    code: str
    """wordfreq's code, e.g. `cs`."""
    words: int
    """How many of the words weighed its list knows."""


CZECH = "cs"


def reads_as_czech(words: Iterable[str]) -> bool:
    """Whether Czech explains `words` (compared without accents) better than any other
    language: diacritics are restored only in such text, never in English or French.

    Czech and Slovak without accents share most frequent words, so a short text may be
    either by a hair: the words that only Slovak has tell them apart (restore.detect).
    """
    leaders = leading_languages(words)
    return bool(leaders) and leaders[0].code == CZECH


def leading_languages(
    words: Iterable[str], damaged: Iterable[tuple[str, ...]] = ()
) -> list[Language]:
    """The languages that explain `words` about as well as the best one does, best first;
    none when even the best knows too few of them.

    Args:
        words: Intact words of the text, in any case.
        damaged: For each damaged word, every word it may have been: it counts as the one
            a language knows best.

    The damaged words are weighed only when the intact ones do not decide: their many
    forms cost time, and a long text's intact words nearly always decide.
    """
    sample = [word.lower() for word in islice(words, MAX_SAMPLE)]
    intact = Counter[str]()
    for word, count in Counter(sample).items():  # accents stripped once per distinct word
        if LETTERS.fullmatch(word):
            intact[strip_accents(word)] += count
    frequent = intact.most_common(MAX_WORDS)
    candidates = writing_languages(sample)
    leaders = rank_languages(candidates, frequent, [])
    if len(leaders) == 1:
        return leaders
    alternatives = Counter(
        forms
        for forms in (
            tuple({strip_accents(form.lower()) for form in word if LETTERS.fullmatch(form)})
            for word in islice(damaged, MAX_DAMAGED_SAMPLE)
            if len(word) <= MAX_FORMS
        )
        if forms
    ).most_common(MAX_WORDS)
    return rank_languages(candidates, frequent, alternatives) if alternatives else leaders


def rank_languages(
    candidates: list[str],
    intact: list[tuple[str, int]],
    alternatives: list[tuple[tuple[str, ...], int]],
) -> list[Language]:
    """The `candidates` that explain the words about as well as the best one, best first.

    Each word counts with its log-frequency in a language, or as a very rare word where the
    language's list lacks it.

    Args:
        candidates: wordfreq's codes of the languages weighed.
        intact: Words without accents, with how often each occurs.
        alternatives: For each damaged word, its possible forms without accents (it counts
            as the one a language knows best), with how often it occurs.
    """
    entries = [((word,), count) for word, count in intact] + alternatives
    if not entries or not candidates:
        return []
    columns = language_columns(
        candidates, [forms for forms, count in entries for _ in range(count)]
    )
    scores = sorted(((sum(columns[code]), code) for code in candidates), reverse=True)
    known = {code: sum(log > UNKNOWN_WORD_LOG for log in columns[code]) for _, code in scores}
    best, best_code = scores[0]
    if known[best_code] < MIN_KNOWN_WORDS:
        return []
    return [Language(code, known[code]) for score, code in scores if best - score < MIN_LEAD]


def language_columns(
    candidates: list[str], words: list[tuple[str, ...]]
) -> dict[str, tuple[float, ...]]:
    """For each candidate language, the log-frequency of each of `words` (the forms a word
    may take: the one the language knows best counts), UNKNOWN_WORD_LOG where its list
    lacks them.

    Text whose letters leave a few languages is looked up in those; text that any language
    could write (ASCII) in all at once, each word's row remembered.
    """
    if len(candidates) <= FEW_LANGUAGES:
        lists = language_lists().log_frequencies
        return {
            code: tuple(
                max(lists[code].get(form, UNKNOWN_WORD_LOG) for form in forms) for forms in words
            )
            for code in candidates
        }
    rows = [
        log_frequencies(forms[0]) if len(forms) == 1 else best_of_forms(forms) for forms in words
    ]
    return dict(zip(language_lists().codes, zip(*rows, strict=True), strict=True))


@lru_cache(maxsize=16384)
def log_frequencies(word: str) -> tuple[float, ...]:
    """The log-frequency of `word` (without accents) in every language of the lists, in
    their order; UNKNOWN_WORD_LOG where a list lacks it. Remembered: the frequent words
    that decide come again and again."""
    lists = language_lists()
    return tuple(lists.log_frequencies[code].get(word, UNKNOWN_WORD_LOG) for code in lists.codes)


def best_of_forms(forms: tuple[str, ...]) -> tuple[float, ...]:
    """For each language, the log-frequency of the form of a damaged word it knows best."""
    return tuple(map(max, zip(*map(log_frequencies, forms), strict=True)))


def writing_languages(words: list[str]) -> list[str]:
    """The languages that write the letters of `words` (in lower case): all but a few
    words, as names or a stray character left by damage may hold any letter."""
    distinct = set(words)
    words_with_letter = Counter(
        letter for word in distinct if not word.isascii() for letter in set(word) - ASCII_LETTERS
    )
    foreign = Counter[str]()
    for letter, count in words_with_letter.items():
        for code in languages_lacking(letter):
            foreign[code] += count
    tolerated = max(MIN_FOREIGN_TOLERATED, MAX_FOREIGN_SHARE * len(distinct))
    return [code for code in language_lists().codes if foreign[code] <= tolerated]


@lru_cache(maxsize=4096)
def languages_lacking(letter: str) -> tuple[str, ...]:
    """The languages whose frequent words never write `letter`."""
    lists = language_lists()
    return tuple(code for code in lists.codes if letter not in lists.alphabets[code])


def words_of(text: str) -> list[str]:
    """The runs of letters in `text` that can be words."""
    return LETTERS.findall(text)


@lru_cache(maxsize=65536)
def strip_accents(word: str) -> str:
    """`word` without combining accents, remembered: the same words come again and again."""
    return without_accents(word)
