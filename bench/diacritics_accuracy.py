"""Diacritics restoration on real Czech news: strip every accent, restore, score; and speed.

Uses the team's data and tools beside the repository (../shared): every accent is removed
from the dev set, `reader repair --diacritics --out` restores every file, and score.py
compares the result with the original. The clean dev set goes through the same command
and must come back byte-identical. Speed is timed in this process on the same texts, the
word model already loaded (its one-off load is timed on its own): on the first pass, every
word read for the first time (cold), and as the median of the later passes (warm, words
already read, as in a large folder where common words recur). Clean text is timed per
article: it must be settled without loading the word model. Targets: at least 98% of words
exact, clean text unchanged, at least 1 MB/s.
"""

from __future__ import annotations

import filecmp
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reader.data.text.diacritics import strip_diacritics
from reader.data.text.repair.words import czech_words, word_model
from reader.data.text.restore import restore_document

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_SET = SHARED / "data" / "czech-dev"
WORD_ACCURACY_TARGET = 98.0
SPEED_TARGET = 1.0
RUNS = 4


def restore_folder(source: Path, out: Path) -> None:
    """Run `reader repair --diacritics --out` on every .txt file of `source`."""
    files = sorted(str(path) for path in source.glob("*.txt"))
    command = [sys.executable, "-m", "reader", "repair", "--diacritics", "--out", str(out)]
    subprocess.run([*command, *files], check=True, stdout=subprocess.DEVNULL)


def restoring_times(texts: list[str]) -> list[float]:
    """Seconds to restore every text once, for each of RUNS runs."""
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for text in texts:
            restore_document(text)
        timings.append(time.perf_counter() - start)
    return timings


def megabytes(texts: list[str]) -> float:
    """The texts' size in UTF-8, in MB."""
    return sum(len(text.encode("utf-8")) for text in texts) / 1e6


def main() -> int:
    """Print the accuracy and speed figures; exit 1 when a target is missed."""
    if not DEV_SET.is_dir():
        print(f"no dev set at {DEV_SET}: nothing to measure")
        return 1
    names = [path.name for path in sorted(DEV_SET.glob("*.txt"))]
    originals = [(DEV_SET / name).read_text(encoding="utf-8") for name in names]
    stripped_texts = [strip_diacritics(text) for text in originals]
    with tempfile.TemporaryDirectory() as work:
        stripped, restored, clean = Path(work, "stripped"), Path(work, "restored"), Path(work)
        stripped.mkdir()
        for name, text in zip(names, stripped_texts, strict=True):
            (stripped / name).write_bytes(text.encode("utf-8"))
        restore_folder(stripped, restored)
        scored = subprocess.run(
            [sys.executable, str(SHARED / "tools" / "score.py"), str(DEV_SET), str(restored)]
            + ["--json", "--errors", "15"],
            check=True,
            capture_output=True,
            text=True,
        )
        restore_folder(DEV_SET, clean / "clean")
        _, mismatched, errors = filecmp.cmpfiles(DEV_SET, clean / "clean", names, shallow=False)
    figures = json.loads(scored.stdout)
    word_accuracy = 100 * figures["word_accuracy"]
    unchanged = not mismatched and not errors
    print(f"documents {figures['docs']}, restored exactly {figures['docs_exact']}")
    print(f"words {figures['words']}, wrong {figures['word_errors']}")
    print(f"words that had accents: accuracy {100 * figures['touched_accuracy']:.3f}%")
    print(f"words without accents changed wrongly: {figures['changed_wrongly']}")
    print(f"word accuracy {word_accuracy:.3f}% (target ≥ {WORD_ACCURACY_TARGET}%)")
    print(f"clean dev set byte-identical: {unchanged} ({len(mismatched) + len(errors)} differ)")
    print("most frequent errors (truth → restored):")
    for truth, got, count in figures["top_errors"]:
        print(f"  {count:3d}  {truth} → {got}")

    clean_timings = restoring_times(originals)
    per_article = 1e6 * statistics.median(clean_timings) / len(originals)
    print(f"clean text: {per_article:.0f} µs per article, word model loaded: {model_loaded()}")
    start = time.perf_counter()
    czech_words().variants("a")  # loads the word model and its index of variants
    print(f"word model load (once per process): {time.perf_counter() - start:.2f} s")
    size = megabytes(stripped_texts)
    cold, *warm_runs = restoring_times(stripped_texts)  # the first run reads every word
    warm = statistics.median(warm_runs)
    print(f"speed, stripped text, words never seen: {size / cold:.2f} MB/s")
    speed = size / warm
    print(f"speed, stripped text, words seen: {speed:.2f} MB/s (target ≥ {SPEED_TARGET:g} MB/s)")
    print(f"load average: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
    met = word_accuracy >= WORD_ACCURACY_TARGET and unchanged and speed >= SPEED_TARGET
    return 0 if met else 1


def model_loaded() -> bool:
    """Whether this process has loaded a word model."""
    return word_model.cache_info().currsize > 0


if __name__ == "__main__":
    sys.exit(main())
