"""Search terms highlighted in a rendered article, and where they are."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from ..data import fold, matches_word_starts, word_spans


def is_hit(word: str, terms: Sequence[str]) -> bool:
    """Whether the search's `terms` (folded) find `word`: it starts with a term, or is a
    short term (`AI`, `EU`), ignoring case and accents as the search does."""
    folded = fold(word)
    return any(
        folded.startswith(term) if matches_word_starts(term) else folded == term for term in terms
    )


class Highlighted:
    """A renderable drawn with every word the search found in `style`; after each drawing,
    `hit_lines` holds the lines that have such a word."""

    def __init__(
        self, build: Callable[[], RenderableType], terms: Sequence[str], style: Style
    ) -> None:
        """Draw what `build` makes (built when first drawn, which may be off the UI thread),
        highlighting the words `terms` find in `style`."""
        self.build = build
        self.renderable: RenderableType | None = None
        self.terms = tuple(terms)
        self.style = style
        self.hit_lines: list[int] = []
        """The lines, counted from 0, with a word the search found."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Draw the renderable line by line, restyling the words found."""
        if self.renderable is None:
            self.renderable = self.build()
        lines = console.render_lines(self.renderable, options, pad=False)
        hit_lines = []
        for number, line in enumerate(lines):
            text = Text.assemble(
                *((part.text, part.style or Style()) for part in line if not part.control)
            )
            found = False
            plain = text.plain
            for start, end in word_spans(plain):  # the words as the search sees them
                if is_hit(plain[start:end], self.terms):
                    text.stylize(self.style, start, end)
                    found = True
            if found:
                hit_lines.append(number)
            yield from text.render(console, end="")
            yield Segment.line()
        self.hit_lines = hit_lines
