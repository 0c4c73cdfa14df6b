"""Tests for the word model: built from word frequencies, kept in the cache directory."""

from __future__ import annotations

from dataclasses import astuple, fields
from pathlib import Path

import pytest

from reader.data.repair import word_model_file
from reader.data.repair.words import CzechWords, build_czech_words

FREQUENCIES = {"práce": 0.004, "prace": 0.0001, "pracé": 1e-8, "čaj": 0.001, "tea": 1e-6}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of the test's own."""
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_model_knows_accented_forms_and_letters_in_context() -> None:
    words = build_czech_words(FREQUENCIES)
    assert words.variants("prace") == ("práce", "prace", "pracé")
    assert words.variants("caj") == ("čaj",)
    assert words.letter_fit("r", "á", "c") > words.letter_fit("r", "é", "c")
    assert words.letter_share("Č") == words.letter_share("č") > 0


def test_model_read_back_is_the_model_written(cache: Path) -> None:
    words = build_czech_words(FREQUENCIES)
    word_model_file.write_word_model(astuple(words))
    assert [path.parent for path in cache.iterdir()] == [cache]  # no partial file left
    values = word_model_file.read_word_model(len(fields(CzechWords)))
    assert values is not None and CzechWords(*values) == words


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:40] + bytes([data[40] ^ 1]) + data[41:],  # one bit changed
        lambda data: b"",
    ],
    ids=["cut short", "bit flipped", "empty"],
)
def test_damaged_model_file_is_not_read(cache: Path, damage: object) -> None:
    word_model_file.write_word_model(astuple(build_czech_words(FREQUENCIES)))
    path = word_model_file.word_model_file()
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert word_model_file.read_word_model(len(fields(CzechWords))) is None


def test_model_of_another_shape_is_not_read(cache: Path) -> None:
    word_model_file.write_word_model(("only", "three", "fields"))
    assert word_model_file.read_word_model(len(fields(CzechWords))) is None


def test_unwritable_cache_directory_keeps_no_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("READER_CACHE_DIR", str(blocker / "cache"))
    word_model_file.write_word_model(astuple(build_czech_words(FREQUENCIES)))  # no error
    assert word_model_file.read_word_model(len(fields(CzechWords))) is None
