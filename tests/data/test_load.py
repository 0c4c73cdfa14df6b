"""Tests for loading article files into Articles, and what happens to broken ones."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from loading import load_ok, reason_for, write

from reader.data.article import Article, LoadProblem, Source
from reader.data.load.decode import WINDOWS_1250_NOTE
from reader.data.load.files import MAX_FILE_BYTES
from reader.data.load.pipeline import (
    MAX_LISTED_REPAIRS,
    describe_repairs,
    load_article,
)
from reader.data.text.repair import RepairedText

RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

FULL_FRONT_MATTER = """\
---
author: Jana Nováková
category: věda
date: '2025-11-01 08:00:00'
description: Krátký popis.
importance: 4
layout: tech_news_article
original_title: A probe reached the Moon
publishedAt: '2025-12-06T11:22:03+00:00'
slug: sonda-na-mesici
source:
  emoji: 📰
  id: example
  name: Example Zprávy
title: Sonda doletěla k Měsíci
url: https://example.cz/sonda
urlToImage: https://example.cz/sonda.jpg
urlToImageBackup: https://example.cz/backup.jpg
---

## Souhrn
Sonda přistála.

"""


def test_seed_file_loads(seed_file: Path) -> None:
    """Every sample article loads as an Article without raising."""
    article = load_ok(seed_file)
    assert article.title
    assert article.body


def test_seed_000_has_typed_metadata(seeds_dir: Path) -> None:
    """The first seed's front matter becomes typed fields."""
    (path,) = seeds_dir.glob("000_*.txt")
    article = load_ok(path)
    assert article.id == "india-explores-defence-co-development-co-productio"
    assert article.importance == 3
    assert article.published == datetime(2025, 12, 6, 11, 22, 3, tzinfo=UTC)
    assert article.published.isoformat() == "2025-12-06T11:22:03+00:00"
    assert article.source.id == "the-times-of-india"
    assert article.url.startswith("https://economictimes.indiatimes.com/")
    assert not article.inferred


def test_seed_text_reads_as_correct_czech(seeds_dir: Path) -> None:
    """The damaged seeds load with their titles, categories, emoji and headings repaired."""
    (first,) = seeds_dir.glob("000_*.txt")
    (second,) = seeds_dir.glob("001_*.txt")
    article = load_ok(first)
    assert article.title == (
        "Indie zkoumá společný rozvoj obrany, společnou výrobu a integraci dodavatelských"
        " řetězců s Kazachstánem"
    )
    assert article.category == "obranné technologie"
    assert article.description.startswith("Indie se připravuje na dlouhodobou spolupráci")
    assert article.source.emoji == "📰"
    assert "## Klíčové body" in article.body
    assert "## Proč je to důležité" in article.body
    assert article.repair_count > 100
    other = load_ok(second)
    assert other.title == "Indie a Kazachstán posilují strategické vztahy na konferenci v Almatě"
    assert other.category == "mezinárodní vztahy"
    assert "## Klíčové body" in other.body


def test_seed_002_reads_as_an_article(seeds_dir: Path) -> None:
    """The seed without front matter gets a Czech title from its link, the link rejoined,
    the ministry as source, and paragraphs without hard wraps."""
    (path,) = seeds_dir.glob("002_*.txt")
    article = load_ok(path)
    assert article.title.startswith("Náměstek")
    assert article.title.endswith("jednal se svým jihokorejským protějškem")
    assert article.url == (
        "https://mocr.mo.gov.cz/informacni-servis/zpravodajstvi/"
        "namestek-blazkovec-jednal-se-svym-jihokorejskym-protejskem-254369"
    )
    assert article.source.name == "Ministerstvo obrany ČR"
    assert article.body.startswith("„Korejsk")
    assert all("\n" not in paragraph for paragraph in article.body.split("\n\n"))


def test_seed_002_without_front_matter_is_inferred(seeds_dir: Path) -> None:
    """The seed without front matter is inferred and keeps its file name as id."""
    (path,) = seeds_dir.glob("002_*.txt")
    article = load_ok(path)
    assert article.inferred
    assert article.id == path.stem
    assert article.problems


def test_load_reads_every_field(tmp_path: Path) -> None:
    """Each front matter key lands in its Article field, and the body loses outer blank lines."""
    path = write(tmp_path, "a.md", FULL_FRONT_MATTER)
    assert load_ok(path) == Article(
        id="sonda-na-mesici",
        path=path,
        title="Sonda doletěla k Měsíci",
        description="Krátký popis.",
        category="věda",
        importance=4,
        published=datetime(2025, 12, 6, 11, 22, 3, tzinfo=UTC),
        author="Jana Nováková",
        source=Source("example", "Example Zprávy", "📰"),
        url="https://example.cz/sonda",
        image_url="https://example.cz/sonda.jpg",
        original_title="A probe reached the Moon",
        body="## Souhrn\nSonda přistála.",
    )


def test_load_uses_fallbacks_for_missing_fields(tmp_path: Path) -> None:
    """Without slug, title, publishedAt and urlToImage, the fallbacks fill in."""
    path = write(
        tmp_path,
        "clanek.md",
        "---\noriginal_title: Original\ndate: 2025-11-01\n"
        "urlToImageBackup: https://example.cz/b.jpg\n---\n\n    kód\n",
    )
    article = load_ok(path)
    assert article.id == "clanek"
    assert article.title == "Original"
    assert article.published == datetime(2025, 11, 1, tzinfo=UTC)
    assert article.image_url == "https://example.cz/b.jpg"
    assert article.body == "    kód"
    assert article.problems == ("no title; using the original title",)


def test_load_empty_front_matter_uses_file_name_as_title(tmp_path: Path) -> None:
    """Front matter with no keys loads, titled by the file name, with a problem."""
    article = load_ok(write(tmp_path, "jen-text.md", "---\n---\nText.\n"))
    assert (article.id, article.title, article.body) == ("jen-text", "jen-text", "Text.")
    assert article.problems == ("no title; using the file name",)


def test_load_turns_bad_values_into_problems(tmp_path: Path) -> None:
    """Unusable values are dropped with a problem each, and the article still loads."""
    path = write(
        tmp_path,
        "a.md",
        "---\ntitle: T\nimportance: high\npublishedAt: 2025-02-30\n"
        "source: [a, b]\ncategory: {a: 1}\n---\nText.\n",
    )
    article = load_ok(path)
    assert article.importance is None
    assert article.published is None
    assert article.source == Source()
    assert article.category == ""
    assert sorted(article.problems) == [
        "category is a mapping, not a name; ignored",
        "importance 'high' is not a whole number from 1 to 5; ignored",
        "publishedAt '2025-02-30' is not a valid date; ignored",
        "source is a list, not a mapping or a name; ignored",
    ]


def test_load_keeps_badly_tagged_scalars_as_strings(tmp_path: Path) -> None:
    """An explicit `!!int`/`!!bool` tag on a bad value is a field problem, not a crash."""
    path = write(tmp_path, "a.md", "---\ntitle: !!bool maybe\nimportance: !!int high\n---\nx\n")
    article = load_ok(path)
    assert article.title == "maybe"
    assert article.problems == ("importance 'high' is not a whole number from 1 to 5; ignored",)


def test_load_falls_back_to_date_when_published_at_is_bad(tmp_path: Path) -> None:
    """An invalid publishedAt is reported and `date` is used instead."""
    path = write(tmp_path, "a.md", "---\ntitle: T\npublishedAt: nikdy\ndate: 2025-12-06\n---\n")
    article = load_ok(path)
    assert article.published == datetime(2025, 12, 6, tzinfo=UTC)
    assert article.problems == ("publishedAt 'nikdy' is not a valid date; ignored",)


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("---\n- a\n- b\n---\nx\n", "a", "---\n- a\n- b\n---\nx"),
        ("---\nJust a sentence.\n\nAnd more.\n\n---\n\nx\n", "Just a sentence", "---\nJust"),
        ("---\n\n# Nadpis\n\nText pod čarou.\n", "Nadpis", "---\n\n# Nadpis"),
        ("* * *\nText pod čarou. A dál.\n", "Text pod čarou", "* * *\nText pod čarou."),
    ],
    ids=["list", "text", "unclosed", "stars"],
)
def test_a_horizontal_rule_opening_a_note_is_no_front_matter(
    tmp_path: Path, text: str, title: str, body: str
) -> None:
    """A note that opens with a horizontal rule is read whole, titled by its text (it was a
    file that failed, its front matter no mapping of keys, or a note titled `---` with a
    note of front matter never closed)."""
    article = load_ok(write(tmp_path, "a.md", text))
    assert (article.title, article.inferred) == (title, True)
    assert article.body.startswith(body)
    [note] = article.problems
    assert note.startswith("no front matter: the title was taken from the first ")


def test_yaml_front_matter_may_end_with_yamls_end_of_document(tmp_path: Path) -> None:
    """`...` closes YAML front matter as `---` does (Pandoc's metadata, R Markdown): it was
    read as a note whose title ran through the front matter."""
    article = load_ok(write(tmp_path, "a.md", "---\ntitle: Tečky\ndate: 2024-03-05\n...\nText.\n"))
    assert (article.title, article.body, article.problems) == ("Tečky", "Text.", ())
    assert article.published == datetime(2024, 3, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("---\n: : [\n---\nx\n", "front matter is not valid YAML (line 2): "),
        ("\n\n---\n[unclosed\n---\nx\n", "front matter is not valid YAML (line 5): "),
        ("---\na: " + "[" * 100 + "]" * 100 + "\n---\nx\n", "nested more than 50 levels deep"),
        ("---\na:\n  " + "- " * 100 + "x\n---\nx\n", "nested more than 50 levels deep"),
        (
            "---\n" + "".join(" " * level + f"k{level}:\n" for level in range(60)) + "---\nx\n",
            "nested more than 50 levels deep",
        ),
        (
            "---\na: &a [x, x]\nb: [*a, *a, *a]\nc: [*a, *a, *a]\n---\nx\n",
            "front matter uses YAML aliases (*name) more than 5 times",
        ),
        (
            "---\na: " + "x" * 1_100_000 + "\n---\nx\n",
            "front matter is too large (1074 KB; the limit",
        ),
    ],
    ids=[
        "syntax",
        "syntax-after-blank-lines",
        "deep-flow",
        "deep-block",
        "deep-indentation",
        "aliases",
        "too-large",
    ],
)
def test_load_refuses_bad_front_matter(tmp_path: Path, text: str, reason: str) -> None:
    """Front matter that is invalid, not a mapping, too deep, too big or unsafe is refused."""
    assert reason in reason_for(write(tmp_path, "bad.md", text))


@pytest.mark.parametrize(
    ("front", "title", "slip"),
    [
        (
            "title: Praha: nová linka\ndate: 2024-03-05\ntags:\n  - doprava\n",
            "Praha: nová linka",
            "(line 2): mapping values are not allowed in this context",
        ),
        (
            "\ntitle: [Aktualizace\ndate: 2024-03-05\ntags: [doprava]\n",
            "[Aktualizace",
            "(line 4): ",
        ),
        (
            "title: !important Aktualizace\ndate: 2024-03-05\ntags: [doprava]\n",
            "!important Aktualizace",
            "(line 2): could not determine a constructor",
        ),
        (
            "title: Taby\ndate: 2024-03-05\ntags: [doprava]\nx:\n\t- a\n",
            "Taby",
            "(line 6): found character that cannot start any token"
            " (a tab: YAML indents with spaces)",
        ),
    ],
    ids=["colon", "unclosed", "unknown-tag", "tab"],
)
def test_a_slip_of_yaml_is_read_key_by_key(
    tmp_path: Path, front: str, title: str, slip: str
) -> None:
    """Front matter with a slip of YAML (a colon in an unquoted title, an unknown tag, a
    tab) keeps its article: each key is read on its own, one that is no YAML alone as
    written, and the slip is named (the article was left out of the list)."""
    article = load_ok(write(tmp_path, "a.md", f"---\n{front}---\nText.\n"))
    assert (article.title, article.body, article.tags) == (title, "Text.", ("doprava",))
    assert article.published == datetime(2024, 3, 5, tzinfo=UTC)
    [problem] = article.problems
    assert problem.startswith("front matter is not valid YAML ") and slip in problem
    assert problem.endswith("; each key was read on its own")


def test_yaml_tags_are_never_run(tmp_path: Path) -> None:
    """A tag asking for a Python object is text, never run: its key keeps what is written."""
    text = "---\ntitle: T\na: !!python/object/apply:os.system ['touch x']\n---\n"
    article = load_ok(write(tmp_path, "a.md", text))
    assert article.title == "T" and not (tmp_path / "x").exists()
    assert "could not determine a constructor" in article.problems[0]


def test_load_allows_a_few_aliases(tmp_path: Path) -> None:
    """A front matter that reuses one anchor a couple of times still loads."""
    path = write(tmp_path, "a.md", "---\nname: &n Example\ntitle: *n\nauthor: *n\n---\nx\n")
    assert load_ok(path).author == "Example"


def test_load_unclosed_front_matter_is_inferred(tmp_path: Path) -> None:
    """An opening `---` with no closing one, keys under it, is read as plain text, with a
    problem."""
    article = load_ok(write(tmp_path, "a.md", "---\ntitle: Jen text bez konce.\n"))
    assert article.inferred
    assert article.problems[0] == "front matter has no closing '---' line; read as plain text"


def test_load_refuses_a_file_over_the_size_limit(tmp_path: Path) -> None:
    """A 6 MB file is refused unread, naming its size."""
    path = tmp_path / "big.md"
    path.write_bytes(b"---\ntitle: T\n---\n" + b"a" * (6 * 2**20))
    assert MAX_FILE_BYTES == 5 * 2**20
    assert reason_for(path) == "file is too large (6 MB; the limit is 5 MB)"


def test_load_takes_the_size_limit_as_a_parameter(tmp_path: Path) -> None:
    """A smaller limit refuses a file the default takes, and the reason names the limit."""
    path = write(tmp_path, "a.md", "---\ntitle: T\n---\n" + "slovo " * 200)
    assert load_ok(path).title == "T"
    assert load_article(path, max_file_bytes=500) == LoadProblem(
        path, "file is too large (1.2 KB; the limit is 500 bytes)"
    )


def test_load_refuses_binary_and_empty_files(tmp_path: Path) -> None:
    """Binary and empty files are refused with a reason."""
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    assert reason_for(binary) == "not a text file (too many control characters)"
    assert reason_for(write(tmp_path, "empty.md", "")) == "empty file"


def test_load_reads_utf16_and_utf8_bom_files(tmp_path: Path) -> None:
    """Files with a byte order mark still have their front matter found."""
    text = "---\ntitle: Žluťoučký kůň\n---\nText.\n"
    for name, encoding in (("le.md", "utf-16"), ("be.md", "utf-16-be"), ("bom.md", "utf-8-sig")):
        path = tmp_path / name
        bom = "\ufeff" if encoding == "utf-16-be" else ""
        path.write_bytes((bom + text).encode(encoding))
        article = load_ok(path)
        assert (article.title, article.body, article.repairs) == ("Žluťoučký kůň", "Text.", ())


def test_load_decodes_windows_1250_and_says_so(tmp_path: Path) -> None:
    """A legacy Czech 8-bit file loads, and its repairs say how it was decoded."""
    path = tmp_path / "stary.txt"
    path.write_bytes("---\ntitle: Příliš žluťoučký kůň\n---\nÚpěl ďábelské ódy.\n".encode("cp1250"))
    article = load_ok(path)
    assert article.title == "Příliš žluťoučký kůň"
    assert article.repairs[0] == WINDOWS_1250_NOTE


def test_load_reads_crlf_files(tmp_path: Path) -> None:
    """Windows line endings do not hide the front matter or leak into the body."""
    path = tmp_path / "crlf.md"
    path.write_bytes(b"---\r\ntitle: T\r\n---\r\nLine one.\r\nLine two.\r\n")
    assert load_ok(path).body == "Line one.\nLine two."


@pytest.mark.skipif(RUNNING_AS_ROOT, reason="root can read any file")
def test_load_reports_permission_denied(tmp_path: Path) -> None:
    """A file the user may not read gives a LoadProblem saying so."""
    path = write(tmp_path, "secret.md", FULL_FRONT_MATTER)
    path.chmod(0)
    try:
        assert reason_for(path) == "permission denied"
    finally:
        path.chmod(0o644)


def test_load_reports_a_folder_named_like_an_article(tmp_path: Path) -> None:
    """A directory called `x.md` is a LoadProblem, not a crash."""
    path = tmp_path / "x.md"
    path.mkdir()
    assert reason_for(path) == "is a folder, not a file"


def test_load_reports_a_symlink_loop(tmp_path: Path) -> None:
    """A symlink that points at itself is a LoadProblem."""
    path = tmp_path / "loop.md"
    path.symlink_to(path)
    assert reason_for(path) == "symbolic link loop"


def test_describe_repairs_lists_the_first_changes_then_a_count() -> None:
    """Repairs are one sentence per change, capped with an "and N more changes" line."""
    damaged = ["spoleÄný"] + [f"Ã{n}" for n in range(1, MAX_LISTED_REPAIRS + 3)]
    repaired = ["společný"] + [f"á{n}" for n in range(1, MAX_LISTED_REPAIRS + 3)]
    lines = describe_repairs(
        RepairedText(" ".join(["společný", *repaired]), " ".join(["spoleÄný", *damaged]), "x")
    )
    assert lines[0] == "fixed mojibake: 'spoleÄný' → 'společný' (2×)"
    assert lines[1] == "fixed mojibake: 'Ã1' → 'á1'"
    assert lines[MAX_LISTED_REPAIRS:] == ["and 3 more changes"]
    assert describe_repairs(RepairedText("clean", "clean")) == []


def test_load_removes_control_characters_and_escapes(tmp_path: Path) -> None:
    """Controls, escape sequences and bidi overrides in front matter and body are removed,
    with a note, and the file still loads."""
    text = (
        "---\ntitle: Žluť\x01 \x1b]0;hacked\x07kůň\ncategory: věda\u202e\n---\n"
        "Tělo \x1b[2J\x1b]52;c;Zm9v\x07textu &#27;[31m.\n"
    )
    article = load_ok(write(tmp_path, "hostile.md", text))
    assert article.title == "Žluť kůň"
    assert article.category == "věda"
    assert article.body == "Tělo textu [31m."
    assert article.problems == ("control characters or terminal escape sequences removed: 6",)


def test_load_keeps_the_text_around_a_nul_byte(tmp_path: Path) -> None:
    """A stray NUL byte is removed with a note; the rest of the file still loads."""
    path = tmp_path / "nul.md"
    path.write_bytes(b"---\ntitle: Ti\x00tul\n---\nText\x00 dal\xc5\xa1\xc3\xad.\n")
    article = load_ok(path)
    assert (article.title, article.body) == ("Titul", "Text další.")
    assert article.problems == ("control characters or terminal escape sequences removed: 2",)


def test_a_text_cut_short_by_a_yaml_comment_is_noted(tmp_path: Path) -> None:
    """YAML reads `title: Issue #42 fixed` as `Issue`, and `tags: #a #b` as nothing: the
    reader reads it so too, and says what the comment took (it said nothing); a `#` with
    no space before it (`C#`) and comments on other keys are no such note."""
    text = "---\ntitle: Oprava #42 hotova\ntags: #a #b\nlayout: post # výchozí\n"
    article = load_ok(write(tmp_path, "a.md", text + "category: C# novinky\n---\nText.\n"))
    assert (article.title, article.tags, article.categories) == ("Oprava", (), ("C# novinky",))
    kept = "written in quotes it is kept"
    assert article.problems == (
        f"title: '#42 hotova' is a YAML comment, not part of the value; {kept}",
        f"tags: '#a #b' is a YAML comment, not the value, which is empty; {kept}",
    )


def test_a_key_given_twice_is_noted(tmp_path: Path) -> None:
    """YAML keeps the last of a key given twice without a word: the reader says so."""
    text = "---\ntitle: První\ntitle: Druhý\ndate: 2024-03-05\n---\nText.\n"
    article = load_ok(write(tmp_path, "a.md", text))
    assert (article.title, article.problems) == (
        "Druhý",
        ("title is given 2 times; the last is read",),
    )
