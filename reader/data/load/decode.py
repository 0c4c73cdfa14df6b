"""An article file's bytes as text: UTF-8 or UTF-16, or the legacy code page (8-bit Czech,
Western or Cyrillic, or an East Asian one) whose reading a language's words explain."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..text.czech import CZECH_LETTERS

WINDOWS_1250_NOTE = "decoded as Windows-1250 (legacy Czech 8-bit) because it is not valid UTF-8"
ISO_8859_2_NOTE = "decoded as ISO-8859-2 (legacy Czech 8-bit) because it is not valid UTF-8"

LEGACY_CZECH_CODE_PAGES = (("cp1250", WINDOWS_1250_NOTE), ("iso8859_2", ISO_8859_2_NOTE))
"""The Czech code pages, with their notes; on equal evidence the first wins. They share most
accented letters, but not š, ť, ž and their capitals."""
OTHER_CODE_PAGES = tuple(
    (page, f"decoded as {name} because it is not valid UTF-8")
    for page, name in (
        ("cp1252", "Windows-1252 (legacy Western 8-bit)"),
        ("cp1254", "Windows-1254 (legacy Turkish 8-bit)"),
        ("cp1251", "Windows-1251 (legacy Cyrillic 8-bit)"),
        ("koi8_r", "KOI8-R (legacy Russian 8-bit)"),
    )
)
"""The other 8-bit code pages tried, chosen only when a language's words explain their reading
better than the Czech pages' (French, Spanish or German in Windows-1252, Turkish in
Windows-1254, Russian in either Cyrillic)."""
EAST_ASIAN_ENCODINGS = {
    "cp932": "Shift JIS (legacy Japanese)",
    "shift_jis": "Shift JIS (legacy Japanese)",
    "euc_jis_2004": "EUC-JP (legacy Japanese)",
    "euc_jp": "EUC-JP (legacy Japanese)",
    "gb18030": "GB18030 (legacy Chinese)",
    "gbk": "GBK (legacy Chinese)",
    "big5": "Big5 (legacy Chinese)",
    "cp949": "EUC-KR (legacy Korean)",
    "euc_kr": "EUC-KR (legacy Korean)",
}
"""Multi-byte encodings tried, by the name the note gives, when no 8-bit reading makes words
of any language: their text has no spaces between words, so charset-normalizer tells them
apart by their characters."""
WESTERN_CODE_PAGES = frozenset({"cp1252"})
CODE_PAGES_OF = {
    **dict.fromkeys(("cs", "sk", "pl", "hu", "sl", "sh", "ro"), frozenset({"cp1250", "iso8859_2"})),
    **dict.fromkeys(("ru", "uk", "bg", "mk"), frozenset({"cp1251", "koi8_r"})),
    "tr": frozenset({"cp1254"}),
}
"""The 8-bit code pages each language's text was written in (Central European, Cyrillic,
Turkish); every other language's, Western Europe's."""
MAX_WORDS_WEIGHED = 150
"""Words with letters beyond ASCII read from the start of a reading to weigh it."""
_WEIGHED_CHARS = 65536
"""How much of the start of a reading is weighed: a 5 MB file takes 0.1 s, not 2 s."""
MIN_KNOWN_SHARE = 0.5
"""The share of those words a language must know for the reading to count as its text."""
MIN_EAST_ASIAN_BYTES = 0.25
"""The share of a file's bytes above ASCII from which it may be East Asian text (two or three
bytes a character); an English text with a few Windows quotes is not."""
_HIGH_BYTES = bytes(range(0x80, 0x100))
MIN_EAST_ASIAN_SHARE = 0.9
"""The share of a reading's non-ASCII characters that must be kana, hangul or ideographs."""
_EAST_ASIAN = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")

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


_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""The byte order marks of UTF-32 and UTF-16, UTF-32's first: its little-endian mark starts
with UTF-16's."""


def decode_article_bytes(data: bytes, keep_line_ends: bool = False) -> ArticleText | str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, else a
    legacy code page.

    UTF-8 with a few invalid bytes keeps its text, each bad byte shown as U+FFFD; text that
    is not UTF-8 at all is read with the legacy code page whose reading a language's word
    list knows the most words of (`_decode_legacy`).
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
    wide = next((encoding for bom, encoding in _WIDE_BOMS if data.startswith(bom)), None)
    if wide is not None:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:  # a stray byte or two: shown as such, as in damaged UTF-8
            text = data.decode(wide, errors="replace")
            invalid = text.count(_REPLACEMENT)
            if invalid * 2 >= len(text):
                return f"not valid {wide.upper()} despite its byte order mark"
            plural = "s" if invalid != 1 else ""
            note = f"{invalid} invalid {wide.upper()} byte sequence{plural} shown as {_REPLACEMENT}"
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Binary data is told before the code pages are weighed, which reads it whole.
            if _too_many_controls(data[:_BINARY_SAMPLE_CHARS].decode("latin-1")):
                return BINARY
            decoded = _decode_damaged_utf8(data) or _decode_legacy(data)
            if decoded is None:
                return "not a text file (neither UTF-8 nor a legacy code page)"
            text, note = decoded
    if _too_many_controls(text[:_BINARY_SAMPLE_CHARS]):
        return BINARY
    if not text or text.isspace():
        return "empty file"
    if "\r" in text and not keep_line_ends:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ArticleText(text, note)


BINARY = "not a text file (too many control characters)"


def _too_many_controls(sample: str) -> bool:
    """Whether `sample`, the start of a file, is binary data: a tenth of it controls."""
    return len(_CONTROL.findall(sample)) * 10 > len(sample)


def _decode_damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with some invalid bytes, if its valid multi-byte characters outnumber them."""
    text = data.decode("utf-8-sig", errors="replace")
    invalid = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if non_ascii - invalid <= invalid:  # mostly invalid: legacy 8-bit text, not damaged UTF-8
        return None
    plural = "s" if invalid != 1 else ""
    return text, f"{invalid} invalid UTF-8 byte sequence{plural} shown as {_REPLACEMENT}"


class _Reading(NamedTuple):
    """A file read in one 8-bit code page, and how well that reading does."""

    score: tuple[int, int, bool]
    """`_reading_score`'s words known and letters written, then whether the language is
    written in this page."""
    czech_evidence: int
    """How many of its bytes the page reads as Czech letters (0 for the other pages)."""
    code_page: str
    text: str
    note: str


def _decode_legacy(data: bytes) -> tuple[str, str] | None:
    """Text in the 8-bit code page whose reading a language explains best (`_reading_score`),
    on a tie a page that language is written in, then the Czech pages; when no reading makes
    words of any language, in an East Asian encoding its characters fit, else in the Czech
    page it spells best."""
    readings: list[_Reading] = []
    for code_page, note in (*LEGACY_CZECH_CODE_PAGES, *OTHER_CODE_PAGES):
        try:
            text = data.decode(code_page)
        except UnicodeDecodeError:  # a byte the code page leaves undefined
            continue
        if _C1_CONTROL.search(text):
            continue
        known, fit, language = _reading_score(text[:_WEIGHED_CHARS])
        # On a tie, a page its language is written in: a Finnish `è` is no Czech `č`.
        own = code_page in CODE_PAGES_OF.get(language, WESTERN_CODE_PAGES)
        czech = _CZECH_LETTER_BYTES.get(code_page, b"")
        evidence = sum(data.count(byte) for byte in czech)
        readings.append(_Reading((known, fit, own), evidence, code_page, text, note))
    if any(reading.score[0] for reading in readings):  # a language knows some reading's words
        # max keeps the first of equals: a Czech page, then the order above.
        best = max(readings, key=lambda reading: (reading.score, reading.czech_evidence))
        return best.text, best.note
    high_bytes = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high_bytes >= MIN_EAST_ASIAN_BYTES * len(data):
        east_asian = _decode_east_asian(data)
        if east_asian is not None:
            return east_asian
    in_czech = [reading for reading in readings if reading.code_page in _CZECH_LETTER_BYTES]
    if not in_czech:
        return None
    spelled = max(in_czech, key=lambda reading: reading.czech_evidence)
    return spelled.text, spelled.note


def _reading_score(text: str) -> tuple[int, int, str]:
    """How well a language explains a reading of a file: how many of its first words with
    letters beyond ASCII (the rest read alike in every code page) the language explaining
    them best knows, then how many letters of all such words it writes (its list compares
    words without accents: `año` and `ańo` are one word to it, but Spanish writes no `ń`),
    and the language's code; (0, 0, "") unless it knows at least half of the words.
    One-letter words are left out: a wrong reading of East Asian bytes makes many (`и`,
    `в`), which Russian knows."""
    # Imported here: the language lists are read only for a file that is not UTF-8.
    from ..text.language import leading_languages, strip_accents, words_of
    from ..text.language_lists import language_lists

    every = [word.lower() for word in words_of(text) if len(word) > 1 and not word.isascii()]
    words = every[:MAX_WORDS_WEIGHED]
    leaders = leading_languages(words)
    if not leaders:
        return 0, 0, ""
    lists = language_lists()
    frequencies, alphabet = lists.log_frequencies[leaders[0].code], lists.alphabets[leaders[0].code]
    known = sum(strip_accents(word) in frequencies for word in words)
    if known < MIN_KNOWN_SHARE * len(words):
        return 0, 0, ""
    return known, sum(letter in alphabet for word in every for letter in word), leaders[0].code


def _decode_east_asian(data: bytes) -> tuple[str, str] | None:
    """Text in the East Asian encoding charset-normalizer finds, when nearly all of its
    non-ASCII characters are kana, hangul or ideographs."""
    # Imported here: only a file no 8-bit code page reads needs it.
    from charset_normalizer import from_bytes

    found = from_bytes(data, cp_isolation=list(EAST_ASIAN_ENCODINGS)).best()
    if found is None:
        return None
    text = str(found)
    wide = sum(1 for character in text if not character.isascii())
    if not wide or len(_EAST_ASIAN.findall(text)) < MIN_EAST_ASIAN_SHARE * wide:
        return None
    name = EAST_ASIAN_ENCODINGS.get(found.encoding, found.encoding)
    return text, f"decoded as {name} because it is not valid UTF-8"
