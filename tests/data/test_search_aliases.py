"""The words written beside a text as a search folds them (search_aliases.py)."""

from __future__ import annotations

from reader.data.index.search_aliases import search_aliases


def test_only_words_a_search_folds_further_are_written() -> None:
    """Czech, English and French text gives none; a word with a letter the index keeps is
    written as the search folds it, each once."""
    assert search_aliases("Spolupráce s Indií, naïve café, Ärger über Öl") == ""
    assert search_aliases("Ёлки, ёлки! Straße Αθήνα Łódź ﬁnance") == (
        "finance lodz strasse αθηνα елки"
    )
