"""Live reload: seconds from a file written into the folder to its article in the list.

Runs the reader headless on make_corpus.py folders (cached in bench/.corpora, with their
index kept there too), writes a new article file, and times until the list shows it; then
deletes it and times until it is gone. Prints medians beside the 2 s target.

    python bench/reload_latency.py                   # 1,000 and 10,000 articles
    python bench/reload_latency.py --sizes 100000 --runs 3
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from pathlib import Path

from index_speed import CORPORA, corpus
from textual.pilot import Pilot

from reader.data.state import ReadingState
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_table import ArticleTable

TARGET_SECONDS = 2.0
GIVE_UP_SECONDS = 60.0

ARTICLE = """---
slug: {slug}
title: Nový článek k měření
category: měření
importance: 3
publishedAt: '2030-01-01T00:00:00+00:00'
---
Text článku.
"""


async def seconds_until(
    pilot: Pilot[None], table: ArticleTable, article_id: str, listed: bool
) -> float:
    """Seconds until the table lists `article_id` (or no longer does), checked every 10 ms."""
    start = time.perf_counter()
    while (article_id in table.article_ids) != listed:
        if time.perf_counter() - start > GIVE_UP_SECONDS:
            raise TimeoutError("the list did not follow the folder")
        await pilot.pause(0.01)
    return time.perf_counter() - start


async def measure(folder: Path, runs: int) -> tuple[list[float], list[float]]:
    """Time `runs` additions and deletions of one article in `folder`."""
    added: list[float] = []
    removed: list[float] = []
    app = ReaderApp(folder, state=ReadingState(None))
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause(1)  # the watcher starts once loading is done
        table = app.article_list.query_one(ArticleTable)
        for run in range(runs):
            slug = f"zz-reload-{os.getpid()}-{run}"
            path = folder / f"{slug}.md"
            path.write_text(ARTICLE.format(slug=slug), encoding="utf-8")
            try:
                added.append(await seconds_until(pilot, table, slug, listed=True))
            finally:
                path.unlink()
            removed.append(await seconds_until(pilot, table, slug, listed=False))
    return added, removed


def main() -> None:
    """Measure each size and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="article counts, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="additions timed per size")
    args = parser.parse_args()
    os.environ["READER_CACHE_DIR"] = str(CORPORA / "reload-cache")
    for size in (int(text) for text in args.sizes.split(",")):
        added, removed = asyncio.run(measure(corpus(size), args.runs))
        for what, timings in (("added", added), ("deleted", removed)):
            print(
                f"{size:>7,} articles  file {what:<8} in the list after"
                f" {statistics.median(timings):5.2f} s (median of {len(timings)};"
                f" max {max(timings):.2f} s)   target ≤ {TARGET_SECONDS:.0f} s"
            )


if __name__ == "__main__":
    main()
