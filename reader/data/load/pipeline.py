"""Load article files into Articles: repair the text, parse its front matter, type it.

Files are opened read-only and never changed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from ..article import Article, LoadProblem
from ..text.repair import RepairedText, repair_text
from ..text.restore import restore_article, restore_document
from .coerce import coerce_importance, coerce_text
from .dates import date_in_file_name
from .fields import (
    CATEGORY_FIELDS,
    TAG_FIELDS,
    CaselessKeys,
    name_of,
    read_draft,
    read_facets,
    read_people,
    read_published,
    untitled_title,
)
from .files import MAX_FILE_BYTES, read_article_text
from .front_matter import (
    NOT_A_MAPPING,
    FrontMatter,
    FrontMatterFormat,
    PartlyRead,
    parse_front_matter,
    split_front_matter,
    unclosed_note,
)
from .infer import infer_article
from .sanitize import neutralise_controls, valid_unicode
from .sources import read_source_field

MAX_LISTED_REPAIRS = 20
"""Article.repairs lists this many changes, then one "and N more changes" line."""

_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")
_FIRST_TEXT_LINE = re.compile(r"\A\s*[^\n]*")
"""A body's first line that holds text, with the blank lines before it."""
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
    return _load_text(path, read.text, read.encoding_note)


def load_list_fields(path: Path, max_file_bytes: int = MAX_FILE_BYTES) -> Article | LoadProblem:
    """Load what a list shows of one article file: the first of loading's two passes.

    The front matter is repaired and parsed as `load_article` does, with the body's first
    line (a title may come from its heading); a file without front matter is repaired and
    inferred whole, as its title and address come from its text. Whether the title lost its
    diacritics is judged on the title and the lead alone: reading the body word by word is
    the second pass's work (which, judging on the whole text, differs for about one
    inferred title in ten and corrects the list then).

    Args:
        path: The file; it is opened read-only and never changed.
        max_file_bytes: A larger file is a `LoadProblem`, refused unread.

    Returns:
        The article without its body (""), its key points and repairs left to
        `load_article`; or a `LoadProblem` as `load_article` gives it.
    """
    read = read_article_text(path, max_file_bytes)
    if isinstance(read, LoadProblem):
        return read
    text = read.text
    front = split_front_matter(text)
    if isinstance(front, FrontMatter) and text.endswith(front.body):
        first_line = _FIRST_TEXT_LINE.match(front.body)
        text = text[: len(text) - len(front.body)] + (first_line[0] if first_line else "")
    return _load_text(path, text, read.encoding_note, list_only=True)


def _load_text(
    path: Path, text: str, encoding_note: str, list_only: bool = False
) -> Article | LoadProblem:
    """Repair, parse and restore a file's decoded text into its article; `list_only` leaves
    out its body and what repair changed (see `load_list_fields`)."""
    # Repair before parsing, so front matter values and the body are repaired alike.
    repaired = repair_text(text)
    described = [] if list_only else describe_repairs(repaired)
    repairs = ([encoding_note] if encoding_note else []) + described
    # Control characters never reach the fields: YAML refuses them, and a terminal obeys them.
    safe_text, removed = neutralise_controls(repaired.text)
    parsed = _parse_article(path, safe_text, repairs)
    if isinstance(parsed, LoadProblem):
        return parsed
    # A lone surrogate comes only from a `\u` escape of the front matter (decoded text has
    # none): most files are not walked for them.
    escaped = "\\u" in safe_text or "\\U" in safe_text
    article, invalid = valid_unicode(parsed) if escaped else (parsed, 0)
    problems = article.problems
    if removed:
        problems = (
            *problems,
            f"control characters or terminal escape sequences removed: {removed}",
        )
    if invalid:
        problems = (*problems, f"characters that are not valid Unicode replaced with �: {invalid}")
    article = replace(
        article,
        body="" if list_only else article.body,
        problems=problems,
        repair_count=article.repair_count + repaired.change_count + bool(encoding_note),
        repair_reason=repaired.reason,
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
    if meta == NOT_A_MAPPING:  # text between two horizontal rules: a note, all of it
        return _inferred_article(path, whole.lstrip(), repairs)
    if isinstance(meta, str):
        return LoadProblem(path, meta)
    if isinstance(meta, PartlyRead):
        keys = CaselessKeys(meta.values)
        return _article_from_front_matter(path, keys, front.body, repairs, [*meta.problems])
    return _article_from_front_matter(path, CaselessKeys(meta), front.body, repairs)


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
    path: Path,
    meta: Mapping[object, object],
    body: str,
    repairs: list[str],
    problems: list[str] | None = None,
) -> Article:
    """Build an Article from parsed front matter, noting every value that was unusable
    after `problems` (how the front matter was read)."""
    problems = [] if problems is None else problems

    def text(key: str) -> str:
        return coerce_text(meta.get(key), key, problems)

    original_title = text("original_title")
    title = (
        text("title") or text("headline") or untitled_title(path, original_title, body, problems)
    )
    published = read_published(path, meta, problems)
    draft = read_draft(path, meta, problems)
    return Article(
        id=text("slug") or name_of(path),
        path=path,
        title=title,
        description=text("description") or text("summary") or text("perex") or text("excerpt"),
        categories=read_facets(path, meta, CATEGORY_FIELDS, problems),
        tags=read_facets(path, meta, TAG_FIELDS, problems),
        importance=coerce_importance(meta.get("importance"), "importance", problems),
        published=published,
        author=", ".join(read_people(meta, problems)),
        source=(source := read_source_field(meta.get("source"), problems)).source,
        url=text("url") or text("link") or source.address,
        image_url=text("urlToImage") or text("urlToImageBackup"),
        original_title=original_title,
        body=_LEADING_BLANK_LINES.sub("", body).rstrip(),
        repairs=tuple(repairs),
        problems=tuple(problems),
        draft=draft,
    )


def _inferred_article(path: Path, text: str, repairs: list[str], *problems: str) -> Article:
    """Build an Article from a file without front matter, via `infer_article`."""
    inferred = infer_article(text, fallback_title=name_of(path))
    notes: list[str] = []  # the text is clean already: coercion only makes fields one line
    dating: list[str] = []
    published = date_in_file_name(path, dating)
    return Article(
        id=name_of(path),
        path=path,
        title=coerce_text(inferred.title, "title", notes),
        source=inferred.source,
        url=coerce_text(inferred.url, "url", notes),
        published=published,
        body=inferred.body,
        repairs=tuple(repairs),
        problems=(*problems, *inferred.problems, *dating),
        inferred=True,
    )


def _cut(words: str) -> str:
    """Shorten changed words for a repair sentence, dropping control characters."""
    words = neutralise_controls(words)[0]
    if len(words) > _MAX_QUOTED_WORDS_CHARS:
        return words[: _MAX_QUOTED_WORDS_CHARS - 1] + "…"
    return words
