"""ArticleBody: the article's Markdown, or its raw file, drawn without stalling the UI.

A short text is drawn at once; a longer one is laid out in a thread worker at the body's
width, so a 5 MB line or a huge table never stalls the UI. What is drawn, and its bounds,
come from `article_markdown`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import ClassVar

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text
from textual import on, work
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Static

from ...present.article_markdown import NOTICE_STYLE, markdown_or_plain, raw_text
from ...present.article_text import clean_block
from ...present.highlight import Highlighted

INLINE_CHARS = 20_000
"""Texts up to this long are laid out on the UI thread: a few milliseconds, and no flicker."""


class RenderedOnce:
    """A renderable drawn once for each width: Textual draws a text once to measure its
    height and again to show it, which for an article's Markdown was a third of the time
    of opening it."""

    def __init__(self, renderable: RenderableType) -> None:
        """Draw `renderable`, which does not depend on the height it is given (Markdown and
        Text do not)."""
        self.renderable = renderable
        self._drawn: tuple[ConsoleOptions, list[Segment]] | None = None

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The segments drawn last when `options` are the same but for the height."""
        options = replace(options, height=None, max_height=options.size.height)
        if self._drawn is None or self._drawn[0] != options:
            self._drawn = (options, list(console.render(self.renderable, options)))
        yield from self._drawn[1]


class ArticleBody(Static):
    """The body of one article, rendered from Markdown or shown as the raw file.

    A long text is drawn from lines laid out in a worker, one line at a time as they scroll
    into view (Textual's line API), so even tens of thousands of lines cost the UI thread
    only what is on screen.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-body--control", "article-body--hit"}
    """How the symbols for control characters stand out in the raw view, and the words the
    search found in the article."""

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
        self._highlighted: Highlighted | None = None

    @property
    def laid_out_lines(self) -> list[list[Segment]] | None:
        """The lines of a long text laid out in the worker, or None while drawn as a Static."""
        return self._lines

    @property
    def shown(self) -> object:
        """What the body shows: the text as built to be drawn; for a long text, the notice
        shown while it is laid out (then `laid_out_lines`)."""
        content = self.content
        return content.renderable if isinstance(content, RenderedOnce) else content

    @property
    def hit_lines(self) -> list[int]:
        """The lines, counted from the body's top, with a word the search found."""
        return self._highlighted.hit_lines if self._highlighted is not None else []

    def show_markdown(self, markdown: str, terms: Sequence[str] = ()) -> None:
        """Render `markdown`, after dropping control characters, with the words the search
        `terms` find highlighted.

        Args:
            markdown: The article body.
            terms: The search's folded terms; none highlights nothing.
        """
        body = clean_block(markdown)
        if not terms:
            self._show(partial(markdown_or_plain, body), len(body))
            return
        style = self.get_component_rich_style("article-body--hit", partial=True)
        highlighted = Highlighted(partial(markdown_or_plain, body), terms, style)
        self._show(lambda: highlighted, len(body))
        self._highlighted = highlighted

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
        self._highlighted = None
        if length <= INLINE_CHARS:
            self._long_text = None
            self.update(RenderedOnce(build()))
            return
        self._long_text = build
        self._laid_out_width = 0
        self.update(Text("Laying out a long text…", style=NOTICE_STYLE))
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
