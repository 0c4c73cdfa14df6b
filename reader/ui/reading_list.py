"""The articles `n` and `p` step through in an article: the list's rows as they are now."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..data import ArticleIndex


@dataclass(frozen=True)
class ReadingList:
    """The articles `n` and `p` step through: the list's rows as they are now, since the
    folder may change while an article is read."""

    index: ArticleIndex
    """Where the articles are fetched from."""
    current_ids: Callable[[], Sequence[str]]
    """The article ids the list shows now, in its order."""

    def position_of(self, article_id: str, last_known: int) -> int | None:
        """Where `article_id` is in the list now (looked for at `last_known` first), or
        None when it has left the list."""
        ids = self.current_ids()
        if 0 <= last_known < len(ids) and ids[last_known] == article_id:
            return last_known
        try:
            return ids.index(article_id)
        except ValueError:
            return None
