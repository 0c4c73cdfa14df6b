"""How an article body is drawn: its Markdown rendered with Rich, within bounds.

The one place Markdown is rendered, for the app's ArticleBody and for `reader show`. Article
files are untrusted: Markdown that would take long to lay out (very long, or a very wide
table) is shown as plain text with a notice, no text is shown past `MAX_SHOWN_CHARS`, and only
web links stay links.
"""

from __future__ import annotations

import re
from typing import ClassVar

from markdown_it.token import Token
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.markdown import Markdown, MarkdownElement, TableElement
from rich.style import Style
from rich.text import Text

from ..data import TABLE_DELIMITER_ROW, html_text_and_images
from .article_text import show_controls
from .generator_markup import (
    SHORTCODE_TAG,
    alerts_as_callouts,
    highlights_as_code,
    shortcodes_as_tags,
    wiki_links_as_text,
)
from .links import WebLinksOnly, shown_address
from .markdown_parser import MAX_DEPTH, PARSER

MAX_MARKDOWN_CHARS = 200_000
"""Longer Markdown is shown as plain text: Rich takes about a second per 200,000 characters."""
MAX_MARKDOWN_LINES = 5_000
"""Markdown of more lines is shown as plain text: Rich takes 0.2-0.6 s per 5,000 lines."""
MAX_TABLE_COLUMNS = 50
"""Markdown with a wider table is shown as plain text: Rich lays out 500 columns for seconds,
and no terminal shows them."""
MAX_HIGHLIGHTED_LINE = 200
MAX_HIGHLIGHTED_CODE = 50_000
"""A block of code with a longer line, or more characters, is drawn without colours: some of
Pygments' lexers take the square of a line's length (C's, 0.35 s a line of 2,000 spaces;
34 s one of 20,000), and the block's language is the article's to choose."""
MAX_SHOWN_CHARS = 200_000
"""No more of a text is shown (about 2,000 screen lines); real articles have a few thousand."""
MAX_SHOWN_LINES = 10_000
"""No more lines of a text are shown; real articles have a few hundred."""

_TABLE_COLUMN = re.compile(r":?-+:?")
IMAGE_MARK = "🌆"
"""Before an image's description, as Rich marks images."""
NOTICE_STYLE = "italic"


MIN_TABLE_COLUMN_WIDTH = 6
"""The width a table's column takes at the least, its cell and the space beside it: a table
of more columns than fit so is drawn a row a line (Rich gave a 30-column table at 80
columns a character or two a cell, and drew one of 50 as a bare rule)."""
TABLE_CELL_SEPARATOR = " │ "


class FoldingTable(TableElement):
    """A Markdown table whose long cells (an address, a long word) wrap onto more lines
    instead of ending in `…`: a table cannot scroll sideways, so cut text would be lost. A
    table of more columns than the width holds is drawn a row a line, its cells apart."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Draw the table as Rich does, each cell folding what does not fit; or a row a
        line when its columns cannot all be drawn."""
        header = [self.header.row] if self.header and self.header.row else []
        rows = header + (self.body.rows if self.body else [])
        columns = max((len(row.cells) for row in rows), default=0)
        if columns * MIN_TABLE_COLUMN_WIDTH > options.max_width:
            separator = Text(TABLE_CELL_SEPARATOR, style="markdown.table.border")
            for row in rows:
                line = separator.join(cell.content for cell in row.cells)
                if row in header:
                    line.stylize("markdown.table.header")
                yield line
            return
        for row in rows:
            for cell in row.cells:
                cell.content.overflow = "fold"
        yield from super().__rich_console__(console, options)


class ArticleMarkdown(Markdown):
    """Rich's Markdown, but an image stays where it is in its paragraph (Rich draws it as a
    block before the paragraph's text), as a link to the picture; a block of HTML shows its
    text (Rich leaves it out); and a link is plain text where it would only repeat itself:
    its address is its text (`<https://…>`) and is written after it anyway, or it has none
    (`[text]()`). A table's long cells fold instead of being cut. Site generators' shortcodes
    are dim tags and GitHub's alerts titled callouts (`generator_markup`)."""

    elements: ClassVar[dict[str, type[MarkdownElement]]] = {
        **Markdown.elements,
        "table_open": FoldingTable,
    }
    inlines = {*Markdown.inlines, SHORTCODE_TAG}
    """Rich's inline styles, and the dim one of site generators' shortcodes."""

    def __init__(self, markup: str, hyperlinks: bool = True) -> None:
        """Parse `markup`, then mend the images, links and HTML blocks."""
        super().__init__("", hyperlinks=hyperlinks)
        self.markup = markup
        # Not Rich's parser, which drops what nests too deep: `depth` tells when to give up.
        self.parsed = PARSER.parse(highlights_as_code(markup))
        self.depth = max((token.level for token in self.parsed), default=0)
        """How deep lists and quotes nest, in the parser's levels."""
        self.parsed = [part for token in self.parsed for part in html_block_as_text(token)]
        alerts_as_callouts(self.parsed)
        for token in self.parsed:
            if token.type == "fence" and token.info and costly_to_highlight(token.content):
                token.info = ""  # Rich draws a block without a language as plain text
            if token.children:
                children = [part for child in token.children for part in inline(child)]
                children = wiki_links_as_text(shortcodes_as_tags(children))
                token.children = without_needless_links(children, hyperlinks)


def costly_to_highlight(code: str) -> bool:
    """Whether colouring `code` by its language may take long (`MAX_HIGHLIGHTED_LINE`)."""
    return len(code) > MAX_HIGHLIGHTED_CODE or any(
        len(line) > MAX_HIGHLIGHTED_LINE for line in code.split("\n")
    )


def inline(token: Token) -> list[Token]:
    """An image as a link to it, with its description; any other token as it is."""
    if token.type != "image":
        return [token]
    source = str(token.attrs.get("src", ""))
    return [
        Token("link_open", "a", 1, attrs={"href": source}),
        Token("text", "", 0, content=f"{IMAGE_MARK} {token.content or 'image'}"),
        Token("link_close", "a", -1),
    ]


def without_needless_links(tokens: list[Token], hyperlinks: bool) -> list[Token]:
    """`tokens` without the link marks of links that have no address, or (written out after
    their text, without `hyperlinks`) whose text is their address; an address written out
    is shown as a reader reads it (`shown_address`)."""
    kept: list[Token] = []
    dropping: list[bool] = []  # for each link open, whether its marks are dropped
    for position, token in enumerate(tokens):
        if token.type == "link_open":
            address = str(token.attrs.get("href", ""))
            shown = address if hyperlinks else shown_address(address)
            following = tokens[position + 1 : position + 3]
            repeats = [t.type for t in following] == ["text", "link_close"] and (
                following[0].content in (address, shown)
            )
            dropping.append(not address or (repeats and not hyperlinks))
            if dropping[-1]:
                continue
            token.attrs["href"] = shown
        elif token.type == "link_close" and dropping and dropping.pop():
            continue
        kept.append(token)
    return kept


def html_block_as_text(token: Token) -> list[Token]:
    """A block of HTML as a paragraph of the text a browser shows of it (without its tags,
    scripts, styles and comments, its character references read), and its pictures where
    they stand, each drawn as a Markdown image is; any other block as it is."""
    if token.type != "html_block":
        return [token]
    children: list[Token] = []
    for part in html_text_and_images(token.content):
        if children:
            children.append(Token("text", "", 0, content=" "))
        if isinstance(part, str):
            children.append(Token("text", "", 0, content=part))
        else:
            image = Token("image", "img", 0, attrs={"src": part.source}, content=part.description)
            children.append(image)
    if not children:
        return []
    return [
        Token("paragraph_open", "p", 1),
        Token("inline", "", 0, children=children),
        Token("paragraph_close", "p", -1),
    ]


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
    for row in TABLE_DELIMITER_ROW.finditer(markdown):
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


def markdown_or_plain(markdown: str, hyperlinks: bool = True) -> RenderableType:
    """Return `markdown` rendered, or as plain text with a notice saying why.

    Args:
        markdown: An article body without control characters.
        hyperlinks: Whether links are drawn as terminal links; without, Rich writes each
            address out after its text.

    Returns:
        A Rich renderable whose only links are web links.
    """
    reason = why_plain(markdown)
    if not reason:
        article = ArticleMarkdown(markdown, hyperlinks=hyperlinks)
        if article.depth <= MAX_DEPTH:
            return WebLinksOnly(article)
        reason = "This article nests lists or quotes too deep to format"
    shown, rest = _shown_part(markdown)
    notice = " ".join(part for part in (f"{reason}; it is shown as plain text.", rest) if part)
    return Text.assemble((notice, NOTICE_STYLE), "\n\n", shown, *_cut_mark(rest))


def _cut_mark(rest: str) -> tuple[str | tuple[str, str], ...]:
    """What ends a text cut short: where it stops, the rest said again (the notice above is
    far up by then); nothing for a text shown whole."""
    return ("…\n\n", (rest, NOTICE_STYLE)) if rest else ()


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
        notice = (f"The file is long. {rest}", NOTICE_STYLE)
        visible = Text.assemble(notice, "\n\n", visible, *_cut_mark(rest))
    return visible
