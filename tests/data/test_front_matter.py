"""Tests for TOML and JSON front matter: read like YAML, or refused with a reason, never a crash."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from loading import load_ok, reason_for, write

from reader.data.article import Article, Source
from reader.data.load.pipeline import load_article

TOML_ARTICLE = """\
+++
title = "Sonda doletěla k Měsíci"
slug = "sonda"
category = "věda"
importance = 4
publishedAt = 2025-12-06T11:22:03+00:00
url = "https://example.cz/sonda"

[source]
id = "example"
name = "Example Zprávy"
+++

## Souhrn
Sonda přistála.
"""

JSON_FIELDS = {
    "title": "Sonda doletěla k Měsíci",
    "slug": "sonda",
    "category": "věda",
    "importance": 4,
    "publishedAt": "2025-12-06T11:22:03+00:00",
    "url": "https://example.cz/sonda",
    "source": {"id": "example", "name": "Example Zprávy"},
}


def expect_sonda(article: Article) -> None:
    """The fields TOML_ARTICLE and JSON_FIELDS hold."""
    assert (article.title, article.id, article.category, article.importance) == (
        "Sonda doletěla k Měsíci",
        "sonda",
        "věda",
        4,
    )
    assert article.published == datetime(2025, 12, 6, 11, 22, 3, tzinfo=UTC)
    assert article.source == Source(id="example", name="Example Zprávy")
    assert article.body == "## Souhrn\nSonda přistála."
    assert (article.problems, article.inferred) == ((), False)


def test_toml_front_matter_is_read_like_yaml(tmp_path: Path) -> None:
    """`+++` front matter gives the same typed fields, its native dates included."""
    expect_sonda(load_ok(write(tmp_path, "a.md", TOML_ARTICLE)))


@pytest.mark.parametrize("indent", [4, None], ids=["pretty", "compact"])
def test_json_front_matter_is_read_like_yaml(tmp_path: Path, indent: int | None) -> None:
    """A JSON object between a `{` line and a `}` line is front matter, as in python-frontmatter."""
    front = json.dumps(JSON_FIELDS, indent=indent, ensure_ascii=False)
    front = front if indent else "{\n" + front[1:-1] + "\n}"
    expect_sonda(load_ok(write(tmp_path, "a.md", f"{front}\n\n## Souhrn\nSonda přistála.\n")))


def test_odd_values_are_coerced_with_problems(tmp_path: Path) -> None:
    """TOML and JSON values go through the same coercion: wrong types become problem notes."""
    toml = '+++\ntitle = ["a", "b"]\nimportance = 3.7\nauthor = 12:30:00\nsource = 5\n+++\nx\n'
    article = load_ok(write(tmp_path, "a.md", toml))
    assert (article.title, article.importance, article.author) == ("a, b", None, "")
    assert article.problems == (
        "importance 3.7 is not a whole number from 1 to 5; ignored",
        "author is a value of type time, not a name; ignored",
        "source is a value of type int, not a mapping or a name; ignored",
    )
    article = load_ok(write(tmp_path, "b.md", '{\n"title": {"x": 1}, "importance": "99"\n}\nx\n'))
    assert (article.title, article.importance) == ("b", None)
    assert article.problems == (
        "title is a mapping, not text; ignored",
        "no title; using the file name",
        "importance '99' is not a whole number from 1 to 5; ignored",
    )


def test_escapes_in_toml_and_json_strings_lose_their_controls(tmp_path: Path) -> None:
    """`\\u001b` written as an escape becomes ESC only when parsed; the field still drops it."""
    toml = '+++\ntitle = "Red \\u001b[31malert\\u0007 \\u202eevil"\n+++\nx\n'
    json_text = '{\n"title": "Red \\u001b[31malert\\u0007 \\u202eevil"\n}\nx\n'
    for name, text in (("a.md", toml), ("b.md", json_text)):
        article = load_ok(write(tmp_path, name, text))
        assert article.title == "Red alert evil"
        assert article.problems == ("title: control characters or escape sequences removed: 3",)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('+++\ntitle = "T"\nbad line\n+++\nx\n', "front matter is not valid TOML (line 3): "),
        ("\n+++\ntitle = \n+++\nx\n", "front matter is not valid TOML (line 3): Invalid value"),
        ('+++\ntitle = "T\n+++\nx\n', "front matter is not valid TOML"),
        ("+++\na = " + "[" * 5000 + "]" * 5000 + "\n+++\nx\n", "nested more than 50 levels"),
        ("+++\na = " + "[" * 60 + "]" * 60 + "\n+++\nx\n", "nested more than 50 levels deep"),
        ("+++\na = " + "9" * 5000 + "\n+++\nx\n", "not valid TOML: a number has too many digits"),
        ('+++\na = "' + "x" * 1_100_000 + '"\n+++\nx\n', "front matter is too large (1074 KB"),
        ('{\n"title": "T",\n"x": \n}\nx\n', "front matter is not valid JSON (line 4): Expecting"),
        ('{\n"a": ' + "[" * 5000 + "]" * 5000 + "\n}\nx\n", "nested more than 50 levels deep"),
        ('{\n"a": ' + "[" * 60 + "]" * 60 + "\n}\nx\n", "nested more than 50 levels deep"),
        ('{\n"a": ' + "9" * 5000 + "\n}\nx\n", "not valid JSON: a number has too many digits"),
        ('{\n"a": "' + "x" * 1_100_000 + '"\n}\nx\n', "front matter is too large (1074 KB"),
    ],
    ids=[
        "toml-syntax",
        "toml-line-after-blank-lines",
        "toml-unclosed-string",
        "toml-very-deep",
        "toml-deep",
        "toml-huge-integer",
        "toml-too-large",
        "json-syntax",
        "json-very-deep",
        "json-deep",
        "json-huge-integer",
        "json-too-large",
    ],
)
def test_bad_toml_and_json_front_matter_is_refused(tmp_path: Path, text: str, reason: str) -> None:
    """Invalid, too deep or too large TOML and JSON give a reason with the file's line."""
    assert reason in reason_for(write(tmp_path, "bad.md", text))


@pytest.mark.parametrize(
    ("text", "closing"),
    [("+++\ntitle = 'T'\nText.\n", "+++"), ('{\n"title": "T"\nText.\n', "}")],
    ids=["toml", "json"],
)
def test_unclosed_toml_and_json_are_read_as_plain_text(
    tmp_path: Path, text: str, closing: str
) -> None:
    """An opening line without its closing one leaves the file plain text, with a note."""
    article = load_ok(write(tmp_path, "a.md", text))
    assert article.inferred
    assert article.problems[0] == (
        f"front matter has no closing '{closing}' line; read as plain text"
    )


def test_a_brace_in_the_first_line_of_text_is_not_front_matter(tmp_path: Path) -> None:
    """Only a line holding just `{` opens JSON front matter; `{Aktualizováno}` is text."""
    article = load_ok(write(tmp_path, "a.md", "{Aktualizováno} Vláda jedná.\n\nDalší text.\n"))
    assert article.inferred and article.title.startswith("{Aktualizováno} Vláda jedná")
    assert not any(
        "front matter" in problem and "closing" in problem for problem in article.problems
    )


def test_json_front_matter_on_one_line_is_front_matter(tmp_path: Path) -> None:
    """`{"title": …}` on the first line, as Hugo takes it, is front matter and not body; a
    body that only starts with a brace is no front matter."""
    path = tmp_path / "a.md"
    path.write_text('{"title": "Release date announced", "tags": ["rust"]}\n\nText.\n')
    article = load_article(path)
    assert isinstance(article, Article)
    assert (article.title, article.tags, article.body) == (
        "Release date announced",
        ("rust",),
        "Text.",
    )
    path.write_text("{{< note >}}\nShortcode first.\n{{< /note >}}\n")
    assert isinstance(result := load_article(path), Article) and result.inferred
