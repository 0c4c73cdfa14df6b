"""Typed values from untyped YAML: each helper returns a clean value and notes what it dropped.

Every helper takes the raw value, the field name for messages, and a `problems` list it appends
one short sentence to when the value is present but unusable. A missing value (None) is not a
problem: it just gives the empty default.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime

from ..date_forms import DAY_ZONE, WALL_TIME_ZONE
from .dates import DateRefusal, parse_date_text
from .html_text import KNOWN_TAG, decode_references, html_as_text, looks_like_html
from .sanitize import neutralise_controls
from .scalar_values import kind_of, quote, refusal, scalar_text

MIN_IMPORTANCE = 1
MAX_IMPORTANCE = 5

_YES = frozenset({"true", "yes", "on", "1"})
_NO = frozenset({"false", "no", "off", "0"})
_NOT_A_SLUG_CHARACTER = re.compile(r"[\W_]+")
# A field is one line: tabs and line breaks inside it become spaces.
_LINE_BREAKS = re.compile(r"[\t\n\r\v\f\u2028\u2029]")


def coerce_text(value: object, field: str, problems: list[str]) -> str:
    """Turn a YAML value into text.

    Args:
        value: Text, a number, a date, a list of those (joined with ", "), or None.
        field: The front matter key, for the problem message.
        problems: Gets a sentence appended when the value cannot be text.

    Returns:
        The text, stripped; "" when missing or unusable.
    """
    if value is None:
        return ""
    text = scalar_text(value)
    if text is None and isinstance(value, list):
        items = [scalar_text(item) for item in value if item is not None]
        if not all(item is not None for item in items):
            problems.append(f"{field} is a list of values that are not text; ignored")
            return ""
        text = ", ".join(item for item in items if item)
    if text is None:
        problems.append(f"{field} is {kind_of(value)}, not text; ignored")
        return ""
    # Feeds write titles and summaries as HTML (`AT&amp;T`, `<p>…</p>`); a field is shown
    # as text: its tags go, and each reference is the character it stands for.
    text = html_as_text(text, KNOWN_TAG) if looks_like_html(text) else decode_references(text)
    # YAML's own escapes (`"\e[2J"`) make control characters only now, after parsing.
    text, removed = neutralise_controls(text)
    if removed:
        problems.append(f"{field}: control characters or escape sequences removed: {removed}")
    return _LINE_BREAKS.sub(" ", text).strip()


def flag_value(value: object) -> bool | None:
    """`value` as yes or no when it is one (a boolean, or `yes`, `off`... as text), else
    None."""
    if isinstance(value, bool):
        return value
    text = value.strip().lower() if isinstance(value, str) else None
    return text in _YES if text in _YES | _NO else None


def coerce_flag(value: object, field: str, problems: list[str]) -> bool:
    """Turn a front matter value into yes or no.

    Args:
        value: A boolean, or text such as "true", "yes", "false", "no" (key-value headers
            have only text); None is no.
        field: The front matter key, for the problem message.
        problems: Gets a sentence appended when the value is neither.

    Returns:
        Whether the flag is set.
    """
    if value is None:
        return False
    flag = flag_value(scalar_text(value) if isinstance(value, int | float) else value)
    if flag is not None:
        return flag
    problems.append(refusal(field, value, "true or false"))
    return False


def coerce_importance(value: object, field: str, problems: list[str]) -> int | None:
    """Turn a YAML value into an importance from 1 to 5.

    Args:
        value: A whole number, written as an int, a float such as 3.0, or a string such as "3".
        field: The front matter key, for the problem message.
        problems: Gets a sentence appended when the value is present but not valid.

    Returns:
        The importance, or None when missing or invalid.
    """
    if value is None:
        return None
    number: int | None = None
    # bool is an int subclass, and YAML reads `importance: yes` as True.
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str):
        try:
            number = int(value.strip())
        except ValueError:
            number = None
    if number is not None and MIN_IMPORTANCE <= number <= MAX_IMPORTANCE:
        return number
    problems.append(
        refusal(field, value, f"a whole number from {MIN_IMPORTANCE} to {MAX_IMPORTANCE}")
    )
    return None


def coerce_datetime(value: object, field: str, problems: list[str]) -> datetime | None:
    """Turn a front matter value into a timezone-aware datetime.

    Args:
        value: Text in one of the forms `parse_date_text` reads (ISO 8601 and its relatives,
            RFC 2822, `2019-12-17-19-20`, `17. 12. 2019`, `17. prosince 2019`), or the
            `date`/`datetime` YAML and TOML make of an unquoted one, or the number YAML makes
            of an unquoted `20191217`. A value without a timezone is read as UTC, its zone
            saying it was written without one (`date_forms`).
        field: The front matter key, for the problem message.
        problems: Gets a sentence appended when the value is present but not read: not a
            date, impossible, or one that could be read two ways.

    Returns:
        The datetime, or None when missing, empty or not read.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=WALL_TIME_ZONE)
    elif isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=DAY_ZONE)
    else:
        if isinstance(value, int) and not isinstance(value, bool) and 10**7 <= value < 10**8:
            value = str(value)  # `date: 20191217` unquoted: ISO 8601's basic form, as text
        if not isinstance(value, str):
            problems.append(refusal(field, value, "a valid date"))
            return None
        parsed = parse_date_text(value)
        if isinstance(parsed, DateRefusal):
            problems.append(f"{field} {quote(value)} {parsed.reason}; ignored")
            return None
        moment = parsed
    written_with_zone = moment.tzinfo is not DAY_ZONE and moment.tzinfo is not WALL_TIME_ZONE
    if moment == GO_ZERO_TIME and written_with_zone:
        problems.append(f"{field} {quote(scalar_text(value))} is Go's zero time, no date; ignored")
        return None
    return moment


GO_ZERO_TIME = datetime(1, 1, 1, tzinfo=UTC)
"""What Hugo and other Go programs write for a date that is not set."""


def slugify(text: str) -> str:
    """Make a lower-case, hyphenated id from a name: "Česká televize" -> "ceska-televize".

    Args:
        text: Any name.

    Returns:
        Letters and digits without accents, joined by single hyphens; "" when there are none.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_A_SLUG_CHARACTER.sub("-", plain).strip("-")
