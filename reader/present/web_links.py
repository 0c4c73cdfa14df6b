"""Opening web links in the browser (`is_web_link`, which the data layer holds, says which
are safe). Plain standard library, so the list screen imports it without a Markdown parser."""

from __future__ import annotations

import webbrowser


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
        return "No web browser was found"
    # A text-mode browser (lynx, w3m) would take over this terminal while the reader runs.
    text_mode = type(browser) is webbrowser.GenericBrowser or (
        isinstance(browser, webbrowser.UnixBrowser) and not browser.background
    )
    if text_mode:
        return "Only a text-mode browser was found"
    if not browser.open(url):
        return "The web browser could not be started"
    return ""
