"""Repair speed: MB/s of damaged text repaired, and of clean text passed through the check.

Builds a synthetic article folder with the team's make_corpus.py (cached in bench/.corpora),
reads every file into memory, and times `repair_text` on the damaged files and on the clean
ones separately, the word model already loaded (its one-off load is timed on its own).
Targets on a 2-core machine: damaged text at least 5 MB/s, clean text at least 50 MB/s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from reader.data.text.repair import repair_text
from reader.data.text.repair.words import czech_words

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = Path(__file__).resolve().parent / ".corpora"
COUNT, SEED, RUNS = 4000, 1, 5
TARGETS = {"damaged": 5.0, "clean": 50.0}


def corpus(count: int, seed: int) -> Path:
    """The folder make_corpus.py writes for `count` and `seed`, made once and kept."""
    folder = CORPORA / f"articles-{count}-{seed}"
    if not folder.is_dir():
        command = [sys.executable, str(SHARED / "tools" / "make_corpus.py"), str(folder)]
        subprocess.run([*command, "--count", str(count), "--seed", str(seed)], check=True)
    return folder


def megabytes_per_second(texts: list[str]) -> float:
    """Median throughput of repairing every text once, over RUNS runs."""
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for text in texts:
            repair_text(text)
        timings.append(time.perf_counter() - start)
    return size / statistics.median(timings)


def main() -> int:
    """Print the speed figures; exit 1 when a target is missed."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus(COUNT, SEED).iterdir())]
    start = time.perf_counter()
    words = czech_words()
    words.frequency("a")
    words.letter_fit("", "č", "a")
    print(f"word model load (once per process): {time.perf_counter() - start:.2f} s")
    groups: dict[str, list[str]] = {"damaged": [], "clean": []}
    for text in texts:
        groups["clean" if repair_text(text).text == text else "damaged"].append(text)
    met = True
    for name, group in groups.items():
        size = sum(len(text.encode("utf-8")) for text in group) / 1e6
        speed = megabytes_per_second(group)
        met = met and speed >= TARGETS[name]
        print(
            f"{name}: {len(group)} files, {size:.1f} MB, "
            f"{speed:.1f} MB/s (target ≥ {TARGETS[name]:g} MB/s)"
        )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
