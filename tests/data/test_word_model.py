"""Tests for the word model: built from word frequencies, kept in the cache directory."""

from __future__ import annotations

from dataclasses import astuple, fields
from pathlib import Path

import pytest

from reader.data.text import word_model_file
from reader.data.text.repair.words import CzechWords, build_czech_words

NAME = "czech-words"
FREQUENCIES = {"práce": 0.004, "prace": 0.0001, "pracé": 1e-8, "čaj": 0.001, "tea": 1e-6}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of the test's own."""
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    """Stand-ins for the files a model is built from."""
    source = tmp_path / "word_list"
    source.write_text("words", encoding="utf-8")
    return [source]


def test_model_knows_accented_forms_and_letters_in_context() -> None:
    words = build_czech_words(FREQUENCIES)
    assert words.variants("prace") == ("práce", "prace", "pracé")
    assert words.variants("caj") == ("čaj",)
    assert words.letter_fit("r", "á", "c") > words.letter_fit("r", "é", "c")
    assert words.letter_share("Č") == words.letter_share("č") > 0


def test_model_read_back_is_the_model_written(cache: Path, sources: list[Path]) -> None:
    words = build_czech_words(FREQUENCIES)
    word_model_file.write_word_model(NAME, sources, astuple(words))
    assert len(list(cache.iterdir())) == 1  # no partial file left
    values = word_model_file.read_word_model(NAME, sources, len(fields(CzechWords)))
    assert values is not None and CzechWords(*values) == words


def test_model_of_changed_sources_is_built_again(cache: Path, sources: list[Path]) -> None:
    """A new word list (or new code building the model) is never read from an old file,
    and the old file goes when the new model is kept."""
    word_model_file.write_word_model(NAME, sources, astuple(build_czech_words(FREQUENCIES)))
    sources[0].write_text("other words", encoding="utf-8")
    assert word_model_file.read_word_model(NAME, sources, len(fields(CzechWords))) is None
    word_model_file.write_word_model(NAME, sources, astuple(build_czech_words(FREQUENCIES)))
    assert [path.name for path in cache.iterdir()] == [
        word_model_file.word_model_file(NAME, sources).name
    ]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:40] + bytes([data[40] ^ 1]) + data[41:],  # one bit changed
        lambda data: b"",
    ],
    ids=["cut short", "bit flipped", "empty"],
)
def test_damaged_model_file_is_not_read(cache: Path, sources: list[Path], damage: object) -> None:
    word_model_file.write_word_model(NAME, sources, astuple(build_czech_words(FREQUENCIES)))
    path = word_model_file.word_model_file(NAME, sources)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert word_model_file.read_word_model(NAME, sources, len(fields(CzechWords))) is None


def test_model_of_another_shape_is_not_read(cache: Path, sources: list[Path]) -> None:
    word_model_file.write_word_model(NAME, sources, ("only", "three", "fields"))
    assert word_model_file.read_word_model(NAME, sources, len(fields(CzechWords))) is None


def test_unwritable_cache_directory_keeps_no_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("READER_CACHE_DIR", str(blocker / "cache"))
    sources = [blocker]
    word_model_file.write_word_model(
        NAME, sources, astuple(build_czech_words(FREQUENCIES))
    )  # no error
    assert word_model_file.read_word_model(NAME, sources, len(fields(CzechWords))) is None
