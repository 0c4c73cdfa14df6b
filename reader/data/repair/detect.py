"""Tell whether text is UTF-8 that was decoded with a single-byte code page, and with which."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .codepages import CODE_PAGES, CodePage
from .lost_bytes import decode_sequence, is_greek_or_cyrillic

CZECH_LETTERS = frozenset(
    (letters := "aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž") + letters.upper()
)
# Enough complete sequences to be sure; weighing more would only cost time on long texts.
EVIDENCE_SAMPLE = 500


def character_class(chars: Iterable[str]) -> str:
    """A regex character class matching exactly `chars`."""
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"


def complete_sequence_pattern(code_pages: Iterable[CodePage]) -> re.Pattern[str]:
    """Characters that would be a complete two- to four-byte UTF-8 sequence in `code_pages`."""
    pages = tuple(code_pages)

    def chars(first: int, last: int) -> str:
        return character_class(set().union(*(page.characters_for(first, last) for page in pages)))

    follow = chars(0x80, 0xBF)
    return re.compile(
        f"{chars(0xC2, 0xDF)}{follow}|{chars(0xE0, 0xEF)}{follow}{{2}}"
        f"|{chars(0xF0, 0xF4)}{follow}{{3}}"
    )


def suspect_pattern(code_pages: Iterable[CodePage]) -> re.Pattern[str]:
    """Where mojibake may start: a lead character followed by a continuation character (every
    complete sequence starts so), or a lone lead of Latin letters or punctuation (what stays
    of `í`, `č` or `„` when the rest was lost). One scan finds both, fast on clean text."""
    pages = tuple(code_pages)
    leads = set().union(*(page.characters_for(0xC2, 0xF4) for page in pages))
    follows = set().union(*(page.characters_for(0x80, 0xBF) for page in pages))
    lone = set().union(
        *(page.characters_for(0xC2, 0xC5) | page.characters_for(0xE2, 0xE2) for page in pages)
    )
    return re.compile(
        character_class(leads) + character_class(follows) + "|" + character_class(lone)
    )


ANY_COMPLETE_SEQUENCE = complete_sequence_pattern(CODE_PAGES)
ANY_SUSPECT = suspect_pattern(CODE_PAGES)


@dataclass(frozen=True)
class Suspects:
    """What a scan of a text found that may be mojibake."""

    sequences: list[re.Match[str]]
    """Complete UTF-8 sequences in some code page, up to a sample's worth."""
    lone_leads: bool
    """Whether some lead character stands alone, as after lost bytes."""


def find_suspects(text: str, limit: int = EVIDENCE_SAMPLE) -> Suspects:
    """Up to `limit` complete UTF-8 sequences in any code page in `text`, and lone leads."""
    sequences: list[re.Match[str]] = []
    lone_leads = False
    if text.isascii():
        return Suspects(sequences, lone_leads)
    for suspect in ANY_SUSPECT.finditer(text):
        if suspect.end() - suspect.start() == 1:
            lone_leads = True
            continue
        match = ANY_COMPLETE_SEQUENCE.match(text, suspect.start())
        if match is not None:
            sequences.append(match)
            if len(sequences) == limit:
                break
    return Suspects(sequences, lone_leads)


def detect_code_page(sequences: list[re.Match[str]]) -> CodePage | None:
    """The code page a text was wrongly decoded with, or None when it does not look damaged.

    Every complete UTF-8 sequence the text holds in a code page is evidence: for it when it
    decodes to a likely character, against it when it does not. Real text written in a code
    page rarely makes even one; mojibake makes one for every accented letter.

    Args:
        sequences: the complete sequences `find_suspects` found in the text.
    """
    totals = [[0, 0] for _ in CODE_PAGES]
    for sequence, count in Counter(match.group() for match in sequences).items():
        for total, (weight, broken) in zip(totals, weigh_sequence(sequence), strict=True):
            total[0] += count * weight
            total[1] += count * broken
    best, best_score = None, 0
    for code_page, (weight, broken) in zip(CODE_PAGES, totals, strict=True):
        score = weight - 2 * broken
        if weight >= 2 and score > best_score:
            best, best_score = code_page, score
    return best


def proves_nothing(sequence: str) -> bool:
    """True for a sequence that starts with a Czech letter (`ĎŠ`, `Ó–`): no likely
    character's UTF-8 reads so in any code page, while Windows-1250 text is full of them."""
    return sequence[0] in CZECH_LETTERS


@cache
def weigh_sequence(sequence: str) -> tuple[tuple[int, int], ...]:
    """For each code page, the weight of `sequence` as evidence for it, and whether it is
    evidence against it (1) or not (0).

    A sequence decoding to a likely character weighs 2, or 1 for a Greek or Cyrillic
    letter, which fewer code-page pairs make by chance. One the code page cannot encode,
    or that decodes to nothing likely, is evidence against.
    """
    weights = []
    for code_page in CODE_PAGES:
        try:
            char = decode_sequence(sequence.encode(code_page.name))
        except UnicodeEncodeError:
            char = None
        if char is None:
            weights.append((0, 1))
        elif proves_nothing(sequence):
            weights.append((0, 0))
        else:
            weights.append((1 if is_greek_or_cyrillic(char) else 2, 0))
    return tuple(weights)
