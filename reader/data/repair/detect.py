"""Tell whether text is UTF-8 that was decoded with a single-byte code page, and with which."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .codepages import CODE_PAGES, CodePage
from .lost_bytes import decode_sequence

# Enough complete sequences to be sure; weighing more would only cost time on long texts.
EVIDENCE_SAMPLE = 2000


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
    """A lead character followed by a continuation character: cheap to scan for, and every
    complete sequence starts with one."""
    pages = tuple(code_pages)
    leads = set().union(*(page.characters_for(0xC2, 0xF4) for page in pages))
    follows = set().union(*(page.characters_for(0x80, 0xBF) for page in pages))
    return re.compile(character_class(leads) + character_class(follows))


ANY_COMPLETE_SEQUENCE = complete_sequence_pattern(CODE_PAGES)
ANY_LEAD_THEN_FOLLOW = lead_then_follow_pattern(CODE_PAGES)


def find_complete_sequences(text: str, limit: int = EVIDENCE_SAMPLE) -> list[re.Match[str]]:
    """Up to `limit` places where `text` holds a complete UTF-8 sequence in any code page.

    Scans for the two-character start first, which runs several times faster than the full
    pattern on clean text, where starts are few and complete sequences fewer still.
    """
    found: list[re.Match[str]] = []
    if text.isascii():
        return found
    for start in ANY_LEAD_THEN_FOLLOW.finditer(text):
        match = ANY_COMPLETE_SEQUENCE.match(text, start.start())
        if match is not None:
            found.append(match)
            if len(found) == limit:
                break
    return found


def detect_code_page(sequences: list[re.Match[str]]) -> CodePage | None:
    """The code page a text was wrongly decoded with, or None when it does not look damaged.

    Every complete UTF-8 sequence the text holds in a code page is evidence: for it when it
    decodes to a likely character, against it when it does not. Real text written in a code
    page rarely makes even one; mojibake makes one for every accented letter.

    Args:
        sequences: what `find_complete_sequences` found in the text.
    """
    found = [match.group() for match in sequences]
    best, best_score = None, 0
    for code_page in CODE_PAGES:
        decoded = broken = 0
        for sequence in found:
            try:
                raw = sequence.encode(code_page.name)
            except UnicodeEncodeError:
                continue
            if decode_sequence(raw) is None:
                broken += 1
            else:
                decoded += 1
        if decoded - broken > best_score:
            best, best_score = code_page, decoded - broken
    return best
