"""Which front matter keys give which of an article's fields, read the way each site
generator and note-taker writes them: categories and tags, people, the date, and the title
of an article that declares none."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path

from ..query import fold
from .coerce import coerce_datetime, coerce_flag, coerce_text, flag_value
from .coerce_names import coerce_facets, coerce_people
from .dates import SECTION_PAGES, date_in_address, date_in_file_name
from .files import kept_name
from .markdown_syntax import opening_heading
from .sanitize import one_line


class CaselessKeys(Mapping[object, object]):
    """Front matter whose keys are found whatever their case, as Hugo finds them (`Title`,
    `Date`); a key written exactly as asked for wins."""

    def __init__(self, meta: Mapping[object, object]) -> None:
        """Wrap `meta`, noting the first key of each lower-cased spelling."""
        self._meta = meta
        self._lowered: dict[str, object] = {}
        for key in meta:
            if isinstance(key, str):
                self._lowered.setdefault(key.lower(), key)

    def __getitem__(self, key: object) -> object:
        """The value of `key`, or of a key that differs from it only in case."""
        if key in self._meta or not isinstance(key, str):
            return self._meta[key]
        return self._meta[self._lowered[key.lower()]]

    def __iter__(self) -> Iterator[object]:
        """The keys as written."""
        return iter(self._meta)

    def __len__(self) -> int:
        """How many keys there are."""
        return len(self._meta)


CATEGORY_FIELDS = (("categories", True), ("category", False), ("section", False))
"""The keys of an article's categories, and whether one text of them may hold several."""
TAG_FIELDS = (("tags", True), ("keywords", True), ("tag", False))
"""The keys of an article's tags."""
JEKYLL_DRAFTS = "_drafts"
"""The folder of a Jekyll site's drafts."""
JEKYLL_FOLDERS = frozenset({"_posts", JEKYLL_DRAFTS})
"""Folders only Jekyll sites have."""


def read_facets(
    path: Path,
    meta: Mapping[object, object],
    fields: tuple[tuple[str, bool], ...],
    problems: list[str],
) -> tuple[str, ...]:
    """The names of every field of `fields`, each once (compared folded), as first written;
    a field may also be in Zola's `[taxonomies]` table. In a Jekyll folder (`_posts`,
    `_drafts`) a text of a plural key holds names between spaces, as Jekyll reads it."""
    jekyll = not JEKYLL_FOLDERS.isdisjoint(path.parts)
    taxonomies = meta.get("taxonomies")
    tables = [meta, taxonomies] if isinstance(taxonomies, Mapping) else [meta]
    names: dict[str, str] = {}
    for key, split in fields:
        for table in tables:
            for name in coerce_facets(table.get(key), key, problems, split, by_spaces=jekyll):
                names.setdefault(fold(name), name)
    return tuple(names.values())


def read_draft(path: Path, meta: Mapping[object, object], problems: list[str]) -> bool:
    """Whether the article is a draft: Hugo's `draft: true`, Pelican's `Status: draft`,
    Jekyll's `published: false` or its folder of drafts."""
    return (
        coerce_flag(meta.get("draft"), "draft", problems)
        or coerce_text(meta.get("status"), "status", problems).lower() == "draft"
        or flag_value(meta.get(PUBLISHED_FLAG)) is False
        or JEKYLL_DRAFTS in path.parts
    )


PEOPLE_FIELDS = (("author", False), ("authors", True), ("creator", False))
"""The keys naming an article's people, and whether one text of them may hold several."""


def read_people(meta: Mapping[object, object], problems: list[str]) -> list[str]:
    """The article's people from every people field, each named once, in order."""
    names: dict[str, None] = {}
    for key, split in PEOPLE_FIELDS:
        names.update(dict.fromkeys(coerce_people(meta.get(key), key, problems, split)))
    return list(names)


DATE_FIELDS = (
    "publishedAt",
    "date",
    "pubDate",
    "published",
    "publishDate",
    "published_at",
    "date_published",
    "datePublished",
    "created",
    "created_at",
    "date_saved",
    "lastmod",
    "modified",
)
"""The front matter keys of an article's date, the first one read winning (`publishDate`:
Hugo's, for a page whose `date` is left out; `published_at`: Ghost's; `date_published`,
`date_saved`: read-later exports such as Omnivore's; `datePublished`: schema.org's). When the
article was saved or made comes after every date it was published, and when it was last
changed (Hugo's `lastmod`, Pelican's `Modified`) last of all, as Hugo dates a page by it
when nothing else does."""
PUBLISHED_FLAG = "published"
"""Jekyll's yes or no in a date's key: `published: false` keeps a post unpublished (a
draft), `true` says nothing of its date."""
ADDRESS_FIELDS = ("path", "url", "permalink")
"""Keys whose `/YYYY/MM/DD/` dates an article that declares no date."""


def untitled_title(path: Path, original_title: str, body: str, problems: list[str]) -> str:
    """The title of an article whose front matter has none: its original title, its first
    heading, its folder (a section's `_index.md`) or its file name, with a note saying
    which, but for the heading (a note's title, as a note-taker writes it: nothing is amiss)."""
    heading = opening_heading(body)
    if original_title:
        title, origin = original_title, "the original title"
    elif heading is not None and (title := one_line(heading.shown)):
        return title
    else:
        title = name_of(path)
        origin = "the folder's name" if path.stem in SECTION_PAGES else "the file name"
    problems.append(f"no title; using {origin}")
    return title


def read_published(
    path: Path, meta: Mapping[object, object], problems: list[str]
) -> datetime | None:
    """The article's date: from the first date field that reads; when none is there, from
    the file name or an address field. A date field that is there and does not read is
    reported, and leaves the article undated rather than dated by a guess."""
    declared = False
    for key in DATE_FIELDS:
        value = meta.get(key)
        if key == PUBLISHED_FLAG and flag_value(value) is not None:
            continue
        declared = declared or not (value is None or (isinstance(value, str) and not value.strip()))
        published = coerce_datetime(value, key, problems)
        if published is not None:
            return published
    if declared:
        return None
    in_name = date_in_file_name(path, problems)
    if in_name is not None:
        return in_name
    for key in ADDRESS_FIELDS:
        value = meta.get(key)
        if isinstance(value, str) and (in_address := date_in_address(value)) is not None:
            return in_address
    return None


def name_of(path: Path) -> str:
    """The name a page goes by, as an id or a title: its file's without the suffix, or for a
    section page or page bundle (`_index.md`, `index.md`) its folder's, as Hugo names it;
    one line, safe to show."""
    name = path.parent.name if path.stem in SECTION_PAGES else path.stem
    return one_line(kept_name(name)) or "untitled"
