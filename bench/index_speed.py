"""Index speed at 10,000 and 100,000 articles: first open, later open, queries, memory.

Folders come from the team's make_corpus.py (cached in bench/.corpora). Each figure is the
median of several runs and is printed beside its target. The baseline for the first open
is what one process takes merely to read every file and parse its front matter.

    python bench/index_speed.py                 # 10k and 100k
    python bench/index_speed.py --sizes 10000   # only 10k
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import frontmatter

from reader.data.index import ArticleIndex
from reader.data.query import ArticleQuery, SortKey

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = Path(__file__).resolve().parent / ".corpora"
SEED = 1


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


def reader_list(folder: Path, cache: Path) -> float:
    """Run `reader list` on `folder` with the index in `cache`; return seconds.

    The search matches nothing, so the time is opening and refreshing the index, not
    printing 100,000 rows.
    """
    environment = {**os.environ, "READER_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "reader", "list", "--search", "zzzqqq", str(folder)]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment)
    return time.perf_counter() - start


def report(name: str, value: float, unit: str, target: str) -> None:
    """Print one figure beside its target."""
    print(f"  {name:<38} {value:>9.3f} {unit:<3} target {target}")


def measure(count: int, runs: int) -> None:
    """Print every figure for a folder of `count` articles."""
    folder = corpus(count)
    print(f"{count} articles ({folder})")
    baseline = median_seconds(lambda: read_and_parse(folder), runs)
    report("baseline: read + parse front matter", baseline, "s", "(reference)")
    firsts, laters = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            firsts.append(reader_list(folder, Path(cache)))
            laters.append(reader_list(folder, Path(cache)))
    report(
        "first open (reader list, all cores)", statistics.median(firsts), "s", f"≤ {baseline:.1f} s"
    )
    report("later open, nothing changed", statistics.median(laters), "s", "≤ 1 s")
    with tempfile.TemporaryDirectory() as cache:
        index = ArticleIndex.open(folder, cache_dir=Path(cache))
        for _ in index.refresh():
            pass
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
    report("peak memory, index open and queried", peak, "MB", "≤ 150 MB")


def main() -> None:
    """Measure each size asked for."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    for count in arguments.sizes:
        measure(count, arguments.runs)


if __name__ == "__main__":
    main()
