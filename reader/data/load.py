"""Load article files into Articles: repair the text, parse its bounded YAML front matter, type it.

This is the only module that touches raw YAML. Files are opened read-only and never changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import yaml
from frontmatter.default_handlers import YAMLHandler
from yaml.constructor import SafeConstructor

from .article import Article, LoadProblem
from .coerce import coerce_datetime, coerce_importance, coerce_source, coerce_text
from .files import read_article_text
from .infer import infer_article
from .repair import TextChange, repair_text
from .restore import restore_article
from .sanitize import neutralise_controls

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml: the pure-Python loader does the same job
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

MAX_FRONT_MATTER_CHARS = 64 * 1024
"""Longer front matter is refused before YAML sees it; real articles use about 2 KB."""
MAX_YAML_DEPTH = 50
"""Deeper nesting is refused: PyYAML's C loader overflows the stack at ~30,000 levels."""
MAX_YAML_ALIASES = 5
"""More aliases (`*name`) are refused, so no "billion laughs" expansion reaches the fields."""
_DEEP_INDENT = re.compile(rf"^ {{{MAX_YAML_DEPTH // 2},}}", re.MULTILINE)
MAX_LISTED_REPAIRS = 20
"""Article.repairs lists this many changes, then one "and N more changes" line."""

UNCLOSED_FRONT_MATTER = "front matter has no closing '---' line; read as plain text"

# Only YAML front matter: python-frontmatter's JSON handler would take any body that
# starts with a "{" line for metadata.
_YAML_HANDLER = YAMLHandler()
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")
_MAX_QUOTED_WORDS_CHARS = 60


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


for _tag, _construct in (
    ("int", SafeConstructor.construct_yaml_int),
    ("float", SafeConstructor.construct_yaml_float),
    ("bool", SafeConstructor.construct_yaml_bool),
    ("timestamp", SafeConstructor.construct_yaml_timestamp),
):
    _FrontMatterLoader.add_constructor(
        f"tag:yaml.org,2002:{_tag}", _keep_string_when_invalid(_construct)
    )


def load_article(path: Path) -> Article | LoadProblem:
    """Load one article file.

    Args:
        path: The file; it is opened read-only and never changed.

    Returns:
        The article, or a `LoadProblem` when the file cannot be read or its front matter
        cannot be parsed. A file without front matter is inferred (`Article.inferred`).
    """
    read = read_article_text(path)
    if isinstance(read, LoadProblem):
        return read
    # Repair before parsing, so front matter values and the body are repaired alike.
    repaired = repair_text(read.text)
    repairs = ([read.encoding_note] if read.encoding_note else []) + describe_repairs(
        repaired.changes
    )
    # Control characters never reach the fields: YAML refuses them, and a terminal obeys them.
    safe_text, removed = neutralise_controls(repaired.text)
    article = _parse_article(path, safe_text, repairs)
    if isinstance(article, LoadProblem):
        return article
    problems = article.problems
    if removed:
        problems = (*problems, f"{removed} control characters or terminal escape sequences removed")
    article = replace(
        article,
        problems=problems,
        repair_count=repaired.change_count + bool(read.encoding_note),
    )
    return restore_article(article)


def _parse_article(path: Path, whole: str, repairs: list[str]) -> Article | LoadProblem:
    """Split repaired text into front matter and body and build the article."""
    text = whole.lstrip()
    opening = YAMLHandler.FM_BOUNDARY.match(text)
    if opening is None:
        return _inferred_article(path, text, repairs)
    try:
        yaml_text, body = _YAML_HANDLER.split(text)
    except ValueError:  # an opening '---' line and no closing one
        return _inferred_article(path, text, repairs, UNCLOSED_FRONT_MATTER)
    skipped = whole[: len(whole) - len(text)] + text[: opening.end()]
    first_line = skipped.count("\n") + 1
    meta = parse_front_matter(yaml_text, first_line)
    if isinstance(meta, str):
        return LoadProblem(path, meta)
    return _article_from_front_matter(path, meta, body, repairs)


def parse_front_matter(yaml_text: str, first_line: int = 1) -> Mapping[object, object] | str:
    """Parse front matter YAML safely, refusing input that is too big or too deep.

    Args:
        yaml_text: The text between the `---` lines.
        first_line: The file's line number of the YAML text's first line, for error messages.

    Returns:
        The keys and values, or why they cannot be read.
    """
    if len(yaml_text) > MAX_FRONT_MATTER_CHARS:
        return (
            f"front matter is too large ({len(yaml_text) // 1024} KB; "
            f"the limit is {MAX_FRONT_MATTER_CHARS // 1024} KB)"
        )
    try:
        refusal = _check_yaml_shape(yaml_text)
        if refusal:
            return refusal
        data = _YAML_HANDLER.load(yaml_text, Loader=_FrontMatterLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" (line {first_line + mark.line})" if mark is not None else ""
        return f"front matter is not valid YAML{where}: {error.problem or error.context}"
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, e.g. U+0001
        # libyaml counts the position in UTF-8 bytes (the pure-Python reader in characters).
        line = first_line + yaml_text.encode()[: error.position].count(b"\n")
        return f"front matter is not valid YAML (line {line}): {error.reason}"
    except yaml.YAMLError as error:
        return f"front matter is not valid YAML: {' '.join(str(error).split())}"
    if data is None:  # `---` right after `---`
        return {}
    if not isinstance(data, Mapping):
        return "front matter is not a mapping of keys"
    return data


def describe_repairs(changes: Sequence[TextChange]) -> list[str]:
    """Describe text repairs as short sentences, the first `MAX_LISTED_REPAIRS` of them.

    Args:
        changes: What `repair_text` changed.

    Returns:
        One sentence per change, then "and N more changes" if some were left out.
    """
    lines = []
    for change in changes[:MAX_LISTED_REPAIRS]:
        times = f" ({change.count}×)" if change.count > 1 else ""
        lines.append(f"fixed mojibake: '{_cut(change.before)}' → '{_cut(change.after)}'{times}")
    if len(changes) > MAX_LISTED_REPAIRS:
        lines.append(f"and {len(changes) - MAX_LISTED_REPAIRS} more changes")
    return lines


def _could_be_deep_or_aliased(yaml_text: str) -> bool:
    """A cheap look that rules out most front matter before walking its events.

    Every level of nesting takes an indentation step (at least a space), a `- ` or `? `
    marker, or a `[` or `{`; every alias a `*`. With fewer than half the depth limit in
    markers and in indentation, front matter cannot go too deep.
    """
    markers = sum(yaml_text.count(marker) for marker in ("- ", "? ", "[", "{"))
    return (
        markers >= MAX_YAML_DEPTH // 2
        or yaml_text.count("*") > MAX_YAML_ALIASES
        or _DEEP_INDENT.search(yaml_text) is not None
    )


def _check_yaml_shape(yaml_text: str) -> str:
    """Say why YAML is too deep or uses too many aliases, or return "" if it is fine.

    Walks the parser's event stream, which libyaml produces without recursion, and stops at
    the first refusal, so this stays cheap even on hostile input. Raises yaml.YAMLError.
    """
    if not _could_be_deep_or_aliased(yaml_text):
        return ""
    depth = aliases = 0
    for event in yaml.parse(yaml_text, Loader=_FrontMatterLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                return f"front matter is nested more than {MAX_YAML_DEPTH} levels deep"
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_YAML_ALIASES:
                return f"front matter uses YAML aliases (*name) more than {MAX_YAML_ALIASES} times"
    return ""


def _article_from_front_matter(
    path: Path, meta: Mapping[object, object], body: str, repairs: list[str]
) -> Article:
    """Build an Article from parsed front matter, noting every value that was unusable."""
    problems: list[str] = []

    def text(key: str) -> str:
        return coerce_text(meta.get(key), key, problems)

    original_title = text("original_title")
    title = text("title")
    if not title:
        title = original_title or path.stem
        source_of_title = "the original title" if original_title else "the file name"
        problems.append(f"no title; using {source_of_title}")
    published = coerce_datetime(meta.get("publishedAt"), "publishedAt", problems)
    if published is None:
        published = coerce_datetime(meta.get("date"), "date", problems)
    return Article(
        id=text("slug") or path.stem,
        path=path,
        title=title,
        description=text("description"),
        category=text("category"),
        importance=coerce_importance(meta.get("importance"), "importance", problems),
        published=published,
        author=text("author"),
        source=coerce_source(meta.get("source"), "source", problems),
        url=text("url"),
        image_url=text("urlToImage") or text("urlToImageBackup"),
        original_title=original_title,
        body=_LEADING_BLANK_LINES.sub("", body).rstrip(),
        repairs=tuple(repairs),
        problems=tuple(problems),
    )


def _inferred_article(path: Path, text: str, repairs: list[str], *problems: str) -> Article:
    """Build an Article from a file without front matter, via `infer_article`."""
    inferred = infer_article(text, fallback_title=path.stem)
    return Article(
        id=path.stem,
        path=path,
        title=inferred.title,
        source=inferred.source,
        url=inferred.url,
        body=inferred.body,
        repairs=tuple(repairs),
        problems=(*problems, *inferred.problems),
        inferred=True,
    )


def _cut(words: str) -> str:
    """Shorten changed words for a repair sentence."""
    if len(words) > _MAX_QUOTED_WORDS_CHARS:
        return words[: _MAX_QUOTED_WORDS_CHARS - 1] + "…"
    return words
