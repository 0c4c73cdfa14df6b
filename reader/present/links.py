"""Links of an article: the links in its body, and drawing only web links as links."""

from __future__ import annotations

import re
from typing import NamedTuple

from markdown_it.token import Token
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment

from ..data import html_links, is_web_link
from .article_text import clean_line
from .markdown_parser import PARSER

_BARE_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?)]}»“”\"'"


class Link(NamedTuple):
    """One link of an article's body."""

    text: str
    """What the link says, or the address itself for a bare URL."""
    url: str
    """The address to open, as the Markdown parser gives it (non-ASCII letters escaped)."""

    @property
    def shown_url(self) -> str:
        """The address as a reader reads it (`shown_address`)."""
        return shown_address(self.url)


def shown_address(url: str) -> str:
    """`url` as a reader reads it: the escapes the Markdown parser made of its letters read
    back (`Třeboň`, not `T%C5%99ebo%C5%88`), as Markdown shows an autolink's text; `url` as
    it is where that would put a space or anything a line may not show in it."""
    shown = PARSER.normalizeLinkText(url)
    return shown if shown.isprintable() and " " not in shown else url


def find_links(markdown: str) -> list[Link]:
    """Return the links of a Markdown body in reading order, each address once (a
    paragraph's HTML links after its others).

    Markdown links and autolinks keep their text; bare addresses in the text count too, and
    HTML's links (`<a href="…">text</a>`).

    Args:
        markdown: An article body.

    Returns:
        The links, whatever their scheme: the caller decides which may be opened.
    """
    links: dict[str, Link] = {}
    for token in PARSER.parse(markdown):
        found = _inline_links(token.children or [])
        # HTML's links, in a block or in a paragraph: the parser leaves their tags as they are.
        if token.type in ("html_block", "inline") and "<a" in token.content.lower():
            found += [Link(clean_line(text) or url, url) for text, url in _html_links(token)]
        for link in found:
            links.setdefault(link.url, link)
    return list(links.values())


def _html_links(token: Token) -> list[tuple[str, str]]:
    """The HTML links of a block or paragraph token, each address one line."""
    return [(text, clean_line(url)) for text, url in html_links(token.content)]


def _inline_links(tokens: list[Token]) -> list[Link]:
    """The links of one paragraph's inline tokens: marked up ones and bare addresses."""
    found: list[Link] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token.type == "link_open":
            url = str(token.attrGet("href") or "")
            text: list[str] = []
            position += 1
            while position < len(tokens) and tokens[position].type != "link_close":
                text.append(tokens[position].content)
                position += 1
            url = clean_line(url)
            found.append(Link(clean_line("".join(text)) or shown_address(url), url))
        elif token.type == "text":
            for match in _BARE_URL.finditer(token.content):
                url = clean_line(match.group().rstrip(_TRAILING_PUNCTUATION))
                found.append(Link(url, url))
        position += 1
    return found


class WebLinksOnly:
    """A renderable drawn as it is, except that only web links stay links.

    Textual sends a link style to the terminal as an OSC 8 hyperlink, which the terminal
    opens on a click: a `file:` or `javascript:` link in an article must stay plain text.
    """

    def __init__(self, renderable: RenderableType) -> None:
        """Wrap `renderable`.

        Args:
            renderable: Any Rich renderable, such as rendered Markdown.
        """
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Yield the renderable's segments, unlinking those that link elsewhere than the web."""
        for segment in console.render(self.renderable, options):
            style = segment.style
            if style is not None and style.link and not is_web_link(style.link):
                yield Segment(segment.text, style.update_link(None), segment.control)
            else:
                yield segment
