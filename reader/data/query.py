"""ArticleQuery: which articles to show and in what order, as an immutable value."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property

from .text.diacritics import strip_diacritics

MIN_TERM_LENGTH = 2
"""Shorter search terms are ignored."""
WORD_CATEGORIES = ("L", "N", "M", "Co")
"""The Unicode categories of the characters of a word, as the text index reads words (its
`categories` option): letters, digits, marks (Hindi's vowel signs, Thai's tones, Arabic's
vowels) and private use. It splits words at everything else (`e-mail` is `e` and `mail`),
and so is what the user types, or its words would be phrases."""
IMPORTANCE_RANGE = range(1, 6)
"""Valid importances: 1 (least) to 5 (most)."""


class SortKey(Enum):
    """The orders a query can ask for; ties always fall back to date, then id."""

    DATE = "date"
    """Newest first."""
    IMPORTANCE = "importance"
    """Most important first."""
    TITLE = "title"
    """Alphabetical by title, ignoring case and accents."""
    SOURCE = "source"
    """Alphabetical by source name, ignoring case and accents."""


def fold(text: str) -> str:
    """Return the key that compares text ignoring case and diacritics.

    `Spolupráce`, `SPOLUPRACE` and `spolupráce` all fold to `spoluprace`, so a search typed
    without a Czech keyboard still finds the article.

    Args:
        text: Any text.

    Returns:
        The casefolded text with combining marks removed, and the letters that have none
        but stand for others (`LETTERS_WITHOUT_PARTS`) as those.
    """
    # NFKC first so compatibility forms (ligatures, full-width letters) match too.
    folded = strip_diacritics(unicodedata.normalize("NFKC", text.casefold()))
    return folded.translate(LETTERS_WITHOUT_PARTS) if not folded.isascii() else folded


LETTERS_WITHOUT_PARTS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "ŧ": "t",
        "ð": "d",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)
"""Letters that no accent makes, so that Unicode does not decompose them, written as the
letters people type for them (`Łódź` as `lodz`, `Øresund` as `oresund`, `ılık` as `ilik`)."""


LETTERS_OF_THEIR_OWN = str.maketrans({"č": "c\x7f", "ř": "r\x7f", "š": "s\x7f", "ž": "z\x7f"})
"""Czech letters with a háček sort after their plain letter (`sport` < `školství`), not
with it; `\x7f` sorts after every letter."""


def sort_key(text: str) -> str:
    """Return the key that orders text as Czech does: case and most accents only break ties,
    but č, ř, š and ž come after c, r, s and z, and ch after h (`hrad` < `chata`)."""
    lowered = unicodedata.normalize("NFKC", text.casefold()).translate(LETTERS_OF_THEIR_OWN)
    return strip_diacritics(lowered.replace("ch", "h\x7f"))


class Facet(Enum):
    """The kinds of names an article is filed under, each a list on the article."""

    CATEGORY = "category"
    TAG = "tag"


NO_FACET = ""
"""The name that stands for "(none)" in a facet filter: articles without any of that kind."""


@dataclass(frozen=True)
class ArticleQuery:
    """Which articles to show and in what order; validated when built.

    Raises:
        ValueError: When `min_importance` is not a whole number from 1 to 5.
    """

    categories: tuple[str, ...] = ()
    """Show only articles with one of these categories (compared folded; `NO_FACET` for
    those without any); empty shows every category."""
    tags: tuple[str, ...] = ()
    """Show only articles with one of these tags, as `categories`; both must hold."""
    min_importance: int | None = None
    """Hide articles below this importance, and those without one; None shows everything."""
    search: str = ""
    """Words (runs of letters and digits); each must start a word of the title, description,
    categories and tags, or body, ignoring case and accents (`spolupr` finds `Spolupráce`)."""
    sort: SortKey = SortKey.DATE
    """The order of the results."""
    reverse: bool = False
    """The sort turned round: oldest first, least important first, Z to A. Articles without
    the sort's value (undated, say) stay last either way."""
    unread_only: bool = False
    """Hide articles marked read (applied with the reading state, by `selected_ids`)."""
    starred_only: bool = False
    """Show only starred articles (applied with the reading state, by `selected_ids`)."""

    def __post_init__(self) -> None:
        """Reject a minimum importance outside 1..5."""
        floor = self.min_importance
        # bool is an int subclass, but `True` as an importance is a caller's mistake.
        if floor is not None and (
            not isinstance(floor, int) or isinstance(floor, bool) or floor not in IMPORTANCE_RANGE
        ):
            raise ValueError(
                f"minimum importance must be a whole number from 1 to 5, not {floor!r}"
            )

    def names(self, facet: Facet) -> tuple[str, ...]:
        """The names the query keeps of `facet`'s kind, as given."""
        return self.categories if facet is Facet.CATEGORY else self.tags

    def folded(self, facet: Facet) -> frozenset[str]:
        """The names the query keeps of `facet`'s kind, folded; empty keeps every article."""
        return frozenset(fold(name) for name in self.names(facet))

    def keeping(self, facet: Facet, names: tuple[str, ...]) -> ArticleQuery:
        """This query, keeping `names` of `facet`'s kind instead (empty: every article)."""
        if facet is Facet.CATEGORY:
            return replace(self, categories=names)
        return replace(self, tags=names)

    @cached_property
    def terms(self) -> tuple[str, ...]:
        """The folded search terms; empty when there is nothing to search for.

        A one-letter term is left out: nearly every article has a word starting with it.
        The index matches a two-letter term as a whole word, a longer one as a word's start.
        """
        return tuple(forms[0] for forms in self.term_forms)

    @cached_property
    def term_forms(self) -> tuple[tuple[str, ...], ...]:
        """For each of `terms`, the forms the text index is asked for: the term, and the
        word as typed (in lower case) where that differs. The index folds case and Latin
        accents but keeps letters that `fold` changes (`ß`, `й`, `ё`, Greek accents): a
        word typed as it is written is found there, and the term among the words written
        as `fold` folds them (`search_aliases`)."""
        words = search_words(unicodedata.normalize("NFKC", self.search))
        forms = (tuple(dict.fromkeys((fold(word), word.lower()))) for word in words)
        return tuple(form for form in forms if len(form[0]) >= MIN_TERM_LENGTH)


def search_words(text: str) -> list[str]:
    """The words of `text` as the text index splits its own (`word_spans`)."""
    return [text[start:end] for start, end in word_spans(text)]


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each word of `text` starts and ends, as the text index splits its own: runs
    of `WORD_CATEGORIES`."""
    start = None
    for position, char in enumerate(text):
        if is_word_character(char):
            start = position if start is None else start
        elif start is not None:
            yield start, position
            start = None
    if start is not None:
        yield start, len(text)


def is_word_character(char: str) -> bool:
    """Whether `char` belongs to a word (`WORD_CATEGORIES`)."""
    return unicodedata.category(char).startswith(WORD_CATEGORIES)
