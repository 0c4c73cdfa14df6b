"""Words given on the command line, read as text whatever the locale."""

from __future__ import annotations

import os


def text_argument(value: str) -> str:
    """An argument that is text (a search, a category, an id), not a path: its bytes read as
    UTF-8, the articles' own encoding, a byte that is not UTF-8 shown as �.

    Python reads arguments in the locale's encoding, keeping bytes it cannot decode as lone
    surrogates: under `LC_ALL=C` a typed `domácí` would be compared as such, and printing
    one ended the command in a traceback.
    """
    return os.fsencode(value).decode("utf-8", errors="replace")
