"""An article file's bytes as text: UTF-8 or UTF-16, or a legacy Czech 8-bit code page."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..text.czech import CZECH_LETTERS

WINDOWS_1250_NOTE = "decoded as Windows-1250 (legacy Czech 8-bit) because it is not valid UTF-8"
ISO_8859_2_NOTE = "decoded as ISO-8859-2 (legacy Czech 8-bit) because it is not valid UTF-8"

LEGACY_CZECH_CODE_PAGES = (("cp1250", WINDOWS_1250_NOTE), ("iso8859_2", ISO_8859_2_NOTE))
"""Code pages tried for text that is not UTF-8, with their notes; on equal evidence the first
wins. They share most accented letters, but not š, ť, ž and their capitals."""

# C0 control characters other than tab, newline, vertical tab, form feed and carriage return.
# C1 controls (U+0080-U+009F) are left out on purpose: mojibake is full of them.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# No legacy text holds C1 controls, but ISO-8859-2 reads the bytes 0x80-0x9F as them.
_C1_CONTROL = re.compile("[\x80-\x9f]")
# How much of the start of a file decides whether it is binary, like file(1) does.
_BINARY_SAMPLE_CHARS = 8192
_REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class ArticleText:
    """The decoded text of one article file."""

    text: str
    """The whole file with `\\n` line endings and no byte order mark."""
    encoding_note: str = ""
    """A sentence for `Article.repairs` when the file was not clean UTF-8; empty when it was."""


def _czech_letter_bytes(code_page: str) -> bytes:
    """The high bytes that `code_page` reads as accented Czech letters."""
    return bytes(
        byte
        for byte in range(0x80, 0x100)
        if bytes([byte]).decode(code_page, errors="replace") in CZECH_LETTERS
    )


_CZECH_LETTER_BYTES = {page: _czech_letter_bytes(page) for page, _ in LEGACY_CZECH_CODE_PAGES}


def decode_article_bytes(data: bytes, keep_line_ends: bool = False) -> ArticleText | str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else legacy Czech.

    UTF-8 with a few invalid bytes keeps its text, each bad byte shown as U+FFFD; text that
    is not UTF-8 at all is read with the legacy Czech code page whose letters it spells best.
    NUL bytes in text are kept here (the loader removes them); a file mostly made of control
    characters is binary.

    Args:
        data: The whole file.
        keep_line_ends: Keep carriage returns as they are (to show the file as on disk);
            else every line ends in a newline.

    Returns:
        The text, or why it is not a text file.
    """
    note = ""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return "not valid UTF-16 despite its byte order mark"
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            decoded = _decode_damaged_utf8(data) or _decode_legacy_czech(data)
            if decoded is None:
                return "not a text file (neither UTF-8 nor a legacy Czech code page)"
            text, note = decoded
    sample = text[:_BINARY_SAMPLE_CHARS]
    if len(_CONTROL.findall(sample)) * 10 > len(sample):
        return "not a text file (too many control characters)"
    if not text or text.isspace():
        return "empty file"
    if "\r" in text and not keep_line_ends:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ArticleText(text, note)


def _decode_damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with some invalid bytes, if its valid multi-byte characters outnumber them."""
    text = data.decode("utf-8-sig", errors="replace")
    invalid = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if non_ascii - invalid <= invalid:  # mostly invalid: legacy 8-bit text, not damaged UTF-8
        return None
    plural = "s" if invalid != 1 else ""
    return text, f"{invalid} invalid UTF-8 byte sequence{plural} shown as {_REPLACEMENT}"


def _decode_legacy_czech(data: bytes) -> tuple[str, str] | None:
    """Text in the legacy Czech code page that reads the most bytes as Czech letters."""
    best: tuple[int, str, str] | None = None
    for code_page, note in LEGACY_CZECH_CODE_PAGES:
        try:
            text = data.decode(code_page)
        except UnicodeDecodeError:  # a byte Windows-1250 leaves undefined
            continue
        if _C1_CONTROL.search(text):
            continue
        evidence = sum(data.count(byte) for byte in _CZECH_LETTER_BYTES[code_page])
        if best is None or evidence > best[0]:
            best = (evidence, text, note)
    return None if best is None else (best[1], best[2])
