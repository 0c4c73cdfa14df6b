"""The word lists languages are told apart by: the most frequent words of each language
wordfreq covers, without accents, and the letters each writes; kept ready-made in the cache
directory.

wordfreq's 42 short lists take 1.7 s and 450 MB to load whole (and wordfreq keeps them);
their first LIST_WORDS words tell languages apart as well, and read back from the cache
directory they take a few hundredths of a second and a few tens of MB.
"""

from __future__ import annotations

import importlib.util
import math
import re
import unicodedata
from functools import cache
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from .word_model_file import read_or_build, read_word_model, word_model_file, write_word_model

MODEL_NAME = "language-lists"
"""The name of the lists' file in the cache directory."""
WORD_LIST = "small"
"""wordfreq's short lists: every language it covers has one."""
LIST_WORDS = 10000
"""The most frequent words kept of each language. Its letters are those of these words too:
rarer ones hold names and foreign words with any letter."""
COMBINING_MARK = re.compile("[\u0300-\u036f]")
LANGUAGE_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "fa": "Persian", "fi": "Finnish", "fil": "Filipino", "fr": "French", "he": "Hebrew",
    "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ms": "Malay", "nb": "Norwegian", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sh": "Serbo-Croatian", "sk": "Slovak",
    "sl": "Slovenian", "sv": "Swedish", "ta": "Tamil", "tr": "Turkish", "uk": "Ukrainian",
    "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese",
}  # fmt: skip
"""The English names of wordfreq's languages, for saying which one chose lost letters."""


class LanguageLists(NamedTuple):
    """Every language's frequent words and letters."""

    codes: tuple[str, ...]
    """wordfreq's language codes, e.g. `cs`."""
    log_frequencies: dict[str, dict[str, float]]
    """By language: the log-frequency of each word without accents (the most frequent word
    of a form gives it)."""
    alphabets: dict[str, frozenset[str]]
    """By language: the lower-case letters its frequent words write."""


@cache
def language_lists() -> LanguageLists:
    """The lists, loaded on first use: read from the cache directory, or built from
    wordfreq's (about two seconds) and kept there for the next process."""
    sources = list_sources()

    def read() -> LanguageLists | None:
        cached = read_word_model(MODEL_NAME, sources, len(LanguageLists._fields))
        return None if cached is None else LanguageLists(*cached)

    def build() -> LanguageLists:
        lists = build_language_lists()
        write_word_model(MODEL_NAME, sources, tuple(lists))
        return lists

    return read_or_build(language_lists_file(), read, build)


def language_lists_file() -> Path:
    """Where the lists are kept in the cache directory (they may not be built yet)."""
    return word_model_file(MODEL_NAME, list_sources())


def build_language_lists() -> LanguageLists:
    """The lists, from wordfreq's."""
    # Imported here: wordfreq takes a fifth of a second to import.
    from wordfreq import available_languages, get_frequency_list

    codes = tuple(sorted(available_languages(WORD_LIST)))
    log_frequencies, alphabets = {}, {}
    for code in codes:
        frequent = list(islice(ranked_words(get_frequency_list(code, WORD_LIST)), LIST_WORDS))
        log_frequencies[code] = by_form_without_accents(frequent)
        alphabets[code] = frozenset("".join(word for word, _ in frequent))
    get_frequency_list.cache_clear()  # wordfreq would keep all 42 whole lists
    return LanguageLists(codes, log_frequencies, alphabets)


def ranked_words(bands: list[list[str]]) -> list[tuple[str, float]]:
    """The words of wordfreq's frequency bands, most frequent first, with their
    log-frequency (band `i` holds the words of frequency 10^(-i/100))."""
    logs = [-index / 100 * math.log(10) for index in range(len(bands))]  # one float a band
    return [(word, logs[index]) for index, band in enumerate(bands) for word in band]


def by_form_without_accents(words: list[tuple[str, float]]) -> dict[str, float]:
    """The log-frequency of each word's form without accents; of words sharing a form, the
    most frequent (the first) gives it."""
    result: dict[str, float] = {}
    for word, log_frequency in words:
        result.setdefault(without_accents(word), log_frequency)
    return result


def without_accents(word: str) -> str:
    """`word` without combining accents (`práce` -> `prace`)."""
    if word.isascii():
        return word
    return COMBINING_MARK.sub("", unicodedata.normalize("NFD", word))


def list_sources() -> list[Path]:
    """The files the lists are built from: wordfreq's data folder and this module. Found
    without importing wordfreq."""
    spec = importlib.util.find_spec("wordfreq")
    package = Path(next(iter(spec.submodule_search_locations or ()), "")) if spec else Path()
    return [package / "data", Path(__file__)]


def language_name(code: str) -> str:
    """The English name of the language wordfreq calls `code` (the code, for one it adds)."""
    return LANGUAGE_NAMES.get(code, code)
