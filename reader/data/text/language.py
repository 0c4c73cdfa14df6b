"""Which language a text is written in, decided from its words by wordfreq's word lists.

Every language wordfreq covers is a candidate. Words are compared without their accents, so
text that lost them (`spoluprace`) is told apart as well as text that has them, and the
damaged words a repair is about to choose letters for are left out by the caller.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

WORD_LIST = "small"
"""wordfreq's short lists (about 30,000 words each): all 42 load in about a second, and the
words that tell languages apart are the frequent ones."""
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
MAX_DAMAGED_SAMPLE = 40
"""Damaged words read from the start of a text, when the intact ones do not decide: each
may be dozens of words."""
ALPHABET_WORDS = 5000
"""A language's letters are those of its most frequent words: rarer ones hold names and
foreign words with any letter."""
MAX_FOREIGN_SHARE = 0.05
"""Distinct words holding letters a language does not write, of all distinct words, that
still allow it: names (`Bühler`, `Furtwängler` in Czech news). Czech writes `ř`, `ě` or
`ů` in more than one word of ten, so Slovak is ruled out for it."""
MIN_FOREIGN_TOLERATED = 3
"""Words with foreign letters always allowed, however short the text."""
ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
LETTERS = re.compile(r"[^\W\d_]+")
COMBINING_MARK = re.compile("[\u0300-\u036f]")


@dataclass(frozen=True)
class Language:
    """A decided language and what decided it."""

    code: str
    """wordfreq's code, e.g. `cs`."""
    words: int
    """How many of the words weighed its list knows."""


def decide_language(
    words: Iterable[str], damaged: Iterable[tuple[str, ...]] = ()
) -> Language | None:
    """The language `words` are in, or None when they do not say clearly.

    Args:
        words: Intact words of the text, in any case.
        damaged: For each damaged word, every word it may have been: it counts as the one
            a language knows best.

    Returns:
        The language whose word list explains the words far better than any other.
    """
    leaders = leading_languages(words, damaged)
    return leaders[0] if len(leaders) == 1 else None


def leading_languages(
    words: Iterable[str], damaged: Iterable[tuple[str, ...]] = ()
) -> list[Language]:
    """The languages that explain `words` about as well as the best one does, best first;
    none when even the best knows too few of them. Arguments as for `decide_language`.

    The damaged words are weighed only when the intact ones do not decide: their many
    forms cost time, and a long text's intact words nearly always decide.
    """
    sample = [word.lower() for word in islice(words, MAX_SAMPLE)]
    candidates = writing_languages(sample)
    intact = Counter[str]()
    for word, count in Counter(sample).items():  # accents stripped once per distinct word
        if LETTERS.fullmatch(word):
            intact[strip_accents(word)] += count
    frequent = intact.most_common(MAX_WORDS)
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

    Args:
        candidates: wordfreq's codes of the languages weighed.
        intact: Words without accents, with how often each occurs.
        alternatives: For each damaged word, its possible forms without accents (it counts
            as the one a language knows best), with how often it occurs.
    """
    scores = []
    for code in candidates:
        get = stripped_log_frequencies(code).get
        logs = [(get(word), count) for word, count in intact]
        logs += [
            (max(get(form, UNKNOWN_WORD_LOG) for form in forms), n) for forms, n in alternatives
        ]
        known = sum(count for log, count in logs if log is not None and log > UNKNOWN_WORD_LOG)
        score = sum(count * (UNKNOWN_WORD_LOG if log is None else log) for log, count in logs)
        scores.append((score, known, code))
    if not scores:
        return []
    scores.sort(reverse=True)
    best, known, _ = scores[0]
    if known < MIN_KNOWN_WORDS:
        return []
    return [Language(code, known) for score, known, code in scores if best - score < MIN_LEAD]


def writing_languages(words: list[str]) -> list[str]:
    """The languages that write the letters of `words` (in lower case): all but a few
    words, as names or a stray character left by damage may hold any letter."""
    distinct = set(words)
    words_with_letter = Counter(
        letter for word in distinct if not word.isascii() for letter in set(word) - ASCII_LETTERS
    )
    tolerated = max(MIN_FOREIGN_TOLERATED, MAX_FOREIGN_SHARE * len(distinct))
    letters = words_with_letter.keys()
    return [
        code
        for code in candidate_languages()
        if sum(words_with_letter[letter] for letter in letters - alphabet(code)) <= tolerated
    ]


def words_of(text: str) -> list[str]:
    """The runs of letters in `text` that can be words."""
    return LETTERS.findall(text)


@lru_cache(maxsize=65536)
def strip_accents(word: str) -> str:
    """`word` without combining accents (`práce` -> `prace`)."""
    if word.isascii():
        return word
    return COMBINING_MARK.sub("", unicodedata.normalize("NFD", word))


@cache
def candidate_languages() -> tuple[str, ...]:
    """The languages wordfreq has a short list for."""
    # Imported here: wordfreq takes a fifth of a second to import.
    from wordfreq import available_languages

    return tuple(sorted(available_languages(WORD_LIST)))


@cache
def stripped_log_frequencies(code: str) -> dict[str, float]:
    """The log-frequency of each word of a language's list, by its form without accents
    (the most frequent word of a form gives it)."""
    from wordfreq import get_frequency_dict

    frequencies = get_frequency_dict(code, wordlist=WORD_LIST)
    words = list(frequencies)
    decomposed = unicodedata.normalize("NFD", "\n".join(words))
    stripped = COMBINING_MARK.sub("", decomposed).split("\n")
    result: dict[str, float] = {}
    for plain, word in zip(stripped, words, strict=True):
        frequency = frequencies[word]
        if frequency > result.get(plain, 0.0):
            result[plain] = frequency
    return {word: math.log(frequency) for word, frequency in result.items()}


@cache
def alphabet(code: str) -> frozenset[str]:
    """The letters of a language's most frequent words, in lower case: a text holding a
    letter its language never writes (`ř` in Slovak) is not in it."""
    from wordfreq import get_frequency_list

    frequent = islice(
        (word for band in get_frequency_list(code, WORD_LIST) for word in band), ALPHABET_WORDS
    )
    return frozenset("".join(frequent))


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
