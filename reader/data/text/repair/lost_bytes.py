"""What a UTF-8 sequence with lost continuation bytes could have been."""

from __future__ import annotations

import unicodedata
from functools import cache
from itertools import combinations, product

# Direction overrides and isolates can reorder what the terminal shows: never restore one.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Categories no lost byte is restored to: controls, surrogates, private use, unassigned.
IMPLAUSIBLE_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})
# Where text read back from mojibake is expected to land: Latin-1 and Latin Extended-A,
# Greek, Cyrillic, Latin Extended Additional, punctuation, currency, symbols and emoji.
# Two or three capitals or accented letters in a row in a single-byte code page can look
# like UTF-8 for a rare letter, a combining mark, or a CJK or Hangul character (`ČŠ` in
# Windows-1250 is the bytes of `Ȋ`); a repair never produces one.
LIKELY_RANGES = (
    (0x0080, 0x017F),
    (0x0370, 0x04FF),
    (0x1E00, 0x1EFF),
    (0x2000, 0x2BFF),
    (0x1F000, 0x1FAFF),
)


def sequence_length(lead: int) -> int:
    """Number of bytes in the UTF-8 sequence a lead byte starts; 0 for a byte that starts none."""
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def is_plausible(char: str) -> bool:
    """True for a character a repair may produce: in a likely block, assigned, printable or a
    harmless format."""
    code = ord(char)
    return (
        any(first <= code <= last for first, last in LIKELY_RANGES)
        and unicodedata.category(char) not in IMPLAUSIBLE_CATEGORIES
        and char not in BIDI_CONTROLS
    )


def is_greek_or_cyrillic(char: str) -> bool:
    """True for a Greek or Cyrillic character, which mojibake of Latin text never is."""
    return 0x0370 <= ord(char) <= 0x04FF


def decode_sequence(sequence: bytes) -> str | None:
    """The single plausible character `sequence` encodes in UTF-8, or None."""
    try:
        char = sequence.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return char if len(char) == 1 and is_plausible(char) else None


@cache
def fillings(lead: int, present: bytes, lost_bytes: frozenset[int]) -> tuple[str, ...]:
    """Every plausible character a sequence could have been before bytes were lost from it.

    Args:
        lead: the sequence's lead byte, which survived.
        present: the continuation bytes that survived, in order.
        lost_bytes: the bytes the damaging code page drops.

    Returns:
        The distinct characters, in the order they were found.
    """
    length = sequence_length(lead)
    missing = length - 1 - len(present)
    found: dict[str, None] = {}
    for slots in combinations(range(length - 1), missing):
        for lost in product(sorted(lost_bytes), repeat=missing):
            tail = list(present)
            for slot, byte in zip(slots, lost, strict=True):
                tail.insert(slot, byte)
            char = decode_sequence(bytes([lead, *tail]))
            if char is not None:
                found[char] = None
    return tuple(found)
