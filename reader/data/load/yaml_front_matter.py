"""YAML front matter parsed safely: no Python objects, a scalar that cannot be converted kept
as text, and the reader's own limits on nesting and aliases checked before the values are
built."""

from __future__ import annotations

import re
from collections.abc import Callable

import yaml
from yaml.constructor import SafeConstructor

from .refusals import MAX_FRONT_MATTER_DEPTH, NotValidYaml, Refused, too_deep
from .scalar_values import WrittenFloat, WrittenInt

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml: the pure-Python loader does the same job
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_YAML_ALIASES = 5
"""More aliases (`*name`) are refused, so no "billion laughs" expansion reaches the fields."""
_DEEP_INDENT = re.compile(rf"^ {{{MAX_FRONT_MATTER_DEPTH // 2},}}", re.MULTILINE)


class _FrontMatterLoader(_SafeLoader):
    """Safe YAML loading, except that a scalar PyYAML cannot convert stays a string.

    `date: 2025-02-30` or `importance: !!int high` would otherwise raise ValueError (and
    `!!bool x` KeyError) out of `yaml.load`; as strings, the coercion helpers report them
    as problems with that one field and the article still loads.
    """


_PLAIN_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
"""A whole number written as Python writes it (compared so, not by writing the number out:
Python refuses to write one of more than 4,300 digits)."""
BOOLEANS = frozenset({"true", "false"})
"""The booleans of YAML 1.2; YAML 1.1's `yes`, `no`, `on` and `off` stay the words written
(`title: Yes`), which a yes-or-no field reads all the same."""


def _keep_string_when_invalid(
    construct: Callable[[SafeConstructor, yaml.ScalarNode], object],
) -> Callable[[_FrontMatterLoader, yaml.ScalarNode], object]:
    """Wrap a PyYAML scalar constructor to fall back to the scalar's text; to keep a base-60
    number as written (YAML 1.1 reads `time: 12:30` as 750 seconds, which YAML 1.2 and the
    writer do not), and YAML 1.1's yes-or-no words; and a number written otherwise than
    Python writes it (`012`, `.5`) with its text, which a field of text shows."""

    def construct_or_keep(loader: _FrontMatterLoader, node: yaml.ScalarNode) -> object:
        written = str(node.value)
        if construct is SafeConstructor.construct_yaml_bool and written.lower() not in BOOLEANS:
            return loader.construct_scalar(node)
        if ":" in written and construct is not SafeConstructor.construct_yaml_timestamp:
            return loader.construct_scalar(node)
        try:
            value = construct(loader, node)
        # ValueError: bad number or impossible date; IndexError: an empty `!!int`/`!!float`;
        # KeyError: `!!bool maybe`; AttributeError: `!!timestamp` text that is no timestamp.
        except (ValueError, IndexError, KeyError, AttributeError):
            return loader.construct_scalar(node)
        if type(value) is int and not _PLAIN_INTEGER.fullmatch(written):
            return WrittenInt(value, written)
        if type(value) is float and written != repr(value):
            return WrittenFloat(value, written)
        return value

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


def parse_yaml(yaml_text: str, first_line: int) -> object:
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
        lines = yaml_text.split("\n")
        tab = mark is not None and mark.line < len(lines) and "\t" in lines[mark.line]
        hint = " (a tab: YAML indents with spaces)" if tab else ""
        reason = f"front matter is not valid YAML{where}: {error.problem or error.context}{hint}"
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, e.g. U+0001
        # libyaml counts the position in UTF-8 bytes (the pure-Python reader in characters).
        line = first_line + yaml_text.encode()[: error.position].count(b"\n")
        reason = f"front matter is not valid YAML (line {line}): {error.reason}"
    except yaml.YAMLError as error:
        reason = f"front matter is not valid YAML: {' '.join(str(error).split())}"
    raise NotValidYaml(reason)


_TOP_LEVEL_KEY = re.compile(r"(?P<key>[^\W\d][\w .-]{0,60}?)[ \t]*:(?:[ \t]+|$)")
"""A line that starts a key of the front matter's mapping: `title: …`, `tags:`."""


def read_key_by_key(yaml_text: str, first_line: int) -> dict[object, object]:
    """The keys of YAML front matter that is not valid as a whole, each read on its own: a
    key's line with the indented lines under it. A key whose lines are no valid YAML alone
    keeps the text written after it (`title: Praha: nová linka`, `date: !r Sys.Date()`);
    lines under no key are left out. Nothing is read when no line starts a key."""
    keys: list[tuple[str, list[str]]] = []
    for line in yaml_text.split("\n"):
        found = _TOP_LEVEL_KEY.match(line)
        if found is not None:
            keys.append((found["key"], [line]))
        elif keys and (not line.strip() or line[0] in " \t-"):
            keys[-1][1].append(line)
    values: dict[object, object] = {}
    for key, lines in keys:
        try:
            value = parse_yaml("\n".join(lines), first_line)
        except Refused:
            value = None
        if isinstance(value, dict) and len(value) == 1:
            values.update(value)
        else:
            values[key] = lines[0].split(":", 1)[1].strip()
    return values


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
                raise too_deep() from None
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_YAML_ALIASES:
                raise Refused(
                    f"front matter uses YAML aliases (*name) more than {MAX_YAML_ALIASES} times"
                )


TEXT_KEYS = frozenset(
    "title headline description summary author tags categories category keywords".split()
)
"""Keys of text a reader sees: a YAML comment cutting one short is worth a note."""
_PLAIN_VALUE = re.compile(r"[^'\"\[{|>&*!\s]|#")
"""The start of a plain value (not quoted, not a list, mapping or block), or a comment."""
_COMMENT = re.compile(r"(?:^|[ \t])#")
"""Where a YAML comment starts in a plain value: a `#` after a space (`C#` is none)."""


def starts_a_key(line: str) -> bool:
    """Whether `line` starts a key of the front matter's mapping (`title: …`, `tags:`)."""
    return _TOP_LEVEL_KEY.match(line) is not None


def quiet_losses(yaml_text: str) -> tuple[str, ...]:
    """A note for what YAML reads without a word and a writer seldom means: a text field
    whose plain value a comment cut short or left empty (`title: Issue #42 fixed` is
    `Issue`, `tags: #a #b` nothing), and a key given twice or more (the last is kept)."""
    notes: list[str] = []
    seen: dict[str, int] = {}
    for line in yaml_text.split("\n"):
        found = _TOP_LEVEL_KEY.match(line)
        if found is None:
            continue
        key, value = found["key"], line[found.end() :]
        seen[key] = seen.get(key, 0) + 1
        if key.lower() not in TEXT_KEYS or not _PLAIN_VALUE.match(value):
            continue
        comment = _COMMENT.search(value)
        if comment is not None:
            cut = value[comment.start() :].strip()
            what = "part of the value" if comment.start() else "the value, which is empty"
            notes.append(
                f"{key}: '{cut}' is a YAML comment, not {what}; written in quotes it is kept"
            )
    notes += [
        f"{key} is given {times} times; the last is read"
        for key, times in seen.items()
        if times > 1
    ]
    return tuple(notes)
