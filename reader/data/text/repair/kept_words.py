"""A word model's file in the cache directory: every word's frequency, and for Czech its words
by their form without accents, read a form at a time.

A text being restored looks up each new word twice (its frequency, then the words it may be
with accents), and the many it has never seen are no word at all: so each row holds every
word of one form without accents with its frequency, and every form of Czech letters a word
has gets a row. One look then answers both questions, and a form without a row is no word.
Other languages' models are only asked for frequencies: their files hold those alone.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..word_table_file import WordTable, read_word_tables, write_word_tables

MODEL_SUFFIX = ".sqlite"
FREQUENCIES, FORMS = "frequencies", "forms"
"""The tables of the model's file: every word's frequency, and the words of each form."""
SMALL_FIELDS = "letters and contexts"
"""The name under which the file keeps the model's small fields, read whole."""
GROUPED = "grouped by accents"
"""Whether the file has the forms table: only a model that groups its words by their accents
needs it (a form's row says its words' frequencies, for restoring Czech diacritics)."""
PLAIN_WORD = re.compile("[a-z]+")
"""A form of Czech letters without accents: one the forms table has a row for if any word
has it."""


def keep_czech_words(
    path: Path,
    frequencies: Mapping[str, float],
    accented_variants: Mapping[str, tuple[str, ...]],
    small: tuple[Any, ...],
) -> bool:
    """Write the model into the file `path`: every word's frequency, the words of each
    form (when the model groups its words by their accents: Czech's does, for restoring
    them), and its `small` fields; whether the file could be written."""
    tables: dict[str, Iterable[tuple[str, object]]] = {FREQUENCIES: frequencies.items()}
    if accented_variants:
        plain_words = [word for word in frequencies if PLAIN_WORD.fullmatch(word)]
        forms = {form: [form] for form in plain_words}
        for form, accented in accented_variants.items():
            forms.setdefault(form, []).extend(accented)
        tables[FORMS] = (
            (form, "\n".join(f"{word}\t{frequencies[word]!r}" for word in words))
            for form, words in forms.items()
        )
    meta = [(SMALL_FIELDS, marshal.dumps(small)), (GROUPED, FORMS in tables)]
    return write_word_tables(path, tables, meta)


def kept_czech_words(
    path: Path, small_fields: int
) -> tuple[WordTable[float], Mapping[str, tuple[str, ...]], tuple[Any, ...]] | None:
    """The model kept in the file `path`: its frequencies, the accented words of each form
    (none when it does not group them), and its `small_fields` small fields; None when there
    is no usable file."""
    meta = read_word_tables(path, [FREQUENCIES]) or {}
    small, grouped = meta.get(SMALL_FIELDS), meta.get(GROUPED)
    try:
        fields = marshal.loads(small) if isinstance(small, bytes) else None
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(fields, tuple) or len(fields) != small_fields or grouped not in (0, 1):
        return None
    frequencies: WordTable[float] = WordTable(path, FREQUENCIES, lambda _, value: float(value))  # type: ignore[arg-type]
    if not grouped:
        return frequencies, {}, fields

    def accented_words(form: str, row: object) -> tuple[str, ...]:
        words = [line.split("\t") for line in str(row).split("\n")]
        frequencies.remember([(word, float(frequency)) for word, frequency in words])
        if words[0][0] != form:
            frequencies.remember_absent([form])
        return tuple(word for word, _ in words if word != form)

    def no_word(form: str) -> None:
        if PLAIN_WORD.fullmatch(form):
            frequencies.remember_absent([form])

    return frequencies, WordTable(path, FORMS, accented_words, no_word), fields
