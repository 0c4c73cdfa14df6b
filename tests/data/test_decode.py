"""Tests for decoding an article file's bytes: Unicode, legacy Czech, damage and binary data."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.data.load.decode import (
    ISO_8859_2_NOTE,
    WINDOWS_1250_NOTE,
    ArticleText,
    decode_article_bytes,
)

CZECH = "Příliš žluťoučký kůň úpěl ďábelské ódy. Šťastný Žďár, Ťukot."


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Žluťoučký kůň\n".encode(), "Žluťoučký kůň\n"),
        (codecs.BOM_UTF8 + "Žluťoučký kůň".encode(), "Žluťoučký kůň"),
        ("Žluťoučký kůň".encode("utf-16"), "Žluťoučký kůň"),
        (codecs.BOM_UTF16_BE + "Žluťoučký kůň".encode("utf-16-be"), "Žluťoučký kůň"),
        ("Žluťoučký kůň".encode("utf-32"), "Žluťoučký kůň"),
        (codecs.BOM_UTF32_BE + "Žluťoučký kůň".encode("utf-32-be"), "Žluťoučký kůň"),
        (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
        (b"text with a stray \x00 NUL byte", "text with a stray \x00 NUL byte"),
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-32-le-bom",
        "utf-32-be-bom",
        "crlf",
        "nul-byte",
    ],
)
def test_decode_reads_unicode_encodings(data: bytes, text: str) -> None:
    """UTF-8 with or without BOM and UTF-16 and UTF-32 with BOM decode without a note;
    newlines become \\n; a stray NUL keeps the rest of the text (the loader removes it)."""
    assert decode_article_bytes(data) == ArticleText(text)


def test_utf_16_with_a_stray_byte_keeps_its_text() -> None:
    """A byte too many at the end of UTF-16 is shown as �, and said, as in damaged UTF-8:
    the text is not refused whole."""
    decoded = decode_article_bytes(CZECH.encode("utf-16") + b"\x0a")
    assert decoded == ArticleText(
        CZECH + "\ufffd", "1 invalid UTF-16 byte sequence shown as \ufffd"
    )


@pytest.mark.parametrize(
    ("code_page", "note"),
    [("cp1250", WINDOWS_1250_NOTE), ("iso8859_2", ISO_8859_2_NOTE)],
    ids=["windows-1250", "iso-8859-2"],
)
def test_decode_tells_the_legacy_czech_code_pages_apart(code_page: str, note: str) -> None:
    """Legacy Czech text decodes with the code page it was written in, and the note says which;
    the two differ in š, ť, ž and their capitals."""
    assert decode_article_bytes(CZECH.encode(code_page)) == ArticleText(CZECH, note)


@pytest.mark.parametrize(
    ("text", "code_page", "named"),
    [
        ("L'été à Paris : où aller, et où dîner ?", "latin-1", "Windows-1252"),
        ("El año pasado, la señora española compró una casa.", "cp1252", "Windows-1252"),
        ("Größere Änderungen für die Bürger und Straßen.", "cp1252", ""),
        ("Новости дня: правительство приняло решение о бюджете.", "cp1251", "Windows-1251"),
        ("Новости дня: правительство приняло решение о бюджете.", "koi8_r", "KOI8-R"),
        ("Türkiye'nin başkenti Ankara'dır ve şehir çok güzeldir.", "cp1254", "Windows-1254"),
        ("An “English” text with Windows quotes – it’s fine.", "cp1252", ""),
        ("日本語のタイトルと本文です。東京で技術展示会が開催されました。", "shift_jis", "Shift"),
    ],
    ids=[
        "french",
        "spanish",
        "german",
        "russian-1251",
        "russian-koi8",
        "turkish",
        "english",
        "japanese",
    ],
)
def test_decode_reads_other_languages_legacy_code_pages(
    text: str, code_page: str, named: str
) -> None:
    """A file in a legacy code page of another language reads as written: the code page
    whose reading that language's words explain (`ñ`, not the Czech page's `ń`); an East
    Asian one by its characters. The note names it (German and English read the same in
    the Czech page, which says so)."""
    decoded = decode_article_bytes(text.encode(code_page))
    assert isinstance(decoded, ArticleText) and decoded.text == text
    assert named in decoded.encoding_note


def test_decode_keeps_utf8_with_a_few_invalid_bytes() -> None:
    """A few invalid bytes in UTF-8 become U+FFFD instead of turning the file into mojibake."""
    decoded = decode_article_bytes(CZECH.encode() + b" \xff\xfe konec")
    assert decoded == ArticleText(
        CZECH + " \ufffd\ufffd konec", "2 invalid UTF-8 byte sequences shown as \ufffd"
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\n", "empty file"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 4,
            "not a text file (too many control characters)",
        ),
        (bytes(range(1, 32)) * 20, "not a text file (too many control characters)"),
        (
            b"abc\x81\x83\x88\x90\x98",
            "not a text file (neither UTF-8 nor a legacy code page)",
        ),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid UTF-16 despite its byte order mark"),
        (
            "UTF-16 without a byte order mark".encode("utf-16-le"),
            "not a text file (too many control characters)",
        ),
    ],
    ids=["empty", "blank", "png", "controls", "undefined-bytes", "bad-utf-16", "utf-16-no-bom"],
)
def test_decode_refuses_non_text(data: bytes, reason: str) -> None:
    """Empty, binary and undecodable data give a reason instead of text."""
    assert decode_article_bytes(data) == reason


@given(st.binary(max_size=2000))
def test_decode_gives_text_or_a_reason_for_any_bytes(data: bytes) -> None:
    """Whatever the bytes, decoding returns text without carriage returns, or a reason."""
    decoded = decode_article_bytes(data)
    assert isinstance(decoded, ArticleText | str)
    if isinstance(decoded, ArticleText):
        assert "\r" not in decoded.text and decoded.text.strip()


def test_decode_ends_lines_in_newlines_unless_asked_to_keep_them() -> None:
    """Windows and old Mac line ends become newlines for loading; the raw view keeps them."""
    data = b"---\r\ntitle: A\r\n---\rline\r\n"
    assert decode_article_bytes(data) == ArticleText("---\ntitle: A\n---\nline\n", "")
    kept = decode_article_bytes(data, keep_line_ends=True)
    assert kept == ArticleText(data.decode(), "")


def test_decode_breaks_a_tie_with_the_page_the_language_is_written_in() -> None:
    """A Finnish text whose one foreign letter (`è`) reads as a Czech `č` just as well is
    read in the page Finnish is written in, not the Czech one."""
    text = (
        "Näytelmäkirjailija Molière kirjoitti komedioita, joita esitetään yhä. Hänen "
        "näytelmänsä ovat tunnettuja ympäri maailmaa ja niitä luetaan kouluissa."
    )
    decoded = decode_article_bytes(text.encode("cp1252"))
    assert isinstance(decoded, ArticleText) and decoded.text == text
