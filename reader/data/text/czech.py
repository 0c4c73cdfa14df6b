"""The Czech alphabet: how the decoding of bytes, the repairs and the restoration of
diacritics recognise Czech text."""

from __future__ import annotations

ACCENTED_LOWER = "áčďéěíňóřšťúůýž"
"""Every Czech letter with an accent, in lower case."""
ACCENTED_LETTERS = ACCENTED_LOWER + ACCENTED_LOWER.upper()
CZECH_LETTERS = frozenset(
    (letters := "aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž") + letters.upper()
)
MAX_WORD_LENGTH = 60
"""The longest words of the word list have 26 letters, and a compound of two twice that: a
longer run of letters is no word to repair or restore by the words it could be (weighing it
as one would take time growing with its square)."""
