"""Article text made safe for a terminal: no control characters, escape sequences or bidi
overrides, however they were written."""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import TypeVar, cast

T = TypeVar("T")

# ESC and 8-bit sequences with their payload, so no half of one is left to show as text:
# CSI (cursor, colour), OSC (title, OSC 8 links, OSC 52 clipboard), DCS, SOS, PM and APC
# strings up to their terminator, and the short two- or three-character ESC sequences.
ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
)
# C0 and C1 controls but tab and newline, DEL, and the bidi overrides and isolates that
# reorder what the terminal draws.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The same characters written as HTML numeric entities, which Markdown would decode.
NUMERIC_ENTITY = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


def neutralise_controls(text: str) -> tuple[str, int]:
    """Remove escape sequences, control characters and bidi overrides from `text`.

    Tabs and newlines stay; so does every other character. Entities such as `&#27;` that
    stand for a removed character are removed too.

    Returns:
        The safe text and how many sequences, characters and entities were removed.
    """
    # Every escape sequence starts with a control character: most text has neither.
    if "&#" not in text and not CONTROL.search(text):
        return text, 0
    removed = 0

    def drop_entity(match: re.Match[str]) -> str:
        nonlocal removed
        hexadecimal, decimal = match.groups()
        code = int(hexadecimal, 16) if hexadecimal else int(decimal)
        if code > 0x10FFFF or CONTROL.match(chr(code)) or code == 0x1B:
            removed += 1
            return ""
        return match.group()

    text, escapes = ESCAPE_SEQUENCE.subn("", text)
    text, controls = CONTROL.subn("", text)
    while True:  # removing `&#27;` from `&#&#27;27;` leaves another one
        before = removed
        text = NUMERIC_ENTITY.sub(drop_entity, text)
        if removed == before:
            return text, removed + escapes + controls


def one_line(text: str) -> str:
    """`text` safe on one line of a terminal: `neutralise_controls`'s, with each run of
    whitespace (newlines and tabs too) one space. For file names, which may hold anything."""
    return " ".join(neutralise_controls(text)[0].split())


# Lone surrogates: JSON's `"\ud83d"` and YAML's escapes make them, and no UTF-8 writer (the
# index, a pipe, the terminal) can write them.
SURROGATE = re.compile("[\ud800-\udfff]")


def valid_unicode(value: T) -> tuple[T, int]:
    """`value` with every lone surrogate in its text replaced by U+FFFD: its strings, the
    strings in its tuples, and the fields of the dataclasses it holds (an `Article`, its
    `Source`), walked once.

    Returns:
        The value (the same object when nothing was replaced) and how many were replaced.
    """
    if isinstance(value, str):
        text, count = SURROGATE.subn("\ufffd", value)
        return cast(T, text), count
    if isinstance(value, tuple):
        items = [valid_unicode(item) for item in value]
        count = sum(replaced for _, replaced in items)
        return (cast(T, tuple(item for item, _ in items)) if count else value), count
    if is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, object] = {}
        count = 0
        for field in fields(value):
            fixed, replaced = valid_unicode(getattr(value, field.name))
            if replaced:
                changes[field.name] = fixed
                count += replaced
        return (replace(value, **changes) if changes else value), count
    return value, 0
