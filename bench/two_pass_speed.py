"""First open in two passes, beside the one-process read+parse baseline, in one run.

For each size: the baseline (python-frontmatter reading and parsing every file in one
process), then `reader list` on a folder never opened (the list's pass only), `reader list
--search WORD` after it (the texts' pass), `reader list --search WORD` on a folder never
opened (both passes at once), and later opens (with the search, every row printed, and
every article as JSON); newsboat's reload of the same articles beside them where it is
installed.
Each prints its wall time, its ratio to the baseline, the CPU time of all its processes,
when its first row was out, and the peak memory of every process it ran (sampled from
/proc every 0.05 s). Figures only: nothing is asserted.

    python bench/two_pass_speed.py                 # 10k and 100k (100k: about 15 minutes)
    python bench/two_pass_speed.py --sizes 10000
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from index_speed import corpus, keep_models, median_seconds, model_files, read_and_parse
from newsboat import newsboat_reload_seconds

SAMPLE_SECONDS = 0.05
"""How often the memory of the command's processes is read."""


@dataclass
class Run:
    """What one command took."""

    seconds: float
    first_row: float
    """Seconds until its first line of output."""
    cpu_seconds: float
    """User and system time of the command and every process it started."""
    peak_mb: dict[str, float] = field(default_factory=dict)
    """Peak resident memory of each process, by a name (reader, worker 1, ...)."""


def peak_memory(pid: int) -> float:
    """The peak resident memory of process `pid` in MB (VmHWM), 0 when it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(found.group(1)) / 1024 if found else 0.0


def descendants(pid: int) -> list[int]:
    """Every process started by `pid`, and by those, as /proc lists them now."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def run(command: list[str], cache: Path) -> Run:
    """Run `command` with the index kept in `cache`, reading its output as it comes."""
    environment = {**os.environ, "READER_CACHE_DIR": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=environment)
    peaks: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for pid in [process.pid, *descendants(process.pid)]:
                peaks[pid] = max(peaks.get(pid, 0.0), peak_memory(pid))
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert process.stdout is not None
    process.stdout.readline()
    first_row = time.perf_counter() - start
    for _ in process.stdout:
        pass
    process.wait()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    names = {process.pid: "reader"}
    names.update({pid: f"worker {n}" for n, pid in enumerate(sorted(peaks)[1:], 1)})
    peak_mb = {names.get(pid, str(pid)): mb for pid, mb in peaks.items() if mb}
    return Run(seconds, first_row, cpu, peak_mb)


def body_only_word(folder: Path) -> str:
    """A long word of an article's body that no file's front matter holds."""
    fronts, bodies = [], []
    for path in sorted(folder.iterdir())[:200]:
        text = path.read_text(encoding="utf-8")
        front, _, body = text.partition("\n---\n") if text.startswith("---") else ("", "", text)
        fronts.append(front.lower())
        bodies.append(body)
    words = sorted(set(re.findall(r"\b[a-z]{9,}\b", " ".join(bodies))))
    return next(word for word in words if not any(word in front for front in fronts))


def report(name: str, result: Run, baseline: float) -> None:
    """Print one command's figures."""
    ratio = result.seconds / baseline
    print(
        f"  {name:<44} {result.seconds:7.2f} s  {ratio:5.2f}× baseline"
        f"  CPU {result.cpu_seconds:6.2f} s  first row {result.first_row:6.2f} s"
    )
    memory = ", ".join(f"{name} {mb:.0f}" for name, mb in result.peak_mb.items())
    print(f"  {'':<44} peak MB: {memory}")


def measure(count: int, runs: int) -> None:
    """Print every figure for a folder of `count` articles."""
    folder = corpus(count)
    word = body_only_word(folder)
    print(f"{count} articles ({folder}); load average {os.getloadavg()[0]:.2f}; word {word!r}")
    baseline = median_seconds(lambda: read_and_parse(folder), runs)
    print(f"  {'baseline: read + parse front matter, one process':<44} {baseline:7.2f} s")
    newsboat = newsboat_reload_seconds(folder)
    if newsboat is not None:  # the yardstick: the same articles as one local RSS feed
        print(
            f"  {'newsboat -x reload, same articles as RSS':<44} {newsboat:7.2f} s"
            f"  {newsboat / baseline:5.2f}× baseline"
        )
    reader = [sys.executable, "-m", "reader", "list"]
    with tempfile.TemporaryDirectory() as list_first, tempfile.TemporaryDirectory() as whole:
        for cache in (list_first, whole):  # a new folder's index, the word models kept
            for model in model_files():
                shutil.copy(model, cache)
        report(
            "reader list, never opened (pass 1)",
            run([*reader, str(folder)], Path(list_first)),
            baseline,
        )
        texts = run([*reader, "--search", word, str(folder)], Path(list_first))
        report("reader list --search after it (pass 2)", texts, baseline)
        at_once = run([*reader, "--search", word, str(folder)], Path(whole))
        report("reader list --search, never opened", at_once, baseline)
        later = run([*reader, "--search", word, str(folder)], Path(whole))
        report("reader list --search, later open", later, baseline)
        report(
            "reader list, later open (every row)",
            run([*reader, str(folder)], Path(whole)),
            baseline,
        )
        report(
            "reader list --json, later open",
            run([*reader, "--json", str(folder)], Path(whole)),
            baseline,
        )


def main() -> None:
    """Measure each size asked for."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3, help="runs of the baseline (median)")
    arguments = parser.parse_args()
    keep_models()
    for count in arguments.sizes:
        measure(count, arguments.runs)


if __name__ == "__main__":
    main()
