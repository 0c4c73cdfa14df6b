"""Web addresses: which are safe to open or draw as links, and the site each names."""

from __future__ import annotations

from urllib.parse import urlsplit

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


def is_web_address(text: str) -> bool:
    """Whether `text` is a web link and nothing else (no spaces: a field holding only it)."""
    return is_web_link(text) and not any(character.isspace() for character in text)


def host_of(url: str) -> str:
    """The URL's host in lower case without `www.`; "" when it cannot be parsed."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")
