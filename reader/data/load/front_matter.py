"""Front matter in YAML (`---`), TOML (`+++`), JSON (`{` ... `}`) or key-value headers
(`Title: …` lines): found, split off and parsed safely, with limits on size and nesting.

This is the only module that touches raw YAML, TOML or JSON. The delimiters are those
python-frontmatter recognises; TOML is parsed with the standard library's tomllib.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import yaml
from frontmatter.default_handlers import BaseHandler, JSONHandler, YAMLHandler
from yaml.constructor import SafeConstructor

from .headers import split_headers

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml: the pure-Python loader does the same job
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_FRONT_MATTER_CHARS = 1024 * 1024
"""Longer front matter is refused before it is parsed. Real articles use about 2 KB, but a
long description or a `data:` image address takes hundreds: those load."""
MAX_FRONT_MATTER_DEPTH = 50
"""Deeper nesting is refused: PyYAML's C loader overflows the stack at ~30,000 levels."""
MAX_YAML_ALIASES = 5
"""More aliases (`*name`) are refused, so no "billion laughs" expansion reaches the fields."""
_DEEP_INDENT = re.compile(rf"^ {{{MAX_FRONT_MATTER_DEPTH // 2},}}", re.MULTILINE)
# python-frontmatter's TOMLHandler exists only with the third-party `toml` package installed.
_TOML_BOUNDARY = re.compile(r"^\+{3,}\s*$", re.MULTILINE)
# tomllib ends its messages with where the error is, counted from the front matter's start.
_TOML_POSITION = re.compile(r" \(at (?:line (\d+), column \d+|end of document)\)$")


class _Refused(Exception):
    """Front matter that cannot be read; the message says why."""


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
    FrontMatterFormat("YAML", YAMLHandler(), "---", "---"),
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
            return format_
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
    except (ValueError, RecursionError):  # no JSON there: a body that starts with a brace
        return None
    line_end = text.find("\n", end)
    rest_of_line = text[end:] if line_end < 0 else text[end:line_end]
    if not isinstance(value, dict) or rest_of_line.strip():
        return None
    return text[:end], "" if line_end < 0 else text[line_end + 1 :]


def parse_front_matter(front: FrontMatter) -> Mapping[object, object] | str:
    """Parse front matter safely, refusing input that is too big or too deep.

    Args:
        front: The split front matter.

    Returns:
        The keys and values, or why they cannot be read.
    """
    if front.headers is not None:
        values: dict[object, object] = {key: value for key, value in front.headers.items()}
        return values
    if len(front.text) > MAX_FRONT_MATTER_CHARS:
        return (
            f"front matter is too large ({len(front.text) // 1024} KB; "
            f"the limit is {MAX_FRONT_MATTER_CHARS // 1024} KB)"
        )
    parse = {"YAML": _parse_yaml, "TOML": _parse_toml, "JSON": _parse_json}[front.format.name]
    try:
        data = parse(front.text, front.first_line)
    except _Refused as refusal:
        return str(refusal)
    if data is None:  # `---` right after `---`
        return {}
    if not isinstance(data, Mapping):
        return "front matter is not a mapping of keys"
    return data


def _too_deep() -> _Refused:
    """The refusal of front matter nested beyond the limit."""
    return _Refused(f"front matter is nested more than {MAX_FRONT_MATTER_DEPTH} levels deep")


def _is_too_deep(value: object) -> bool:
    """Whether lists and mappings in `value` nest beyond the limit (walked without recursion)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping | list):
            if depth > MAX_FRONT_MATTER_DEPTH:
                return True
            children = item.values() if isinstance(item, Mapping) else item
            stack.extend((child, depth + 1) for child in children)
    return False


def _parse_toml(toml_text: str, first_line: int) -> object:
    """Parse TOML front matter, or say why it cannot be read."""
    try:
        data = tomllib.loads(toml_text)
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        raise _too_deep() from None
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION.search(message)
        where = ""
        if position is not None:
            message = message[: position.start()]
            if position.group(1):
                where = f" (line {first_line + int(position.group(1)) - 1})"
        raise _Refused(f"front matter is not valid TOML{where}: {message}") from None
    except ValueError as error:  # an integer of more than 4,300 digits
        raise _Refused(f"front matter is not valid TOML: {error}") from None
    if _is_too_deep(data):
        raise _too_deep()
    return data


def _parse_json(json_text: str, first_line: int) -> object:
    """Parse JSON front matter, or say why it cannot be read."""
    try:
        data = json.loads(json_text)
    except RecursionError:  # json gives up at Python's recursion limit
        raise _too_deep() from None
    except json.JSONDecodeError as error:
        line = first_line + error.lineno - 1
        raise _Refused(f"front matter is not valid JSON (line {line}): {error.msg}") from None
    except ValueError as error:  # an integer of more than 4,300 digits
        raise _Refused(f"front matter is not valid JSON: {error}") from None
    if _is_too_deep(data):
        raise _too_deep()
    return data


class _FrontMatterLoader(_SafeLoader):
    """Safe YAML loading, except that a scalar PyYAML cannot convert stays a string.

    `date: 2025-02-30` or `importance: !!int high` would otherwise raise ValueError (and
    `!!bool x` KeyError) out of `yaml.load`; as strings, the coercion helpers report them
    as problems with that one field and the article still loads.
    """


def _keep_string_when_invalid(
    construct: Callable[[SafeConstructor, yaml.ScalarNode], object],
) -> Callable[[_FrontMatterLoader, yaml.ScalarNode], object]:
    """Wrap a PyYAML scalar constructor to fall back to the scalar's text."""

    def construct_or_keep(loader: _FrontMatterLoader, node: yaml.ScalarNode) -> object:
        try:
            return construct(loader, node)
        # ValueError: bad number or impossible date; IndexError: an empty `!!int`/`!!float`;
        # KeyError: `!!bool maybe`; AttributeError: `!!timestamp` text that is no timestamp.
        except (ValueError, IndexError, KeyError, AttributeError):
            return loader.construct_scalar(node)

    return construct_or_keep


class _PurePythonLoader(yaml.SafeLoader):
    """`_FrontMatterLoader` on PyYAML's own parser, for what libyaml refuses that it reads:
    a `"\\ud83d"` escape (half an emoji), whose lone surrogate is replaced where values
    enter the article."""


for _tag, _construct in (
    ("int", SafeConstructor.construct_yaml_int),
    ("float", SafeConstructor.construct_yaml_float),
    ("bool", SafeConstructor.construct_yaml_bool),
    ("timestamp", SafeConstructor.construct_yaml_timestamp),
):
    for _loader in (_FrontMatterLoader, _PurePythonLoader):
        _loader.add_constructor(f"tag:yaml.org,2002:{_tag}", _keep_string_when_invalid(_construct))


def _parse_yaml(yaml_text: str, first_line: int) -> object:
    """Parse YAML front matter, or say why it cannot be read."""
    try:
        _check_yaml_shape(yaml_text)
        try:
            return yaml.load(yaml_text, Loader=_FrontMatterLoader)
        except yaml.MarkedYAMLError as error:
            if "character escape" not in str(error.problem):
                raise
            return yaml.load(yaml_text, Loader=_PurePythonLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" (line {first_line + mark.line})" if mark is not None else ""
        reason = f"front matter is not valid YAML{where}: {error.problem or error.context}"
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, e.g. U+0001
        # libyaml counts the position in UTF-8 bytes (the pure-Python reader in characters).
        line = first_line + yaml_text.encode()[: error.position].count(b"\n")
        reason = f"front matter is not valid YAML (line {line}): {error.reason}"
    except yaml.YAMLError as error:
        reason = f"front matter is not valid YAML: {' '.join(str(error).split())}"
    raise _Refused(reason)


def _could_be_deep_or_aliased(yaml_text: str) -> bool:
    """A cheap look that rules out most front matter before walking its events.

    Every level of nesting takes an indentation step (at least a space), a `- ` or `? `
    marker, or a `[` or `{`; every alias a `*`. With fewer than half the depth limit in
    markers and in indentation, front matter cannot go too deep.
    """
    markers = sum(yaml_text.count(marker) for marker in ("- ", "? ", "[", "{"))
    return (
        markers >= MAX_FRONT_MATTER_DEPTH // 2
        or yaml_text.count("*") > MAX_YAML_ALIASES
        or _DEEP_INDENT.search(yaml_text) is not None
    )


def _check_yaml_shape(yaml_text: str) -> None:
    """Refuse YAML that is too deep or uses too many aliases.

    Walks the parser's event stream, which libyaml produces without recursion, and stops at
    the first refusal, so this stays cheap even on hostile input. Raises yaml.YAMLError.
    """
    if not _could_be_deep_or_aliased(yaml_text):
        return
    try:
        _walk_yaml_shape(yaml_text, _FrontMatterLoader)
    except yaml.YAMLError:
        # Newer libyaml refuses deep flow nesting in its scanner, which reads up to 1,024
        # characters ahead of the events walked here, and words it its own way. The
        # pure-Python parser has no such limit, so the reader's own refusal comes first
        # whatever the libyaml version; a real syntax error is raised again by it.
        _walk_yaml_shape(yaml_text, yaml.SafeLoader)


def _walk_yaml_shape(yaml_text: str, loader: type[yaml.SafeLoader] | type[_SafeLoader]) -> None:
    """Walk the events of `yaml_text` with `loader`, refusing too deep nesting or too many
    aliases at the first event past the limit."""
    depth = aliases = 0
    for event in yaml.parse(yaml_text, Loader=loader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_FRONT_MATTER_DEPTH:
                raise _too_deep() from None
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_YAML_ALIASES:
                raise _Refused(
                    f"front matter uses YAML aliases (*name) more than {MAX_YAML_ALIASES} times"
                )
