"""The word models the repairs share, one per language: word frequencies and letter priors from
wordfreq."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..czech import ACCENTED_LOWER
from ..word_model_file import forget_older_models, read_or_build, word_model_file
from ..word_table_file import WordTable
from .kept_words import MODEL_SUFFIX, keep_czech_words, kept_czech_words

LANGUAGE = "cs"
MODEL_NAME = "czech-words"
"""The name of the Czech word model's file in the cache directory."""
SMALL_FIELDS = ("letter_shares", "trigrams", "bigrams", "context_totals")
"""CzechWords' fields between its two large ones, kept whole."""
# Chars of the word list that never appear in it get this share, so unseen letters stay possible.
UNSEEN_LETTER_SHARE = 1e-9
WORD_START, WORD_END = "^", "$"
# Every non-ASCII letter with the letters around it, overlapping: what lost bytes become.
NON_ASCII_IN_CONTEXT = re.compile(r"(?=(.)([^\x00-\x7f])(.))")
CZECH_WORD_LINE = re.compile(f"^[a-z{ACCENTED_LOWER}]+$", re.MULTILINE)


@dataclass(frozen=True)
class CzechWords:
    """Frequencies of Czech words (lower case) and of the letters they are made of."""

    frequencies: Mapping[str, float]
    letter_shares: dict[str, float]
    """Share of running text of each letter."""
    trigrams: dict[tuple[str, str, str], int]
    """Distinct words with each non-ASCII letter between two neighbours (WORD_START and
    WORD_END at the edges)."""
    bigrams: dict[tuple[str, str], int]
    context_totals: dict[tuple[str, str], int]
    """Of the trigrams, those around each pair of neighbours, or one neighbour ("")."""
    accented_variants: Mapping[str, tuple[str, ...]]
    """The accented words of each stripped form, most frequent first."""

    def frequency(self, word: str) -> float:
        """Share of running text that is `word`, ignoring case; 0.0 for unknown words."""
        lower = word.lower()
        if lower.isascii() and isinstance(self.accented_variants, WordTable):
            self.accented_variants.get(lower)  # its row says the word's frequency too
        return self.frequencies.get(lower, 0.0)

    def frequencies_of(self, words: list[str]) -> list[float]:
        """The frequency of each of `words` (lower case), 0.0 for unknown ones: read from the
        model's file in one go."""
        if isinstance(self.frequencies, WordTable):
            self.frequencies.read_many(words)
        frequency = self.frequencies.get
        return [frequency(word, 0.0) for word in words]

    def read_ahead(self, forms: Iterable[str]) -> None:
        """Read the rows of `forms` (lower case, without accents) from the model's file in a
        few queries: restoring a text looks up its words one at a time."""
        if isinstance(self.accented_variants, WordTable):
            self.accented_variants.read_many(forms)

    def letter_share(self, letter: str) -> float:
        """Share of letters in running Czech text that are `letter`, ignoring case."""
        return self.letter_shares.get(letter.lower(), UNSEEN_LETTER_SHARE)

    def letter_fit(self, before: str, letter: str, after: str) -> float:
        """The chance that a non-ASCII letter between `before` and `after` is `letter`.

        Counted over distinct words, so it describes how words are formed, which is what
        matters for a word the list does not have; backs off to one neighbour at a time.
        `before`/`after` are "" at a word's edge.
        """
        before, after = (before or WORD_START).lower(), (after or WORD_END).lower()
        letter = letter.lower()
        both_sides = self.trigrams.get((before, letter, after), 0)
        one_side = self.bigrams.get((before, letter), 0) + self.bigrams.get((letter, after), 0)
        totals = self.context_totals
        seen = totals.get((before, after), 0) + 0.01 * (
            totals.get((before, ""), 0) + totals.get(("", after), 0)
        )
        return (both_sides + 0.01 * one_side + 1e-4 * self.letter_share(letter)) / (seen + 1e-4)

    def variants(self, stripped: str) -> tuple[str, ...]:
        """Every known word (lower case) that is `stripped` with its accents removed.

        Args:
            stripped: A lower-case word without accents, e.g. `prace`.

        Returns:
            The words, the most frequent first (`práce`, `prace`, `pracé`); () if none.
        """
        # First: a kept model's row of the form gives the frequencies of its words too.
        accented = self.accented_variants.get(stripped, ())
        if stripped not in self.frequencies:
            return accented
        return tuple(sorted((stripped, *accented), key=self.frequency, reverse=True))

    def restore_diacritics(self, word: str) -> str:
        """Return the most frequent Czech word that `word` is with accents stripped.

        The case of `word` is kept letter by letter; a word with no better-known
        accented form comes back unchanged.
        """
        accented = next(iter(self.variants(word.lower())), None)
        if accented is None or len(accented) != len(word):
            return word
        return "".join(
            new.upper() if old.isupper() else new for old, new in zip(word, accented, strict=True)
        )


def group_by_stripped_form(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Group the accented Czech words of `words` (most frequent first) by their stripped form.

    Everything runs over all words at once in C (one regex, one normalisation, `zip`,
    `Counter`): word by word, grouping 600,000 words takes seconds. Polish `że` or Romanian
    `ţe` are no Czech words and stay out.
    """
    czech = CZECH_WORD_LINE.findall("\n".join(words))
    accented = [word for word in czech if not word.isascii()]
    decomposed = unicodedata.normalize("NFD", "\n".join(accented))
    stripped = decomposed.encode("ascii", "ignore").decode("ascii").split("\n")
    groups: dict[str, tuple[str, ...]] = {
        plain: (word,) for plain, word in zip(stripped, accented, strict=True)
    }
    # Stripped forms shared by several words get all of them, in the list's order.
    shared = {plain for plain, count in Counter(stripped).items() if count > 1}
    several: dict[str, list[str]] = defaultdict(list)
    for plain, word in zip(stripped, accented, strict=True):
        if plain in shared:
            several[plain].append(word)
    groups.update((plain, tuple(group)) for plain, group in several.items())
    return groups


def build_czech_words(frequencies: dict[str, float], czech: bool = True) -> CzechWords:
    """The word model of `frequencies` (word: share of running text): about a second.

    Args:
        frequencies: The word list.
        czech: Whether it is Czech: only Czech words are grouped by their accents, for
            restoring them.
    """
    letters: dict[str, float] = defaultdict(float)  # weighted: shares of running text
    for word, frequency in frequencies.items():
        for char in word:
            letters[char] += frequency
    total = sum(letters.values())
    words = "\n".join(WORD_START + word + WORD_END for word in frequencies)
    trigrams = Counter(
        (match[1], match[2], match[3]) for match in NON_ASCII_IN_CONTEXT.finditer(words)
    )
    bigrams: Counter[tuple[str, str]] = Counter()
    context_totals: Counter[tuple[str, str]] = Counter()
    for (first, middle, last), count in trigrams.items():
        bigrams[(first, middle)] += count
        bigrams[(middle, last)] += count
        context_totals[(first, last)] += count
        context_totals[(first, "")] += count
        context_totals[("", last)] += count
    return CzechWords(
        frequencies,
        {char: count / total for char, count in letters.items()},
        dict(trigrams),
        dict(bigrams),
        dict(context_totals),
        group_by_stripped_form(frequencies) if czech else {},
    )


@cache
def word_model(language: str) -> CzechWords:
    """The word model of `language` (wordfreq's code): its file in the cache directory, read
    word by word, or built from wordfreq's list (a few seconds) and kept there for the next
    process. Every process that meets the language (each loading worker, the reader's own)
    reads the one file rather than building the model in its memory (a second or more and
    100 MB or so each)."""
    path = model_file(language)
    return read_or_build(path, lambda: read_kept_words(path), lambda: build_model(language, path))


def czech_words() -> CzechWords:
    """The Czech word model, which restoring diacritics reads too."""
    return word_model(LANGUAGE)


def czech_model_file() -> Path:
    """Where the Czech model is kept in the cache directory (it may not be built yet)."""
    return model_file(LANGUAGE)


def model_file(language: str) -> Path:
    """Where the model of `language` is kept in the cache directory."""
    return word_model_file(model_name(language), model_sources(language), MODEL_SUFFIX)


def model_name(language: str) -> str:
    """The name of the files of `language`'s model (Czech's as it was before the others
    were kept, so its older files are found and removed)."""
    return MODEL_NAME if language == LANGUAGE else f"words-{language}"


def keep_words(path: Path, words: CzechWords) -> bool:
    """Keep `words` in the file `path`; whether it could be written."""
    small = tuple(getattr(words, name) for name in SMALL_FIELDS)
    return keep_czech_words(path, words.frequencies, words.accented_variants, small)


def read_kept_words(path: Path) -> CzechWords | None:
    """The model kept in the file `path`, or None when there is no usable file."""
    kept = kept_czech_words(path, len(SMALL_FIELDS))
    if kept is None:
        return None
    frequencies, accented_variants, (letter_shares, trigrams, bigrams, context_totals) = kept
    return CzechWords(
        frequencies, letter_shares, trigrams, bigrams, context_totals, accented_variants
    )


def build_model(language: str, path: Path) -> CzechWords:
    """Build the word model of `language` from wordfreq's list and keep it in the file
    `path`; only Czech's groups its words by their accents, for restoring them."""
    # Imported here: wordfreq takes a fifth of a second to import, which every start of the
    # reader would pay though only text needing repair uses it.
    from wordfreq import get_frequency_dict, get_frequency_list

    words = build_czech_words(
        get_frequency_dict(language, wordlist="best"), czech=language == LANGUAGE
    )
    # wordfreq keeps the lists it built the dict from: 600,000 words in lists that every
    # full garbage collection walks (17 ms each, about a millisecond per OCR'd article
    # loaded), and the dict itself. The model has every word, so both go.
    get_frequency_dict.cache_clear()
    get_frequency_list.cache_clear()
    if not keep_words(path, words):
        return words
    forget_older_models(path, model_name(language))
    # Read back, the words built here are let go: the file holds them.
    return read_kept_words(path) or words


def model_sources(language: str = LANGUAGE) -> list[Path]:
    """The files the model of `language` is built from: wordfreq's list of it (its package,
    should the list move) and this module. Found without importing wordfreq."""
    spec = importlib.util.find_spec("wordfreq")
    package = Path(next(iter(spec.submodule_search_locations or ()), "")) if spec else Path()
    # wordfreq's "best" list: the large one where the language has one.
    lists = [package / "data" / f"{size}_{language}.msgpack.gz" for size in ("large", "small")]
    return [next((path for path in lists if path.exists()), package), Path(__file__)]
