"""Choose what each lost byte was: the letters that make a real word of the text's language,
in the right case."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice, product
from typing import NamedTuple

from ..czech import MAX_WORD_LENGTH
from ..language import MAX_FORMS, MAX_SAMPLE, leading_languages, words_of
from ..language_lists import language_lists
from .letter_case import has_consistent_case, keep_consistent_case, prefers_case, starts_sentence_at
from .mark_choice import choose_mark
from .words import word_model

LETTER_GAP = "\ud800"
"""Stands in the text for a lost character that may be a letter (never a real character)."""
MARK_GAP = "\ud801"
"""Stands in the text for a lost character that can only be punctuation, a space or a symbol."""

# A word holding letter gaps, or a mark gap. Word characters cannot be gaps, so the leading
# `\w*` never backtracks into one: the scan stays linear.
WORD_WITH_GAPS = re.compile(f"\\w*{LETTER_GAP}[\\w{LETTER_GAP}]*|{MARK_GAP}")
WORD = re.compile(r"[^\W\d_]+")
# A word not in the word list is this much less likely than the rarest one that is.
UNKNOWN_WORD_FREQUENCY = 1e-9
# Beyond this many combinations in one word, each gap is chosen on its own.
MAX_COMBINATIONS = 4096
PROSE_CHUNK = re.compile(
    r"(?<!\S)"  # a run of non-spaces that can be prose: no address, path, e-mail or markup
    rf"(?=[^\s/\\@_=<>{{}}\[\]|#{LETTER_GAP}{MARK_GAP}]*(?!\S))"  # (`https://…`, `a_b`, `k=v`)
    r"(?![^\s-]*-[^\s-]*-)"  # nor a slug (`football-hired-mine`)
    r"\S+(?<!:)(?!\S)"  # nor a front matter key (`title:`)
)
"""Front matter's keys and addresses are English whatever the language of the article, and a
list's pass reads little else; gaps are left out too. One regex: a word at a time took twice
as long."""
MAX_LEADING_LANGUAGES = 3
"""Words that fit more languages this well choose no letters: they say too little."""


class Gap(NamedTuple):
    """A character whose bytes were partly lost."""

    candidates: tuple[str, ...]
    """Every likely character it may have been."""
    as_found: str
    """What the text showed in its place: kept when nothing chooses among the candidates."""


class FilledText(NamedTuple):
    """Text with its gaps filled."""

    text: str
    chosen: int
    """How many letter gaps were filled by the words they make."""
    language: str | None
    """The language whose words chose them; None when the text did not say."""
    likelihood: float = 0.0
    """The log-likelihood of the words the gaps made, in `language`."""


def fill_gaps(text: str, gaps: Sequence[Gap]) -> FilledText:
    """Replace each gap stand-in in `text` by its best candidate, in order of appearance.

    The language of the text chooses: decided from its intact words and the words the gaps
    could make. Where they fit a few languages about as well (Czech and Slovak share many
    words), the one whose words the choices make likeliest decides. Where they fit many or
    none, letter gaps keep what was found.
    """
    matches = list(WORD_WITH_GAPS.finditer(text))
    remaining = iter(gaps)
    word_gaps = [list(islice(remaining, match.group().count(LETTER_GAP) or 1)) for match in matches]
    leaders = leading_languages(
        intact_words(text), (forms(m.group(), g) for m, g in zip(matches, word_gaps, strict=True))
    )
    if not leaders or len(leaders) > MAX_LEADING_LANGUAGES:
        return fill_with(text, matches, word_gaps, None)
    # Languages about as likely may choose differently: then the one whose own words the
    # choices make likeliest (the filled words weigh where the few intact ones could not).
    if len(leaders) == 1:
        return fill_with(text, matches, word_gaps, leaders[0].code)
    filled = [fill_with(text, matches, word_gaps, leader.code, weigh=True) for leader in leaders]
    return max(filled, key=lambda choice: choice.likelihood)


def fill_with(
    text: str,
    matches: list[re.Match[str]],
    word_gaps: list[list[Gap]],
    language: str | None,
    weigh: bool = False,
) -> FilledText:
    """`text` with the gaps of each match chosen by the words of `language`; letter gaps
    keep what was found when `language` is None. With `weigh`, the likelihood of the words
    made is reckoned too."""
    pieces, position, filled, likelihood = [], 0, 0, 0.0
    for match, found_gaps in zip(matches, word_gaps, strict=True):
        found, start = match.group(), match.start()
        if found == MARK_GAP:
            before, after = text[start - 1 : start], text[start + 1 : start + 2]
            chosen = choose_mark(found_gaps[0].candidates, before, after, language)
        elif language is None:
            chosen = keep_as_found(found, found_gaps)
        else:
            options = tuple(gap.candidates for gap in found_gaps)
            starts_sentence = found[0] == LETTER_GAP and starts_sentence_at(text, start)
            chosen = choose_word(found, options, starts_sentence, language)
            filled += len(found_gaps)
            if weigh:
                frequency = word_model(language).frequency(chosen)
                likelihood += math.log(frequency or UNKNOWN_WORD_FREQUENCY)
        pieces += [text[position:start], chosen]
        position = match.end()
    pieces.append(text[position:])
    return FilledText("".join(pieces), filled, language, likelihood)


def intact_words(text: str) -> list[str]:
    """The words of the first runs of non-spaces in `text` that hold no gap and are prose,
    about as many as telling the language takes."""
    return words_of(" ".join(chunk[0] for chunk in islice(PROSE_CHUNK.finditer(text), MAX_SAMPLE)))


def forms(template: str, gaps: list[Gap]) -> tuple[str, ...]:
    """The words a damaged word may be, its gaps filled every way; () when too many."""
    if template == MARK_GAP or has_more_combinations(
        tuple(gap.candidates for gap in gaps), MAX_FORMS
    ):
        return ()
    parts = template.split(LETTER_GAP)
    return tuple(
        parts[0] + "".join(char + part for char, part in zip(chosen, parts[1:], strict=True))
        for chosen in islice(product(*(gap.candidates for gap in gaps)), MAX_FORMS)
    )


def keep_as_found(template: str, gaps: list[Gap]) -> str:
    """`template` with each gap given back as the text showed it."""
    parts = template.split(LETTER_GAP)
    return parts[0] + "".join(
        gap.as_found + part for gap, part in zip(gaps, parts[1:], strict=True)
    )


@lru_cache(maxsize=32768)  # a choice holds its options: 65,536 took 10 MB more of a worker
def choose_word(
    template: str, options: tuple[tuple[str, ...], ...], starts_sentence: bool, language: str
) -> str:
    """The most likely word of `language` `template` was, each LETTER_GAP filled from its
    options."""
    parts = template.split(LETTER_GAP)

    def fill(chosen: tuple[str, ...]) -> str:
        return parts[0] + "".join(char + part for char, part in zip(chosen, parts[1:], strict=True))

    if len(template) > MAX_WORD_LENGTH:  # no word: each gap takes its likeliest letter
        return fill(tuple(likeliest_letter(choice, language) for choice in options))
    options = keep_consistent_case(parts, options)
    if has_more_combinations(options, MAX_COMBINATIONS):
        options = letters_written_in(options, language)
    if has_more_combinations(options, MAX_COMBINATIONS):
        options = tuple((likeliest_letter(choice, language),) for choice in options)

    filled = [(fill(chosen), chosen) for chosen in product(*options)]
    shares = word_model(language).frequencies_of([word.lower() for word, _ in filled])
    known = [
        (share, word)
        for (word, _), share in zip(filled, shares, strict=True)
        if share and has_consistent_case(word)
    ]
    if known:
        # Any known word is likelier than an unknown one (UNKNOWN_WORD_FREQUENCY), so the
        # letters' fit need not be weighed: by far the most common case, and the cheapest.
        # At a sentence's start the case comes first: it takes a capital, whatever word is
        # likelier elsewhere (Icelandic `Á` rather than `í`).
        def rank_known(pair: tuple[float, str]) -> tuple[bool, float, bool]:
            share, word = pair
            expected = prefers_case(word, starts_sentence)
            return starts_sentence and expected, share, expected

        return max(known, key=rank_known)[1]

    def rank(candidate: tuple[str, tuple[str, ...]]) -> tuple[bool, float, bool]:
        word, chosen = candidate
        return (
            has_consistent_case(word),
            word_likelihood(word, parts, chosen, language),
            prefers_case(word, starts_sentence),
        )

    return max(filled, key=rank)[0]


def letters_written_in(
    options: tuple[tuple[str, ...], ...], language: str
) -> tuple[tuple[str, ...], ...]:
    """Each gap's options that `language`'s frequent words write (`я`, `с`, `э` of the eight
    characters a lost byte after `Ñ` may make), all of them where it writes none: a word of
    four gaps, each of eight options, is too many words to look up."""
    alphabet = language_lists().alphabets.get(language, frozenset())
    return tuple(
        tuple(char for char in choice if char.lower() in alphabet) or choice for choice in options
    )


def has_more_combinations(options: tuple[tuple[str, ...], ...], limit: int) -> bool:
    """Whether filling every gap from `options` makes more than `limit` words; counted only
    that far (a run of thousands of gaps would make a number thousands of digits long)."""
    count = 1
    for choice in options:
        count *= len(choice)
        if count > limit:
            return True
    return False


def makes_known_words(before: str, after: str, language: str) -> bool:
    """True when every word that differs between `before` and `after` is a known word of
    `language` in `after` (apart from its ASCII parts); False when `after` has other words
    than `before` has (a lost byte restored to a mark splits a word)."""
    words = word_model(language)
    before_words, after_words = WORD.findall(before), WORD.findall(after)
    if len(before_words) != len(after_words):
        return False
    changed = {
        new
        for old, new in zip(before_words, after_words, strict=True)
        if old != new and not new.isascii()
    }
    return bool(changed) and all(words.frequency(word) for word in changed)


def word_likelihood(word: str, parts: list[str], restored: tuple[str, ...], language: str) -> float:
    """Log-likelihood of `word` in `language`: its frequency if known, else how well each
    restored letter fits the letters around it."""
    words = word_model(language)
    frequency = words.frequency(word)
    if frequency:
        return math.log(frequency)
    likelihood = math.log(UNKNOWN_WORD_FREQUENCY)
    position = -1
    for part, letter in zip(parts, restored, strict=False):
        position += len(part) + 1
        before, after = word[position - 1 : position], word[position + 1 : position + 2]
        likelihood += math.log(words.letter_fit(before, letter, after))
    return likelihood


@lru_cache(maxsize=4096)
def likeliest_letter(choice: tuple[str, ...], language: str) -> str:
    """The most common in `language` of the characters a gap may be, ignoring case."""
    return max(choice, key=word_model(language).letter_share)
