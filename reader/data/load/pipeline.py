"""Load article files into Articles: repair the text, parse its front matter, type it.

Files are opened read-only and never changed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from ..article import Article, LoadProblem
from ..query import fold
from ..text.repair import RepairedText, repair_text
from ..text.restore import restore_article, restore_document
from .coerce import (
    coerce_datetime,
    coerce_facets,
    coerce_flag,
    coerce_importance,
    coerce_people,
    coerce_source,
    coerce_text,
)
from .dates import date_in_address, date_in_file_name
from .files import MAX_FILE_BYTES, kept_name, read_article_text
from .front_matter import (
    FrontMatterFormat,
    parse_front_matter,
    split_front_matter,
    unclosed_note,
)
from .infer import infer_article
from .sanitize import neutralise_controls, one_line

MAX_LISTED_REPAIRS = 20
"""Article.repairs lists this many changes, then one "and N more changes" line."""

_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")
_MAX_QUOTED_WORDS_CHARS = 60


def load_article(path: Path, max_file_bytes: int = MAX_FILE_BYTES) -> Article | LoadProblem:
    """Load one article file.

    Args:
        path: The file; it is opened read-only and never changed.
        max_file_bytes: A larger file is a `LoadProblem`, refused unread.

    Returns:
        The article, or a `LoadProblem` when the file cannot be read or its front matter
        cannot be parsed. A file without front matter is inferred (`Article.inferred`).
    """
    read = read_article_text(path, max_file_bytes)
    if isinstance(read, LoadProblem):
        return read
    # Repair before parsing, so front matter values and the body are repaired alike.
    repaired = repair_text(read.text)
    repairs = ([read.encoding_note] if read.encoding_note else []) + describe_repairs(repaired)
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


def repair_file_text(text: str, restore: bool) -> RepairedText:
    """Repair a whole file's text as loading does, for `reader repair`: its encoding, then,
    when `restore`, its Czech diacritics and OCR-misread letters where it lacks them.

    Args:
        text: A file's text, front matter and all.
        restore: Whether to restore diacritics too (`--diacritics`).

    Returns:
        The result, its changes those of both steps.
    """
    repaired = repair_text(text)
    if not restore:
        return repaired
    restored = restore_document(repaired.text)
    if not restored.reason:
        return repaired
    reason = "; ".join(step.reason for step in (repaired, restored) if step.reason)
    return RepairedText(restored.text, text, reason)


def _parse_article(path: Path, whole: str, repairs: list[str]) -> Article | LoadProblem:
    """Split repaired text into front matter and body and build the article."""
    front = split_front_matter(whole)
    if front is None:
        return _inferred_article(path, whole.lstrip(), repairs)
    if isinstance(front, FrontMatterFormat):
        return _inferred_article(path, whole.lstrip(), repairs, unclosed_note(front))
    meta = parse_front_matter(front)
    if isinstance(meta, str):
        return LoadProblem(path, meta)
    return _article_from_front_matter(path, meta, front.body, repairs)


def describe_repairs(repaired: RepairedText) -> list[str]:
    """Describe what `repair_text` changed as short sentences, the first
    `MAX_LISTED_REPAIRS` of them.

    Returns:
        One sentence per change, then "and N more changes" if some were left out.
    """
    lines = []
    for change in repaired.first_changes(MAX_LISTED_REPAIRS):
        times = f" ({change.times}×)" if change.times > 1 else ""
        lines.append(f"fixed mojibake: '{_cut(change.before)}' → '{_cut(change.after)}'{times}")
    distinct = len(repaired.word_changes)
    if distinct > MAX_LISTED_REPAIRS:
        lines.append(f"and {distinct - MAX_LISTED_REPAIRS} more changes")
    return lines


def _article_from_front_matter(
    path: Path, meta: Mapping[object, object], body: str, repairs: list[str]
) -> Article:
    """Build an Article from parsed front matter, noting every value that was unusable."""
    problems: list[str] = []

    def text(key: str) -> str:
        return coerce_text(meta.get(key), key, problems)

    original_title = text("original_title")
    title = text("title") or _untitled(path, original_title, body, problems)
    published = _published(path, meta, problems)
    draft = coerce_flag(meta.get("draft"), "draft", problems) or text("status").lower() == "draft"
    return Article(
        id=text("slug") or name_of(path),
        path=path,
        title=title,
        description=text("description") or text("summary") or text("perex"),
        categories=_facets(meta, CATEGORY_FIELDS, problems),
        tags=_facets(meta, TAG_FIELDS, problems),
        importance=coerce_importance(meta.get("importance"), "importance", problems),
        published=published,
        author=", ".join(_people(meta, problems)),
        source=coerce_source(meta.get("source"), "source", problems),
        url=text("url"),
        image_url=text("urlToImage") or text("urlToImageBackup"),
        original_title=original_title,
        body=_LEADING_BLANK_LINES.sub("", body).rstrip(),
        repairs=tuple(repairs),
        problems=tuple(problems),
        draft=draft,
    )


CATEGORY_FIELDS = (("categories", True), ("category", False), ("section", False))
"""The keys of an article's categories, and whether one text of them may hold several."""
TAG_FIELDS = (("tags", True), ("keywords", True), ("tag", False))
"""The keys of an article's tags."""


def _facets(
    meta: Mapping[object, object], fields: tuple[tuple[str, bool], ...], problems: list[str]
) -> tuple[str, ...]:
    """The names of every field of `fields`, each once (compared folded), as first written;
    a field may also be in Zola's `[taxonomies]` table."""
    taxonomies = meta.get("taxonomies")
    tables = [meta, taxonomies] if isinstance(taxonomies, Mapping) else [meta]
    names: dict[str, str] = {}
    for key, split in fields:
        for table in tables:
            for name in coerce_facets(table.get(key), key, problems, split):
                names.setdefault(fold(name), name)
    return tuple(names.values())


PEOPLE_FIELDS = (("author", False), ("authors", True), ("creator", False))
"""The keys naming an article's people, and whether one text of them may hold several."""


def _people(meta: Mapping[object, object], problems: list[str]) -> list[str]:
    """The article's people from every people field, each named once, in order."""
    names: dict[str, None] = {}
    for key, split in PEOPLE_FIELDS:
        names.update(dict.fromkeys(coerce_people(meta.get(key), key, problems, split)))
    return list(names)


DATE_FIELDS = ("publishedAt", "date", "pubDate", "published", "created")
"""The front matter keys of an article's date, the first one read winning."""
ADDRESS_FIELDS = ("path", "url", "permalink")
"""Keys whose `/YYYY/MM/DD/` dates an article that declares no date."""


_FIRST_HEADING = re.compile(r"\A\s*#[ \t]+(?P<heading>[^\n]+?)[ \t#]*$", re.MULTILINE)
"""A level-one Markdown heading on the body's first line (an Obsidian note's title)."""
_SECTION_PAGES = frozenset({"index", "_index"})
"""Hugo's page-bundle and section files, named by their folder."""


def _untitled(path: Path, original_title: str, body: str, problems: list[str]) -> str:
    """The title of an article whose front matter has none, with a note saying where it
    came from: its original title, its first heading, its folder (a section's `_index.md`)
    or its file name."""
    heading = _FIRST_HEADING.match(body)
    if original_title:
        title, origin = original_title, "the original title"
    elif heading is not None and (title := one_line(heading["heading"])):
        origin = "the first heading"
    elif path.stem in _SECTION_PAGES and (title := one_line(kept_name(path.parent.name))):
        origin = "the folder's name"
    else:
        title, origin = name_of(path), "the file name"
    problems.append(f"no title; using {origin}")
    return title


def _published(path: Path, meta: Mapping[object, object], problems: list[str]) -> datetime | None:
    """The article's date: from the first date field that reads; when none is there, from
    the file name or an address field. A date field that is there and does not read is
    reported, and leaves the article undated rather than dated by a guess."""
    declared = False
    for key in DATE_FIELDS:
        value = meta.get(key)
        declared = declared or value is not None
        published = coerce_datetime(value, key, problems)
        if published is not None:
            return published
    if declared:
        return None
    in_name = date_in_file_name(path)
    if in_name is not None:
        return in_name
    for key in ADDRESS_FIELDS:
        value = meta.get(key)
        if isinstance(value, str) and (in_address := date_in_address(value)) is not None:
            return in_address
    return None


def _inferred_article(path: Path, text: str, repairs: list[str], *problems: str) -> Article:
    """Build an Article from a file without front matter, via `infer_article`."""
    inferred = infer_article(text, fallback_title=name_of(path))
    notes: list[str] = []  # the text is clean already: coercion only makes fields one line
    return Article(
        id=name_of(path),
        path=path,
        title=coerce_text(inferred.title, "title", notes),
        source=inferred.source,
        url=coerce_text(inferred.url, "url", notes),
        published=date_in_file_name(path),
        body=inferred.body,
        repairs=tuple(repairs),
        problems=(*problems, *inferred.problems),
        inferred=True,
    )


def name_of(path: Path) -> str:
    """The file's name without its suffix, as an id or a title: one line, safe to show."""
    return one_line(kept_name(path.stem)) or "untitled"


def _cut(words: str) -> str:
    """Shorten changed words for a repair sentence, dropping control characters."""
    words = neutralise_controls(words)[0]
    if len(words) > _MAX_QUOTED_WORDS_CHARS:
        return words[: _MAX_QUOTED_WORDS_CHARS - 1] + "…"
    return words
