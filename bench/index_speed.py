"""Index speed at 10,000 and 100,000 articles: first open, later open, queries, memory.

Folders come from the team's make_corpus.py (cached in bench/.corpora). Each figure is the
median of several runs and is printed beside its target. The baseline for the first open
is what one process takes merely to read every file and parse its front matter. Opens
also show the CPU time of every process they ran, which other load on the machine
changes less than wall time; the load average is printed first for the same reason.

    python bench/index_speed.py                 # 10k and 100k
    python bench/index_speed.py --sizes 10000   # only 10k
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import frontmatter
from newsboat import newsboat_reload_seconds

from reader.data.index.article_index import ArticleIndex
from reader.data.query import ArticleQuery, SortKey
from reader.data.text import language_lists, word_model_file
from reader.data.text.repair import kept_words, words

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = Path(__file__).resolve().parent / ".corpora"
SEED = 1
MODEL_CACHE = CORPORA / "model-cache"
"""Keeps the word model between runs: first opens measure a new folder, not a first run of
the reader ever (which builds the model once, about 1.5 s more per process)."""


def corpus(count: int) -> Path:
    """The folder make_corpus.py writes for `count` articles, made once and kept."""
    folder = CORPORA / f"articles-{count}-{SEED}"
    if not folder.is_dir():
        command = [sys.executable, str(SHARED / "tools" / "make_corpus.py"), str(folder)]
        subprocess.run([*command, "--count", str(count), "--seed", str(SEED)], check=True)
    return folder


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """Median wall time of `action` over `runs` runs."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def read_and_parse(folder: Path) -> None:
    """The baseline: read every file and parse its front matter, in one process."""
    for path in sorted(folder.iterdir()):
        frontmatter.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Run:
    """What one `reader list` took."""

    seconds: float
    cpu_seconds: float
    """User and system time of the command and the worker processes it started."""
    peak_mb: float
    """Peak resident memory of the largest of those processes."""


def reader_list(folder: Path, cache: Path) -> Run:
    """Run `reader list` on `folder` with the index in `cache`.

    The search matches nothing, so the time is opening and refreshing the index, not
    printing 100,000 rows.
    """
    environment = {**os.environ, "READER_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "reader", "list", "--search", "zzzqqq", str(folder)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Run(seconds, cpu, after.ru_maxrss / 1024)


def first_articles(folder: Path, cache: Path) -> tuple[float, ArticleIndex]:
    """Open a new index of `folder` in this process; return when the first articles could
    be listed, and the index, brought up to date."""
    start = time.perf_counter()
    index = ArticleIndex.open(folder, cache_dir=cache)
    first = 0.0
    for progress in index.refresh():
        if not first and progress.done:
            index.query(ArticleQuery())
            first = time.perf_counter() - start
    return first, index


def report(name: str, value: float, unit: str, target: str) -> None:
    """Print one figure beside its target."""
    print(f"  {name:<42} {value:>9.3f} {unit:<3} target {target}")


def keep_models() -> None:
    """Point the reader's cache at MODEL_CACHE and build the word models there, unless they
    are already; in a process of its own, so this one's peak memory stays the index's and
    the queries'."""
    os.environ["READER_CACHE_DIR"] = str(MODEL_CACHE)
    build = (
        "from reader.data.text.repair.words import czech_words; czech_words(); "
        "from reader.data.text.language_lists import language_lists; language_lists()"
    )
    subprocess.run([sys.executable, "-c", build], check=True)


def model_files() -> list[Path]:
    """The files of the word models the reader keeps in its cache directory."""
    return [
        word_model_file.word_model_file(
            words.MODEL_NAME, words.model_sources(), kept_words.MODEL_SUFFIX
        ),
        word_model_file.word_model_file(language_lists.MODEL_NAME, language_lists.list_sources()),
    ]


def measure(count: int, runs: int) -> None:
    """Print every figure for a folder of `count` articles."""
    folder = corpus(count)
    print(f"{count} articles ({folder}); load average {os.getloadavg()[0]:.2f}")
    baseline = median_seconds(lambda: read_and_parse(folder), runs)
    report("baseline: read + parse front matter", baseline, "s", "(reference)")
    firsts: list[Run] = []
    laters: list[Run] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            for model in model_files():  # a new folder's index, the models kept
                shutil.copy(model, cache)
            firsts.append(reader_list(folder, Path(cache)))
            laters.append(reader_list(folder, Path(cache)))
    first = statistics.median(run.seconds for run in firsts)
    report("first open, new folder (reader list, all cores)", first, "s", f"≤ {baseline:.1f} s")
    # The machine's speed moves between runs; the ratio moves less.
    report("  first open / baseline", first / baseline, "×", "≤ 1")
    report("  its CPU time, all processes", median_cpu(firsts), "s", "(2 cores)")
    report("  peak memory of one process", max(run.peak_mb for run in firsts), "MB", "")
    newsboat = newsboat_reload_seconds(folder)
    if newsboat is not None:  # the yardstick: the same articles as one local RSS feed
        report("newsboat -x reload, same articles as RSS", newsboat, "s", "(reference)")
        report("  first open / newsboat", first / newsboat, "×", "")
    later = statistics.median(run.seconds for run in laters)
    report("later open, nothing changed", later, "s", "≤ 1 s")
    report("  its CPU time", median_cpu(laters), "s", "")
    with tempfile.TemporaryDirectory() as cache:
        seconds, index = first_articles(folder, Path(cache))
        report("first open: first articles listed after", seconds, "s", "at once")
        # Before the catalog is kept (while loading, in the CLI) a query is one SQL statement.
        seconds = median_seconds(lambda: index.query(ArticleQuery(search="spolu")), runs * 3)
        report("search, one word prefix, from SQLite", seconds * 1000, "ms", "(loading, CLI)")
        # As the app does after loading: sorts, filters and ids kept in memory.
        start = time.perf_counter()
        index.prepare_queries()
        report("keeping the query catalog in memory", time.perf_counter() - start, "s", "")
        category = index.categories()[0][0]
        queries = {
            "filter: importance ≥ 4": ArticleQuery(min_importance=4),
            "filter: category": ArticleQuery(category=category),
            "search: one word prefix": ArticleQuery(search="spolu"),
            "search: two words, sorted by title": ArticleQuery(
                search="vlad pra", sort=SortKey.TITLE
            ),
            "all, sorted by importance": ArticleQuery(sort=SortKey.IMPORTANCE),
        }
        for name, query in queries.items():
            seconds = median_seconds(lambda query=query: index.query(query), runs * 3)
            report(name, seconds * 1000, "ms", "≤ 50 ms")
        ids = index.query(ArticleQuery())
        seconds = median_seconds(lambda: index.get(ids[len(ids) // 2]), runs * 3)
        report("open one article", seconds * 1000, "ms", "≤ 100 ms")
        seconds = median_seconds(lambda: index.get_many(ids[:60]), runs * 3)
        report("fetch a screenful (60 rows)", seconds * 1000, "ms", "(cursor moves)")
        index.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report("peak memory, index built, open, queried", peak, "MB", "≤ 150 MB")


def median_cpu(runs: list[Run]) -> float:
    """The median CPU time of `runs`."""
    return statistics.median(run.cpu_seconds for run in runs)


def main() -> None:
    """Measure each size asked for."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    keep_models()
    for count in arguments.sizes:
        measure(count, arguments.runs)


if __name__ == "__main__":
    main()
