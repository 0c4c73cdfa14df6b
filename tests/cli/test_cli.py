"""Tests for the command line: list, show, check, and how errors are reported."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

import reader.__main__
from reader import __version__
from reader.__main__ import main
from reader.cli import check, listing
from reader.cli.listing import table_row
from reader.cli.table_layout import COLUMN_GAP, column_widths
from reader.data import ArticleIndex, ArticleQuery, ListEntry
from reader.data.article import Article
from reader.data.load.files import parse_file_size

ARTICLE_KEYS = [
    "id",
    "path",
    "title",
    "description",
    "category",
    "categories",
    "tags",
    "importance",
    "published",
    "author",
    "source",
    "url",
    "image_url",
    "original_title",
    "body",
    "repairs",
    "repair_count",
    "repair_reason",
    "problems",
    "draft",
    "inferred",
    "restored_words",
]
"""The keys of one article in `reader list --json`: exactly the Article field names."""

INVALID_FRONT_MATTER = "---\n: : [\n---\nTělo.\n"
"""A file whose YAML front matter cannot be parsed."""


def write_article(
    folder: Path,
    slug: str,
    title: str,
    *,
    category: str = "Věda",
    importance: int = 3,
    published: str = "2025-12-06T11:22:03+00:00",
    body: str = "## Souhrn\nKrátký text o výzkumu.\n",
) -> Path:
    """Write one article file with front matter into `folder` and return its path."""
    path = folder / f"{slug}.txt"
    path.write_text(
        "---\n"
        f"title: '{title}'\n"
        f"slug: {slug}\n"
        f"category: '{category}'\n"
        f"importance: {importance}\n"
        f"publishedAt: '{published}'\n"
        "description: Popis článku.\n"
        "author: Jana Nováková\n"
        "url: https://example.cz/clanek\n"
        "source:\n"
        "  id: example\n"
        "  name: Example Zprávy\n"
        "  emoji: 📰\n"
        "---\n\n"
        f"{body}",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A folder of three clean articles in two categories."""
    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder, "sonda", "Vesmírná sonda", importance=4, published="2025-12-03T08:00:00Z")
    write_article(folder, "mikroskop", "Nový mikroskop", importance=2)
    write_article(
        folder,
        "cviceni",
        "Společné cvičení",
        category="Obrana",
        importance=5,
        published="2025-12-01T10:00:00Z",
    )
    return folder


def mojibake(text: str) -> str:
    """Damage `text` the usual way: its UTF-8 bytes read as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, list[dict[str, object]]]:
    """Run `reader list --json ARGS` in-process and return the decoded document."""
    assert main(["list", "--json", *args]) == 0
    document: dict[str, list[dict[str, object]]] = json.loads(capsys.readouterr().out)
    return document


def test_list_shows_dates_as_far_as_they_were_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """West of UTC, a day alone is not the evening before, and a time without a zone is
    not moved: in the table and in JSON, through the index."""
    monkeypatch.setenv("TZ", "EST+5")
    time.tzset()
    (tmp_path / "day.md").write_text("---\ntitle: Day\ndate: 2024-03-05\n---\nx\n")
    (tmp_path / "wall.md").write_text("---\ntitle: Wall\ndate: 5. 3. 2024 10:20\n---\nx\n")
    (tmp_path / "moment.md").write_text("---\ntitle: M\ndate: 2024-03-05T02:00Z\n---\nx\n")

    assert main(["list", str(tmp_path)]) == 0
    days = {line.split()[-1]: line.split()[1] for line in capsys.readouterr().out.splitlines()[1:4]}
    published = {a["id"]: a["published"] for a in run_json(capsys, str(tmp_path))["articles"]}

    assert days == {"day": "2024-03-05", "wall": "2024-03-05", "moment": "2024-03-04"}
    assert published == {
        "day": "2024-03-05",
        "wall": "2024-03-05T10:20:00",
        "moment": "2024-03-05T02:00:00+00:00",
    }


def test_list_json_in_subprocess_has_article_field_keys(articles: Path) -> None:
    """`python -m reader list --json` writes articles keyed exactly by Article's fields."""
    done = subprocess.run(
        [sys.executable, "-m", "reader", "list", "--json", str(articles)],
        capture_output=True,
        check=True,
    )
    document = json.loads(done.stdout.decode("utf-8"))
    assert list(document) == ["articles", "problems"]
    assert [article["id"] for article in document["articles"]] == ["mikroskop", "sonda", "cviceni"]
    for article in document["articles"]:
        assert list(article) == ARTICLE_KEYS
        assert list(article["source"]) == ["id", "name", "emoji"]
    assert document["articles"][1]["published"] == "2025-12-03T08:00:00+00:00"
    assert "Vesmírná sonda".encode() in done.stdout  # ensure_ascii=False: letters, not \u escapes
    assert done.stderr == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("command", [["list"], ["list", "--json"]])
def test_an_output_that_cannot_be_written_is_one_error_line(
    articles: Path, command: list[str], tmp_path: Path
) -> None:
    """A full disk (`> /dev/full`) or a closed output (`>&-`) ends the command with one
    error line and status 1, not a traceback."""
    reader = [sys.executable, "-m", "reader", *command, str(articles)]
    environment = {**os.environ, "READER_CACHE_DIR": str(tmp_path / "cache")}
    with open("/dev/full", "wb") as full:
        done = subprocess.run(reader, stdout=full, stderr=subprocess.PIPE, env=environment)
    assert (done.returncode, done.stderr) == (
        1,
        b"reader: cannot write the output: No space left on device\n",
    )
    done = subprocess.run(reader, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=environment, pass_fds=(), close_fds=True,
                          preexec_fn=lambda: os.close(1))  # fmt: skip
    assert (done.returncode, done.stderr) == (1, b"reader: cannot write the output: it is closed\n")


def test_list_json_filters_and_sorts(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Category, importance and search options narrow the list; --sort orders it."""
    by_title = run_json(capsys, "--sort", "title", str(articles))
    assert [a["id"] for a in by_title["articles"]] == ["mikroskop", "cviceni", "sonda"]
    science = run_json(capsys, "--category", "VEDA", "--min-importance", "3", str(articles))
    assert [a["id"] for a in science["articles"]] == ["sonda"]
    found = run_json(capsys, "--search", "spolecne", str(articles))
    assert [a["id"] for a in found["articles"]] == ["cviceni"]


def test_list_json_reports_problems(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that fails to load appears under problems with its path and reason."""
    (articles / "rozbity.txt").write_text(INVALID_FRONT_MATTER, encoding="utf-8")
    document = run_json(capsys, str(articles))
    assert len(document["articles"]) == 3
    assert [list(problem) for problem in document["problems"]] == [["path", "reason"]]
    assert str(document["problems"][0]["path"]).endswith("rozbity.txt")


def test_list_table_is_plain_text_when_piped(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Piped output is aligned plain text with no ANSI codes, then a count line."""
    assert main(["list", str(articles)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "\x1b" not in "".join(lines)
    assert lines[0].split() == ["IMP", "DATE", "CATEGORY", "SOURCE", "TITLE", "ID"]
    assert lines[1].split()[:2] == ["2", "2025-12-06"]
    assert lines[1].endswith("mikroskop")
    assert lines[-1] == "3 of 3 articles"


@pytest.mark.parametrize("line_width", [60, 80, 120, 200])
def test_terminal_table_fits_the_line_and_keeps_ids_whole_when_it_can(line_width: int) -> None:
    """Terminal column widths fit the line; short columns and titles give way before ids."""
    row = (
        "3",
        "2025-12-06",
        "obranné technologie",
        "The Times of India",
        "Titulek " * 20,
        "i" * 50,
    )
    widths = column_widths([row], line_width)
    assert sum(widths) + COLUMN_GAP * (len(widths) - 1) <= max(line_width, 80)
    assert widths[:2] == [3, 10]
    if line_width >= 100:
        assert widths[-1] == 50


def test_table_cells_keep_emoji_to_the_width_every_terminal_draws() -> None:
    """The CLI's table drops emoji selectors and joiners as the app does, so its columns
    line up in tmux too."""
    entry = ListEntry("a", "Bouře ⚠️ a 👨‍👩‍👧", False, None, None, "Počasí ❤️", "")
    assert table_row(entry)[2:5] == ("Počasí ❤", "", "Bouře ⚠ a 👨👩👧")


def test_an_id_that_cannot_be_whole_gives_way_before_the_title() -> None:
    """At 80 columns a 50-letter id cannot be whole: it is cut before the title (which kept
    9 cells for a cut id of 26)."""
    row = ("5", "2025-10-02", "robotika", "The Times of India", "Titulek " * 8, "i" * 50)
    widths = column_widths([row], 80)
    assert sum(widths) + COLUMN_GAP * (len(widths) - 1) <= 80
    assert widths[4] == 24 and widths[-1] < 50
    short_id = column_widths([(*row[:-1], "i" * 20)], 80)
    assert short_id[-1] == 20  # one that can be whole still is, the title giving way


def test_a_search_of_one_letter_words_says_it_is_not_searched(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`U.S.` has no word the index searches: every article is listed, and a warning says
    why, instead of seeming to have found them all."""
    assert main(["list", "--search", "U.S.", str(articles)]) == 0
    captured = capsys.readouterr()
    assert "the search 'U.S.' has no word of two letters or more: not searched" in captured.err


@pytest.mark.parametrize("value", ["0", "9", "abc"])
def test_list_bad_min_importance_is_a_usage_error(
    value: str, articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An importance outside 1..5 exits 2 with one line on stderr."""
    assert main(["list", "--min-importance", value, str(articles)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1
    assert "--min-importance" in captured.err or "1 to 5" in captured.err


@pytest.mark.parametrize("command", [["list"], ["check"], ["show", "sonda"], []])
def test_missing_folder_exits_1_with_one_line(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every command, and opening the app, refuses a folder that does not exist."""
    missing = tmp_path / "nowhere"
    assert main([*command, str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [f"reader: folder not found: {missing}"]


def test_unknown_command_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown option exits 2 with a single line naming the help to read."""
    assert main(["list", "--colour"]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "reader list --help" in err


def test_paths_prints_where_settings_marks_and_cache_are(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`reader --paths` names the settings file, the marks' database and the cache folder,
    each with what moves it, as the options given with it would have them; it exits 0."""
    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("READER_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["--paths"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"settings {tmp_path / 'config' / 'config.toml'}  (--config")
    assert lines[1].startswith(f"marks    {tmp_path / 'state' / 'state.sqlite3'}")
    assert lines[2].startswith(f"cache    {tmp_path / 'cache'}")
    assert main(["--paths", "--state-dir", str(tmp_path / "x"), "--config", "/y.toml"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("settings /y.toml ")
    assert lines[1].startswith(f"marks    {tmp_path / 'x' / 'state.sqlite3'} ")


def test_version_prints_version(capsys: pytest.CaptureFixture[str]) -> None:
    """`reader --version` prints the package version and exits 0."""
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"reader {__version__}"


def test_show_prints_article_without_ansi(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`reader show` prints title, details, description, body and url as plain text."""
    assert main(["show", "sonda", str(articles)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert out.startswith("Vesmírná sonda\n")
    assert "importance 4/5 · 2025-12-03 08:00 · Věda · 📰 Example Zprávy · Jana Nováková" in out
    assert "Popis článku." in out
    assert "Krátký text o výzkumu." in out
    assert out.rstrip().endswith("https://example.cz/clanek")


def test_list_and_show_write_dates_in_local_time_as_the_reader_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A date with its own offset is shown in the local zone (UTC here) by `list` and
    `show` alike, `show` in the settings' date format."""
    write_article(tmp_path, "pulnoc", "Půlnoc", published="2025-12-10T00:30:00+02:00")
    (tmp_path / "config.toml").write_text('date_format = "%d.%m.%Y %H:%M"\n', "utf-8")
    assert main(["list", str(tmp_path)]) == 0
    assert "2025-12-09" in capsys.readouterr().out
    assert main(["show", "pulnoc", str(tmp_path), "--config", str(tmp_path / "config.toml")]) == 0
    assert "09.12.2025 22:30" in capsys.readouterr().out


def test_show_unknown_id_exits_1(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An id that no article has gives one clear line on stderr and exit status 1."""
    assert main(["show", "neni", str(articles)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == ["reader: no article with id 'neni' (see 'reader list')"]


def test_check_reports_each_file_and_fails_on_bad_yaml(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`reader check` prints one line per file and exits 1 when a file failed."""
    (articles / "rozbity.txt").write_text(INVALID_FRONT_MATTER, encoding="utf-8")
    assert main(["check", str(articles)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{articles / 'cviceni.txt'}: clean"
    assert lines[2].startswith(f"{articles / 'rozbity.txt'}: failed: front matter is not valid")
    assert lines[-1] == "4 files: 3 clean, 0 repaired, 0 restored, 0 inferred, 1 failed"


def test_check_reports_repaired_and_inferred_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Files needing repair or without front matter are named as such, and still pass."""
    write_article(tmp_path, "poskozeny", mojibake("Vesmírná sonda"))
    (tmp_path / "prosty.txt").write_text("Jen text bez hlavičky.\n\nDruhý odstavec.\n", "utf-8")
    assert main(["check", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{tmp_path / 'poskozeny.txt'}: repaired (1 change: UTF-8 text")
    assert lines[1].startswith(f"{tmp_path / 'prosty.txt'}: inferred")
    assert lines[2].startswith("  no front matter")  # how its title was found
    assert lines[-1] == "2 files: 0 clean, 1 repaired, 0 restored, 1 inferred, 0 failed"


def test_file_names_with_escapes_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file name is shown, in `check` and as the id `list` prints, without its escape
    sequences, control characters or line breaks: a name can set the terminal's title."""
    name = "x\x1b]0;PWNED\x07\x1b[2Jy\nz\u202e"
    (tmp_path / f"{name}.md").write_text("---\ntitle: neškodný\n---\nText.\n", "utf-8")
    assert main(["check", str(tmp_path)]) == 0
    assert main(["list", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert not any(char in out for char in "\x1b\x07\u202e")
    assert f"{tmp_path}/xy z.md: clean\n" in out
    assert "xy z\n" in out  # the id, at the row's end
    assert main(["show", "xy z", str(tmp_path)]) == 0


def test_json_and_show_write_no_character_that_turns_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`list --json` writes a file name's bidi, C1 and DEL characters as `\\u` escapes (the
    same characters to a JSON reader), and `show` a title's bidi marks not at all."""
    name = "b\u202edm\u009b31m\u007f"
    (tmp_path / f"{name}.md").write_text(
        '---\ntitle: "\\u200f\\u200eZpráva \\u061c dne"\n---\nText.\n', "utf-8"
    )
    assert main(["list", "--json", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert not any(char in out for char in "\u202e\u009b\u007f\u200f\u200e\u061c")
    assert json.loads(out)["articles"][0]["path"] == str(tmp_path / f"{name}.md")
    assert main(["show", "bdm", str(tmp_path)]) == 0  # `\u009b31m` is an escape sequence
    shown = capsys.readouterr().out
    assert "Zpráva" in shown
    assert not any(char in shown for char in "\u200f\u200e\u061c")


def test_show_writes_a_notes_title_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A note titled by its first heading (or a page whose heading repeats its title) shows
    the title once, with no warning; another heading stays in the text."""
    (tmp_path / "porada.md").write_text(
        "---\ntags: [práce]\n---\n# Porada týmu #\n\nProbrali jsme plán.\n", "utf-8"
    )
    (tmp_path / "jina.md").write_text(
        "---\ntitle: Zápis\n---\n# Porada týmu\n\nProbrali jsme plán.\n", "utf-8"
    )
    assert main(["show", "porada", str(tmp_path)]) == 0
    shown = capsys.readouterr().out
    assert shown.count("Porada týmu") == 1 and "⚠" not in shown
    assert "Probrali jsme plán." in shown
    assert main(["show", "jina", str(tmp_path)]) == 0
    assert capsys.readouterr().out.count("Porada týmu") == 1  # a heading of its own stays


def test_check_says_which_code_page_a_legacy_file_was_read_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file not in UTF-8 counts as repaired, and the line says how it was read."""
    article = "---\ntitle: Новости дня\n---\nТекст новости на русском языке о важном событии.\n"
    (tmp_path / "ru.md").write_bytes(article.encode("cp1251"))
    assert main(["check", str(tmp_path)]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line == f"{tmp_path / 'ru.md'}: repaired (1 change: decoded as Windows-1251 (legacy " + (
        "Cyrillic 8-bit) because it is not valid UTF-8)"
    )


def test_check_warns_about_a_second_file_with_the_same_id(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two files with one slug both load, and the later one in file order gets a warning."""
    (articles / "dalsi").mkdir()
    write_article(articles / "dalsi", "sonda", "Jiná sonda")
    assert main(["check", str(articles)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == f"{articles / 'dalsi' / 'sonda.txt'}: clean"
    assert lines[3] == f"{articles / 'sonda.txt'}: clean, 1 warning"


def test_check_counts_repairs_left_off_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file with more repairs than the loader lists still reports the full count."""
    words = " ".join(f"číslo{number}" for number in range(25))
    (tmp_path / "mnoho.md").write_text(mojibake(f"---\ntitle: Čísla\n---\n{words}\n"), "utf-8")
    assert main(["check", str(tmp_path)]) == 0
    assert ": repaired (26 changes: " in capsys.readouterr().out.splitlines()[0]  # 25 words + title


def test_check_clean_folder_exits_0(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder whose files all load passes the check."""
    assert main(["check", str(articles)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("3 files: 3 clean")


def test_list_into_closed_pipe_prints_no_traceback(articles: Path) -> None:
    """When the reader of the output goes away (`| head`), the command exits quietly."""
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "list", str(articles)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read()
    process.wait(timeout=60)
    assert b"Traceback" not in stderr


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("5MB", 5 * 2**20),
        ("500k", 500 * 2**10),
        ("1.5 MiB", 3 * 2**19),
        ("2gb", 2 * 2**30),
        ("20000", 20000),
        (" 64 KB ", 64 * 2**10),
        ("10b", 10),
    ],
)
def test_parse_file_size_reads_units_of_1024(text: str, size: int) -> None:
    """Sizes take an optional K, M or G unit (with or without B, iB), in any case."""
    assert parse_file_size(text) == size


@pytest.mark.parametrize("text", ["", "5XB", "MB", "-1", "0", "0.1b", "1e6"])
def test_parse_file_size_refuses_what_is_no_size(text: str) -> None:
    """Text that is no positive size raises ValueError."""
    with pytest.raises(ValueError):
        parse_file_size(text)


def test_max_file_size_reports_larger_files_and_keeps_its_own_index(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--max-file-size` turns larger files into problems; a later run with the default limit
    reads them again rather than trusting an index built under another limit."""
    write_article(articles, "dlouhy", "Dlouhý článek", body="Slovo. " * 500)
    assert main(["check", "--max-file-size", "2k", str(articles)]) == 1
    lines = capsys.readouterr().out.splitlines()
    size = (articles / "dlouhy.txt").stat().st_size / 1024
    reason = f"file is too large ({size:.1f} KB; the limit is 2 KB)"
    assert lines[1] == f"{articles / 'dlouhy.txt'}: failed: {reason}"
    assert main(["check", str(articles)]) == 0
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary.endswith("4 clean, 0 repaired, 0 restored, 0 inferred, 0 failed")


def test_bad_max_file_size_is_a_usage_error(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A size that cannot be read exits 2 with one line saying how to write one."""
    assert main(["list", "--max-file-size", "lots", str(articles)]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "not a size: 'lots'" in err


def test_open_hands_the_size_limit_to_the_app(
    articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`reader PATH --max-file-size 1MB` runs the app with that limit."""
    from reader.ui.app import ReaderApp

    limits: list[int] = []
    monkeypatch.setattr(ReaderApp, "run", lambda app: limits.append(app.max_file_bytes))
    monkeypatch.setattr(reader.__main__, "on_a_terminal", lambda: True)
    assert main([str(articles), "--max-file-size", "1MB"]) == 0
    assert limits == [2**20]


@pytest.mark.parametrize("closed", ["stdin", "stdout"])
def test_the_app_started_without_a_terminal_says_so(
    closed: str, articles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Opened with its input or output not a terminal (`reader < /dev/null`, `reader | cat`,
    `reader <&-`), the app would draw into a file or wait for keys for ever: it says why it
    does not start, naming the command that prints the articles."""
    from reader.ui.app import ReaderApp

    monkeypatch.setattr(ReaderApp, "run", lambda app: pytest.fail("the app ran"))
    terminal = io.StringIO()
    monkeypatch.setattr(terminal, "isatty", lambda: True)
    monkeypatch.setattr(sys, "stdin" if closed == "stdout" else "stdout", terminal)
    if closed == "stdin":
        monkeypatch.setattr(sys, "stdin", None)
    assert main([str(articles)]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "reader: the reader's screen needs a terminal for its input and output;"
        " 'reader list' prints the articles"
    ]


def test_an_index_found_damaged_while_read_is_built_anew(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cleanly closed index is trusted without a check of every page: one whose list turns
    out damaged when read (the date order's index, which holds it) is built anew, with a
    warning, and the command still lists the articles (it failed with a traceback at every
    run)."""
    assert main(["list", str(articles)]) == 0
    first = capsys.readouterr().out
    [database] = Path(os.environ["READER_CACHE_DIR"]).glob("index-*.sqlite3")
    with closing(sqlite3.connect(database)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        [[root]] = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'by_date'")
    with database.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * page_size)
    assert main(["list", str(articles)]) == 0
    captured = capsys.readouterr()
    assert "is damaged (database disk image is malformed); it is built anew" in captured.err
    assert captured.out == first


@pytest.mark.parametrize("command", [["list"], ["check"], ["show", "sonda"]], ids=" ".join)
def test_commands_close_the_index_cleanly(
    command: list[str], articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each command marks the index closed, so the next one trusts it without checking it."""
    main([*command, str(articles)])
    capsys.readouterr()
    (database,) = Path(os.environ["READER_CACHE_DIR"]).glob("index-*.sqlite3")
    with closing(sqlite3.connect(database)) as connection:
        closed = connection.execute("SELECT value FROM meta WHERE key = 'closed'").fetchone()
    assert closed == ("yes",)


@pytest.mark.parametrize("count", [0, 1, 3])
def test_list_json_streams_the_document_json_dumps_would_write(
    articles: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    """Written an article at a time, `--json` is byte for byte the indented document, and
    each article is fetched only once the one before it is out."""
    written: list[str] = []
    monkeypatch.setattr(listing, "write_utf8", written.append)
    with ArticleIndex.open(articles, cached=False) as index:
        list(index.refresh())
        out_when_taken: list[int] = []

        def articles_as_written() -> Iterator[Article]:
            for article in index.iter_articles(index.query(ArticleQuery())[:count]):
                out_when_taken.append(len(written))
                yield article

        listing.write_json(index, articles_as_written())
    text = "".join(written)
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
    assert len(json.loads(text)["articles"]) == count
    assert out_when_taken == list(range(1, count + 1))  # the opening, then one per article


def test_check_explains_each_field_it_could_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under a file's line, `check` says which value was not read and why."""
    (tmp_path / "a.md").write_text("---\ntitle: T\ndate: 03/04/2020\n---\nText.\n", "utf-8")
    assert main(["check", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [
        f"{tmp_path / 'a.md'}: clean, 1 warning",
        "  date '03/04/2020' could be day/month or month/day; ignored",
    ]


def test_list_filters_by_several_categories_and_tags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--category` and `--tag` may be given several times; JSON carries both lists."""
    for slug, categories, tags in (
        ("a", "[Věda]", "[sondy, Mars]"),
        ("b", "[Ekonomika]", "[Mars]"),
        ("c", "[Sport]", "[]"),
    ):
        (tmp_path / f"{slug}.md").write_text(
            f"---\ntitle: {slug}\ncategories: {categories}\ntags: {tags}\n---\nText.\n", "utf-8"
        )
    document = run_json(
        capsys, str(tmp_path), "--category", "veda", "--category", "EKONOMIKA",
        "--tag", "mars",
    )  # fmt: skip
    articles = {article["id"]: article for article in document["articles"]}
    assert set(articles) == {"a", "b"}
    assert (articles["a"]["categories"], articles["a"]["tags"]) == (["Věda"], ["sondy", "Mars"])
    assert [
        article["id"] for article in run_json(capsys, str(tmp_path), "--tag", "")["articles"]
    ] == ["c"]


def test_show_prints_categories_tags_and_values_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`reader show` names a draft, its categories and tags, and each value not read."""
    (tmp_path / "a.md").write_text(
        "---\ntitle: Porada\ndraft: true\ndate: 03/04/2020\ncategories: [Práce, Tým]\n"
        "tags: [plán]\n---\nZápis.\n",
        "utf-8",
    )
    assert main(["show", "a", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:3] == [
        "(draft) · Práce, Tým · #plán",
        "⚠ date '03/04/2020' could be day/month or month/day; ignored",
    ]


def as_the_c_locale_reads(text: str) -> str:
    """`text` typed in a terminal whose locale is C: its UTF-8 bytes kept by Python as
    surrogates, as `sys.argv` has them there."""
    return text.encode("utf-8").decode("ascii", errors="surrogateescape")


def test_text_arguments_are_read_as_utf8_whatever_the_locale(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Under a C locale a typed category and search are the words typed (they matched
    nothing, and printing one ended in a traceback); a byte that is no UTF-8 is shown as �
    in the reader's message."""
    found = run_json(
        capsys,
        "--category",
        as_the_c_locale_reads("Věda"),
        "--search",
        as_the_c_locale_reads("sonda"),
        str(articles),
    )
    assert [article["id"] for article in found["articles"]] == ["sonda"]
    assert main(["show", "caf\udce9", str(articles)]) == 1
    assert capsys.readouterr().err == "reader: no article with id 'caf�' (see 'reader list')\n"


def test_a_mistyped_command_is_named_with_the_one_meant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`reader chek PATH` names the command it could be (it said PATH was an unrecognized
    argument of `open`); a folder of that name is opened as ever."""
    monkeypatch.chdir(tmp_path)
    assert main(["chek", "articles"]) == 2
    assert capsys.readouterr().err == (
        "reader: no command or folder 'chek' (did you mean 'check'?) (see 'reader --help')\n"
    )
    (tmp_path / "lst").mkdir()
    assert main(["lst", "--max-file-size", "x"]) == 2
    assert "not a size: 'x'" in capsys.readouterr().err


def test_show_takes_the_start_of_one_id(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A list on a narrow terminal cuts a long id short (`mikro…`): its start names the
    article when only one id starts so, the `…` copied with it or not; the start of several
    names them."""
    write_article(articles, "mikrofon", "Nový mikrofon")
    for given in ("mikros", "mikros…"):
        assert main(["show", given, str(articles)]) == 0
        assert capsys.readouterr().out.startswith("Nový mikroskop\n")
    assert main(["show", "mikro…", str(articles)]) == 1
    assert capsys.readouterr().err == (
        "reader: several ids start with 'mikro': mikrofon, mikroskop; give more of one\n"
    )
    assert main(["show", "x", str(articles)]) == 1
    assert capsys.readouterr().err == "reader: no article with id 'x' (see 'reader list')\n"


def test_a_width_of_zero_columns_is_no_width(
    articles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`COLUMNS=0` is taken as unset, as the standard library takes it: the article is
    shown (Rich laid it out in no columns, and printed nothing)."""
    monkeypatch.setenv("COLUMNS", "0")
    assert main(["show", "sonda", str(articles)]) == 0
    assert capsys.readouterr().out.startswith("Vesmírná sonda\n")


def test_checks_totals_count_each_file_as_its_line_does(tmp_path: Path) -> None:
    """A text another reader has not read yet has its count of repairs but no sentences
    about them: it is repaired, not clean too (the totals came to more files than there
    were)."""
    listed = Article(id="a", path=tmp_path / "a.md", title="A", repair_count=29)
    clean = Article(id="b", path=tmp_path / "b.md", title="B")
    assert check.status(listed).startswith("repaired (29 changes")
    assert check.summary([listed, clean]) == (
        "2 files: 1 clean, 1 repaired, 0 restored, 0 inferred, 0 failed"
    )
