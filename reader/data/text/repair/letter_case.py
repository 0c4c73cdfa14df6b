"""The case a restored letter takes: as the surviving letters around it, and for a word's
first letter, as where the word stands (a sentence's start) and what it is (Czech writes
adjectives made from names in lower case)."""

from __future__ import annotations

import re

# Czech writes adjectives made from names in lower case (`íránský`) but the names themselves
# capitalised (`Írán`): the case of a restored first letter follows that rule.
ADJECTIVE_ENDING = re.compile(r"(?:[sc]k|[šč]t)(?:ý|á|é|ého|ému|ém|ým|ých|ými|ou|í|ích|ím|ími)$")
# Looking back from a word: only spaces, opening quotes, brackets or Markdown markers
# to the start of a line or to a sentence's end mean the word starts a sentence.
SENTENCE_START = re.compile(r"(?:^|[.!?…]|\n)[\s\"'„“‚‘(\[*#>-]*$")
SENTENCE_LOOKBACK = 40
"""Characters before a word that are looked at to tell whether it starts a sentence."""


def starts_sentence_at(text: str, start: int) -> bool:
    """Whether a word at `start` of `text` starts a sentence: only spaces, opening quotes,
    brackets or Markdown markers stand between it and a sentence's end or a line's start."""
    return bool(SENTENCE_START.search(text, max(0, start - SENTENCE_LOOKBACK), start))


def has_consistent_case(word: str) -> bool:
    """True for `word`, `Word` and `WORD`: restored letters must agree with their neighbours."""
    return word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())


def keep_consistent_case(
    parts: list[str], options: tuple[tuple[str, ...], ...]
) -> tuple[tuple[str, ...], ...]:
    """Drop options whose case cannot agree with the surviving letters around them.

    After a lower-case letter, a restored letter is lower case; in a word whose surviving
    letters are all capitals, it is a capital. Only a word's first letter is free.
    """
    known = "".join(parts)[1:]
    lower, upper = any(c.islower() for c in known), any(c.isupper() for c in known)
    if lower == upper:
        return options
    pruned = []
    for index, choice in enumerate(options):
        first_letter = index == 0 and not parts[0]
        kept = tuple(
            c
            for c in choice
            if first_letter or not c.isalpha() or (c.islower() if lower else c.isupper())
        )
        pruned.append(kept or choice)
    return tuple(pruned)


def prefers_case(word: str, starts_sentence: bool) -> bool:
    """Whether the case of `word`'s first letter is the expected one where only case differs."""
    return word[:1].isupper() == expects_capital(word, starts_sentence)


def expects_capital(word: str, starts_sentence: bool) -> bool:
    """Whether `word`, its first letter's case unknown, begins with a capital: at a sentence's
    start, or when it is no adjective (a lost `Č` is `České` in a name, `české` mid-sentence)
    and no word of one letter (Icelandic `í`, Russian `я`: names are longer)."""
    return starts_sentence or (len(word) > 1 and not ADJECTIVE_ENDING.search(word.lower()))
