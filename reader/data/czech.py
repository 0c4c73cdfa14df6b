"""The Czech alphabet: how the decoding of bytes, the repairs and the restoration of
diacritics recognise Czech text."""

from __future__ import annotations

ACCENTED_LOWER = "áčďéěíňóřšťúůýž"
"""Every Czech letter with an accent, in lower case."""
ACCENTED_LETTERS = ACCENTED_LOWER + ACCENTED_LOWER.upper()
CZECH_LETTERS = frozenset(
    (letters := "aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž") + letters.upper()
)
