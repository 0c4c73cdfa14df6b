"""The words of a text as a search folds them where the text index folds them less: written
beside the text (the `aliases` column), they are found by what people type.

The index lowers case and takes the accents off Latin letters (unicode61's
`remove_diacritics 2`); a search folds more (`query.fold`): Greek's and Cyrillic's accents
(`Αθήνα`, `ёлка`, `новый`), `ß`, letters that no accent makes (`ł`, `ø`, `ı`), ligatures and
full-width letters. A word holding one of those is written again as the search folds it, so
`αθηνα`, `елка`, `strasse`, `lodz` and `igdir` find `Αθήνα`, `Ёлка`, `Straße`, `Łódź` and
`Iğdır`. Czech, English or French text holds none of them and costs one scan.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from functools import cache

from ..query import fold
from .schema import TOKENIZER

FOLDED_APART = (
    (0x00C0, 0x024F),  # Latin-1's letters and Latin Extended-A and B: ß, ł, ø, æ, ı
    (0x0370, 0x052F),  # Greek and Cyrillic
    (0x1E00, 0x1FFF),  # Latin Extended Additional, Greek Extended
    (0xFB00, 0xFB06),  # Latin ligatures: ﬁ
    (0xFF21, 0xFF5A),  # full-width Latin letters
)
"""Where the letters the index and a search fold apart are looked for."""
_WORD = re.compile(r"[^\W_]+")
"""A run of letters and digits (the words of these scripts have no marks of their own)."""


@cache
def folded_apart() -> re.Pattern[str]:
    """A letter that the index and a search fold apart (of `FOLDED_APART`), as SQLite's
    tokenizer, made as the index's is, keeps each (a few milliseconds, once a process)."""
    letters = [
        chr(code)
        for first, last in FOLDED_APART
        for code in range(first, last + 1)
        if chr(code).isalpha()
    ]
    with closing(sqlite3.connect(":memory:")) as connection:
        quoted = TOKENIZER.replace("'", "''")
        connection.execute(f"CREATE VIRTUAL TABLE letters USING fts5(letter, tokenize='{quoted}')")
        connection.executemany(
            "INSERT INTO letters (rowid, letter) VALUES (?, ?)",
            [(ord(letter), letter) for letter in letters],
        )
        connection.execute("CREATE VIRTUAL TABLE kept USING fts5vocab(letters, 'instance')")
        kept = dict(connection.execute("SELECT doc, term FROM kept"))
    apart = "".join(letter for letter in letters if kept.get(ord(letter)) != fold(letter))
    return re.compile(f"[{re.escape(apart)}]")


def search_aliases(text: str) -> str:
    """The words of `text` that hold a letter the index and a search fold apart, as the
    search folds them, each once, apart by spaces; "" for text without any (most)."""
    apart = folded_apart()
    if apart.search(text) is None:
        return ""
    words = {word for word in _WORD.findall(text) if apart.search(word)}
    return " ".join(sorted({fold(word) for word in words}))
