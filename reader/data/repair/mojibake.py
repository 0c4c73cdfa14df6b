"""Undo UTF-8 text that was decoded with a single-byte code page, including lost bytes.

The text is mapped back to the bytes the code page gave it, and every UTF-8 sequence in
them is decoded again. Where the pipeline dropped a continuation byte (one the code page
leaves undefined, or the soft hyphen), the sequence is short; its candidates are every
character the missing bytes could make, and `word_choice` picks among them by what makes
a real Czech word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .codepages import BYTE_BASE, CODE_PAGES, NO_BREAK_SPACE_BYTE, CodePage
from .lost_bytes import decode_sequence, fillings, sequence_length
from .word_choice import LETTER_GAP, MARK_GAP, fill_gaps

# A lead byte and the continuation bytes after it, as stand-ins (see codepages.BYTE_BASE).
SEQUENCE = re.compile("[\udcc2-\udcf4][\udc80-\udcbf]*")
# A complete two- to four-byte sequence: the evidence that text is mojibake at all.
COMPLETE_SEQUENCE = re.compile(
    "[\udcc2-\udcdf][\udc80-\udcbf]|[\udce0-\udcef][\udc80-\udcbf]{2}"
    "|[\udcf0-\udcf4][\udc80-\udcbf]{3}"
)
STRAY_BYTE = re.compile("[\udc80-\udcff]")



def characters_for_bytes(first: int, last: int) -> str:
    """A regex character class of every character any code page decodes bytes `first`..`last` to."""
    chars = {
        code_page.from_bytes[BYTE_BASE + byte]
        for code_page in CODE_PAGES
        for byte in range(first, last + 1)
        if BYTE_BASE + byte in code_page.from_bytes
    }
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"


LEAD_THEN_CONTINUATION = re.compile(characters_for_bytes(0xC2, 0xF4) + characters_for_bytes(0x80, 0xBF))


@dataclass(frozen=True)
class Evidence:
    """How strongly text looks like UTF-8 decoded with one code page."""

    code_page: CodePage
    decoded: int
    """Complete sequences that decode to a plausible character."""
    broken: int
    """Complete-looking sequences that decode to nothing plausible."""

    @property
    def is_mojibake(self) -> bool:
        """More sequences decode than fail: real text in the code page rarely does."""
        return self.decoded > 0 and self.decoded > self.broken


def to_byte_stand_ins(text: str, code_page: CodePage) -> str:
    """Replace each character the code page makes from a high byte by that byte's stand-in."""
    return text.translate(code_page.to_bytes)


def weigh_evidence(text: str, code_page: CodePage) -> Evidence:
    """Count the sequences that do and do not decode when `text` is read back as `code_page`."""
    decoded = broken = 0
    for match in COMPLETE_SEQUENCE.finditer(to_byte_stand_ins(text, code_page)):
        if decode_sequence(stand_ins_to_bytes(match.group())) is None:
            broken += 1
        else:
            decoded += 1
    return Evidence(code_page, decoded, broken)


def might_be_mojibake(text: str) -> bool:
    """A fast first look: False means `text` has no lead character followed by a
    continuation character in any code page, so nothing here can be mojibake."""
    return not text.isascii() and LEAD_THEN_CONTINUATION.search(text) is not None


def detect_code_page(text: str) -> CodePage | None:
    """The code page `text` was wrongly decoded with, or None when it does not look damaged."""
    best: Evidence | None = None
    for code_page in CODE_PAGES:
        evidence = weigh_evidence(text, code_page)
        if evidence.is_mojibake and (
            best is None or evidence.decoded - evidence.broken > best.decoded - best.broken
        ):
            best = evidence
    return None if best is None else best.code_page


def stand_ins_to_bytes(stand_ins: str) -> bytes:
    """The bytes a run of stand-ins represents."""
    return bytes(ord(char) - BYTE_BASE for char in stand_ins)


def undo_mojibake(text: str, code_page: CodePage) -> str:
    """Read `text` back as the UTF-8 bytes `code_page` turned into it, restoring lost bytes."""
    lost_bytes = code_page.lost_bytes
    if "\u00a0" not in text:
        # No no-break space survived anywhere, so the pipeline dropped those bytes too.
        lost_bytes = lost_bytes | {NO_BREAK_SPACE_BYTE}
    gap_candidates: list[tuple[str, ...]] = []

    def decode(match: re.Match[str]) -> str:
        found = match.group()
        raw = stand_ins_to_bytes(found)
        length = sequence_length(raw[0])
        if len(raw) >= length:
            char = decode_sequence(raw[:length])
            if char is None:
                return found
            return char + found[length:]
        candidates = fillings(raw[0], raw[1:], lost_bytes)
        if not candidates:
            return found
        gap_candidates.append(candidates)
        return LETTER_GAP if any(char.isalpha() for char in candidates) else MARK_GAP

    decoded = SEQUENCE.sub(decode, to_byte_stand_ins(text, code_page))
    decoded = STRAY_BYTE.sub(lambda match: code_page.from_bytes[ord(match.group())], decoded)
    return fill_gaps(decoded, gap_candidates) if gap_candidates else decoded
