"""Keystroke latency in a real terminal: milliseconds from a key sent with `tmux send-keys`
to the screen `tmux capture-pane` shows changed, beside a bare Textual app's.

Opens the reader in tmux on a make_corpus.py folder with a warm index (built once in the
cache given, the texts' pass included), waits until the list is loaded, then sends each key
N times and polls the pane until the screen has settled: the figure is the time of the
change the key brought (see `key_latency`). Beside each median and range, the CPU time the
reader's process spent per key (from /proc, 10 ms ticks, so a mean): less noisy than the
wall-clock figures when other work shares the machine. Also "first rows": seconds from
launch until the list's rows appear, beside the bare app's first screen; and the importance
keys while each pass runs (the reader opened on a folder never opened, then on an index of
the list alone), timed to the status line's change, as the busy process never settles.

    python bench/keystroke_latency.py                          # 10,000 and 100,000 articles
    python bench/keystroke_latency.py --sizes 10000 --runs 5 --cache /tmp/keys-cache
    PYTHONPATH=../other-checkout python bench/keystroke_latency.py    # that checkout's reader
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from index_speed import CORPORA, MODEL_CACHE, corpus

QUIET_SECONDS = 0.3
"""The screen is taken as settled once it has not changed for this long: longer than the
search box's pause before it searches (0.2 s), so a search's redraw is waited for too."""
GIVE_UP_SECONDS = 10.0
OPEN_SECONDS = 120.0
"""How long an open may take until the list is loaded."""
TARGET_MS = 50
SIZE = (120, 40)
ROW = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d")
"""A row of the list: its date."""
LOADED = re.compile(r"^ *([\d,]+) of \1 articles · no filters · sorted by")
"""The status line once loading is done: every article listed, nothing else said."""
STYLES = re.compile(r"\x1b\[[0-9;:]*m")
"""The colour sequences of `capture-pane -e`."""
SEARCH_WORDS = ("praha", "soud", "zapas", "projekt", "ministr")
"""Typed into the search box, one a run: words of the corpora's Czech text, each found in
a fifth to a half of the articles. Another word each time, so each search asks the text
index (the last search's matches are kept)."""
TYPED = "typed:"
"""A step's key starting so is text typed into the search box, timed to its echo there: the
Enter after it, sent at once, runs the search before the box's pause (0.2 s) would. Alone,
the run's search word."""
BARE_READY = "bare app ready"
TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")
BUSY_MS = 2 * TICK_MS
"""More CPU time than this in a quiet spell means the process is still at work."""

Step = tuple[str, str | None]
"""A key as tmux names it, and the figure its latency counts towards (None: not timed)."""
SCENARIOS: list[list[Step]] = [
    [("j", "down (j)")],
    [("PageDown", "page down")],
    [("3", "importance 3"), ("0", "importance 0 (all)")],
    [("s", "sort (s)")],
    [("c", "to the sidebar (c)"), ("Home", None), ("j", None), ("Enter", "category chosen")],
    [("c", None), ("Home", None), ("Enter", "all categories")],
    [("Enter", "open article (Enter)"), ("Escape", "back to the list (Esc)")],
    [
        ("/", "search box (/)"),
        (TYPED, "search word typed (echo)"),
        ("Enter", "search run (Enter)"),
        ("s", "sort, searching"),
        ("3", "importance 3, searching"),
        ("0", "importance 0, searching"),
        ("Escape", "clear search (Esc)"),
    ],
]
"""What is timed, in order, each scenario repeated `--runs` times."""
BARE_STEPS: list[Step] = [("j", "label (j)"), ("Escape", "label (Esc)")]
ESCAPE_NOTE = "Textual waits ESCDELAY (100 ms) for the rest of a sequence after Esc"


SOCKET = Path(tempfile.gettempdir()) / f"keystroke-latency-{os.getpid()}.sock"
TMUX = ["tmux", "-S", str(SOCKET)]
"""A tmux server of the bench's own: no other session is touched, and killing the last
session of the default server while starting the next one races with its exit."""


class Pane:
    """A tmux session of one window running one command."""

    def __init__(self, name: str, command: list[str], environment: dict[str, str]) -> None:
        """Start `command` in a new detached session `name`, `SIZE` cells."""
        self.name = name
        width, height = SIZE
        options = [f"-e{key}={value}" for key, value in environment.items()]
        self.started = time.perf_counter()
        tmux = [*TMUX, "new-session", "-d", "-s", name, "-x", str(width), "-y", str(height)]
        subprocess.run([*tmux, *options, "exec " + " ".join(map(quote, command))], check=True)
        shown = [*TMUX, "display-message", "-p", "-t", name, "#{pane_pid}"]
        self.pid = int(subprocess.run(shown, capture_output=True, text=True).stdout)

    def capture(self) -> str:
        """The pane's text as it is now, with its colours (the list's cursor is one)."""
        command = [*TMUX, "capture-pane", "-p", "-e", "-t", self.name]
        return subprocess.run(command, capture_output=True, text=True).stdout

    def send(self, key: str) -> None:
        """Type `key`: a tmux key name, or text after `TYPED`."""
        if key.startswith(TYPED):
            subprocess.run(
                [*TMUX, "send-keys", "-t", self.name, "-l", key.removeprefix(TYPED)], check=True
            )
        else:
            subprocess.run([*TMUX, "send-keys", "-t", self.name, key], check=True)

    def cpu_ms(self) -> float:
        """CPU time the command's process has used, every thread's."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * TICK_MS  # utime, stime

    def kill(self) -> None:
        """End the session and what runs in it, and wait for its command to have left: the
        next open then starts as a user's would, with no reader still closing the index."""
        subprocess.run([*TMUX, "kill-session", "-t", self.name], stderr=subprocess.DEVNULL)
        deadline = time.perf_counter() + GIVE_UP_SECONDS
        while Path(f"/proc/{self.pid}").exists() and time.perf_counter() < deadline:
            time.sleep(0.05)


class Figures:
    """Latencies and CPU times of each timed step."""

    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    def add(self, label: str, latency: float, cpu: float) -> None:
        """Record one press."""
        self.latencies.setdefault(label, []).append(latency)
        self.cpu.setdefault(label, []).append(cpu)


def quote(word: str) -> str:
    """`word` quoted for the shell tmux runs the command with."""
    return "'" + word.replace("'", "'\\''") + "'"


def plain(screen: str) -> str:
    """`screen` without its colours: what a blinking text cursor does not change."""
    return STYLES.sub("", screen)


def wait_for(pane: Pane, ready: Callable[[str], bool], since: float) -> float:
    """Seconds from `since` until the pane's text satisfies `ready`."""
    while not ready(plain(pane.capture())):
        if time.perf_counter() - since > OPEN_SECONDS:
            raise TimeoutError(f"{pane.name}: not ready:\n{plain(pane.capture())}")
        time.sleep(0.002)
    return time.perf_counter() - since


def settle(pane: Pane) -> None:
    """Wait until the pane's text has not changed for `QUIET_SECONDS`, nor its process
    worked meanwhile."""
    screen, last, cpu = plain(pane.capture()), time.perf_counter(), pane.cpu_ms()
    while True:
        now, moment = plain(pane.capture()), time.perf_counter()
        if now != screen:
            screen, last = now, moment
        elif moment - last >= QUIET_SECONDS:
            if pane.cpu_ms() - cpu <= BUSY_MS:
                return
            last, cpu = moment, pane.cpu_ms()


def key_latency(pane: Pane, key: str) -> float:
    """Milliseconds from sending `key` to the screen it brings: the first change of colours
    (a cursor moved), or the last change of text (a search echoed, then its results),
    whichever comes later. The search box's blinking cursor changes only colours. The
    screen counts as settled once unchanged for `QUIET_SECONDS` while the process was idle:
    a redraw after a long silent computation is still waited for."""
    before = pane.capture()
    cpu = pane.cpu_ms()
    start = time.perf_counter()
    pane.send(key)
    text, restyled, retexted, quiet_since = plain(before), 0.0, 0.0, start
    while True:
        now = pane.capture()
        moment = time.perf_counter()
        if not restyled and now != before:
            restyled = quiet_since = moment
        if plain(now) != text:
            text, retexted, quiet_since = plain(now), moment, moment
        if restyled and moment - quiet_since >= QUIET_SECONDS:
            if pane.cpu_ms() - cpu <= BUSY_MS:
                return (max(restyled, retexted) - start) * 1000
            quiet_since, cpu = moment, pane.cpu_ms()
        if moment - start > GIVE_UP_SECONDS:
            raise TimeoutError(f"{pane.name}: the screen did not change after {key!r}")


def echo_latency(pane: Pane, typed: str) -> float:
    """Milliseconds from sending `typed` (a `TYPED` key) to the screen showing its text once
    more than before; the screen is not waited on to settle, so the next key comes while
    the text still waits to be searched for."""
    text = typed.removeprefix(TYPED)
    shown = plain(pane.capture()).count(text)
    start = time.perf_counter()
    pane.send(typed)
    while plain(pane.capture()).count(text) <= shown:
        if time.perf_counter() - start > GIVE_UP_SECONDS:
            raise TimeoutError(f"{pane.name}: {text!r} was not echoed")
    return (time.perf_counter() - start) * 1000


def time_steps(pane: Pane, scenarios: list[list[Step]], runs: int) -> Figures:
    """Each timed step's latencies and CPU times, `runs` of each scenario in turn."""
    figures = Figures()
    settle(pane)
    for steps in scenarios:
        for run in range(runs):
            for key, label in steps:
                if key == TYPED:
                    key += SEARCH_WORDS[run % len(SEARCH_WORDS)]
                if label is None:
                    pane.send(key)
                    settle(pane)
                    continue
                cpu = pane.cpu_ms()
                latency = (
                    echo_latency(pane, key) if key.startswith(TYPED) else key_latency(pane, key)
                )
                figures.add(label, latency, pane.cpu_ms() - cpu)
    return figures


def reader_pane(name: str, folder: Path, cache: Path, state: Path) -> Pane:
    """The reader on `folder` in a new tmux session."""
    environment = {"READER_CACHE_DIR": str(cache), "READER_STATE_DIR": str(state)}
    if "PYTHONPATH" in os.environ:  # another checkout's reader, to compare
        environment["PYTHONPATH"] = os.environ["PYTHONPATH"]
    reader = Path(sys.executable).parent / "reader"
    return Pane(name, [str(reader), str(folder)], environment)


def has_rows(screen: str) -> bool:
    """Whether the list shows rows of articles."""
    return any(ROW.search(line) for line in screen.splitlines()[2:])


def is_loaded(screen: str) -> bool:
    """Whether the list is loaded: every article listed and loading done."""
    return bool(LOADED.match(screen.split("\n", 1)[0]))


def copy_models(cache: Path) -> None:
    """Put the word models built once (`index_speed.keep_models`) in `cache`, where they are
    not yet; without them the reader builds its own (10 s)."""
    cache.mkdir(parents=True, exist_ok=True)
    for model in MODEL_CACHE.iterdir() if MODEL_CACHE.is_dir() else ():
        if model.suffix in (".marshal", ".sqlite") and not (cache / model.name).exists():
            shutil.copy(model, cache)


def index_in(cache: Path, folder: Path, *options: str) -> None:
    """Run `reader list` with `options` on `folder`, its index (and the models) in `cache`."""
    copy_models(cache)
    reader = [str(Path(sys.executable).parent / "reader"), "list", *options, str(folder)]
    environment = {**os.environ, "READER_CACHE_DIR": str(cache)}
    subprocess.run(reader, env=environment, stdout=subprocess.DEVNULL, check=True)


def warm_index(folder: Path, cache: Path) -> None:
    """Index `folder` in `cache`, both passes, unless done before (minutes at 100,000)."""
    index_in(cache, folder)
    index_in(cache, folder, "--search", "zzzz")  # waits for every text to be read


def list_only_index(folder: Path, cache: Path) -> Path:
    """A cache holding `folder`'s index after the list's pass only, its texts all waiting:
    built once, beside `cache`."""
    listed = cache.with_name(f"{cache.name}-list-only-{folder.name}")
    if not any(listed.glob("index-*.sqlite3")):
        index_in(listed, folder)
    return listed


def status_change_latency(pane: Pane, key: str, words: str, shown: bool) -> float:
    """Milliseconds from sending `key` until the status line shows `words` (or, when not
    `shown`, no longer does): while the texts are read the process is never idle, so the
    first change the key brings is what counts."""
    start = time.perf_counter()
    pane.send(key)
    while (words in plain(pane.capture()).split("\n", 1)[0]) != shown:
        if time.perf_counter() - start > GIVE_UP_SECONDS:
            raise TimeoutError(f"{pane.name}: the status line did not change after {key!r}")
    return (time.perf_counter() - start) * 1000


def measure_while_loading(size: int, runs: int, cache: Path) -> None:
    """Importance keys while each pass runs: the reader opened on a folder never opened (the
    list's pass), then on an index whose list is complete and whose texts all wait (the
    texts' pass, as after a first open's list)."""
    folder = corpus(size)
    listed = list_only_index(folder, cache)
    for name, indexes, busy in (
        ("list's pass", [], "reading files:"),
        ("texts' pass", list(listed.glob("index-*.sqlite3")), "text search:"),
    ):
        latencies, status = [], ""
        with tempfile.TemporaryDirectory() as state, tempfile.TemporaryDirectory() as copy:
            copy_models(Path(copy))
            for index_file in indexes:
                shutil.copy(index_file, copy)
            pane = reader_pane(f"loading-{size}-{os.getpid()}", folder, Path(copy), Path(state))
            try:
                wait_for(
                    pane, lambda screen, busy=busy: busy in screen.split("\n", 1)[0], pane.started
                )
                time.sleep(1.0)  # the list drawn and the pass under way
                for _ in range(runs * 6):
                    for key, shown in (("3", True), ("0", False)):
                        latencies.append(status_change_latency(pane, key, "importance ≥ 3", shown))
                        time.sleep(0.1)
                found = re.search(rf"{busy} [\d,]+ of [\d,]+", plain(pane.capture()))
                status = found.group() if found else "the pass ended before the last key"
            finally:
                pane.kill()
        slow = sorted(latencies)[int(len(latencies) * 0.9)]
        note = f", 90th percentile {slow:.0f} ms; to the status line; at the end, {status}"
        report(f"importance 3 / 0, {name}", latencies, note=note)


def report(name: str, timings: list[float], cpu: list[float] | None = None, note: str = "") -> None:
    """One line: median and range, and the mean CPU time."""
    low, middle, high = min(timings), statistics.median(timings), max(timings)
    spent = "" if cpu is None else f"  cpu {statistics.mean(cpu):4.0f} ms"
    line = f"  {name:<26} {middle:6.0f} ms ({low:4.0f}-{high:4.0f}, n={len(timings)}){spent}"
    print(line + note)


def load_average() -> str:
    """The machine's load average, in words."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def measure_bare(runs: int, opens: int) -> float:
    """The floor: a bare Textual app's first screen and a label updated on a key. Returns
    the median latency of Esc."""
    firsts = []
    figures = Figures()
    for run in range(opens):
        pane = Pane(f"keys-bare-{os.getpid()}-{run}", [sys.executable, __file__, "--bare"], {})
        try:
            firsts.append(wait_for(pane, lambda screen: BARE_READY in screen, pane.started))
            if run == 0:
                figures = time_steps(pane, [BARE_STEPS], runs * 2)
        finally:
            pane.kill()
    print(f"bare Textual app   {load_average()}")
    report("first screen", [seconds * 1000 for seconds in firsts])
    for name, timings in figures.latencies.items():
        report(name, timings, figures.cpu[name])
    return statistics.median(figures.latencies["label (Esc)"])


def measure_reader(size: int, runs: int, opens: int, cache: Path, escape_floor: float) -> None:
    """First rows and every scenario's keys of the reader on `size` articles."""
    folder = corpus(size)
    warm_index(folder, cache)
    firsts = []
    figures = Figures()
    for run in range(opens):
        with tempfile.TemporaryDirectory() as state:
            pane = reader_pane(f"keys-{size}-{os.getpid()}-{run}", folder, cache, Path(state))
            try:
                firsts.append(wait_for(pane, has_rows, pane.started))
                if run == 0:
                    wait_for(pane, is_loaded, pane.started)
                    figures = time_steps(pane, SCENARIOS, runs)
            finally:
                pane.kill()
    print(f"{size:,} articles   {load_average()}")
    report("first rows", [seconds * 1000 for seconds in firsts])
    escapes = {label for steps in SCENARIOS for key, label in steps if key == "Escape"}
    for name, timings in figures.latencies.items():
        target = TARGET_MS + (escape_floor if name in escapes else 0)
        note = "" if statistics.median(timings) <= target else f"   > {target:.0f} ms"
        report(name, timings, figures.cpu[name], note)
    print(f"  (target {TARGET_MS} ms; Esc: the bare app's Esc + {TARGET_MS}: {ESCAPE_NOTE})")


def run_bare_app() -> None:
    """The floor's app: one label, rewritten on every key."""
    from textual.app import App, ComposeResult
    from textual.events import Key
    from textual.widgets import Label

    class BareApp(App[None]):
        presses = 0

        def compose(self) -> ComposeResult:
            yield Label(BARE_READY)

        def on_key(self, event: Key) -> None:
            self.presses += 1
            self.query_one(Label).update(f"{event.key} pressed, {self.presses} keys so far")

    BareApp().run()


def main() -> None:
    """Measure the floor, then each size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="article counts, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="times each key is timed")
    parser.add_argument("--opens", type=int, default=3, help="launches timed to first rows")
    parser.add_argument("--cache", type=Path, default=CORPORA / "keys-cache", help="index cache")
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        run_bare_app()
        return
    args.cache.mkdir(parents=True, exist_ok=True)
    keeper = Pane("keep-the-server", ["sleep", "infinity"], {})
    try:
        escape_floor = measure_bare(args.runs, args.opens)
        for size in (int(text) for text in args.sizes.split(",")):
            measure_reader(size, args.runs, args.opens, args.cache, escape_floor)
            measure_while_loading(size, args.runs, args.cache)
    finally:
        keeper.kill()
        SOCKET.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
