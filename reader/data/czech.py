"""The Czech alphabet: how the decoding of bytes and the repairs recognise Czech text."""

from __future__ import annotations

CZECH_LETTERS = frozenset(
    (letters := "aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž") + letters.upper()
)
