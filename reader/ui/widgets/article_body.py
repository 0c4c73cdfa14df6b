"""ArticleBody: the article's Markdown, or its raw file; the only place Markdown is rendered.

Rendering is bounded, because article files are untrusted: a short text is drawn at once, a
longer one is laid out in a thread worker at the body's width, so a 5 MB line or a huge table
never stalls the UI. Markdown that would take long to lay out (very long, or a very wide
table) is shown as plain text with a notice, and no text is shown past `MAX_SHOWN_CHARS` or
`MAX_SHOWN_LINES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from rich.console import Console, ConsoleOptions, RenderableType
from rich.markdown import Markdown
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Static

from ..article_text import clean_block, show_controls
from ..links import WebLinksOnly

INLINE_CHARS = 20_000
"""Texts up to this long are laid out on the UI thread: a few milliseconds, and no flicker."""
MAX_MARKDOWN_CHARS = 200_000
"""Longer Markdown is shown as plain text: Rich takes about a second per 200,000 characters."""
MAX_MARKDOWN_LINES = 5_000
"""Markdown of more lines is shown as plain text: Rich takes 0.2-0.6 s per 5,000 lines."""
MAX_TABLE_COLUMNS = 50
"""Markdown with a wider table is shown as plain text: Rich lays out 500 columns for seconds,
and no terminal shows them."""
MAX_SHOWN_CHARS = 200_000
"""No more of a text is shown (about 2,000 screen lines); real articles have a few thousand."""
MAX_SHOWN_LINES = 10_000
"""No more lines of a text are shown; real articles have a few hundred."""

# A table's delimiter row, `| --- | :-: |`: it says how many columns the table has.
_TABLE_DELIMITER_ROW = re.compile(
    r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$", re.MULTILINE
)
_TABLE_COLUMN = re.compile(r":?-+:?")
_NOTICE_STYLE = "italic"


def why_plain(markdown: str) -> str:
    """Say why `markdown` is too costly to format, or return "" when it can be formatted.

    Args:
        markdown: An article body.

    Returns:
        A sentence for the notice above the plain text, or "".
    """
    if len(markdown) > MAX_MARKDOWN_CHARS:
        return f"This article is too long to format ({len(markdown):,} characters)"
    lines = markdown.count("\n") + 1
    if lines > MAX_MARKDOWN_LINES:
        return f"This article is too long to format ({lines:,} lines)"
    for row in _TABLE_DELIMITER_ROW.finditer(markdown):
        columns = len(_TABLE_COLUMN.findall(row.group()))
        if columns > MAX_TABLE_COLUMNS:
            return f"This article has a table of {columns:,} columns, too wide to format"
    return ""


def _shown_part(text: str) -> tuple[str, str]:
    """The part of `text` that is shown, and a sentence about the rest ("" when all shown)."""
    lines = text.split("\n", MAX_SHOWN_LINES)
    if len(lines) > MAX_SHOWN_LINES:
        text = "\n".join(lines[:MAX_SHOWN_LINES])
        if len(text) <= MAX_SHOWN_CHARS:
            return text, f"Only the first {MAX_SHOWN_LINES:,} lines are shown."
    if len(text) <= MAX_SHOWN_CHARS:
        return text, ""
    return text[:MAX_SHOWN_CHARS], f"Only the first {MAX_SHOWN_CHARS:,} characters are shown."


def markdown_or_plain(markdown: str) -> RenderableType:
    """Return `markdown` rendered, or as plain text with a notice saying why.

    Args:
        markdown: An article body without control characters.

    Returns:
        A Rich renderable whose only links are web links.
    """
    reason = why_plain(markdown)
    if not reason:
        return WebLinksOnly(Markdown(markdown, hyperlinks=True))
    shown, rest = _shown_part(markdown)
    notice = " ".join(part for part in (f"{reason}; it is shown as plain text.", rest) if part)
    return Text.assemble((notice, _NOTICE_STYLE), "\n\n", shown)


def raw_text(text: str, control_style: Style) -> Text:
    """Return the raw file with its control characters made visible, cut to `MAX_SHOWN_CHARS`.

    Args:
        text: The file as read from disk.
        control_style: How the symbols for control characters look.

    Returns:
        The text to show.
    """
    shown, rest = _shown_part(text)
    visible = show_controls(shown, control_style)
    if rest:
        visible = Text.assemble((f"The file is long. {rest}", _NOTICE_STYLE), "\n\n", visible)
    return visible


class ArticleBody(Static):
    """The body of one article, rendered from Markdown or shown as the raw file.

    A long text is drawn from lines laid out in a worker, one line at a time as they scroll
    into view (Textual's line API), so even tens of thousands of lines cost the UI thread
    only what is on screen.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-body--control"}
    """How the symbols for control characters stand out in the raw view."""

    @dataclass
    class LaidOut(Message):
        """A long text has been laid out in lines, off the UI thread."""

        generation: int
        """Which text it was, so the layout of a text no longer shown is dropped."""
        lines: list[list[Segment]]
        """The segments of each line."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        """Create an empty body.

        Args:
            id: The widget's id.
        """
        super().__init__(id=id)
        self._generation = 0
        self._long_text: Callable[[], RenderableType] | None = None
        self._laid_out_width = 0
        self._lines: list[list[Segment]] | None = None

    @property
    def laid_out_lines(self) -> list[list[Segment]] | None:
        """The lines of a long text laid out in the worker, or None while drawn as a Static."""
        return self._lines

    def show_markdown(self, markdown: str) -> None:
        """Render `markdown`, after dropping control characters.

        Args:
            markdown: The article body.
        """
        body = clean_block(markdown)
        self._show(partial(markdown_or_plain, body), len(body))

    def show_raw(self, text: str) -> None:
        """Show `text` as it is, with control characters made visible.

        Args:
            text: The article file as read from disk.
        """
        style = self.get_component_rich_style("article-body--control")
        self._show(partial(raw_text, text, style), len(text))

    def show_message(self, message: str) -> None:
        """Show a short message from the reader in place of the body.

        Args:
            message: Plain text, such as why the file could not be read.
        """
        self._show(partial(Text, message), 0)

    def _show(self, build: Callable[[], RenderableType], length: int) -> None:
        """Draw what `build` makes: at once when `length` is short, else in a worker."""
        self._generation += 1
        self._lines = None
        if length <= INLINE_CHARS:
            self._long_text = None
            self.update(build())
            return
        self._long_text = build
        self._laid_out_width = 0
        self.update(Text("Laying out a long text…", style=_NOTICE_STYLE))
        self._lay_out()

    def on_resize(self) -> None:
        """Lay a long text out again at the new width."""
        self._lay_out()

    def _lay_out(self) -> None:
        """Start laying out the long text at the current width, unless done already."""
        width = self.content_size.width
        if self._long_text is None or not width or width == self._laid_out_width:
            return
        self._laid_out_width = width
        # The same console and options Textual renders a Static with (RichVisual).
        options = self.app.console_options.update(highlight=False, width=width)
        self._lay_out_in_thread(self._long_text, self.app.console, options, self._generation)

    @work(thread=True, exclusive=True, group="article-body-layout")
    def _lay_out_in_thread(
        self,
        build: Callable[[], RenderableType],
        console: Console,
        options: ConsoleOptions,
        generation: int,
    ) -> None:
        """Build and lay out a long text off the UI thread, and post the lines."""
        segments = console.render(build(), options)
        lines = list(
            Segment.split_and_crop_lines(
                segments, options.max_width, include_new_lines=False, pad=False
            )
        )
        self.post_message(self.LaidOut(generation, lines))

    @on(LaidOut)
    def _show_laid_out(self, message: LaidOut) -> None:
        """Draw the laid-out lines, if their text is still the one wanted."""
        message.stop()
        if message.generation == self._generation and self._long_text is not None:
            self._lines = message.lines
            self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """One row per laid-out line; otherwise as a Static measures its content."""
        if self._lines is not None:
            return len(self._lines)
        return super().get_content_height(container, viewport, width)

    def render_line(self, y: int) -> Strip:
        """Draw line `y` of the laid-out text; otherwise as a Static draws it."""
        if self._lines is None:
            return super().render_line(y)
        style = self.visual_style.rich_style
        line = Strip(self._lines[y] if y < len(self._lines) else [])
        return line.apply_style(style).crop_extend(0, self.size.width, style)
