"""Opening and copying links from the app, with a message saying what happened."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.app import App

from ..data import is_web_link
from ..present.article_text import clean_line
from ..present.web_links import open_in_browser

SHOWN_URL_CELLS = 80
"""How much of an address a message shows."""


def open_link(app: App[None], url: str) -> None:
    """Open `url` in the browser if it is an http or https address; say why not otherwise.

    Args:
        app: The app, for its messages and a thread to wait for the browser on.
        url: The address, as the article gives it.
    """
    url = url.strip()
    shown = shortened(url)
    if not url:
        app.notify("This article has no link.", severity="warning")
    elif not is_web_link(url):
        app.notify(
            f"Only http and https links are opened, not {shown}", severity="warning", markup=False
        )
    else:
        app.run_worker(partial(_open_and_report, app, url), thread=True, group="browser")


def _open_and_report(app: App[None], url: str) -> None:
    """Start the browser (off the UI thread: it may take a moment) and say so; without one,
    copy the link to the clipboard instead, so it can be opened elsewhere."""
    problem = open_in_browser(url)
    if problem:
        app.call_from_thread(_copy_instead, app, url, problem)
    else:
        app.call_from_thread(app.notify, f"Opened {shortened(url)} in the browser", markup=False)


def _copy_instead(app: App[None], url: str, problem: str) -> None:
    """Copy `url`, which could not be opened because of `problem`, and say both."""
    app.copy_to_clipboard(url)
    app.notify(f"{problem}; the link was copied to the clipboard instead.", severity="warning")


def copy_link(app: App[None], url: str) -> None:
    """Copy `url` to the clipboard (through the terminal) and say so.

    Args:
        app: The app, whose terminal holds the clipboard.
        url: The address, as the article gives it.
    """
    address = clean_line(url)
    if not address:
        app.notify("This article has no link.", severity="warning")
        return
    app.copy_to_clipboard(address)
    app.notify(f"Copied {shortened(address)}", markup=False)


def shortened(url: str) -> str:
    """`url` as a message shows it: one line, cut to SHOWN_URL_CELLS with an ellipsis."""
    shown = Text(clean_line(url))
    shown.truncate(SHOWN_URL_CELLS, overflow="ellipsis")
    return shown.plain
