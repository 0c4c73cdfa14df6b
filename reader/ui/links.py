"""Links of an article: which are safe to open, the links in its body, and the browser."""

from __future__ import annotations

import re
import webbrowser
from typing import NamedTuple
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .article_text import clean_line

WEB_SCHEMES = frozenset({"http", "https"})
"""The only links handed to the browser."""
_BARE_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?)]}»“”\"'"


class Link(NamedTuple):
    """One link of an article's body."""

    text: str
    """What the link says, or the address itself for a bare URL."""
    url: str


def is_web_link(url: str) -> bool:
    """Return whether `url` is an http or https address with a host.

    Args:
        url: An article's URL.

    Returns:
        True when it is safe to give to the browser.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # e.g. an unbalanced "[" in the host
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc)


def find_links(markdown: str) -> list[Link]:
    """Return the links of a Markdown body in reading order, each address once.

    Markdown links and autolinks keep their text; bare addresses in the text count too.

    Args:
        markdown: An article body.

    Returns:
        The links, whatever their scheme: the caller decides which may be opened.
    """
    links: dict[str, Link] = {}
    for token in MarkdownIt("commonmark").parse(markdown):
        for link in _inline_links(token.children or []):
            links.setdefault(link.url, link)
    return list(links.values())


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
            found.append(Link(clean_line("".join(text)) or clean_line(url), clean_line(url)))
        elif token.type == "text":
            for match in _BARE_URL.finditer(token.content):
                url = clean_line(match.group().rstrip(_TRAILING_PUNCTUATION))
                found.append(Link(url, url))
        position += 1
    return found


def open_in_browser(url: str) -> str:
    """Open `url` in the user's web browser, never through a shell.

    Args:
        url: An http or https address (check with `is_web_link` first).

    Returns:
        "" when the browser was asked to open it, else why it was not.
    """
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return "No web browser was found; press y to copy the link instead."
    # A text-mode browser (lynx, w3m) would take over this terminal while the reader runs.
    text_mode = type(browser) is webbrowser.GenericBrowser or (
        isinstance(browser, webbrowser.UnixBrowser) and not browser.background
    )
    if text_mode:
        return "Only a text-mode browser was found; press y to copy the link instead."
    if not browser.open(url):
        return "The web browser could not be started."
    return ""
