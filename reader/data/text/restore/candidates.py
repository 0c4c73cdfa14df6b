"""What each word may be meant to be: the Czech words it is, stripped of accents or misread."""

from __future__ import annotations

import enum
import re
from typing import NamedTuple

from ..czech import ACCENTED_LETTERS
from ..repair.words import czech_words
from .context import depends_on_context
from .function_words import needs_reflexive
from .inflection import inflect_known_stem, join_known_words
from .ocr import misread_sources, ocr_form, strip_form
from .verbs import depends_on_person

OCR_STEP_COST = 0.01
"""Each confusion a misread word needs makes its source this much less likely."""
MIN_OCR_FREQUENCY = 1e-7
"""A misread word is mapped only to a word at least this frequent: never to the word list's
rarest entries, which are often misspellings themselves."""
WRITTEN_FORM_WEIGHT = 20.0
"""An accented word as written is kept unless another form is this much more frequent."""
MIN_OPTION_SHARE = 1e-3
"""Options less likely than this share of the best are dropped: the context rules together
never raise one by more."""
EVIDENCE_RATIO = 5.0
"""An unaccented word whose accented form is this much more frequent is evidence of
stripped text."""
CZECH_ACCENTS = frozenset(ACCENTED_LETTERS)
OCR_MARKS = frozenset("¢4")
"""Not letters, but what OCR reads for some (`¢` for `Č`, `4` for `á`): parts of words."""
CZECH_WORD = re.compile(f"[a-zA-Z{ACCENTED_LETTERS}{''.join(sorted(OCR_MARKS))}]+")


class Evidence(enum.Enum):
    """What one word says about the text it is in."""

    NONE = "none"
    """A word that says nothing: unknown, a name, or the same with accents or without."""
    ACCENTED = "accented"
    """A known word written with its accents: the text has them."""
    STRIPPED = "stripped"
    """An unaccented word whose accented form is far more frequent."""
    MISREAD = "misread"
    """An unknown word that OCR confusions turn into a known one."""
    NOT_A_WORD = "not a word"
    """A number, or part of a link or name: not counted among the words."""


class Reading(NamedTuple):
    """The words a written word may stand for, the most likely first.

    A named tuple, built in C: a long article reads thousands of words.
    """

    options: tuple[tuple[str, float], ...]
    """(lower-case word, weight) pairs; empty when the word is to be kept as it is."""
    evidence: Evidence
    exact_case: bool
    """Whether the options have the written word's length, so its case maps letter by letter."""
    contested: bool = False
    """Whether the neighbouring words may change which option is best."""
    reflexive: bool = False
    """Whether the choice asks whether `se` stands near (`stal`/`stál`)."""
    quotation: bool = False
    """Whether the choice asks whether the word stands in a quotation (`-uji`/`-ují`)."""


KEEP = Reading((), Evidence.NONE, exact_case=True)
"""A word to keep as written."""
NOT_A_WORD = Reading((), Evidence.NOT_A_WORD, exact_case=True)
"""A token that is no word: a number, or part of a link or name. Kept, and not counted."""


def read_word(word: str) -> Reading:
    """The words `word` may stand for, and what it says about its text.

    Options far less likely than the best are dropped: no context rule could raise them.

    Args:
        word: A token of letters (and the OCR marks `¢` and `4`), case as written.

    Returns:
        Its reading; `KEEP` when nothing better than the word itself is known.
    """
    reading = weigh_options(word)
    if len(reading.options) < 2:
        return reading  # nothing to drop, and nothing for the neighbours to choose
    floor = reading.options[0][1] * MIN_OPTION_SHARE
    likely = tuple(option for option in reading.options if option[1] >= floor)
    words = frozenset(word for word, _ in likely)
    contested = depends_on_context(words)
    return Reading(
        likely,
        reading.evidence,
        reading.exact_case,
        contested,
        contested and needs_reflexive(words),
        contested and depends_on_person(words),
    )


def weigh_options(word: str) -> Reading:
    """`read_word` with every option the word list has."""
    if not CZECH_WORD.fullmatch(word):
        return KEEP  # letters Czech does not use: a foreign word (`naïve`, `München`)
    words = czech_words()
    is_mixed_case = not (word.islower() or word.isupper() or word.istitle())
    lower = word.lower()
    written = words.frequency(lower)
    if word.isascii() and not is_mixed_case:
        options = weigh(words.variants(lower))
        if not options:
            # Unknown and capitalised: a name (`Blazkovec`) or an acronym, never misread.
            return misread(word) if not (written or word[0].isupper()) else KEEP
        if word.isupper() and len(word) > 1:
            options = favour_written(options, lower)  # an acronym: `URC` is no `URČ`
        best_word, best_weight = options[0]
        if best_word == lower or best_word.isascii():
            return Reading(options, Evidence.NONE, exact_case=True)
        stripped = not written or best_weight >= EVIDENCE_RATIO * written
        return Reading(options, Evidence.STRIPPED if stripped else Evidence.NONE, True)
    if OCR_MARKS.isdisjoint(word) and not is_mixed_case:
        if written:
            # Accented as written: kept unless the same letters with other accents are far
            # more frequent (OCR writes é for ě: `mélo` for `mělo`).
            options = favour_written(weigh(words.variants(strip_form(lower))), lower)
            evidence = Evidence.ACCENTED if options[0][0] == lower else Evidence.MISREAD
            return Reading(options, evidence, exact_case=True)
        if CZECH_ACCENTS.isdisjoint(word):
            return KEEP  # a foreign word: Polish, German, French
        options = weigh(words.variants(strip_form(lower)))
        if options:
            return Reading(options, Evidence.MISREAD, exact_case=True)
    if is_mixed_case and word[0].isupper() and written:
        return KEEP  # a name such as `PiS` or `McDonald`; `vCetné` or `lIze` are misread
    return misread(word)


def misread(word: str) -> Reading:
    """The reading of a word the list does not know: the known words OCR could have misread
    into it, another form of a known word, or `KEEP` (a name, most likely)."""
    words = czech_words()
    options: dict[str, float] = {}
    for source, steps in misread_sources(ocr_form(word)).items():
        for option in words.variants(source):
            frequency = words.frequency(option)
            if frequency >= MIN_OCR_FREQUENCY:
                weight = frequency * OCR_STEP_COST**steps
                options[option] = max(weight, options.get(option, 0.0))
    if not options:
        inflected = ""
        if word.isascii() and word.islower():
            inflected = inflect_known_stem(word) or join_known_words(word)
        return Reading(((inflected, 1.0),), Evidence.NONE, True) if inflected else KEEP
    ranked = tuple(sorted(options.items(), key=lambda pair: pair[1], reverse=True))
    same_length = all(len(option) == len(word) for option, _ in ranked)
    return Reading(ranked, Evidence.MISREAD, exact_case=same_length)


def favour_written(
    options: tuple[tuple[str, float], ...], written: str
) -> tuple[tuple[str, float], ...]:
    """The options with the written form weighted up by WRITTEN_FORM_WEIGHT, re-ranked."""
    weighted = [
        (option, weight * (WRITTEN_FORM_WEIGHT if option == written else 1.0))
        for option, weight in options
    ]
    return tuple(sorted(weighted, key=lambda pair: pair[1], reverse=True))


def weigh(options: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    """Pair each word with its frequency, keeping the word list's order (most frequent first)."""
    frequency = czech_words().frequencies.get  # the options are lower case already
    return tuple((option, frequency(option, 0.0)) for option in options)
