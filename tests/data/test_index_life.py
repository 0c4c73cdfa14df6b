"""The index's life: one refresh at a time, a close that waits for it and is never taken for
damage, and loading that survives the death of a loading process."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from pathlib import Path

import pytest

from reader.data import IndexClosed
from reader.data.index import ingest
from reader.data.index.article_index import ArticleIndex
from reader.data.index.loaded import RefreshProgress
from reader.data.index.rows import ArticleRows
from reader.data.query import ArticleQuery


def write_articles(folder: Path, count: int) -> list[str]:
    """Write `count` small articles; return their names in order."""
    folder.mkdir(exist_ok=True)
    names = [f"a{number:03d}.md" for number in range(count)]
    for number, name in enumerate(names):
        (folder / name).write_text(
            f"---\ntitle: Článek {number}\nimportance: 3\n---\nText článku {number}.\n",
            encoding="utf-8",
        )
    return names


def test_a_closed_index_says_so_and_is_kept_for_the_next_start(tmp_path: Path) -> None:
    """Reads after close raise IndexClosed (never taken for damage), a refresh of a closed
    index ends quietly, and the next start trusts the file without reading a file again."""
    folder, cache = tmp_path / "articles", tmp_path / "cache"
    write_articles(folder, 3)
    index = ArticleIndex.open(folder, cache_dir=cache)
    list(index.refresh())
    index.close()
    with pytest.raises(IndexClosed):
        len(index)
    with pytest.raises(IndexClosed):
        index.query(ArticleQuery())
    assert list(index.refresh()) == []
    index.prepare_queries()  # nothing to prepare for, and no error
    reopened = ArticleIndex.open(folder, cache_dir=cache)
    assert list(reopened.refresh()) == [RefreshProgress(0, 0, 0)]
    assert len(reopened) == 3


def test_a_second_refresh_waits_for_the_first_then_takes_in_the_rest(tmp_path: Path) -> None:
    """Two refreshes of one index never run at once: the second, started while the first is
    between batches, waits, then finds only what changed after the first looked."""
    folder = tmp_path / "articles"
    write_articles(folder, 3)
    index = ArticleIndex.open(folder, cached=False)
    first = index.refresh()
    assert next(first) == RefreshProgress(0, 3, 0)  # the first has looked at the folder
    write_articles(folder, 5)  # two more files arrive meanwhile
    second: list[RefreshProgress] = []
    thread = threading.Thread(target=lambda: second.extend(index.refresh()))
    thread.start()
    thread.join(timeout=0.5)
    assert thread.is_alive() and second == []  # waiting for the first
    assert list(first)[-1] == RefreshProgress(3, 3, 0)
    thread.join(timeout=30)
    assert second[-1] == RefreshProgress(2, 2, 0)
    assert len(index) == 5 and not index.problems


def test_closing_waits_for_a_refresh_in_another_thread(tmp_path: Path) -> None:
    """close() from another thread stops the refresh at its next file and waits for it: the
    index is closed cleanly and the next start reads only the files not yet stored."""
    folder, cache = tmp_path / "articles", tmp_path / "cache"
    write_articles(folder, 20)
    index = ArticleIndex.open(folder, cache_dir=cache)
    started, go_on = threading.Event(), threading.Event()
    seen: list[RefreshProgress] = []

    def refresh() -> None:
        for progress in index.refresh():
            seen.append(progress)
            started.set()
            go_on.wait(timeout=10)

    thread = threading.Thread(target=refresh)
    thread.start()
    assert started.wait(timeout=10)
    closer = threading.Thread(target=index.close)
    closer.start()
    go_on.set()
    closer.join(timeout=10)
    thread.join(timeout=10)
    assert not closer.is_alive() and not thread.is_alive()
    reopened = ArticleIndex.open(folder, cache_dir=cache)
    progress = list(reopened.refresh())
    assert progress[-1].total == 20 - (seen[-1].done if seen else 0)
    assert len(reopened) == 20


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="loading processes need two cores")
def test_a_loading_process_that_dies_loses_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the system kills a loading process, the files it had not returned and those after
    are read in the reader's own process, in order, and the loss is said once."""
    monkeypatch.setattr(ingest, "PARALLEL_FROM", 4)
    monkeypatch.setattr(ingest, "CHUNK_SIZE", 2)
    monkeypatch.setattr(ingest, "CHUNKS_IN_FLIGHT_PER_WORKER", 1)
    names = write_articles(tmp_path / "articles", 30)
    said: list[str] = []
    loaded = ingest.load_rows(tmp_path / "articles", names, pool_lost=lambda: said.append("lost"))
    first = next(loaded)
    for child in multiprocessing.active_children():
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
    rest = list(loaded)
    assert [item.name for item in [first, *rest]] == names
    assert all(isinstance(item.result, ArticleRows) for item in [first, *rest])
    assert said == ["lost"]
