"""Tests for `reader repair`: encoding repair to stdout or --out, never in place."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from reader.__main__ import main
from reader.data import MAX_FILE_BYTES


def mojibake(text: str) -> str:
    """Damage `text` the usual way: its UTF-8 bytes read as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


CLEAN = "Příliš žluťoučký kůň úpěl ďábelské ódy.\r\nNová spolupráce.\r\n"
"""Czech text with CRLF line endings, which repair must keep."""


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A file holding `CLEAN` as mojibake."""
    path = tmp_path / "input" / "clanek.txt"
    path.parent.mkdir()
    path.write_bytes(mojibake(CLEAN).encode("utf-8"))
    return path


def test_repair_writes_repaired_text_to_stdout(
    damaged: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """Repair restores the letters and leaves everything else, line endings too, as it was."""
    assert main(["repair", str(damaged)]) == 0
    assert capsysbinary.readouterr().out == CLEAN.encode("utf-8")


def test_repair_leaves_clean_text_byte_identical(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """A clean file comes out exactly as it went in."""
    path = tmp_path / "cisty.md"
    path.write_bytes(CLEAN.encode("utf-8"))
    assert main(["repair", str(path), str(path)]) == 0
    assert capsysbinary.readouterr().out == 2 * CLEAN.encode("utf-8")


def test_repair_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """`-` reads the text to repair from standard input."""
    damaged = io.BytesIO(mojibake(CLEAN).encode("utf-8"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(damaged))
    assert main(["repair", "-"]) == 0
    assert capsysbinary.readouterr().out == CLEAN.encode("utf-8")


def test_repair_out_writes_copies_with_same_names(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--out creates DIR, writes each repaired copy under its own name, and leaves the input."""
    before = damaged.read_bytes()
    out = tmp_path / "opraveno" / "nove"
    assert main(["repair", "--out", str(out), str(damaged)]) == 0
    assert (out / "clanek.txt").read_bytes() == CLEAN.encode("utf-8")
    assert damaged.read_bytes() == before
    assert capsys.readouterr().out.startswith(f"{out / 'clanek.txt'}: ")


def test_repair_refuses_to_overwrite_its_input(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--out pointing at the input's own folder is refused and the input is untouched."""
    before = damaged.read_bytes()
    assert main(["repair", "--out", str(damaged.parent), str(damaged)]) == 1
    assert "refusing to overwrite" in capsys.readouterr().err
    assert damaged.read_bytes() == before


def test_repair_refuses_two_inputs_with_one_name(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two inputs that would land on the same --out file are refused before any is written."""
    twin = tmp_path / "jinde" / damaged.name
    twin.parent.mkdir()
    twin.write_text("čaj\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["repair", "--out", str(out), str(damaged), str(twin)]) == 1
    assert f"two inputs are named {damaged.name}" in capsys.readouterr().err
    assert not out.exists()


def test_repair_refuses_stdin_with_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Standard input has no file name, so `-` with --out is a usage error."""
    assert main(["repair", "--out", str(tmp_path), "-"]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_repair_reads_a_legacy_code_page_as_the_loader_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file in a legacy code page is read as a folder's file is (it was refused as not
    UTF-8): printed in UTF-8, the code page named in a warning."""
    path = tmp_path / "latin2.txt"
    text = "Příliš žluťoučký kůň úpěl ďábelské ódy.\r\nVčera večer přišla zpráva o škodách.\r\n"
    path.write_bytes(text.encode("iso-8859-2"))
    assert main(["repair", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == text
    assert captured.err.startswith(f"reader: warning: {path}: decoded as ")
    assert captured.err.endswith(" because it is not valid UTF-8\n")


def test_repair_refuses_what_is_no_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Binary data is named in one error line, exit status 1."""
    path = tmp_path / "image.png"
    path.write_bytes(bytes(range(256)) * 8)
    assert main(["repair", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"reader: cannot read {path}: not a text file")


def test_repair_of_a_closed_input_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`reader repair - <&-` names the closed input (it ended in a traceback)."""
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["repair", "-"]) == 1
    assert capsys.readouterr().err == "reader: cannot read standard input: it is closed\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_repair_refuses_what_is_no_file_or_too_large(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A named pipe is refused (read, it would wait for ever), and so is standard input
    past the loader's limit, each in one error line, as the loader refuses them."""
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    assert main(["repair", str(pipe)]) == 1
    assert capsys.readouterr().err == f"reader: cannot read {pipe}: not a regular file\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * (MAX_FILE_BYTES + 1))))
    assert main(["repair", "-"]) == 1
    assert capsys.readouterr().err == (
        "reader: cannot read standard input: it holds more than the limit (5 MB)\n"
    )


STRIPPED = "Vlada schvalila zakon o spolupraci, rekl mluvci ministerstva.\n"
"""Czech without its diacritics."""


def test_repair_diacritics_restores_czech_without_accents(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """`--diacritics` gives stripped Czech its accents back; without it the text is clean."""
    path = tmp_path / "bez.txt"
    path.write_bytes(STRIPPED.encode("utf-8"))
    assert main(["repair", "--diacritics", str(path)]) == 0
    expected = "Vláda schválila zákon o spolupráci, řekl mluvčí ministerstva.\n"
    assert capsysbinary.readouterr().out == expected.encode("utf-8")
    assert main(["repair", str(path)]) == 0
    assert capsysbinary.readouterr().out == STRIPPED.encode("utf-8")


def test_repair_diacritics_repairs_encoding_first_and_keeps_clean_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Mojibake is repaired as without the flag, and correct Czech comes out unchanged."""
    damaged, clean = tmp_path / "poskozeny.txt", tmp_path / "cisty.txt"
    damaged.write_bytes(mojibake(CLEAN).encode("utf-8"))
    clean.write_bytes(CLEAN.encode("utf-8"))
    out = tmp_path / "out"
    assert main(["repair", "--diacritics", "--out", str(out), str(damaged), str(clean)]) == 0
    assert (out / "poskozeny.txt").read_bytes() == CLEAN.encode("utf-8")
    assert (out / "cisty.txt").read_bytes() == CLEAN.encode("utf-8")
    assert capsys.readouterr().out.splitlines()[1] == f"{out / 'cisty.txt'}: 0 changes"


def test_repair_shows_control_characters_as_symbols_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal, escape sequences in the text are shown, not obeyed; into a pipe or a
    file the text is written as it is."""
    source = tmp_path / "escapes.txt"
    source.write_text("Text \x1b]0;PWNED\x07 a \x1b[2J konec\n", encoding="utf-8")
    assert main(["repair", str(source)]) == 0
    assert capsys.readouterr().out == source.read_text(encoding="utf-8")
    monkeypatch.setattr("reader.cli.repair.is_terminal", lambda stream: True)
    assert main(["repair", str(source)]) == 0
    assert capsys.readouterr().out == "Text ␛]0;PWNED␇ a ␛[2J konec\n"
