"""The single-byte code pages that UTF-8 text gets wrongly decoded with, and what each one loses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lost_bytes import is_greek_or_cyrillic

SOFT_HYPHEN_BYTE = 0xAD
NO_BREAK_SPACE_BYTE = 0xA0


@dataclass(frozen=True)
class CodePage:
    """How one code page turns bytes into characters, and which bytes it silently drops."""

    name: str
    """Python codec name, e.g. `cp1254`."""
    lost_bytes: frozenset[int] = field(repr=False)
    """Bytes a careless pipeline drops: those the code page leaves undefined, and the
    soft hyphen, which is invisible and commonly stripped."""
    characters: dict[int, str] = field(repr=False)
    """The character each high byte (0x80-0xFF) decodes to; a byte the code page leaves
    undefined decodes to the C1 control of its number, as Windows decodes it."""
    bytes_of: dict[str, int] = field(repr=False)
    """The high byte each of `characters` comes from."""
    no_break_space: frozenset[int] = field(repr=False)
    """The byte of the no-break space where the code page has one at 0xA0: lost too when
    no no-break space survived anywhere in a text."""

    def encode(self, chars: str) -> bytes | None:
        """The bytes `chars`, all high characters of this code page, come from; None
        when one is not."""
        try:
            return bytes(self.bytes_of[char] for char in chars)
        except KeyError:
            return None

    def characters_for(self, first: int, last: int) -> set[str]:
        """The characters bytes `first`..`last` decode to."""
        return {char for byte, char in self.characters.items() if first <= byte <= last}

    def lone_leads(self) -> set[str]:
        """The characters the leads of Latin letters and punctuation decode to: what stays
        of `í`, `č` or `„` when the rest of its sequence was lost."""
        return self.characters_for(0xC2, 0xC5) | self.characters_for(0xE2, 0xE2)


def make_code_page(name: str) -> CodePage:
    """Build the tables of the code page Python knows as `name`."""
    characters: dict[int, str] = {}
    for byte in range(0x80, 0x100):
        try:
            characters[byte] = bytes([byte]).decode(name)
        except UnicodeDecodeError:
            continue
    undefined = set(range(0x80, 0x100)) - set(characters)
    characters |= {byte: chr(byte) for byte in undefined if byte < 0xA0}
    bytes_of = {char: byte for byte, char in characters.items()}
    soft_hyphen = _byte_if_it_is(characters, SOFT_HYPHEN_BYTE, "\u00ad")
    no_break_space = _byte_if_it_is(characters, NO_BREAK_SPACE_BYTE, "\u00a0")
    return CodePage(name, frozenset(undefined) | soft_hyphen, characters, bytes_of, no_break_space)


def _byte_if_it_is(characters: dict[int, str], byte: int, char: str) -> frozenset[int]:
    """{`byte`} when it decodes to `char` in the code page of `characters`, else none: the
    soft hyphen and the no-break space are lost only where the code page has them."""
    return frozenset({byte}) if characters.get(byte) == char else frozenset()


# Tried in this order; on equal evidence the earlier wins. Windows-1254 drops more bytes than
# Windows-1252 (0x8E and 0x9E too), so its larger set of lost bytes is the safer guess.
# Windows-1251 (Cyrillic), MacRoman and cp437 (DOS) come last: each is taken only where its
# evidence outweighs every Windows Latin code page's.
CODE_PAGES: tuple[CodePage, ...] = tuple(
    make_code_page(name)
    for name in ("cp1254", "cp1252", "cp1250", "latin-1", "cp1251", "mac_roman", "cp437")
)
LONE_LEAD_CODE_PAGES = tuple(
    page
    for page in CODE_PAGES
    if page.lost_bytes and not any(map(is_greek_or_cyrillic, page.lone_leads()))
)
"""The code pages whose lone leads tell lost bytes in text that holds nothing else: those
that lose bytes (MacRoman and cp437 define every one) and show the leads of Latin letters
and punctuation as Latin letters (`Ã`, `Ä`, `â`). Windows-1251 shows them as Cyrillic ones
(`Г`, `Д`, `в`), which every Russian text is full of."""


_WINDOWS_CODE_PAGE = re.compile(r"(?:cp|windows-)(125\d)")
_NAMES_PEOPLE_USE = {
    "latin-1": "Latin-1",
    "iso-8859-1": "Latin-1",
    "iso-8859-2": "ISO 8859-2",
    "mac_roman": "MacRoman",
    "macroman": "MacRoman",
    "cp437": "DOS cp437",
}


def name_people_use(codec: str) -> str:
    """The name a code page goes by (`Windows-1254`), for Python's codec name (`cp1254`) or
    ftfy's (`sloppy-windows-1254`)."""
    name = codec.removeprefix("sloppy-").lower()
    windows = _WINDOWS_CODE_PAGE.fullmatch(name)
    if windows is not None:
        return f"Windows-{windows[1]}"
    return _NAMES_PEOPLE_USE.get(name, codec)
