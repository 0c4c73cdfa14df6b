"""Front matter in YAML (`---`), TOML (`+++`), JSON (`{` ... `}`) or key-value headers
(`Title: …` lines): found, split off and parsed safely, with limits on size and nesting.

With `yaml_front_matter`, the only module that touches raw YAML, TOML or JSON. The
delimiters are those python-frontmatter recognises; TOML is parsed with the standard
library's tomllib.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from frontmatter.default_handlers import BaseHandler, JSONHandler

from .headers import split_headers
from .refusals import NotValidYaml, Refused, is_too_deep, too_deep
from .yaml_front_matter import parse_yaml, quiet_losses, read_key_by_key, starts_a_key

MAX_FRONT_MATTER_CHARS = 1024 * 1024
"""Longer front matter is refused before it is parsed. Real articles use about 2 KB, but a
long description or a `data:` image address takes hundreds: those load."""
# python-frontmatter's TOMLHandler exists only with the third-party `toml` package installed.
_TOML_BOUNDARY = re.compile(r"^\+{3,}\s*$", re.MULTILINE)
_YAML_BOUNDARY = re.compile(r"^(?:-{3,}|\.{3})[ \t]*$", re.MULTILINE)
"""YAML's delimiters: `---` opens (the opening line is checked to start so), and `---` or
YAML's end of document, `...`, closes (Pandoc's metadata blocks, R Markdown)."""
# tomllib ends its messages with where the error is, counted from the front matter's start.
_TOML_POSITION = re.compile(r" \(at (?:line (\d+), column \d+|end of document)\)$")


@dataclass(frozen=True)
class FrontMatterFormat:
    """One way of writing front matter."""

    name: str
    """"YAML", "TOML" or "JSON", for messages."""
    handler: BaseHandler | None
    """Finds the opening line and splits the front matter from the body; None for headers,
    which have no delimiters (`split_headers` finds them)."""
    opening: str
    """What the opening line must start with."""
    closing: str
    """The closing line, for the message when it is missing."""


JSON_FORMAT = FrontMatterFormat("JSON", JSONHandler(), "{", "}")
"""JSON front matter: the object, on lines of its own or on the first lines."""
FORMATS = (
    FrontMatterFormat("YAML", BaseHandler(_YAML_BOUNDARY), "---", "---"),
    FrontMatterFormat("TOML", BaseHandler(_TOML_BOUNDARY), "+++", "+++"),
    JSON_FORMAT,
)
"""The front matter formats, recognised by their first line."""
HEADERS = FrontMatterFormat("headers", None, "", "")
"""Key-value headers, tried when no format's first line is there."""


@dataclass(frozen=True)
class FrontMatter:
    """Front matter split from the body of a file, not yet parsed."""

    format: FrontMatterFormat
    """How it is written."""
    text: str
    """The front matter: for JSON the whole object, for YAML and TOML what the lines between
    the delimiters hold."""
    body: str
    """The rest of the file."""
    first_line: int
    """The file's line number of `text`'s first line, for error messages."""
    headers: dict[str, str] | None = None
    """Key-value headers, read already as they were split (`text` is then empty)."""


def unclosed_note(format_: FrontMatterFormat) -> str:
    """The problem note of a file whose front matter opens and never closes."""
    return f"front matter has no closing '{format_.closing}' line; read as plain text"


def split_front_matter(whole: str) -> FrontMatter | FrontMatterFormat | None:
    """Find front matter at the top of a file and split it from the body.

    Args:
        whole: The file's text.

    Returns:
        The front matter and body; the format alone when its opening line has no closing
        one; None when the file has no front matter.
    """
    text = whole.lstrip()
    for format_ in FORMATS:
        assert format_.handler is not None
        boundary = format_.handler.FM_BOUNDARY
        assert boundary is not None
        opening = boundary.match(text) if text.startswith(format_.opening) else None
        if opening is None:
            continue
        try:
            front, body = format_.handler.split(text)
        except ValueError:  # an opening line and no closing one
            after = text[opening.end() :].lstrip("\r\n").partition("\n")[0]
            # A horizontal rule opening a note (`---`, then no key: text, a blank line) is no
            # front matter.
            return format_ if format_.name != "YAML" or starts_a_key(after) else None
        # JSON's braces belong to the object; the other formats start after the opening line.
        skipped = whole[: len(whole) - len(text)]
        if format_.name != "JSON":
            skipped += text[: opening.end()]
        return FrontMatter(format_, front, body, skipped.count("\n") + 1)
    first_line = whole[: len(whole) - len(text)].count("\n") + 1
    if text.startswith("{") and (inline := _split_inline_json(text)) is not None:
        return FrontMatter(JSON_FORMAT, *inline, first_line)
    headers = split_headers(text)
    if headers is None:
        return None
    return FrontMatter(HEADERS, "", headers.body, first_line, headers.values)


def _split_inline_json(text: str) -> tuple[str, str] | None:
    """A JSON object written on the opening lines and ending a line (`{"title": "…"}`, as
    Hugo reads it), and the body after it; None when the text starts otherwise."""
    try:
        value, end = json.JSONDecoder().raw_decode(text)
    except json.JSONDecodeError:  # no JSON there: a body that starts with a brace
        return None
    except (ValueError, RecursionError):  # JSON, too deep or with too long a number
        return text, ""  # refused whole when parsed, as such front matter on its own lines
    line_end = text.find("\n", end)
    rest_of_line = text[end:] if line_end < 0 else text[end:line_end]
    if not isinstance(value, dict) or rest_of_line.strip():
        return None
    return text[:end], "" if line_end < 0 else text[line_end + 1 :]


class PartlyRead(NamedTuple):
    """Front matter read with a note: YAML not valid as a whole, read key by key, a value
    of text that a YAML comment cut short, or a key given twice."""

    values: Mapping[object, object]
    """What it says (of a slip, what its keys' lines say each on its own)."""
    problems: tuple[str, ...]
    """What was not read as written, and how it was read."""


def parse_front_matter(front: FrontMatter) -> Mapping[object, object] | PartlyRead | str:
    """Parse front matter safely, refusing input that is too big or too deep.

    Args:
        front: The split front matter.

    Returns:
        The keys and values; YAML with a slip of syntax read key by key, when a line starts
        a key, or with a text cut short by a comment or a key given twice, with a note; or
        why they cannot be read.
    """
    if front.headers is not None:
        values: dict[object, object] = {key: value for key, value in front.headers.items()}
        return values
    if len(front.text) > MAX_FRONT_MATTER_CHARS:
        return (
            f"front matter is too large ({len(front.text) // 1024} KB; "
            f"the limit is {MAX_FRONT_MATTER_CHARS // 1024} KB)"
        )
    parse = {"YAML": parse_yaml, "TOML": _parse_toml, "JSON": _parse_json}[front.format.name]
    try:
        data = parse(front.text, front.first_line)
    except NotValidYaml as slip:  # read what can be: a slip must not hide the article
        keys_read = read_key_by_key(front.text, front.first_line)
        if not keys_read:
            return str(slip)
        return PartlyRead(keys_read, (f"{slip}; each key was read on its own",))
    except Refused as refusal:
        return str(refusal)
    if data is None:  # `---` right after `---`
        return {}
    if not isinstance(data, Mapping):
        return NOT_A_MAPPING
    quiet = quiet_losses(front.text) if front.format.name == "YAML" else ()
    return PartlyRead(data, quiet) if quiet else data


NOT_A_MAPPING = "front matter is not a mapping of keys"
"""Why front matter that parses to a text or a list is not read as such: between two `---`
lines that are horizontal rules, it is a note's text (`parse_front_matter`)."""


def too_many_digits(format_name: str) -> str:
    """Why front matter in `format_name` holding a number of thousands of digits is refused."""
    return f"front matter is not valid {format_name}: a number has too many digits"


def _parse_toml(toml_text: str, first_line: int) -> object:
    """Parse TOML front matter, or say why it cannot be read."""
    try:
        data = tomllib.loads(toml_text)
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        raise too_deep() from None
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION.search(message)
        where = ""
        if position is not None:
            message = message[: position.start()]
            if position.group(1):
                where = f" (line {first_line + int(position.group(1)) - 1})"
        raise Refused(f"front matter is not valid TOML{where}: {message}") from None
    except ValueError:  # an integer of more than 4,300 digits, which Python will not read
        raise Refused(too_many_digits("TOML")) from None
    if is_too_deep(data):
        raise too_deep()
    return data


def _parse_json(json_text: str, first_line: int) -> object:
    """Parse JSON front matter, or say why it cannot be read."""
    try:
        data = json.loads(json_text)
    except RecursionError:  # json gives up at Python's recursion limit
        raise too_deep() from None
    except json.JSONDecodeError as error:
        line = first_line + error.lineno - 1
        raise Refused(f"front matter is not valid JSON (line {line}): {error.msg}") from None
    except ValueError:  # an integer of more than 4,300 digits, which Python will not read
        raise Refused(too_many_digits("JSON")) from None
    if is_too_deep(data):
        raise too_deep()
    return data
