"""Every hostile file loads with its bad parts neutralised or is a problem with a reason."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml
from hostile import CASES, SPECIAL_FILES, HostileCase, write_hostile_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.data.article import Article, LoadProblem
from reader.data.index.article_index import ArticleIndex
from reader.data.load.pipeline import load_article

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""What must never reach a field or the body: C0 and C1 controls but tab and newline, bidi."""
LINE_BREAKS = re.compile("[\t\n\r\u2028\u2029]")


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile folder, written once for this module."""
    return write_hostile_folder(tmp_path_factory.mktemp("hostile") / "articles")


def assert_clean(article: Article) -> None:
    """No field holds a control character; one-line fields hold no line break either."""
    one_line = [
        article.id,
        article.title,
        article.description,
        article.category,
        article.author,
        article.url,
        article.image_url,
        article.original_title,
        article.source.id,
        article.source.name,
        article.source.emoji,
    ]
    for value in [*one_line, article.body, *article.problems, *article.repairs]:
        assert not UNSAFE.search(value), repr(value[:200])
    for value in one_line:
        assert not LINE_BREAKS.search(value), repr(value[:200])


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_hostile_file_loads_neutralised_or_is_a_problem(
    hostile_folder: Path, case: HostileCase
) -> None:
    """Each case gives what it should: an article with clean fields, or a problem saying why."""
    result = load_article(hostile_folder / case.name)
    if case.loads:
        assert isinstance(result, Article), result
        assert_clean(result)
        assert not case.says or any(case.says in problem for problem in result.problems), (
            result.problems
        )
    else:
        assert isinstance(result, LoadProblem), result
        assert case.says in result.reason
        assert not UNSAFE.search(result.reason)


@pytest.mark.parametrize("name", sorted(SPECIAL_FILES))
def test_special_files_are_problems(hostile_folder: Path, name: str) -> None:
    """Link loops, broken links, folders, FIFOs and huge files are problems, never a hang."""
    if not (hostile_folder / name).is_symlink() and not (hostile_folder / name).exists():
        pytest.skip("this system cannot make that kind of file")
    result = load_article(hostile_folder / name)
    assert isinstance(result, LoadProblem)
    assert SPECIAL_FILES[name] in result.reason


def test_long_title_is_kept_whole(hostile_folder: Path) -> None:
    """A 10,000-character title is not cut by the loader: the detail view shows it whole."""
    result = load_article(hostile_folder / "title-10000.md")
    assert isinstance(result, Article) and len(result.title) > 10_000


def checksums(folder: Path) -> dict[str, tuple[str, int]]:
    """SHA-256 and modification time of every regular file below `folder`."""
    return {
        str(path.relative_to(folder)): (
            hashlib.sha256(path.read_bytes()).hexdigest(),
            path.stat().st_mtime_ns,
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink() and path.name != "fifo.md"
    }


def test_indexing_the_hostile_folder_changes_no_file(hostile_folder: Path) -> None:
    """The whole folder indexes without an exception, every file is an article or a problem,
    and no file's bytes or modification time change."""
    before = checksums(hostile_folder)
    index = ArticleIndex.open(hostile_folder, cached=False)
    for _ in index.refresh():
        pass
    results = index.file_results()
    assert len(results) == len(CASES) + len(SPECIAL_FILES) - ("fifo.md" not in before)
    assert len(index) == sum(case.loads for case in CASES)
    assert checksums(hostile_folder) == before


SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_any_bytes_load_or_give_a_problem(tmp_path: Path, data: bytes) -> None:
    """Random bytes never raise; what loads is clean."""
    path = tmp_path / "random.md"
    path.write_bytes(data)
    result = load_article(path)
    if isinstance(result, Article):
        assert_clean(result)


FRONT_MATTER_KEYS = st.sampled_from(
    ["title", "slug", "importance", "publishedAt", "date", "source", "url", "category", "x"]
)
YAML_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text()
    | st.dates()
    | st.datetimes(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@SETTINGS
@given(
    meta=st.dictionaries(FRONT_MATTER_KEYS, YAML_VALUES, max_size=8),
    body=st.text(max_size=500),
)
def test_any_yaml_front_matter_loads_or_gives_a_problem(
    tmp_path: Path, meta: dict[str, object], body: str
) -> None:
    """Random YAML values of every kind in every field never raise; what loads is clean."""
    path = tmp_path / "random.md"
    front = yaml.safe_dump(meta, allow_unicode=True)
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8", errors="surrogatepass")
    result = load_article(path)
    if isinstance(result, Article):
        assert_clean(result)


@SETTINGS
@given(
    text=st.lists(
        st.sampled_from(
            [
                "---",
                "+++",
                "{",
                "}",
                "\n",
                ":",
                " ",
                "- ",
                "[",
                "]",
                "*a",
                "&a",
                "!!",
                '"',
                "\\e",
                "x",
            ]
        ),
        max_size=60,
    ).map("".join)
)
def test_any_front_matter_shaped_text_loads_or_gives_a_problem(tmp_path: Path, text: str) -> None:
    """Text made of front matter syntax in random order never raises."""
    path = tmp_path / "random.md"
    path.write_text(text, encoding="utf-8")
    result = load_article(path)
    if isinstance(result, Article):
        assert_clean(result)
