"""The articles of the rows a table shows, fetched from the index a screenful at a time."""

from __future__ import annotations

from collections.abc import Sequence

from ...data import Article, ArticleIndex, Mark, ReadingState


class ShownRows:
    """The articles of the rows on screen, with their read and starred marks."""

    def __init__(self, state: ReadingState) -> None:
        """Fetch marks from `state`."""
        self.state = state
        self._articles: dict[int, Article] = {}
        self._marks: dict[str, frozenset[Mark]] = {}

    def clear(self) -> None:
        """Forget what was fetched: the ids, the articles or their marks changed."""
        self._articles.clear()
        self._marks.clear()

    def on_screen(self, index: ArticleIndex, ids: Sequence[str], on_screen: range) -> list[Article]:
        """The articles of the rows `on_screen` that exist, fetched if need be."""
        rows = range(on_screen.start, min(on_screen.stop, len(ids)))
        return [self.row(index, ids, row, on_screen)[0] for row in rows]

    def row(
        self, index: ArticleIndex, ids: Sequence[str], row: int, on_screen: range
    ) -> tuple[Article, frozenset[Mark]]:
        """The article at position `row` of `ids` and its marks; a row not fetched yet
        fetches every row `on_screen` (and `row`) in one call."""
        article = self._articles.get(row)
        if article is None:
            first = min(on_screen.start, row)
            last = max(min(on_screen.stop, len(ids)), row + 1)
            shown = ids[first:last]
            found = index.find_many(shown, with_body=False)  # a row shows none
            self._articles = {
                row: found.get(article_id) or gone_article(article_id, index)
                for row, article_id in zip(range(first, last), shown, strict=True)
            }
            self._marks = self.state.marks_of(shown)
            article = self._articles[row]
        return article, self._marks.get(article.id, frozenset())


GONE_TITLE = "(its file was deleted)"


def gone_article(article_id: str, index: ArticleIndex) -> Article:
    """What a row shows of an article whose file went after the list was queried, until
    the list follows the folder (a moment later)."""
    return Article(id=article_id, path=index.folder, title=GONE_TITLE)
