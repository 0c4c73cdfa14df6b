"""Tests of loading in two passes: the list first (front matter), then the whole texts behind
it, resumable, and an article read whole at once when it is opened before its turn."""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from reader.data import ArticleIndex, ArticleQuery, Facet, SortKey, TextCoverage
from reader.data.article import Article, LoadProblem
from reader.data.index import file_rows, reads, text_pass
from reader.data.index.loaded import LoadedFile
from reader.data.index.texts import ListChange
from reader.data.load.pipeline import load_article, load_list_fields

MOJIBAKE_BODY = "Vláda schválila spolupráci s Kazachstánem.".encode().decode("cp1250")
"""A body written in UTF-8 and read as Windows-1250: repaired only when read whole."""


def write_article(folder: Path, name: str, title: str, body: str, day: int = 1) -> Path:
    """Write an article file with a title, a date, a category and a body."""
    path = folder / name
    front = f"---\ntitle: {title}\ncategory: Věda\nimportance: {day % 5 + 1}\n"
    front += f"publishedAt: '2025-12-{day:02d}T08:00:00+00:00'\n---\n"
    path.write_text(front + body + "\n", encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three articles, each with a word only its body has; one body damaged."""
    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder, "a.md", "Rozpočet na příští rok", "Poslanci jednali o zbraních.", 1)
    write_article(folder, "b.md", "Nová knihovna", "Čtenáři si půjčují mikroskopy.", 2)
    write_article(folder, "c.md", "Zahraniční cesta", MOJIBAKE_BODY, 3)
    return folder


def listed(folder: Path, cache: Path) -> ArticleIndex:
    """An index of `folder` in `cache` after the list's pass only."""
    index = ArticleIndex.open(folder, cache_dir=cache)
    list(index.refresh())
    return index


def test_list_pass_lists_every_article_and_searches_titles_only(
    folder: Path, tmp_path: Path
) -> None:
    """After the list's pass every article is listed, sorted and filtered by its metadata and
    found by its title; no body is searched yet."""
    with listed(folder, tmp_path / "cache") as index:
        assert index.text_coverage() == TextCoverage(0, 3)
        assert index.query(ArticleQuery()) == ["c", "b", "a"]
        assert index.query(ArticleQuery(min_importance=3)) == ["c", "b"]
        assert index.query(ArticleQuery(search="knihovna")) == ["b"]
        assert index.query(ArticleQuery(search="mikroskopy")) == []


def test_texts_pass_makes_every_body_searchable(folder: Path, tmp_path: Path) -> None:
    """The texts' pass repairs every body and makes it searchable, reporting the coverage."""
    with listed(folder, tmp_path / "cache") as index:
        reports = list(index.fill_texts())
        assert reports[0] == TextCoverage(0, 3)
        assert reports[-1] == TextCoverage(3, 3)
        assert index.query(ArticleQuery(search="mikroskopy")) == ["b"]
        assert index.query(ArticleQuery(search="kazachstanem")) == ["c"]
        assert index.get("c").body == "Vláda schválila spolupráci s Kazachstánem."


def test_texts_pass_resumes_after_a_stop(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Texts read before a stop are kept; the next start reads only the others, newest
    first, and no file again for the list."""
    monkeypatch.setattr(text_pass, "TEXT_BATCH_SIZE", 1)
    cache = tmp_path / "cache"
    with listed(folder, cache) as index:
        texts = index.fill_texts()
        next(texts)  # the coverage before any text
        assert next(texts) == TextCoverage(1, 3)
        texts.close()  # the reader quits
    with ArticleIndex.open(folder, cache_dir=cache) as index:
        assert [progress.total for progress in index.refresh()] == [0]
        assert index.text_coverage() == TextCoverage(1, 3)
        assert index.query(ArticleQuery(search="kazachstanem")) == ["c"]  # the newest
        assert list(index.fill_texts())[-1] == TextCoverage(3, 3)
        assert index.query(ArticleQuery(search="zbranich")) == ["a"]


def test_an_article_opened_before_its_turn_is_read_whole(folder: Path, tmp_path: Path) -> None:
    """An article opened before the texts' pass reached it shows its body repaired, as after
    the pass, and its text is searchable from then on."""
    with listed(folder, tmp_path / "cache") as index:
        article = index.get("c")
        whole = load_article(folder / "c.md")
        assert isinstance(whole, Article)
        assert article.body == whole.body == "Vláda schválila spolupráci s Kazachstánem."
        assert article.repairs == whole.repairs
        assert index.text_coverage() == TextCoverage(1, 3)
        assert index.query(ArticleQuery(search="kazachstanem")) == ["c"]


def test_a_changed_file_goes_through_both_passes_again(folder: Path, tmp_path: Path) -> None:
    """A file changed after its text was read is listed anew and its text read again."""
    cache = tmp_path / "cache"
    with listed(folder, cache) as index:
        list(index.fill_texts())
    write_article(folder, "b.md", "Nová čítárna", "Čtenáři si půjčují dalekohledy.", 2)
    os.utime(folder / "b.md", ns=(1, 1))  # another stamp, even within the clock's tick
    with ArticleIndex.open(folder, cache_dir=cache) as index:
        list(index.refresh())
        assert index.text_coverage() == TextCoverage(2, 3)
        assert index.query(ArticleQuery(search="citarna")) == ["b"]
        assert index.query(ArticleQuery(search="dalekohledy")) == []
        list(index.fill_texts())
        assert index.query(ArticleQuery(search="dalekohledy")) == ["b"]
        assert index.query(ArticleQuery(search="mikroskopy")) == []


def test_whole_refresh_reads_both_passes_at_once(folder: Path, tmp_path: Path) -> None:
    """A refresh asked for the whole texts (a command that searches them) leaves none
    waiting."""
    with ArticleIndex.open(folder, cache_dir=tmp_path / "cache") as index:
        list(index.refresh(whole=True))
        assert index.text_coverage() == TextCoverage(3, 3)
        assert index.query(ArticleQuery(search="mikroskopy")) == ["b"]


LIST_FIELDS = ("id", "title", "categories", "tags", "importance", "published", "author")
"""What the list shows and sorts by, besides the source."""


def test_list_pass_gives_the_list_fields_of_the_whole_load(seed_file: Path) -> None:
    """Each sample article is listed by the list's pass with the fields reading it whole
    gives, its body left for the texts' pass."""
    first, whole = load_list_fields(seed_file), load_article(seed_file)
    assert type(first) is type(whole)
    if isinstance(first, Article) and isinstance(whole, Article):
        for name in (*LIST_FIELDS, "source", "url", "draft", "inferred"):
            assert getattr(first, name) == getattr(whole, name), name
        assert first.body == ""


def test_texts_pass_corrects_a_list_field_the_whole_text_gives_otherwise(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the whole text gives a listed field otherwise than the list's pass did (a title's
    diacritics judged on all of it), the texts' pass corrects the list and says so by its
    version; the texts of the others change nothing the list shows."""

    def titled_otherwise(path: Path, max_file_bytes: int) -> Article | LoadProblem:
        first = load_list_fields(path, max_file_bytes)
        if isinstance(first, Article) and path.name == "b.md":
            return replace(first, title="Nova knihovna")
        return first

    monkeypatch.setattr(file_rows, "load_list_fields", titled_otherwise)
    with listed(folder, tmp_path / "cache") as index:
        index.prepare_queries()
        assert index.query(ArticleQuery(search="nova")) == ["b"]
        version = index.list_version
        list(index.fill_texts())
        assert index.list_version != version
        assert index.get("b").title == "Nová knihovna"
        assert index.query(ArticleQuery(search="nova", sort=SortKey.TITLE)) == ["b"]
        assert index.facet_counts(Facet.CATEGORY) == [("Věda", 3)]  # its facets kept once


def test_list_corrections_of_the_texts_pass_keep_queries_quick_until_it_ends(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A title the whole text corrects changes the list's version once, when the texts' pass
    ends: meanwhile queries keep reading what they prepared, not the whole index."""

    def titled_otherwise(path: Path, max_file_bytes: int) -> Article | LoadProblem:
        first = load_list_fields(path, max_file_bytes)
        if isinstance(first, Article) and path.name != "a.md":
            return replace(first, title=first.title.replace("á", "a"))
        return first

    monkeypatch.setattr(file_rows, "load_list_fields", titled_otherwise)
    monkeypatch.setattr(text_pass, "TEXT_BATCH_SIZE", 1)
    with listed(folder, tmp_path / "cache") as index:
        index.prepare_queries()
        version = index.list_version
        monkeypatch.setattr(reads, "select_query", None)  # a query reading the index fails
        passing = index.fill_texts()
        for _ in range(3):  # the coverage before, then after each of the first two texts
            next(passing)
            assert index.list_version == version
            assert index.query(ArticleQuery(sort=SortKey.TITLE)) == ["b", "a", "c"]
        assert list(passing)[-1] == TextCoverage(3, 3)
        assert index.list_version != version
        assert index.get("b").title == "Nová knihovna"


def test_an_article_read_beside_the_reader_keeping_the_index_is_read_whole(
    folder: Path, tmp_path: Path
) -> None:
    """A command beside an open reader (its index shared) shows an article the reader has
    not read whole yet repaired, without writing that reader's index."""
    with listed(folder, tmp_path / "cache") as owner:
        beside = ArticleIndex.open(folder, cache_dir=tmp_path / "cache", share=True)
        with beside:
            assert beside.get("c").body == "Vláda schválila spolupráci s Kazachstánem."
            assert beside.text_coverage() == TextCoverage(0, 3)
        assert owner.text_coverage() == TextCoverage(0, 3)


@pytest.mark.parametrize("in_memory", [False, True], ids=["file", "memory"])
def test_the_list_is_queried_while_a_batch_of_texts_is_written(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_memory: bool
) -> None:
    """A query made while the texts' pass writes a batch is answered at once from what was
    committed, not after the batch (which held the index up to 0.4 s); an index in memory,
    which has one connection, answers after it."""
    index = ArticleIndex.open(folder, cached=not in_memory, cache_dir=tmp_path / "cache")
    list(index.refresh())
    writing, answered = threading.Event(), threading.Event()
    waited: list[bool] = []
    store = text_pass.store_texts

    def slow_store(connection: sqlite3.Connection, batch: list[LoadedFile]) -> ListChange:
        writing.set()
        waited.append(answered.wait(timeout=0 if in_memory else 10))
        return store(connection, batch)

    monkeypatch.setattr(text_pass, "store_texts", slow_store)
    with index:
        texts = threading.Thread(target=lambda: list(index.fill_texts()))
        texts.start()
        assert writing.wait(timeout=10)
        assert index.query(ArticleQuery(search="mikroskopy")) == ([] if not in_memory else ["b"])
        assert index.query(ArticleQuery()) == ["c", "b", "a"]
        answered.set()
        texts.join()
        assert waited == [not in_memory]
        assert index.query(ArticleQuery(search="mikroskopy")) == ["b"]
