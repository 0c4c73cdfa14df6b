"""The brief's speed at 10,000 and 100,000 articles: reading a day's brief from the index,
and the app's brief screen from `b` to drawn.

Folders come from the team's make_corpus.py (as bench/index_speed.py makes them: articles
over two years, about 14 a day at 10k and 137 at 100k). Each figure is a median, printed
beside its target.

    python bench/brief_speed.py                 # 10k and 100k
    python bench/brief_speed.py --sizes 10000   # only 10k
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from index_speed import MODEL_CACHE, corpus, median_seconds, report

from reader.data import ArticleIndex, ArticleQuery, Mark, ReadingState, read_brief


def measure_reads(folder: Path, cache: Path, state_dir: Path, runs: int) -> None:
    """Print how long reading a brief takes, for the filters the list may have."""
    index = ArticleIndex.open(folder, cache_dir=cache)
    start = time.perf_counter()
    for _ in index.refresh():
        pass
    report("index built (first open, this process)", time.perf_counter() - start, "s", "")
    state = ReadingState.open(state_dir)
    newest = read_brief(index, state, ArticleQuery())
    # A realistic reading state: every third article of the newest weeks read.
    state.set([entry.id for entry in newest.entries][::3], Mark.READ, on=True)
    cases = {
        "brief of the newest day": (ArticleQuery(), None),
        "brief of the day before ([)": (ArticleQuery(), newest.previous_day),
        "brief, importance ≥ 4": (ArticleQuery(min_importance=4), None),
        "brief, one category": (ArticleQuery(category=index.categories()[0][0]), None),
        "brief, unread only": (ArticleQuery(unread_only=True), None),
    }
    for name, (query, day) in cases.items():
        seconds = median_seconds(lambda q=query, d=day: read_brief(index, state, q, d), runs)
        report(name, seconds * 1000, "ms", "≤ 100 ms")
    print(f"  ({len(newest.entries)} articles on the newest day, {newest.span_total} in 4 weeks)")
    state.close()
    index.close()


def measure_screen(folder: Path, cache: Path, state_dir: Path, runs: int) -> None:
    """Print how long the app takes from `b` until the brief is drawn, headless, with the
    index open and loaded (as the user has it after start); beside it the help (`?`), a
    screen that reads nothing, for what switching screens costs on this machine."""
    os.environ["READER_CACHE_DIR"] = str(cache)
    # Imported here: Textual is the app's, and the reads above need none of it.
    from reader.ui.app import ReaderApp

    async def open_screens() -> dict[str, list[float]]:
        app = ReaderApp(folder, state=ReadingState.open(state_dir))
        timings: dict[str, list[float]] = {"b": [], "question_mark": []}
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            for _ in range(runs):
                for key, seconds in timings.items():
                    start = time.perf_counter()
                    await pilot.press(key)
                    await pilot.pause()  # drawn
                    seconds.append(time.perf_counter() - start)
                    await pilot.press("escape")
                    await pilot.pause()
        return timings

    timings = asyncio.run(open_screens())
    brief, help_screen = timings["b"], timings["question_mark"]
    report("app: b until the brief is drawn", statistics.median(brief) * 1000, "ms", "≤ 100 ms")
    report("  the first time (imports the screen)", brief[0] * 1000, "ms", "")
    report("app: ? until the help is drawn", statistics.median(help_screen) * 1000, "ms", "")


def main() -> None:
    """Measure each size asked for."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    os.environ["READER_CACHE_DIR"] = str(MODEL_CACHE)
    build = "from reader.data.text.repair.words import czech_words; czech_words()"
    subprocess.run([sys.executable, "-c", build], check=True)
    for count in arguments.sizes:
        folder = corpus(count)
        print(f"{count} articles ({folder}); load average {os.getloadavg()[0]:.2f}")
        with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as state:
            # The index in a new cache directory; the word model read from MODEL_CACHE.
            measure_reads(folder, Path(cache), Path(state), arguments.runs)
            measure_screen(folder, Path(cache), Path(state), arguments.runs)
        os.environ["READER_CACHE_DIR"] = str(MODEL_CACHE)


if __name__ == "__main__":
    main()
