"""ArticleDetailScreen: one article to read, its raw file on demand, and the next and previous."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widgets import Footer, Static

from ...config import Config
from ...data import Article, LoadProblem, Mark, read_article_text
from ...present.article_text import (
    DRAFT_MARK,
    clean_block,
    clean_line,
    importance_meter,
    short_date,
    source_label,
)
from ...present.links import find_links
from ...present.web_links import is_web_link
from ..link_actions import open_link
from ..marking import Marking
from ..reading_list import ReadingList
from ..widgets.article_body import ArticleBody
from ..widgets.vim_keys import PageScroll
from .links_dialog import LinksDialog
from .reading_screen import READING_BINDINGS, ReadingScreen


class ArticleDetailScreen(ReadingScreen[str]):
    """One article: header, lead, body and link; dismissed with the id of the last one shown."""

    CSS_PATH = "article_detail.tcss"
    AUTO_FOCUS = "#detail-scroll"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q",
            "back",
            "Back",
            tooltip="Back to the list (from the raw file, to the article)",
        ),
        Binding("n", "step(1)", "Next", tooltip="Next article of the list"),
        Binding("p", "step(-1)", "Previous", tooltip="Previous article of the list"),
        *READING_BINDINGS,
        Binding("l", "links", "Links", tooltip="List the links in the text and open one"),
        Binding("r", "raw(True)", "Raw file", tooltip="Show the file as it is on disk"),
        Binding("r", "raw(False)", "Article", tooltip="From the raw file back to the article"),
    ]
    """Back to the list, next and previous article, the links and the raw view; marks and the
    article's own link are `ReadingScreen`'s."""

    raw: var[bool] = var(False, init=False, toggle_class="-raw")
    """Whether the file is shown as it is on disk instead of the rendered article."""

    @dataclass
    class RawFileRead(Message):
        """The raw file of an article has been read."""

        article_id: str
        """Whose file it is, so a late result for another article is ignored."""
        text: str
        """The file's text, or "" when it could not be read."""
        problem: str
        """Why it could not be read, or ""."""

    def __init__(
        self,
        article: Article,
        reading: ReadingList,
        position: int,
        marking: Marking,
        config: Config,
    ) -> None:
        """Show `article`, which is at `position` in `reading`.

        Args:
            article: The article to show first.
            reading: The list it was opened from, for `n` and `p`.
            position: Where `article` is in the list.
            marking: The read and starred marks; opening an article may mark it read.
            config: The user's settings: reading width, date format.
        """
        super().__init__(marking, config)
        self.article = article
        self.reading = reading
        self.position = position

    def compose(self) -> ComposeResult:
        """Lay out the article in a centred column that scrolls as one page."""
        with PageScroll(id="detail-scroll"), Vertical(id="detail-column"):
            yield Static(id="detail-position")
            yield Static(id="detail-title")
            yield Static(id="detail-original-title")
            yield Static(id="detail-meta")
            yield Static(id="detail-problems")
            yield Static(id="detail-lead")
            yield Static(id="detail-raw-note")
            yield ArticleBody(id="detail-body")
            yield Static(id="detail-link")
        yield Footer()

    def on_mount(self) -> None:
        """Set the reading width and show the first article."""
        column = self.query_one("#detail-column")
        # The setting is the width of the text; the column's padding comes on top.
        column.styles.max_width = self.config.reading_width + column.styles.padding.width
        self._show_article()

    def current_article(self) -> Article:
        """The article being read."""
        return self.article

    def show_marks(self) -> None:
        """Say where the article is in the list, and whether it is read and starred."""
        count = len(self.reading.current_ids())
        line = Text(f"Article {self.position + 1:,} of {count:,}", style="dim")
        marks = self.marking.state.marks_of([self.article.id]).get(self.article.id, frozenset())
        line.append(" · read" if Mark.READ in marks else " · unread", style="dim")
        if Mark.STARRED in marks:
            line.append(" · ★ starred", style="bold")
        self._set_text("#detail-position", line)

    def _set_text(self, selector: str, text: Text) -> None:
        """Put `text` into a Static, hiding it when it is empty."""
        static = self.query_one(selector, Static)
        static.update(text)
        static.set_class(not text.plain, "-empty")

    def _show_article(self) -> None:
        """Fill the page from `self.article`."""
        article = self.article
        if problem := self.marking.opened(article.id):
            self.notify(problem, severity="warning", markup=False)
        self.show_marks()
        title = clean_line(article.title)
        original = clean_line(article.original_title)
        self._set_text("#detail-title", Text(title))
        self._set_text("#detail-original-title", Text(original if original != title else ""))
        self._set_text("#detail-meta", self._meta_line(article))
        # What the file says but was not read (a date that could be read two ways), so the
        # reader can tell a missing value from one it refused.
        problems = Text("\n".join(f"⚠ {clean_line(problem)}" for problem in article.problems))
        self._set_text("#detail-problems", problems)
        self._set_text("#detail-lead", Text(clean_block(article.description).strip()))
        link = article.url.strip()
        link_text = Text()
        if link:
            link_style = Style(link=link) if is_web_link(link) else Style()
            link_text = Text.assemble("Link: ", (clean_line(link), link_style))
        self._set_text("#detail-link", link_text)
        self._show_body()
        self.query_one(PageScroll).scroll_home(animate=False)

    def _meta_line(self, article: Article) -> Text:
        """Return source, author, date, categories, tags and importance joined by middle
        dots."""
        parts = [
            DRAFT_MARK if article.draft else "",
            source_label(article.source),
            clean_line(article.author),
            short_date(article.published, self.config.date_format),
            clean_line(", ".join(article.categories)),
            clean_line(" ".join(f"#{tag}" for tag in article.tags)),
        ]
        if article.importance is not None:
            meter = importance_meter(article.importance)
            parts.append(f"{meter} {article.importance}/5")
        if article.restored_words:
            parts.append(f"diacritics restored ({article.restored_words:,} words, r: original)")
        return Text(" · ".join(part for part in parts if part))

    def _show_body(self) -> None:
        """Show the rendered body, or start reading the raw file."""
        body = self.query_one(ArticleBody)
        if not self.raw:
            self._set_text("#detail-raw-note", Text())
            body.show_markdown(self.article.body)
            return
        note = Text(f"Raw file: {clean_line(str(self.article.path))}\n", style="bold")
        count = self.article.repair_count
        if count:
            note.append(f"Repaired when loading: {count:,} change{'s' * (count != 1)}", style="")
        else:
            note.append("Nothing was repaired when loading.", style="")
        for repair in self.article.repairs:
            note.append(f"\n  • {clean_line(repair)}", style="")
        self._set_text("#detail-raw-note", note)
        body.show_message("Reading the file…")
        self.read_raw_file(self.article)

    @work(thread=True, exclusive=True)
    def read_raw_file(self, article: Article) -> None:
        """Read the article's file as it is on disk, off the UI thread.

        Args:
            article: Whose file to read.
        """
        max_bytes = self.reading.index.max_file_bytes
        result = read_article_text(article.path, max_bytes, keep_line_ends=True)
        if isinstance(result, LoadProblem):
            self.post_message(self.RawFileRead(article.id, "", result.reason))
        else:
            self.post_message(self.RawFileRead(article.id, result.text, ""))

    @on(RawFileRead)
    def show_raw_file(self, message: RawFileRead) -> None:
        """Show the file that was read, if it is still the one wanted."""
        if message.article_id != self.article.id or not self.raw:
            return
        body = self.query_one(ArticleBody)
        if message.problem:
            body.show_message(f"The file could not be read: {message.problem}")
        else:
            body.show_raw(message.text)

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
        if position is None or not self._show_from(position, 1):
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
        """List the links in the article's text; open the one chosen."""
        links = find_links(self.article.body)
        if not links:
            self.notify("The text of this article has no links.")
            return

        def open_chosen(url: str | None) -> None:
            if url is not None:
                open_link(self.app, url)

        self.app.push_screen(LinksDialog(links), open_chosen)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer `r` for the raw file in the article and for the article in the raw file."""
        if action == "raw":
            return parameters[0] != self.raw
        return True

    def action_raw(self, raw: bool) -> None:
        """Show the file as it is on disk (True), or the article (False)."""
        self.raw = raw

    def watch_raw(self) -> None:
        """Show the body in the new mode, and the footer's key for the other."""
        self._show_body()
        self.refresh_bindings()
