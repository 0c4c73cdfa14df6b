"""Tests for ArticleIndex: refreshing from a folder, queries, categories, problems."""

from __future__ import annotations

import os
import random
import sqlite3
import threading
from pathlib import Path

import pytest

from reader.data.index import database_file as index_database_file
from reader.data.index import list_pass as index_module
from reader.data.index.article_index import ArticleIndex
from reader.data.index.loaded import RefreshProgress
from reader.data.index.location import index_file
from reader.data.index.writes import store_batch
from reader.data.query import NO_FACET, ArticleQuery, Facet, SortKey


def write_article(
    folder: Path,
    name: str,
    *,
    title: str = "Titulek",
    category: str = "",
    importance: int | None = None,
    day: int | None = None,
    source: str = "",
    description: str = "",
    body: str = "Text.",
    slug: str | None = None,
) -> Path:
    """Write an article file with only the fields a test cares about."""
    lines = ["---", f"title: {title}"]
    if category:
        lines.append(f"category: {category}")
    if importance is not None:
        lines.append(f"importance: {importance}")
    if day is not None:
        lines.append(f"publishedAt: '2025-12-{day:02d}T08:00:00+00:00'")
    if source:
        lines.append(f"source: {{id: {source.lower()}, name: {source}}}")
    if description:
        lines.append(f"description: {description}")
    if slug:
        lines.append(f"slug: {slug}")
    path = folder / name
    path.write_text("\n".join([*lines, "---", body, ""]), encoding="utf-8")
    return path


def refreshed(folder: Path, **options: object) -> ArticleIndex:
    """An index of `folder`, brought up to date: listed, and its texts read."""
    index = ArticleIndex.open(folder, **options)  # type: ignore[arg-type]
    for _ in index.refresh():
        pass
    for _ in index.fill_texts():
        pass
    return index


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Five articles in three categories, one of them spelled three ways, and a broken file."""
    write_article(tmp_path, "veda-1.md", title="Mikroskop", category="Věda", importance=2, day=1)
    write_article(
        tmp_path, "veda-2.md", title="Vesmírná sonda", category="věda", importance=4, day=3
    )
    write_article(tmp_path, "veda-3.md", title="Kvantový počítač", category="VEDA", day=2)
    write_article(
        tmp_path,
        "obrana.md",
        title="Spolupráce",
        description="s Kazachstánem",
        category="Obrana",
        importance=5,
        day=4,
        body="Nové zbraně.",
    )
    write_article(tmp_path, "bez-kategorie.md", title="Různé", importance=1)
    (tmp_path / "broken.md").write_text("---\n: : [\n---\nText.\n", encoding="utf-8")
    return tmp_path


def test_index_holds_articles_and_problems(folder: Path) -> None:
    """Every article is indexed and the file that failed is kept as a problem."""
    index = refreshed(folder)
    assert len(index) == 5
    assert "obrana" in index
    assert [problem.path.name for problem in index.problems] == ["broken.md"]


def test_count_and_problems_are_read_again_only_after_a_write(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The screen asks for the count and the problems at every change of the list: asked
    again before anything was written, they are not read from the index (which the loading
    thread may be reading meanwhile); after a write they are."""
    index = refreshed(folder)
    assert len(index) == 5 and len(index.problems) == 1
    reads: list[object] = []
    reading = index._reading
    monkeypatch.setattr(index, "_reading", lambda: reads.append(1) or reading())
    assert len(index) == 5 and len(index.problems) == 1 and not reads
    write_article(folder, "nova.md", title="Nová")
    (folder / "broken-2.md").write_text("---\n: : [\n---\nText.\n", encoding="utf-8")
    for _ in index.refresh():
        pass
    assert len(index) == 6 and len(index.problems) == 2 and reads


def test_categories_merge_folded_spellings(folder: Path) -> None:
    """Categories equal when folded are counted once, shown as first indexed, sorted."""
    categories = refreshed(folder).facet_counts(Facet.CATEGORY)
    assert [count for _, count in categories] == [1, 3, 1]
    assert categories[0][0] == "Obrana"
    assert categories[1][0] in {"Věda", "věda", "VEDA"}
    assert categories[2][0] == NO_FACET  # the article without a category, listed last


def test_query_returns_ids_newest_first_undated_last(folder: Path) -> None:
    """An empty query returns every id, newest first and undated last."""
    assert refreshed(folder).query(ArticleQuery()) == [
        "obrana",
        "veda-2",
        "veda-3",
        "veda-1",
        "bez-kategorie",
    ]


def test_filter_hides_articles_below_floor_and_without_importance(folder: Path) -> None:
    """Only articles at or above the floor pass; an unknown importance never does."""
    assert refreshed(folder).query(ArticleQuery(min_importance=2)) == ["obrana", "veda-2", "veda-1"]


def test_query_filters_by_folded_category_and_importance(folder: Path) -> None:
    """Category and importance filters narrow the ids; sort applies to what is left."""
    query = ArticleQuery(categories=("veda",), min_importance=2, sort=SortKey.IMPORTANCE)
    assert refreshed(folder).query(query) == ["veda-2", "veda-1"]


def test_search_needs_every_term_as_a_word_start_in_any_field(folder: Path) -> None:
    """Each term, typed without accents, must start a word of title, description, category
    or body."""
    index = refreshed(folder)
    assert index.query(ArticleQuery(search="spoluprace KAZACH")) == ["obrana"]
    assert index.query(ArticleQuery(search="zbrane obrana")) == ["obrana"]
    assert index.query(ArticleQuery(search="spoluprace letadla")) == []
    assert index.query(ArticleQuery(search='"vesmir" OR')) == []  # typed text is not syntax


@pytest.mark.parametrize("search", ["e-mail", "E-MAIL!", "mail-e", "e.mail", "(mail)"])
def test_search_with_punctuation_inside_words_finds_their_parts(
    tmp_path: Path, search: str
) -> None:
    """`e-mail` is searched as the words the index holds, never as a phrase it cannot
    answer (an error that once closed the reader)."""
    write_article(tmp_path, "mail.md", title="Podvodný e-mail koluje")
    write_article(tmp_path, "other.md", title="Jiná zpráva")
    index = refreshed(tmp_path)
    assert index.query(ArticleQuery(search=search)) == ["mail"]
    index.prepare_queries()
    assert index.query(ArticleQuery(search=search)) == ["mail"]


def found_in_scripts(folder: Path, search: str) -> list[str]:
    """The ids `search` finds in a folder of articles in several scripts, by the list's
    query and by the catalog's alike."""
    for name, title, body in (
        ("ru", "Новый год", "Ёлки на площади."),
        ("de", "Die Straße ist gesperrt", ""),
        ("el", "Καιρός", "Βροχή στην Αθήνα."),
        ("pl", "Łódź", "Most přes Øresund."),
        ("tr", "Iğdır", "Hava ılık."),
        ("fi", "Zprávy", "ﬁnance Ｆｕｌｌｗｉｄｔｈ"),
        ("hi", "हिन्दी समाचार", "आज की ख़बरें।"),
        ("th", "ข่าวภาษาไทย", ""),
        ("zh", "北京发布新的经济刺激计划", ""),
        ("ko", "서울에서 대규모 축제 개최", ""),
    ):
        write_article(folder, f"{name}.md", title=title, body=body or "Text.")
    index = refreshed(folder)
    found = index.query(ArticleQuery(search=search))
    index.prepare_queries()
    assert index.query(ArticleQuery(search=search)) == found
    return found


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("Ёлки", ["ru"]),
        ("новый", ["ru"]),
        ("Новый год", ["ru"]),
        ("Straße", ["de"]),
        ("Αθήνα", ["el"]),
        ("Straße новый", []),
    ],
)
def test_words_are_found_as_written_in_letters_the_index_keeps(
    tmp_path: Path, search: str, found: list[str]
) -> None:
    """A word typed as it is written is found, in letters folding would change but the
    text index keeps (`ß`, `й`, `ё`, Greek accents): the list and the catalog alike."""
    assert found_in_scripts(tmp_path, search) == found


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("елки", ["ru"]),
        ("НОВЫИ", ["ru"]),
        ("αθηνα", ["el"]),
        ("ΑΘΗΝΑ", ["el"]),
        ("strasse", ["de"]),
        ("lodz oresund", ["pl"]),
        ("igdir", ["tr"]),
        ("ilik", ["tr"]),
        ("finance fullwidth", ["fi"]),
        ("Łódź", ["pl"]),
    ],
)
def test_words_are_found_folded_as_a_search_folds_them(
    tmp_path: Path, search: str, found: list[str]
) -> None:
    """A word is found typed without its accents, or in other case, where the text index
    folds less than the search does: Greek's and Cyrillic's accents, `ß`, letters no accent
    makes (`ł`, `ø`, `ı`), ligatures and full-width letters (each was found only as written)."""
    assert found_in_scripts(tmp_path, search) == found


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("हिन्दी", ["hi"]),
        ("समाचार", ["hi"]),
        ("ข่าว", ["th"]),
        ("北京", ["zh"]),
        ("서울", ["ko"]),
        ("东京", []),
    ],
)
def test_words_of_scripts_with_marks_or_without_spaces_are_found(
    tmp_path: Path, search: str, found: list[str]
) -> None:
    """A Hindi or Thai word is found whole (the index split words at their vowel signs and
    tones, leaving single letters too short to search for), and a word of two characters of
    Chinese or Korean where the text runs on from it (`北京发布`, `서울에서`): as a whole
    word, as Latin's two letters are matched, it was found nowhere."""
    assert found_in_scripts(tmp_path, search) == found


def test_two_letter_terms_match_whole_words(tmp_path: Path) -> None:
    """`ai` finds the word AI, not every word starting with the two letters."""
    write_article(tmp_path, "ai.md", title="Nástroje AI ve školách")
    write_article(tmp_path, "airbus.md", title="Airbus letí dál")
    index = refreshed(tmp_path)
    assert index.query(ArticleQuery(search="ai")) == ["ai"]
    assert index.query(ArticleQuery(search="air")) == ["airbus"]


def test_get_and_get_many_return_articles_for_ids(folder: Path) -> None:
    """Ids from a query fetch their articles, in the order asked."""
    index = refreshed(folder)
    ids = index.query(ArticleQuery(categories=("věda",), sort=SortKey.TITLE))
    assert [article.title for article in index.get_many(ids)] == [
        "Kvantový počítač",
        "Mikroskop",
        "Vesmírná sonda",
    ]
    assert index.get("obrana").category == "Obrana"
    assert index.get("obrana").path == folder / "obrana.md"
    with pytest.raises(KeyError):
        index.get("missing")
    with pytest.raises(KeyError):
        index.get_many(["obrana", "missing"])
    assert set(index.find_many(["obrana", "missing"])) == {"obrana"}


def test_title_and_source_sorts_follow_the_czech_alphabet(tmp_path: Path) -> None:
    """Title and source order as Czech does: case and accents such as á only break ties,
    but č comes after c, š after s and ch after h; empty sources last."""
    write_article(tmp_path, "b.md", title="Zpráva", source="Český rozhlas")
    write_article(tmp_path, "a.md", title="čas", source="aktualne")
    write_article(tmp_path, "c.md", title="Ceny")
    write_article(tmp_path, "d.md", title="Chata", source="Hlas")
    write_article(tmp_path, "e.md", title="Hrad", source="Celý svět")
    write_article(tmp_path, "f.md", title="Ábel")
    index = refreshed(tmp_path)
    assert index.query(ArticleQuery(sort=SortKey.TITLE)) == ["f", "c", "a", "e", "d", "b"]
    assert index.query(ArticleQuery(sort=SortKey.SOURCE))[:4] == ["a", "e", "b", "d"]


def test_categories_follow_the_czech_alphabet(tmp_path: Path) -> None:
    """The sidebar lists `sport` before `školství`, as Czech orders š after s."""
    for name, category in (("a.md", "školství"), ("b.md", "sport"), ("c.md", "Zdraví")):
        write_article(tmp_path, name, category=category)
    assert [name for name, _ in refreshed(tmp_path).facet_counts(Facet.CATEGORY)] == [
        "sport",
        "školství",
        "Zdraví",
    ]


@pytest.mark.parametrize("sort", list(SortKey), ids=lambda key: key.value)
def test_every_sort_is_a_total_order(tmp_path: Path, sort: SortKey) -> None:
    """Articles equal in every sort field still come out in one order, by id."""
    names = [f"id-{number}" for number in range(8)]
    random.Random(7).shuffle(names)
    for name in names:
        write_article(tmp_path, f"{name}.md", title="Stejný", importance=3, day=1, source="X")
    assert refreshed(tmp_path).query(ArticleQuery(sort=sort)) == sorted(names)


def test_duplicate_ids_are_kept_under_new_ids(tmp_path: Path) -> None:
    """A second article with an id already taken is indexed as `id~file`, with a note; a
    third whose file has the same name but for its suffix as `id~file~2`."""
    write_article(tmp_path, "a.md", title="První", slug="same")
    write_article(tmp_path, "b.md", title="Druhý", slug="same")
    write_article(tmp_path, "b.txt", title="Třetí", slug="same")
    index = refreshed(tmp_path)
    assert sorted(index.query(ArticleQuery())) == ["same", "same~b", "same~b~2"]
    assert "already used by a.md" in index.get("same~b").problems[-1]


def test_a_duplicate_keeps_its_id_whatever_order_the_files_came_in(tmp_path: Path) -> None:
    """Marks are kept by id: a second article's id is the same whether its file was indexed
    before a newer duplicate arrived or together with it, as when the index is built anew."""
    cache = tmp_path / "cache"
    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "a1.md", title="Dup 1", slug="same")
    write_article(articles, "a2.md", title="Dup 2", slug="same")
    refreshed(articles, cache_dir=cache).close()
    write_article(articles, "a0.md", title="Dup 0", slug="same")
    later = refreshed(articles, cache_dir=cache)
    anew = refreshed(articles, cached=False)
    assert later.get("same~a2").title == anew.get("same~a2").title == "Dup 2"


def test_later_refresh_reads_only_changed_files(tmp_path: Path) -> None:
    """Reopening the cached index reads new and changed files and drops deleted ones."""
    cache = tmp_path / "cache"
    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "a.md", title="Jedna")
    write_article(articles, "b.md", title="Dvě")
    refreshed(articles, cache_dir=cache).close()

    index = ArticleIndex.open(articles, cache_dir=cache)
    assert list(index.refresh()) == [RefreshProgress(0, 0, 0)]
    changed = write_article(articles, "a.md", title="Jedna, opravená")
    os.utime(changed, ns=(1, 1))  # a different modification time, whatever the clock says
    write_article(articles, "c.md", title="Tři")
    (articles / "b.md").unlink()
    progress = list(index.refresh())
    assert progress[-1] == RefreshProgress(2, 2, 1)
    assert sorted(index.query(ArticleQuery())) == ["a", "c"]
    assert index.get("a").title == "Jedna, opravená"


def reads_on_reopening(articles: Path, cache: Path) -> RefreshProgress:
    """The last progress of a refresh of `articles` opened anew from `cache`."""
    with ArticleIndex.open(articles, cache_dir=cache) as index:
        return list(index.refresh())[-1]


def test_an_unchanged_folder_is_told_by_its_digest_and_any_change_still_read(
    tmp_path: Path,
) -> None:
    """Once an open found the folder as the index has it, later opens compare a digest of
    the folder's stamps; a file rewritten to the same size, or a stamp the index changed
    meanwhile, is still read again."""
    cache, articles = tmp_path / "cache", tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "a.md", title="Jedna")
    write_article(articles, "b.md", title="Dvě")
    assert reads_on_reopening(articles, cache) == RefreshProgress(2, 2, 0)
    assert reads_on_reopening(articles, cache) == RefreshProgress(0, 0, 0)  # digest kept
    assert reads_on_reopening(articles, cache) == RefreshProgress(0, 0, 0)  # digest matched

    rewritten = write_article(articles, "a.md", title="Jedno")  # the same size
    os.utime(rewritten, ns=(1, 1))
    assert reads_on_reopening(articles, cache) == RefreshProgress(1, 1, 0)
    assert reads_on_reopening(articles, cache) == RefreshProgress(0, 0, 0)
    with sqlite3.connect(index_file(articles, cache)) as connection:
        connection.execute("UPDATE files SET mtime_ns = 2 WHERE path = 'b.md'")
    connection.close()
    assert reads_on_reopening(articles, cache) == RefreshProgress(1, 1, 0)
    with ArticleIndex.open(articles, cache_dir=cache) as index:
        assert index.get("a").title == "Jedno"


def test_a_file_name_that_is_not_utf8_is_read_and_kept_shown_with_stand_ins(
    tmp_path: Path,
) -> None:
    """Linux allows any bytes in a name: such a file loads like the rest, its name (and the
    id and title taken from it) with U+FFFD for the bytes that are not UTF-8, and a later
    refresh finds it unchanged."""
    cache = tmp_path / "cache"
    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "good.md", title="Dobrý")
    try:
        with open(os.fsencode(articles) + b"/bad-\xff.md", "wb") as file:
            file.write(b"Jen text bez hlavicky.\n")
    except OSError:
        pytest.skip("this file system takes only UTF-8 names")
    index = refreshed(articles, cache_dir=cache)
    assert sorted(index.query(ArticleQuery())) == ["bad-\ufffd", "good"]
    assert index.get("bad-\ufffd").path == articles / "bad-\ufffd.md"
    assert list(index.refresh()) == [RefreshProgress(0, 0, 0)]
    assert list(index.refresh()) == [RefreshProgress(0, 0, 0)]  # told by the folder's digest
    index.close()
    with open(os.fsencode(articles) + b"/bad-\xff.md", "ab") as file:
        file.write(b"A dalsi radek.\n")
    assert reads_on_reopening(articles, cache) == RefreshProgress(1, 1, 0)


def test_names_that_differ_only_in_bytes_not_utf8_each_keep_a_name_of_their_own(
    tmp_path: Path,
) -> None:
    """`n_\\xff.md`, `n_\\xfe.md` and a real `n_�.md` would all be kept as `n_�.md`: each
    file loads under a name of its own, and a later refresh finds all three unchanged."""
    cache = tmp_path / "cache"
    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "n_\ufffd.md", title="Skutečný")
    try:
        for byte in (b"\xff", b"\xfe"):
            with open(os.fsencode(articles) + b"/n_" + byte + b".md", "wb") as file:
                file.write(b"---\ntitle: Bajt\n---\nText.\n")
    except OSError:
        pytest.skip("this file system takes only UTF-8 names")
    index = refreshed(articles, cache_dir=cache)
    assert len(index.query(ArticleQuery())) == 3 and not index.problems
    paths = {index.get(article_id).path.name for article_id in index.query(ArticleQuery())}
    assert paths == {"n_\ufffd.md", "n_\ufffd~2.md", "n_\ufffd~3.md"}
    assert list(index.refresh()) == [RefreshProgress(0, 0, 0)]


def test_queries_after_a_refresh_see_what_it_changed(tmp_path: Path) -> None:
    """A list kept from an earlier query is never answered from once files changed."""
    write_article(tmp_path, "a.md", title="Sonda k Marsu", day=1)
    write_article(tmp_path, "b.md", title="Nový most", day=2)
    index = refreshed(tmp_path)
    search = ArticleQuery(search="sond")
    assert index.query(ArticleQuery()) == ["b", "a"]
    assert index.query(search) == ["a"]
    index.prepare_queries()
    write_article(tmp_path, "c.md", title="Sondy k Venuši", day=3)
    (tmp_path / "a.md").unlink()
    for _ in index.refresh():
        pass
    assert index.query(ArticleQuery()) == ["c", "b"]
    assert index.query(search) == ["c"]
    assert index.query(ArticleQuery(search="most")) == ["b"]
    index.prepare_queries()
    assert index.query(search) == ["c"]


def test_damaged_index_is_rebuilt(tmp_path: Path) -> None:
    """An index file that is not a database is replaced, never trusted."""
    cache = tmp_path / "cache"
    cache.mkdir()
    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "a.md")
    index_file(articles, cache).write_bytes(b"this is not a database" * 100)
    assert refreshed(articles, cache_dir=cache).query(ArticleQuery()) == ["a"]


def test_a_folder_where_the_index_file_should_be_keeps_it_in_memory(tmp_path: Path) -> None:
    """Something that cannot be the index (a folder in its place) is left alone: the index is
    kept in memory, and the notice says why."""
    cache = tmp_path / "cache"
    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "a.md")
    index_file(articles, cache).mkdir(parents=True)
    index = refreshed(articles, cache_dir=cache)
    assert index.database is None and "Is a directory" in index.notice
    assert index.query(ArticleQuery()) == ["a"]
    index.close()


def test_an_index_file_that_cannot_be_written_is_given_up_for_memory(
    many_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that fills up while the index is written leaves the whole folder indexed in
    memory, the half-written file gone and a notice saying why (it stopped every command)."""
    cache = tmp_path / "cache"
    stores = 0

    def fill_up(*args: object) -> None:
        nonlocal stores
        stores += 1
        if stores == 2:
            raise sqlite3.OperationalError("database or disk is full")
        store_batch(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(index_module, "store_batch", fill_up)
    index = refreshed(many_articles, cache_dir=cache)
    assert index.database is None and "database or disk is full" in index.notice
    assert len(index) == 12
    assert not index_file(many_articles, cache).exists()
    index.close()


def test_uncached_index_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the cache the index lives in memory and no file is written."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("READER_CACHE_DIR", str(cache))
    write_article(tmp_path, "a.md")
    assert refreshed(tmp_path, cached=False).query(ArticleQuery()) == ["a"]
    assert not cache.exists()


def test_second_index_of_an_open_folder_leaves_the_first_alone(
    many_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While one reader loads a folder into its index, another keeps its own in memory: it
    neither rebuilds the first one's file nor writes into it."""
    monkeypatch.setattr(index_database_file, "CLAIM_WAIT", 0.2)
    cache = tmp_path / "cache"
    first = ArticleIndex.open(many_articles, cache_dir=cache)
    loading = first.refresh()
    for _ in range(3):  # into the bulk load, part of the folder stored
        next(loading)
    second = refreshed(many_articles, cache_dir=cache)
    assert second.database is None
    assert "another reader" in second.notice
    assert len(second) == 12
    second.close()
    for _ in loading:
        pass
    assert first.database == index_file(many_articles, cache) and not first.notice
    assert len(first) == 12
    first.close()
    third = ArticleIndex.open(many_articles, cache_dir=cache)  # the folder is free again
    assert third.database is not None and len(third) == 12
    third.close()


def test_a_command_beside_an_open_reader_reads_its_index(
    many_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A one-off command (`share`) reads the index another reader keeps, without reading a
    file or writing a byte; while that index is being filled it keeps its own in memory."""
    monkeypatch.setattr(index_database_file, "CLAIM_WAIT", 0.2)
    cache = tmp_path / "cache"
    first = ArticleIndex.open(many_articles, cache_dir=cache)
    loading = first.refresh()
    for _ in range(3):  # into the bulk load: its file is not to be read meanwhile
        next(loading)
    during = ArticleIndex.open(many_articles, cache_dir=cache, share=True)
    assert during.database is None and "another reader" in during.notice
    during.close()
    for _ in loading:
        pass
    first.prepare_queries()
    shared = ArticleIndex.open(many_articles, cache_dir=cache, share=True)
    assert shared.database == first.database and not shared.notice
    assert list(shared.refresh()) == [RefreshProgress(0, 0, 0)]
    assert shared.query(ArticleQuery()) == first.query(ArticleQuery())
    shared.close()
    write_article(many_articles, "new.md", title="Nový", day=28)
    for _ in first.refresh():  # the keeper follows the folder; a command then sees it
        pass
    again = ArticleIndex.open(many_articles, cache_dir=cache, share=True)
    assert "new" in again.query(ArticleQuery())
    again.close()
    first.close()
    with ArticleIndex.open(many_articles, cache_dir=cache, share=True) as alone:
        assert not alone.notice and len(list(alone.refresh())) == 1  # its own, kept up to date


def test_index_let_go_of_while_waiting_is_taken(tmp_path: Path) -> None:
    """A reader started while the last one is still quitting gets the index once it is let
    go of, rather than reading every file again."""
    write_article(tmp_path, "a.md")
    cache = tmp_path / "cache"
    first = refreshed(tmp_path, cache_dir=cache)
    timer = threading.Timer(0.3, first.close)
    timer.start()
    second = ArticleIndex.open(tmp_path, cache_dir=cache)
    timer.join()
    assert second.database == index_file(tmp_path, cache) and not second.notice
    assert len(second) == 1
    second.close()


def test_unusable_cache_directory_keeps_the_index_in_memory(tmp_path: Path) -> None:
    """A cache directory that cannot be made is no reason to fail: the index says why it is
    kept in memory."""
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    write_article(tmp_path, "a.md")
    index = refreshed(tmp_path, cache_dir=not_a_folder / "cache")
    assert index.query(ArticleQuery()) == ["a"]
    assert index.database is None and "no index can be kept" in index.notice


def test_index_damaged_after_opening_is_rebuilt(tmp_path: Path) -> None:
    """An index file overwritten while closed cleanly is still never trusted."""
    cache = tmp_path / "cache"
    articles = tmp_path / "articles"
    articles.mkdir()
    write_article(articles, "a.md")
    refreshed(articles, cache_dir=cache).close()
    database = index_file(articles, cache)
    damaged = bytearray(database.read_bytes())
    damaged[4096:] = b"\xff" * (len(damaged) - 4096)  # every page but the first
    database.write_bytes(bytes(damaged))
    assert refreshed(articles, cache_dir=cache).query(ArticleQuery()) == ["a"]


@pytest.fixture
def many_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Twelve articles, enough for a bulk load and several batches once the limits are low."""
    monkeypatch.setattr(index_module, "BULK_LOAD_FROM", 4)
    monkeypatch.setattr(index_module, "FIRST_BATCH_SIZE", 2)
    monkeypatch.setattr(index_module, "BATCH_SIZE", 3)
    articles = tmp_path / "articles"
    articles.mkdir()
    for number in range(12):
        write_article(
            articles,
            f"a{number:02d}.md",
            title=f"Titulek {11 - number}",
            category=("Věda", "Obrana")[number % 2],
            importance=number % 5 + 1,
            day=number % 7 + 1,
            source=("Alfa", "Beta", "Gama")[number % 3],
        )
    return articles


def every_order(index: ArticleIndex) -> list[list[str]]:
    """The ids of every sort, with and without filters and a search: each search asked in
    turn with every sort and filter, as a user changes them while searching, and each
    query also asked between two searches."""
    queries = [
        ArticleQuery(
            sort=sort, reverse=reverse, categories=categories, min_importance=floor, search=search
        )
        for search in ("", "titul", "alfa")
        for sort in SortKey
        for reverse in (False, True)
        for categories in ((), ("věda",), ("nikde",), ("věda", "obrana"), ("",))
        for floor in (None, 3)
    ]
    between = [
        ArticleQuery(search="alfa" if query.search == "titul" else "titul") for query in queries
    ]
    answers = []
    for query, other in zip(queries, between, strict=True):
        answers.append(index.query(query))
        index.query(other)
        answers.append(index.query(query))
    return answers


def test_prepared_queries_answer_as_the_index_does(many_articles: Path) -> None:
    """Answered from memory after `prepare_queries`, every query gives the same ids."""
    index = refreshed(many_articles)
    from_the_index = every_order(index)
    index.prepare_queries()
    assert every_order(index) == from_the_index
    assert len(from_the_index[0]) == 12


def test_bulk_load_answers_like_a_row_by_row_load(
    many_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first open that defers indexes gives the same answers, and is trusted when reopened."""
    cache = tmp_path / "cache"
    bulk = refreshed(many_articles, cache_dir=cache)
    bulk_orders = every_order(bulk)
    bulk.close()
    monkeypatch.setattr(index_module, "BULK_LOAD_FROM", 1000)
    assert every_order(refreshed(many_articles, cached=False)) == bulk_orders
    reopened = ArticleIndex.open(many_articles, cache_dir=cache)
    assert list(reopened.refresh()) == [RefreshProgress(0, 0, 0)]
    assert every_order(reopened) == bulk_orders


def test_index_left_during_a_bulk_load_is_rebuilt(many_articles: Path, tmp_path: Path) -> None:
    """An index file as a crash during a bulk load leaves it is read again from scratch."""
    cache = tmp_path / "cache"
    index = ArticleIndex.open(many_articles, cache_dir=cache)
    refresh = index.refresh()
    next(refresh)
    next(refresh)  # the first batch is stored, without a journal on disk
    database = index_file(many_articles, cache)
    crashed = database.read_bytes()
    refresh.close()
    index.close()
    database.write_bytes(crashed)
    progress = list(ArticleIndex.open(many_articles, cache_dir=cache).refresh())
    assert progress[-1] == RefreshProgress(12, 12, 0)


def test_closing_during_a_refresh_keeps_what_was_stored(
    many_articles: Path, tmp_path: Path
) -> None:
    """Closed mid-refresh, the index stops reading; the next open reads only the rest."""
    cache = tmp_path / "cache"
    index = ArticleIndex.open(many_articles, cache_dir=cache)
    refresh = index.refresh()
    next(refresh)
    assert next(refresh) == RefreshProgress(2, 12, 0)
    index.close()
    assert list(refresh) == []
    reopened = ArticleIndex.open(many_articles, cache_dir=cache)
    assert list(reopened.refresh())[-1] == RefreshProgress(10, 10, 0)
    assert len(reopened.query(ArticleQuery(sort=SortKey.TITLE))) == 12


@pytest.mark.parametrize("sort", list(SortKey))
def test_a_reversed_sort_turns_the_order_round_keeping_missing_values_last(
    many_articles: Path, sort: SortKey
) -> None:
    """Reversed, the articles with the sort's value come in the other order, those without it
    still last; from the tables and from the prepared catalog alike."""
    write_article(many_articles, "undated.md", title="", category="Věda")
    index = refreshed(many_articles)
    forward = index.query(ArticleQuery(sort=sort))
    backward = index.query(ArticleQuery(sort=sort, reverse=True))
    missing = [] if sort is SortKey.TITLE else ["undated"]  # it has its file name as title
    having = [article for article in forward if article not in missing]
    assert backward == [*reversed(having), *missing]
    index.prepare_queries()
    assert index.query(ArticleQuery(sort=sort, reverse=True)) == backward
