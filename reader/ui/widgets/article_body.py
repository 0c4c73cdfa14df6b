"""ArticleBody: the article's Markdown, or its raw file; the only place Markdown is rendered."""

from __future__ import annotations

from typing import ClassVar

from rich.markdown import Markdown
from textual.widgets import Static

from ..article_text import clean_block, show_controls


class ArticleBody(Static):
    """The body of one article, rendered from Markdown or shown as the raw file."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-body--control"}
    """How the symbols for control characters stand out in the raw view."""

    def show_markdown(self, markdown: str) -> None:
        """Render `markdown` with Rich, after dropping control characters.

        Args:
            markdown: The article body.
        """
        self.update(Markdown(clean_block(markdown), hyperlinks=True))

    def show_raw(self, text: str) -> None:
        """Show `text` as it is, with control characters made visible.

        Args:
            text: The article file as read from disk.
        """
        self.update(show_controls(text, self.get_component_rich_style("article-body--control")))
