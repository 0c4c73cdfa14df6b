"""Letters a scanner's OCR misreads, and the words a misread word may have been."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("é", "e"),  # ě read as é (stripping the accent leaves the e either way)
    ("é", "a"),  # á read as é
    ("é", "c"),  # Č or č: the háček merged with the letter into an accent
    ("eé", "e"),  # ě read as two letters
    ("ée", "e"),
    ("d", "a"),  # á read as d: the accent closed the loop of the a
    ("4", "a"),  # á read as 4
    ("¢", "c"),  # Č read as the cent sign
    ("ii", "ri"),  # ř read as i: its háček seen as an i's dot
    ("ii", "u"),  # ů read as ii, li, ti or l
    ("li", "u"),
    ("ti", "u"),
    ("iu", "u"),
    ("l", "u"),
    ("a", "u"),  # ů read as a
    ("I", "l"),  # a lower-case l read as a capital I, or added beside one
    ("lI", "l"),
    ("Il", "l"),
    ("rn", "m"),  # m read as r and n
)
"""(what the scan shows, what the letters were, without accents): the usual OCR confusions
of Czech text, each a single step from a misread word back towards the word it was."""

MAX_STEPS = 2
"""A word with more misread letters than this is not worth guessing at."""


def ocr_form(word: str) -> str:
    """`word` as the confusions see it: lower case, except a capital I after the first letter,
    which is more likely a misread l than a capital."""
    return word[:1].lower() + "".join(char if char == "I" else char.lower() for char in word[1:])


@lru_cache(maxsize=65536)
def strip_form(form: str) -> str:
    """A form without accents, lower case: the key of the word list's variants."""
    if form.isascii():
        return form.lower()
    decomposed = unicodedata.normalize("NFD", form.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def misread_sources(form: str) -> dict[str, int]:
    """The stripped forms `form` may have been before OCR, with how many confusions each took.

    Args:
        form: A word as `ocr_form` gives it.

    Returns:
        Stripped forms reached in up to MAX_STEPS confusions, each with its fewest steps
        (0 for `form` itself without accents).
    """
    # A capital I inside a word is a letter still to be resolved: no word has it.
    reached: dict[str, int] = {} if "I" in form else {strip_form(form): 0}
    frontier = {form}
    for steps in range(1, MAX_STEPS + 1):
        next_frontier: set[str] = set()
        for current in frontier:
            for seen, meant in CONFUSIONS:
                start = current.find(seen)
                while start != -1:
                    changed = current[:start] + meant + current[start + len(seen) :]
                    next_frontier.add(changed)
                    start = current.find(seen, start + 1)
        for changed in next_frontier:
            if "I" not in changed:
                reached.setdefault(strip_form(changed), steps)
        frontier = next_frontier
    return reached
