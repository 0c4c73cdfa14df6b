"""Undo UTF-8 text that was decoded with a single-byte code page, including lost bytes.

The text is encoded back to the bytes the code page gave it and decoded as UTF-8 again.
Where the pipeline dropped a continuation byte (one the code page leaves undefined, or the
soft hyphen), a sequence comes up short; its candidates are every likely character the
missing bytes could make, and `word_choice` picks among them by what makes a real word.
"""

from __future__ import annotations

import codecs
import threading
from functools import cache

from .codepages import CodePage
from .lost_bytes import fillings, sequence_length
from .word_choice import LETTER_GAP, MARK_GAP, FilledText, Gap, fill_gaps

KEEP_AS_UTF8 = "reader-keep-as-utf8"
REPLACEMENT_CHARACTER = "\ufffd".encode()
RESTORE_LOST_BYTES = "reader-restore-lost-bytes"


class DecodingState(threading.local):
    """What the decoding error handler needs, per thread: codec handlers are global."""

    code_page: CodePage
    lost_bytes: frozenset[int]
    gaps: list[Gap]


state = DecodingState()


def keep_as_utf8(error: UnicodeError) -> tuple[bytes, int]:
    """Encode a character the code page lacks as UTF-8, so decoding gives it back unchanged;
    but a C1 control standing for a byte the code page leaves undefined as that byte."""
    assert isinstance(error, UnicodeEncodeError)
    encoded = bytearray()
    for char in error.object[error.start : error.end]:
        byte = state.code_page.bytes_of.get(char)
        encoded += char.encode("utf-8", "surrogatepass") if byte is None else bytes([byte])
    return bytes(encoded), error.end


def restore_lost_bytes(error: UnicodeError) -> tuple[str, int]:
    """Stand a gap marker in for a sequence that lost bytes, or give stray bytes back as found."""
    assert isinstance(error, UnicodeDecodeError)
    raw = bytes(error.object[error.start : error.end])
    gap = gap_for(raw, state.lost_bytes, state.code_page.name)
    if gap is None or marks_gap(error.object, error.end, gap[0]):
        return state.code_page.characters.get(raw[0], "\ufffd"), error.start + 1
    state.gaps.append(gap[1])
    return gap[0], error.end


def marks_gap(data: bytes, end: int, marker: str) -> bool:
    """Whether what follows a gap at `end` stands in for its lost bytes: a replacement
    character, or a question mark after punctuation (`â€?`), as lossy decoders write them.
    Guessing the bytes too would leave both."""
    follows = data[end : end + 3]
    return follows == REPLACEMENT_CHARACTER or (marker == MARK_GAP and follows[:1] == b"?")


@cache
def gap_for(raw: bytes, lost_bytes: frozenset[int], code_page: str) -> tuple[str, Gap] | None:
    """The marker and gap for a sequence cut short, or None when `raw` is no such thing."""
    if sequence_length(raw[0]) <= len(raw):
        return None
    candidates = fillings(raw[0], raw[1:], lost_bytes)
    if not candidates:
        return None
    marker = LETTER_GAP if any(c.isalpha() for c in candidates) else MARK_GAP
    return marker, Gap(candidates, raw.decode(code_page, "replace"))


codecs.register_error(KEEP_AS_UTF8, keep_as_utf8)
codecs.register_error(RESTORE_LOST_BYTES, restore_lost_bytes)


def undo_mojibake(text: str, code_page: CodePage) -> FilledText:
    """Read `text` back as the UTF-8 bytes `code_page` turned into it, restoring lost bytes
    where the words say which language chooses them (elsewhere they stay as found)."""
    state.code_page = code_page
    state.lost_bytes = code_page.lost_bytes
    if "\u00a0" not in text:
        # No no-break space survived anywhere, so the pipeline dropped those bytes too.
        state.lost_bytes = state.lost_bytes | code_page.no_break_space
    state.gaps = []
    raw = text.encode(code_page.name, KEEP_AS_UTF8)
    decoded = raw.decode("utf-8", RESTORE_LOST_BYTES)
    gaps, state.gaps = state.gaps, []
    return fill_gaps(decoded, gaps) if gaps else FilledText(decoded, 0, None)
