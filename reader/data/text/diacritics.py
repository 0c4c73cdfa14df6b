"""Text without accents, so `spolupráce` and `spoluprace` compare equal."""

from __future__ import annotations

import re
import unicodedata

# The combining diacritical mark blocks: the accents left once Latin, Greek and Cyrillic
# letters are decomposed.
COMBINING_MARK = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def strip_diacritics(text: str) -> str:
    """Return `text` with combining accents removed (`spolupráce` -> `spoluprace`)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", COMBINING_MARK.sub("", decomposed))
