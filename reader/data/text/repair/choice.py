"""Which of two repairs of the same text leaves it better."""

from __future__ import annotations

import math
import re

from ..language import leading_languages, words_of
from .word_choice import MAX_LEADING_LANGUAGES
from .words import word_model

C1_CONTROL = re.compile("[\x80-\x9f]")
UNKNOWN_WORD_FREQUENCY = 1e-9
"""A word the list lacks counts as this frequent: less than the rarest word it has."""
HAS_LETTER = re.compile(r"[^\W\d_]")
PUNCTUATION = "\"'()[]{}<>.,:;!?„“”‚‘’«»–—…*_"


def is_better_repair(ours: str, theirs: str, language: str) -> bool:
    """Whether `ours` is clearly better than `theirs`, two repairs of one text.

    Only the lines that differ are weighed: their words must be likelier words of
    `language` in `ours` (`text_likelihood`), and `ours` must
    show no more signs of mojibake (ftfy's measure of badness, C1 controls).
    A replacement character is no sign against a repair: it honestly marks bytes that are
    gone.
    """
    our_lines, their_lines = ours.split("\n"), theirs.split("\n")
    if len(our_lines) != len(their_lines):
        return False
    pairs = [pair for pair in zip(our_lines, their_lines, strict=True) if pair[0] != pair[1]]
    ours, theirs = "\n".join(line for line, _ in pairs), "\n".join(line for _, line in pairs)
    return mojibake_signs(ours) <= mojibake_signs(theirs) and text_likelihood(
        ours, language
    ) > text_likelihood(theirs, language)


def mojibake_signs(text: str) -> int:
    """How much of `text` looks like mojibake."""
    from ftfy.badness import badness

    return badness(text) + len(C1_CONTROL.findall(text))


def text_likelihood(text: str, language: str) -> tuple[int, float]:
    """How likely the words of `text` (runs of non-spaces holding a letter) are in
    `language`: mojibake splits and garbles words into rare or unknown ones. Fewer words
    the list lacks first, then the log-likelihood of them all: a repair that ran two words
    together (a lost `”` and the space after it taken for a `†`, `Karaiby†pochodzi`) is not
    likelier for having one word fewer."""
    frequency = word_model(language).frequencies.get
    words = [bare_word(token).lower() for token in text.split()]
    found = [frequency(word) for word in words if HAS_LETTER.search(word)]
    likelihood = sum(math.log(share or UNKNOWN_WORD_FREQUENCY) for share in found)
    return -found.count(None), likelihood


def bare_word(token: str) -> str:
    """A whitespace-separated token without the punctuation around it."""
    return token.strip(PUNCTUATION)


def language_of(text: str) -> str | None:
    """The language of `text`'s words, when they say; of a few that fit about as well, the
    first (Czech and Slovak share many words: either tells real words from mojibake)."""
    leaders = leading_languages(words_of(text))
    return leaders[0].code if 0 < len(leaders) <= MAX_LEADING_LANGUAGES else None
