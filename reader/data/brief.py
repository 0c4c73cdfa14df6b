"""read_brief: one day's articles by importance and category, and the folder at a glance,
read from the index (never from the article files) and the reading state."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from .brief_model import Brief, BriefEntry, DayCount
from .date_forms import ZONE_MARGIN, shown_day
from .index.article_index import ArticleIndex
from .query import ArticleQuery, fold, sort_key
from .selection import KeptById, kept_by_marks
from .state import Mark, ReadingState

GLANCE_DAYS = 28
"""The folder at a glance counts the articles of this many days, up to the day shown."""


def read_brief(
    index: ArticleIndex, state: ReadingState, query: ArticleQuery, day: date | None = None
) -> Brief:
    """The brief of `day` (local time) under `query`'s filters; its search and sort do not
    apply.

    Args:
        index: The folder's index.
        state: The read and starred marks: which articles are unread, and the filters on them.
        query: The filters in force: categories, tags, importance, unread only, starred only.
        day: The day to show; None for the newest day with articles.

    Returns:
        The day's articles, most important first, and the counts of the weeks up to it.
    """
    query = ArticleQuery(
        categories=query.categories,
        tags=query.tags,
        min_importance=query.min_importance,
        unread_only=query.unread_only,
        starred_only=query.starred_only,
    )
    read = state.marked(Mark.READ)
    kept = kept_by_marks(state, query, read)
    if day is None:
        day = nearest_day(index, query, kept)
    if day is None:
        return Brief(None, (), None, None, (), (), (), 0)
    # A date written without a zone sorts as UTC, up to ZONE_MARGIN outside its local day:
    # each span is read that much wider, and its articles kept by the day they show.
    start, end = day_bounds(day)
    entries = [
        replace(entry, unread=entry.id not in read)
        for entry in index.brief_entries(query, start - ZONE_MARGIN, end + ZONE_MARGIN)
        if entry.published is not None and shown_day(entry.published) == day and kept(entry.id)
    ]
    days = days_up_to(day, GLANCE_DAYS)
    first = days[0]
    span_start, _ = day_bounds(first)
    dated = index.dated_between(query, span_start - ZONE_MARGIN, end + ZONE_MARGIN)
    on_days = [
        (article_id, shown_day(published), category, importance)
        for article_id, published, category, importance in dated
    ]
    span = [row for row in on_days if first <= row[1] <= day and kept(row[0])]
    per_day = Counter(shown for _, shown, _, _ in span)
    return Brief(
        day=day,
        entries=tuple(sorted(entries, key=importance_order)),
        previous_day=nearest_day(index, query, kept, before=day),
        next_day=nearest_day(index, query, kept, after=day),
        per_day=tuple(DayCount(shown, per_day[shown]) for shown in days),
        per_category=category_counts(category for _, _, category, _ in span),
        per_importance=importance_counts(importance for _, _, _, importance in span),
        unread=sum(article_id not in read for article_id, _, _, _ in span),
    )


def nearest_day(
    index: ArticleIndex,
    query: ArticleQuery,
    kept: KeptById,
    *,
    before: date | None = None,
    after: date | None = None,
) -> date | None:
    """The latest day before `before` with articles `kept` (the newest day when neither is
    given), or the earliest after `after`; None when there is none."""
    if after is not None:
        dated = index.dated(query, after=day_bounds(after)[1] - ZONE_MARGIN)
    else:
        limit = math.inf if before is None else day_bounds(before)[0] + ZONE_MARGIN
        dated = index.dated(query, before=limit)
    # Dates come in the order the index sorts them, which puts a date written without a zone
    # up to ZONE_MARGIN from its day: past that from the day found, none is nearer.
    found: date | None = None
    stop = math.inf if after is not None else -math.inf
    for article_id, published in dated:
        moment = published.timestamp()
        if moment >= stop if after is not None else moment < stop:
            break
        day = shown_day(published)
        if after is not None:
            nearer = day > after and (found is None or day < found)
        else:
            nearer = (before is None or day < before) and (found is None or day > found)
        if nearer and kept(article_id):
            found = day
            start, end = day_bounds(day)
            stop = end + ZONE_MARGIN if after is not None else start - ZONE_MARGIN
    return found


ONE_DAY = timedelta(days=1)


def day_bounds(day: date) -> tuple[float, float]:
    """The timestamps at which `day` starts and the next day starts, in local time."""
    start = midnight(day)
    return start, midnight(day + ONE_DAY) if day < date.max else start + ONE_DAY.total_seconds()


def midnight(day: date) -> float:
    """The timestamp of `day`'s start in local time; in UTC at the ends of the calendar (year
    1, 9999), where local time may not exist."""
    moment = datetime.combine(day, time())
    try:
        return moment.astimezone().timestamp()
    except (OverflowError, ValueError):
        return moment.replace(tzinfo=UTC).timestamp()


def days_up_to(day: date, count: int) -> list[date]:
    """The `count` days that end with `day`, oldest first; fewer at the calendar's start."""
    last = day.toordinal()
    return [date.fromordinal(n) for n in range(max(1, last - count + 1), last + 1)]


def importance_order(entry: BriefEntry) -> tuple[int, float, str]:
    """Most important first (no importance last), then newest first, then by id."""
    published = entry.published.timestamp() if entry.published is not None else -math.inf
    importance = entry.importance if entry.importance is not None else 0
    return (-importance, -published, entry.id)


def categories_of(category: str) -> tuple[str, ...]:
    """The categories an article is grouped and counted under: its category, or none.

    The one place that says it, so categories given as a list change only this function.
    """
    return (category,) if category else ()


def group_by_category(entries: Sequence[BriefEntry]) -> list[tuple[str, list[BriefEntry]]]:
    """`entries` (in importance order) grouped by category.

    Returns:
        Each category (spellings that fold alike are one, named as `shown_name` says) with
        its entries, in their order; the groups ordered by their most important entry, then
        by name in Czech order; articles without a category in a group named "" at the end.
    """
    groups: dict[str, list[BriefEntry]] = {}
    names: dict[str, set[str]] = {}
    for entry in entries:
        for category in categories_of(entry.category) or ("",):
            groups.setdefault(fold(category), []).append(entry)
            names.setdefault(fold(category), set()).add(category)
    named = [(shown_name(names[key]), grouped) for key, grouped in groups.items()]
    return sorted(
        named,
        key=lambda group: (
            not group[0],
            min(importance_order(entry)[0] for entry in group[1]),
            sort_key(group[0]),
        ),
    )


def shown_name(spellings: Iterable[str]) -> str:
    """The name shown for a category written several ways (`Věda`, `věda`): the first in
    Czech order, capitals first, so the groups and the counts name it alike."""
    return min(spellings, key=lambda name: (sort_key(name), name))


def category_counts(categories: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """Articles per category (spellings that fold alike are one), most first, then by name;
    those without a category as "" at the end."""
    counts: Counter[str] = Counter()
    names: dict[str, set[str]] = {}
    # Each spelling folded once: thousands of articles have a few dozen categories.
    for category, articles in Counter(categories).items():
        for name in categories_of(category) or ("",):
            counts[fold(name)] += articles
            names.setdefault(fold(name), set()).add(name)
    return tuple(
        sorted(
            ((shown_name(names[key]), count) for key, count in counts.items()),
            key=lambda item: (not item[0], -item[1], sort_key(item[0])),
        )
    )


def importance_counts(importances: Iterable[int | None]) -> tuple[tuple[int | None, int], ...]:
    """Articles per importance, 5 first, None last; only importances some article has."""
    counts = Counter(importances)
    return tuple((level, counts[level]) for level in (5, 4, 3, 2, 1, None) if counts[level])
