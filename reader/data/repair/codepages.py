"""The single-byte code pages that UTF-8 text gets wrongly decoded with, and what each one loses."""

from __future__ import annotations

from dataclasses import dataclass, field

SOFT_HYPHEN_BYTE = 0xAD
NO_BREAK_SPACE_BYTE = 0xA0
# Byte values stand in the decoding buffer as lone surrogates, as Python's surrogateescape
# does, so they can never be confused with a real character of the text.
BYTE_BASE = 0xDC00


@dataclass(frozen=True)
class CodePage:
    """How one code page turns bytes into characters, and which bytes it silently drops."""

    name: str
    """Python codec name, e.g. `cp1254`."""
    to_bytes: dict[int, int] = field(repr=False)
    """`str.translate` table: each character this code page decodes a high byte to, mapped to
    the byte (as `BYTE_BASE + byte`)."""
    from_bytes: dict[int, str] = field(repr=False)
    """The inverse: `BYTE_BASE + byte` back to the character."""
    lost_bytes: frozenset[int] = field(repr=False)
    """Bytes a careless pipeline drops: those the code page leaves undefined, and the
    soft hyphen, which is invisible and commonly stripped."""


def make_code_page(name: str) -> CodePage:
    """Build the tables of the code page Python knows as `name`."""
    to_bytes: dict[int, int] = {}
    undefined: set[int] = set()
    for byte in range(0x80, 0x100):
        try:
            char = bytes([byte]).decode(name)
        except UnicodeDecodeError:
            undefined.add(byte)
            continue
        to_bytes[ord(char)] = BYTE_BASE + byte
    from_bytes = {stand_in: chr(char) for char, stand_in in to_bytes.items()}
    return CodePage(name, to_bytes, from_bytes, frozenset(undefined | {SOFT_HYPHEN_BYTE}))


# Tried in this order; on equal evidence the earlier wins. Windows-1254 drops more bytes than
# Windows-1252 (0x8E and 0x9E too), so its larger set of lost bytes is the safer guess.
CODE_PAGES: tuple[CodePage, ...] = tuple(
    make_code_page(name) for name in ("cp1254", "cp1252", "cp1250", "latin-1")
)
