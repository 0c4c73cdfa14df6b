"""ArticlePageScreen: one article drawn as a page (header, lead, body, link), or its raw file,
following its file as it changes. ArticleDetailScreen adds the keys that act on it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widgets import Static

from ...config import Config
from ...data import Article, LoadProblem, Mark, is_web_link, path_on_disk, read_article_text
from ...present.article_text import (
    DRAFT_MARK,
    body_under_title,
    clean_block,
    clean_line,
    importance_meter,
    plural,
    short_date,
    source_label,
)
from ..marking import Marking
from ..messages import ArticlesChanged
from ..reading_list import ReadingList
from ..widgets.article_body import ArticleBody
from ..widgets.key_footer import KeyFooter
from ..widgets.vim_keys import PageScroll
from .reading_screen import ReadingScreen


class ArticlePageScreen(ReadingScreen[str]):
    """One article as a page, or its raw file; dismissed with the id of the last one shown."""

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
        search_terms: Sequence[str] = (),
    ) -> None:
        """Show `article`, which is at `position` in `reading`.

        Args:
            article: The article to show first.
            reading: The list it was opened from, for `n` and `p`.
            position: Where `article` is in the list.
            marking: The read and starred marks; opening an article may mark it read.
            config: The user's settings: reading width, date format.
            search_terms: The folded terms of the search the list was narrowed by, whose
                words are highlighted; none when there was no search.
        """
        super().__init__(marking, config)
        self.show_another(article, reading, position, search_terms)  # shown once mounted
        self._gone_said = False
        """Whether the user was told that the article's file was deleted."""
        self._left_at: tuple[str, float] = ("", 0.0)
        """The article last left for its raw file, and how far down it was read."""

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
        yield KeyFooter()

    def show_another(
        self,
        article: Article,
        reading: ReadingList,
        position: int,
        search_terms: Sequence[str] = (),
    ) -> None:
        """Show `article` as newly opened, as `__init__` says (the page is left only from
        the article, never its raw file): the list opens every article in one page, since
        composing and styling a new one took a third of the time of opening it."""
        self.article, self.reading, self.position = article, reading, position
        self.search_terms = tuple(search_terms)
        if not self.is_mounted:
            return  # just made, or still opening (Enter pressed twice): shown as it mounts
        self._show_article()
        self.refresh_bindings()  # the search's keys come and go with its terms

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
        where = self.reading.position_of(self.article.id, self.position)
        if where is None:  # its file deleted, or the list changed under it
            line = Text(f"No longer in the list of {plural(count, 'article')}", style="dim")
        else:
            line = Text(f"Article {where + 1:,} of {count:,}", style="dim")
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

    @on(ArticlesChanged)
    def follow_the_file(self) -> None:
        """Show the article as its file is now when it changed; say so once if it was
        deleted or can no longer be read (what it held stays on the screen); and where it
        is in the list, which may have changed around it, or taken it back."""
        article_id = self.article.id
        found = self.reading.index.find_many([article_id]).get(article_id)
        if found is None:
            self.show_marks()
            if not self._gone_said:
                self._gone_said = True
                self.notify(f"The article's file {self._why_gone()}; it is shown as it was.")
            return
        self._gone_said = False  # back, or never gone: a later loss is said again
        if found != self.article:
            self.article = found
            self._show_article(opened=False)
            self.notify("The article's file changed; it is shown as it is now.")
        else:
            self.show_marks()

    def _why_gone(self) -> str:
        """What became of the article's file, gone from the list: deleted, or there and no
        longer read (emptied, say)."""
        path = self.article.path
        problem = next((p for p in self.reading.index.problems if p.path == path), None)
        if problem is None:
            return "was deleted"
        return f"can no longer be read ({clean_line(problem.reason)})"

    def _show_article(self, opened: bool = True) -> None:
        """Fill the page from `self.article`; `opened` when it is newly opened (it may be
        marked read, and the page starts at the top), not when its file changed."""
        article = self.article
        if opened:
            self._gone_said = False
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
        if opened:
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
            body.show_markdown(body_under_title(self.article), self.search_terms)
            return
        note = Text(f"Raw file: {clean_line(str(self.article.path))}\n", style="bold")
        count = self.article.repair_count
        if count:
            why = (
                f" ({clean_line(self.article.repair_reason)})" if self.article.repair_reason else ""
            )
            note.append(f"Repaired when loading: {plural(count, 'change')}{why}", style="")
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
        result = read_article_text(path_on_disk(article.path), max_bytes, keep_line_ends=True)
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

    def watch_raw(self, raw: bool) -> None:
        """Show the body in the new mode, and the footer's key for the other: the raw file
        from its top, the article again where it was left (unless another was opened
        meanwhile, which opens at its top)."""
        scroll = self.query_one(PageScroll)
        if raw:
            self._left_at = (self.article.id, scroll.scroll_y)
        self._show_body()
        if raw:
            scroll.scroll_home(animate=False)
        elif self._left_at[0] == self.article.id:
            # Once the article is laid out again: the raw file may be shorter.
            self.call_after_refresh(scroll.scroll_to, y=self._left_at[1], animate=False)
        self.refresh_bindings()
