"""Whatever a file holds, it ends as an article or a problem with a reason, through every
stage: loading, the index, a query, JSON and the rendered article. Nothing escapes."""

from __future__ import annotations

import io
import json
import math
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from reader.cli.article_json import article_json, problem_json
from reader.cli.listing import table_row
from reader.cli.show import article_view
from reader.data import Article, ArticleIndex, ArticleQuery, LoadProblem
from reader.data.index import file_rows
from reader.data.load.pipeline import load_article

FIELDS = ["title", "description", "category", "importance", "publishedAt", "date", "author"]
FIELDS += ["source", "url", "urlToImage", "slug", "original_title", "tags", "categories"]
LONE_SURROGATES = ["\ud83d", "a\udc00b", "\udfff"]

texts = (
    st.text(max_size=40)
    | st.sampled_from(LONE_SURROGATES)
    | st.text(max_size=3).map(lambda text: text + "\ud800")
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | texts
    | st.dates()
    | st.datetimes()
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)
front_matters = st.dictionaries(st.sampled_from(FIELDS) | texts, values, max_size=8)


def as_json(front: dict[str, object]) -> str:
    """JSON front matter; lone surrogates become `\\ud83d` escapes, as other tools write them."""
    return json.dumps(front, default=str, indent=1) + "\n"


def as_yaml(front: dict[str, object]) -> str | None:
    """YAML front matter between `---` lines, or None for values YAML cannot write."""
    try:
        dumped = yaml.safe_dump(front, allow_unicode=False)
    except yaml.YAMLError:
        return None
    return f"---\n{dumped}---\n"


def as_toml(front: dict[str, object]) -> str | None:
    """TOML front matter between `+++` lines for what TOML can hold at the top level: text
    (JSON strings are TOML basic strings), integers, finite floats and booleans."""
    lines = []
    for key, value in front.items():
        if isinstance(value, bool):
            lines.append(f"{json.dumps(key)} = {str(value).lower()}")
        elif isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
            lines.append(f"{json.dumps(key)} = {value!r}")
        elif isinstance(value, str):
            lines.append(f"{json.dumps(key)} = {json.dumps(value)}")
        elif not isinstance(value, date | datetime):
            return None
    return "+++\n" + "\n".join(lines) + "\n+++\n"


def assert_every_stage_holds(folder: Path) -> None:
    """Index `folder`'s one file, then query, write JSON and render what it gave."""
    with ArticleIndex.open(folder, cached=False) as index:
        list(index.refresh())
        problems = index.problems
        ids = index.query(ArticleQuery())
        assert len(ids) + len(problems) == 1
        for problem in problems:
            assert problem.reason
            json.dumps(problem_json(problem)).encode("utf-8")
        for entry in index.list_entries(ArticleQuery()):
            "".join(table_row(entry)).encode("utf-8")
        for article in index.get_many(ids):
            json.dumps(article_json(article), ensure_ascii=False).encode("utf-8")
            console = Console(file=io.StringIO(), width=80, color_system=None)
            console.print(article_view(article, "%Y-%m-%d %H:%M", hyperlinks=False))
            console.file.getvalue().encode("utf-8")  # type: ignore[attr-defined]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    front=front_matters, body=st.text(max_size=80), writer=st.sampled_from(["json", "yaml", "toml"])
)
def test_any_front_matter_is_an_article_or_a_problem_at_every_stage(
    tmp_path_factory: pytest.TempPathFactory, front: dict[str, object], body: str, writer: str
) -> None:
    """Front matter of any shape and value (lone surrogates, NaN, huge numbers, dates, deep
    lists) in JSON, YAML or TOML never stops a stage."""
    written = {"json": as_json, "yaml": as_yaml, "toml": as_toml}[writer](front)
    if written is None:
        return
    folder = tmp_path_factory.mktemp("articles")
    (folder / "a.md").write_bytes((written + "\n" + body).encode("utf-8", errors="surrogatepass"))
    assert_every_stage_holds(folder)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.binary(max_size=300))
def test_any_bytes_are_an_article_or_a_problem_at_every_stage(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    """A file of arbitrary bytes never stops a stage."""
    folder = tmp_path_factory.mktemp("articles")
    (folder / "a.md").write_bytes(data)
    assert_every_stage_holds(folder)


def test_lone_surrogates_in_front_matter_are_replaced_and_said(tmp_path: Path) -> None:
    """JSON's `\\ud83d` escape (half an emoji) becomes U+FFFD, and the article says so; the
    index, which writes UTF-8, takes it."""
    path = tmp_path / "a.md"
    path.write_text('{\n"title": "Emoji",\n"description": "napůl \\ud83d konec"\n}\n\nText.\n')
    article = load_article(path)
    assert isinstance(article, Article)
    assert article.description == "napůl \ufffd konec"
    assert any("not valid Unicode" in problem for problem in article.problems)
    assert_every_stage_holds(tmp_path)


def test_a_lone_surrogate_escape_in_yaml_is_replaced_and_said(tmp_path: Path) -> None:
    """YAML's `"\\ud83d"` escape, which libyaml refuses outright, loads as U+FFFD too."""
    path = tmp_path / "a.md"
    path.write_text('---\ntitle: "Emoji \\ud83d napůl"\n---\nText.\n', encoding="utf-8")
    article = load_article(path)
    assert isinstance(article, Article)
    assert article.title == "Emoji \ufffd napůl"
    assert any("not valid Unicode" in problem for problem in article.problems)


def test_a_file_the_reader_fails_on_is_a_problem_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected error while one file loads whole (the texts' pass) makes that file a
    problem that names the error; the other files load."""
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(f"---\ntitle: {name}\n---\nText.\n", encoding="utf-8")

    def fail_on_b(path: Path, max_file_bytes: int) -> Article | LoadProblem:
        if path.name == "b.md":
            raise ValueError("something the reader did not expect")
        return load_article(path, max_file_bytes)

    monkeypatch.setattr(file_rows, "load_article", fail_on_b)
    with ArticleIndex.open(tmp_path, cached=False) as index:
        list(index.refresh())
        assert len(index) == 2  # the list's pass reads only the front matter
        list(index.fill_texts())
        assert len(index) == 1
        (problem,) = index.problems
    assert problem.path.name == "b.md"
    assert "the reader failed on this file (ValueError" in problem.reason
