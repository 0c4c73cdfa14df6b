"""A front matter value as text: its own text for one YAML read as a number it wrote
otherwise, and how a value that cannot be used is named in a problem."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time

MAX_QUOTED_CHARS = 40
"""Raw values quoted in problems are cut to this many characters."""


class WrittenInt(int):
    """A whole number front matter writes otherwise than Python does (`012`, `0x1F`, `+1`),
    with its text as written: what a field of text shows of it."""

    written: str

    def __new__(cls, value: int, written: str) -> WrittenInt:
        """`value`, written `written`."""
        number = super().__new__(cls, value)
        number.written = written
        return number


class WrittenFloat(float):
    """A number with a fraction written otherwise than Python does (`.5`, `1.0e+3`), with its
    text as written."""

    written: str

    def __new__(cls, value: float, written: str) -> WrittenFloat:
        """`value`, written `written`."""
        number = super().__new__(cls, value)
        number.written = written
        return number


def scalar_text(value: object) -> str | None:
    """Return the text of a string, number or date, or None for anything else."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, WrittenInt | WrittenFloat):
        return value.written
    if isinstance(value, int | float):
        return _number_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return None


def kind_of(value: object) -> str:
    """Name the kind of a YAML value for a problem message, e.g. "a mapping"."""
    if value is None:
        return "empty"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"a value of type {type(value).__name__}"


def _number_text(number: int | float) -> str:
    """`number` in digits; in hexadecimal when it has too many for Python to write out
    (`0xfff…` of thousands of digits in a file)."""
    try:
        return str(number)
    except ValueError:
        return hex(int(number))


def refusal(field: str, value: object, wanted: str) -> str:
    """The problem with `field`'s `value`, which is not `wanted` (`a valid date`): the value
    quoted, or a list or mapping named."""
    if isinstance(value, Mapping | list):
        return f"{field} is {kind_of(value)}, not {wanted}; ignored"
    return f"{field} {quote(value)} is not {wanted}; ignored"


def quote(value: object) -> str:
    """Quote a raw value for a problem message, shortened if long."""
    if isinstance(value, WrittenInt | WrittenFloat):
        quoted = value.written
    elif isinstance(value, bool):  # as YAML and TOML write it, not as Python does
        quoted = "true" if value else "false"
    elif isinstance(value, int | float):
        quoted = _number_text(value)
    elif isinstance(value, date | time):
        quoted = value.isoformat()
    else:
        try:
            quoted = repr(value)
        except ValueError:  # a number too long for Python to write out, inside a list
            quoted = kind_of(value)
    if len(quoted) > MAX_QUOTED_CHARS:
        return quoted[: MAX_QUOTED_CHARS - 1] + "…"
    return quoted
