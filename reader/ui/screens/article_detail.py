"""ArticleDetailScreen: the article page with its keys: back, next and previous, links, the raw
file, the search's words, saving as Markdown."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from ...config import Config
from ...data import Article, Mark
from ...present.article_export import article_as_markdown
from ...present.article_text import clean_line
from ...present.links import Link, find_links
from ..kept_screens import show_kept
from ..link_actions import open_link
from ..marking import Marking
from ..reading_list import ReadingList
from ..widgets.article_body import ArticleBody
from ..widgets.vim_keys import PageScroll
from .article_page import ArticlePageScreen
from .confirm import ConfirmDialog
from .links_dialog import LinksDialog
from .reading_screen import READING_BINDINGS
from .save_dialog import SaveDialog

ARTICLE_PAGE = "article-page"
"""The name the app's article page is installed under: made when the first article is opened,
kept when closed, and every later article shown in it (composing and styling a new page was a
third of the time of opening one)."""
UNSAFE_IN_FILE_NAME = re.compile(r"[^\w.-]+")
"""What a file name offered for saving leaves out of an article's id."""


def safe_file_name(article_id: str) -> str:
    """`article_id` as a file name: letters, digits, dots and dashes, never empty or hidden."""
    return UNSAFE_IN_FILE_NAME.sub("-", article_id).strip(".-")[:100] or "article"


class ArticleDetailScreen(ArticlePageScreen):
    """One article: header, lead, body and link; dismissed with the id of the last one shown."""

    CSS_PATH = "article_detail.tcss"
    AUTO_FOCUS = "#detail-scroll"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q",
            "back",
            "Back",
            tooltip="Back to the list (from the raw file, to the article)",
            id="back",
        ),
        Binding("n", "step(1)", "Next", tooltip="Next article of the list", id="next"),
        Binding("p", "step(-1)", "Previous", tooltip="Previous article of the list", id="previous"),
        *READING_BINDINGS,
        Binding(
            "l", "links", "Links", tooltip="List the links in the text and open one", id="links"
        ),
        Binding("r", "raw(True)", "Raw file", tooltip="Show the file as it is on disk", id="raw"),
        Binding("s", "save", "Save", show=False, tooltip="Save the article as Markdown", id="save"),
        Binding(
            "right_square_bracket",
            "hit(1)",
            "Next hit",
            tooltip="Go to the next word the search found",
            id="next-hit",
        ),
        Binding(
            "left_square_bracket",
            "hit(-1)",
            "Previous hit",
            show=False,
            tooltip="Go to the previous word the search found",
            id="previous-hit",
        ),
        Binding(
            "r",
            "raw(False)",
            "Article",
            tooltip="From the raw file back to the article",
            id="raw",
        ),
    ]
    """Back to the list, next and previous article, the links and the raw view; marks and the
    article's own link are `ReadingScreen`'s."""

    def action_back(self) -> None:
        """Go back to the article from its raw file, or to the list, with its cursor on this
        article."""
        if self.raw:
            self.raw = False
        else:
            self.dismiss(self.article.id)

    def action_step(self, offset: int) -> None:
        """Show the next (1) or previous (-1) article of the list.

        Args:
            offset: How far to move in the list.
        """
        here = self.reading.position_of(self.article.id, self.position)
        if here is None:  # the article left the list: the one after it took its place
            start = self.position if offset > 0 else self.position - 1
        else:
            start = here + offset
        if not self._show_from(start, 1 if offset > 0 else -1):
            self.notify("No next article." if offset > 0 else "No previous article.")

    def action_next_unread(self) -> None:
        """Show the next unread article of the list, round to the top if need be."""
        ids = self.reading.current_ids()
        here = self.reading.position_of(self.article.id, self.position)
        start = self.position if here is None else here + 1
        position = self.marking.state.position_without(ids, Mark.READ, start % max(len(ids), 1))
        if position is not None and position == here:  # round the list and back to this one
            self.notify("No other unread article in this list.")
        elif position is None or not self._show_from(position, 1):
            self.notify("No unread articles in this list.")

    def _show_from(self, position: int, direction: int) -> bool:
        """Show the article at `position` of the list, or the first one still indexed from
        there on in `direction`; False when there is none."""
        ids = self.reading.current_ids()
        while 0 <= position < len(ids):
            try:
                article = self.reading.index.get(ids[position])
            except KeyError:  # its file went since the list last followed the folder
                position += direction
                continue
            self.position, self.article = position, article
            self._show_article()
            return True
        return False

    def action_links(self) -> None:
        """List the article's own page, then the links in its text; open the one chosen."""
        links = find_links(self.article.body)
        own = self.article.url.strip()
        if own:
            links = [
                Link("The article's own page", own),
                *(link for link in links if own not in (link.url, link.shown_url)),
            ]
        if not links:
            self.notify("This article has no links.")
            return

        def open_chosen(url: str | None) -> None:
            if url is not None:
                open_link(self.app, url)

        self.app.push_screen(LinksDialog(links), open_chosen)

    def action_save(self) -> None:
        """Ask where to save the article as Markdown, then save it there; a file that is
        there already is replaced only when the user says so, and never the article's own."""
        offered = Path.cwd() / f"{safe_file_name(self.article.id)}.md"

        def save_if_chosen(target: Path | None) -> None:
            if target is None:
                self.notify("Not saved.")
                return
            if target.is_dir():
                self.notify(f"{clean_line(str(target))} is a folder: name a file in it.")
                return
            if target.exists():
                if target.resolve() == self.article.path.resolve():
                    self.notify("That is the article's own file; the reader never writes it.")
                    return
                question = f"{clean_line(str(target))} is there already. Replace it?"
                self.app.push_screen(
                    ConfirmDialog(question), lambda yes: self._save(target) if yes else None
                )
                return
            self._save(target)

        self.app.push_screen(SaveDialog(offered), save_if_chosen)

    def _save(self, target: Path) -> None:
        """Write the article as Markdown to `target`, and say how it went."""
        text = article_as_markdown(self.article, self.config.date_format)
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as error:
            reason = error.strerror or str(error)
            self.notify(f"Not saved: {reason} ({clean_line(str(target))})", severity="error")
            return
        self.notify(f"Saved to {clean_line(str(target))}.")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer `r` for the raw file in the article and for the article in the raw file,
        and `]` and `[` only for an article opened from a search."""
        if action == "raw":
            return parameters[0] != self.raw
        if action == "hit":
            return bool(self.search_terms) and not self.raw
        return True

    def action_hit(self, direction: int) -> None:
        """Scroll to the next (1) or previous (-1) word the search found.

        Args:
            direction: 1 for the next line with a hit below the top, -1 for the one above.
        """
        body = self.query_one(ArticleBody)
        scroll = self.query_one(PageScroll)
        top = round(scroll.scroll_y) - body.virtual_region.y
        lines = body.hit_lines
        ahead = [line for line in lines if line > top] if direction > 0 else []
        behind = [line for line in lines if line < top] if direction < 0 else []
        if not (ahead or behind):
            word = "next" if direction > 0 else "previous"
            self.notify(
                f"No {word} word of the search in this article."
                if lines
                else ("The search's words are not in this article's text.")
            )
            return
        line = ahead[0] if ahead else behind[-1]
        scroll.scroll_to(y=body.virtual_region.y + line, animate=False)

    def action_raw(self, raw: bool) -> None:
        """Show the file as it is on disk (True), or the article (False)."""
        self.raw = raw


def show_in_article_page(
    app: App[Any],
    opened: tuple[Article, ReadingList, int],
    marking: Marking,
    config: Config,
    closed: Callable[[str | None], None],
    search_terms: Sequence[str] = (),
) -> None:
    """Show an article in the app's article page (`ARTICLE_PAGE`), as a new page would.

    Args:
        app: The app.
        opened: The article, the list it was opened from (for `n` and `p`), and where it
            is in that list.
        marking: The read and starred marks.
        config: The user's settings.
        closed: Called with the id of the article read last when the page is closed.
        search_terms: The folded terms of the list's search, highlighted in the text.
    """
    article, reading, position = opened
    show_kept(
        app,
        ARTICLE_PAGE,
        lambda: ArticleDetailScreen(article, reading, position, marking, config, search_terms),
        lambda page: page.show_another(article, reading, position, search_terms),
        closed,
    )
