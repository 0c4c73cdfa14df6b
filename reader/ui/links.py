"""Which links the reader lets a browser or the terminal open: http and https only."""

from __future__ import annotations

from urllib.parse import urlsplit

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment

WEB_SCHEMES = frozenset({"http", "https"})
"""The only link schemes handed to the browser or drawn as clickable links."""


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
