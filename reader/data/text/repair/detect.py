"""Tell whether text is UTF-8 that was decoded with a single-byte code page, and with which."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from ..czech import CZECH_LETTERS
from .codepages import CODE_PAGES, LONE_LEAD_CODE_PAGES, CodePage
from .lost_bytes import decode_sequence, is_greek_or_cyrillic, sequence_length

# Enough complete sequences to be sure; weighing more would only cost time on long texts.
EVIDENCE_SAMPLE = 200


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


def lead_then_follow_pattern(code_pages: Iterable[CodePage]) -> re.Pattern[str]:
    """A lead character followed by a continuation character: every complete sequence starts
    so, and one scan for it rules out most clean text fast."""
    pages = tuple(code_pages)
    leads = set().union(*(page.characters_for(0xC2, 0xF4) for page in pages))
    follows = set().union(*(page.characters_for(0x80, 0xBF) for page in pages))
    return re.compile(character_class(leads) + character_class(follows))


def lone_lead_pattern(code_pages: Iterable[CodePage]) -> re.Pattern[str]:
    """A lone lead (`CodePage.lone_leads`) of any of `code_pages`."""
    return re.compile(character_class(set().union(*(page.lone_leads() for page in code_pages))))


ANY_COMPLETE_SEQUENCE = complete_sequence_pattern(CODE_PAGES)
ANY_LEAD_THEN_FOLLOW = lead_then_follow_pattern(CODE_PAGES)
ANY_LONE_LEAD = lone_lead_pattern(LONE_LEAD_CODE_PAGES)


def find_sequences(text: str, limit: int | None = EVIDENCE_SAMPLE) -> list[re.Match[str]]:
    """Up to `limit` places (all, for None) where `text` holds a complete UTF-8 sequence in
    any code page."""
    sequences: list[re.Match[str]] = []
    if text.isascii():
        return sequences
    for start in ANY_LEAD_THEN_FOLLOW.finditer(text):
        match = ANY_COMPLETE_SEQUENCE.match(text, start.start())
        if match is not None:
            sequences.append(match)
            if len(sequences) == limit:
                break
    return sequences


def has_lone_lead(text: str) -> bool:
    """Whether some lead character of `text` may stand alone, as after lost bytes."""
    return not text.isascii() and ANY_LONE_LEAD.search(text) is not None


def detect_code_page(text: str) -> tuple[CodePage | None, int]:
    """The code page `text` was wrongly decoded with, or None when it does not look damaged;
    and how many complete UTF-8 sequences told it.

    Every complete UTF-8 sequence the text holds in a code page is evidence: for it when it
    decodes to a likely character, against it when it does not. Real text written in a code
    page rarely makes even one; mojibake makes one for every accented letter. The first
    EVIDENCE_SAMPLE are weighed, and all of them when those leave two code pages even
    (Icelandic `Þ` tells Windows-1252 from Windows-1254, but only where it occurs).
    """
    sequences = find_sequences(text)
    ranked = rank_code_pages(sequences)
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0] and len(sequences) == EVIDENCE_SAMPLE:
        sequences = find_sequences(text, limit=None)
        ranked = rank_code_pages(sequences)
    return (ranked[0][1] if ranked else None), len(sequences)


def rank_code_pages(sequences: list[re.Match[str]]) -> list[tuple[int, CodePage]]:
    """The code pages `sequences` are evidence for, by score, best first (on equal scores,
    in the order of CODE_PAGES)."""
    totals = [[0, 0] for _ in CODE_PAGES]
    for sequence, count in Counter(match.group() for match in sequences).items():
        for total, (weight, broken) in zip(totals, weigh_sequence(sequence), strict=True):
            total[0] += count * weight
            total[1] += count * broken
    scored = [
        (weight - 2 * broken, code_page)
        for code_page, (weight, broken) in zip(CODE_PAGES, totals, strict=True)
        if weight >= 2 and weight - 2 * broken > 0
    ]
    return sorted(scored, key=lambda pair: -pair[0])


def proves_nothing(sequence: str) -> bool:
    """True for a sequence that starts with a Czech letter (`ĎŠ`, `Ó–`): no likely
    character's UTF-8 reads so in any code page, while Windows-1250 text is full of them."""
    return sequence[0] in CZECH_LETTERS


@cache
def weigh_sequence(sequence: str) -> tuple[tuple[int, int], ...]:
    """For each code page, the weight of `sequence` as evidence for it, and whether it is
    evidence against it (1) or not (0).

    A sequence decoding to a likely character weighs 2, or 1 for a Greek or Cyrillic
    letter, which fewer code-page pairs make by chance. One that decodes to nothing likely
    is evidence against; one the code page cannot encode, or whose bytes are no sequence's
    (`ÃÄ`, the bytes of a sequence in MacRoman, is two leads in Windows-1252), is none.
    """
    weights = []
    for code_page in CODE_PAGES:
        encoded = code_page.encode(sequence)
        char = None if encoded is None else decode_sequence(encoded)
        if encoded is None or not is_sequence_shape(encoded):
            weights.append((0, 0))
        elif char is None:
            weights.append((0, 1))
        elif proves_nothing(sequence):
            weights.append((0, 0))
        else:
            weights.append((1 if is_greek_or_cyrillic(char) else 2, 0))
    return tuple(weights)


def is_sequence_shape(data: bytes) -> bool:
    """Whether `data` is a lead byte and as many continuation bytes as it calls for."""
    return sequence_length(data[0]) == len(data) and all(0x80 <= byte <= 0xBF for byte in data[1:])
