"""Tests for the word model: built from word frequencies, kept in the cache directory."""

from __future__ import annotations

import subprocess
import sys
import threading
from dataclasses import astuple, fields
from pathlib import Path

import pytest

from reader.data.text import word_model_file, word_table_file
from reader.data.text.repair.kept_words import MODEL_SUFFIX
from reader.data.text.repair.words import (
    MODEL_NAME,
    CzechWords,
    build_czech_words,
    keep_words,
    read_kept_words,
)
from reader.data.text.word_table_file import WordTable

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


def test_kept_model_reads_the_words_it_was_built_from(cache: Path, sources: list[Path]) -> None:
    words = build_czech_words(FREQUENCIES)
    path = word_model_file.word_model_file(MODEL_NAME, sources, MODEL_SUFFIX)
    assert keep_words(path, words)
    assert [file.name for file in cache.iterdir()] == [path.name]  # no partial file left
    kept = read_kept_words(path)
    assert kept is not None and isinstance(kept.frequencies, WordTable)
    assert kept.variants("prace") == ("práce", "prace", "pracé")
    assert kept.variants("caj") == ("čaj",) and kept.variants("xyz") == ()
    assert kept.variants("tea") == ("tea",) and kept.accented_variants["tea"] == ()
    assert kept.frequency("Práce") == 0.004 and kept.frequency("neznámé") == 0.0
    assert "čaj" in kept.frequencies and "xyz" not in kept.frequencies
    assert (
        dict(kept.frequencies) == FREQUENCIES and len(kept.accented_variants) == 3
    )  # prace, caj, tea
    assert kept.letter_fit("r", "á", "c") == words.letter_fit("r", "á", "c")


def test_kept_model_reads_many_words_at_once_and_keeps_the_recent_ones(
    cache: Path, sources: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = word_model_file.word_model_file(MODEL_NAME, sources, MODEL_SUFFIX)
    assert keep_words(path, build_czech_words(FREQUENCIES))
    kept = read_kept_words(path)
    assert kept is not None
    monkeypatch.setattr(word_table_file, "RECENT_WORDS", 3)
    many = ["práce", "čaj", *(f"slovo{number}" for number in range(700)), "tea"]
    assert kept.frequencies_of(many) == [0.004, 0.001, *[0.0] * 700, 1e-6]  # two queries
    assert kept.frequencies_of(["prace", "práce"]) == [0.0001, 0.004]  # past RECENT_WORDS
    assert dict(kept.frequencies) == FREQUENCIES


def test_kept_model_is_read_from_every_thread(cache: Path, sources: list[Path]) -> None:
    path = word_model_file.word_model_file(MODEL_NAME, sources, MODEL_SUFFIX)
    assert keep_words(path, build_czech_words(FREQUENCIES))
    kept = read_kept_words(path)
    assert kept is not None
    found: list[float] = []
    reader = threading.Thread(target=lambda: found.append(kept.frequency("tea")))
    reader.start()
    reader.join()
    assert found == [1e-6] and kept.frequency("práce") == 0.004


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"",
        lambda data: b"not a database" * 100,
    ],
    ids=["cut short", "empty", "no database"],
)
def test_damaged_kept_model_is_not_read(cache: Path, sources: list[Path], damage: object) -> None:
    path = word_model_file.word_model_file(MODEL_NAME, sources, MODEL_SUFFIX)
    assert keep_words(path, build_czech_words(FREQUENCIES))
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert read_kept_words(path) is None


def test_unwritable_cache_directory_keeps_no_tables(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    path = blocker / "cache" / f"{MODEL_NAME}{MODEL_SUFFIX}"
    assert not keep_words(path, build_czech_words(FREQUENCIES))
    assert read_kept_words(path) is None


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


def test_older_models_go_and_files_being_written_stay(cache: Path, sources: list[Path]) -> None:
    """Older models go with their locks; a file being written stays, and so do the model's
    own lock and an older one's lock that another process holds (it is building that)."""
    path = word_model_file.word_model_file(MODEL_NAME, sources, MODEL_SUFFIX)
    cache.mkdir(parents=True)
    older = [cache / f"{MODEL_NAME}-0123.marshal", cache / f"{MODEL_NAME}-4567{MODEL_SUFFIX}"]
    older_locks = [cache / f"{older[0].name}.lock", cache / f"{older[1].name}.lock"]
    being_written, lock = cache / f"{path.name}.99.part", cache / f"{path.name}.lock"
    for file in (*older, *older_locks, being_written, lock, path):
        file.write_bytes(b"")
    with word_model_file.building_alone(older[1]):  # held meanwhile
        word_model_file.forget_older_models(path, MODEL_NAME)
    assert sorted(cache.iterdir()) == sorted([path, being_written, lock, older_locks[1]])


def test_one_process_at_a_time_builds_a_model(cache: Path, sources: list[Path]) -> None:
    """The workers of a first open wait for the first one's model rather than each build it."""
    path = word_model_file.word_model_file(MODEL_NAME, sources, MODEL_SUFFIX)
    order: list[str] = []
    second_waits = threading.Event()

    def second() -> None:
        second_waits.set()
        with word_model_file.building_alone(path):
            order.append("second")

    with word_model_file.building_alone(path):
        waiting = threading.Thread(target=second)
        waiting.start()
        second_waits.wait()
        waiting.join(timeout=0.2)  # it cannot get in meanwhile
        order.append("first")
    waiting.join()
    assert order == ["first", "second"]


def test_a_model_is_built_without_a_cache_directory(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    with word_model_file.building_alone(blocker / "cache" / "model.sqlite"):
        pass  # no error: built by this process alone


def test_a_languages_model_is_kept_for_the_next_process(cache: Path) -> None:
    """The model of a language other than Czech is built once and kept: a later process
    reads its file rather than building it again."""
    script = (
        "import sys\n"
        "from reader.data.text.repair import words as module\n"
        "if sys.argv[1] == 'later':\n"
        "    module.build_model = lambda *args: sys.exit('built again')\n"
        "words = module.word_model('is')\n"
        "print(words.frequency('Og') > words.frequency('hús') > 0 == words.frequency('xqzw'))\n"
        "print(module.model_file('is').is_file(), isinstance(words.frequencies, dict))\n"
    )
    for run in ("first", "later"):
        result = subprocess.run(
            [sys.executable, "-c", script, run], check=True, capture_output=True, text=True
        )
        assert result.stdout.split() == ["True", "True", "False"], run


def test_kept_model_of_a_language_without_accent_groups_reads_its_words(
    cache: Path, sources: list[Path]
) -> None:
    """A model that does not group its words by their accents (every language but Czech) is
    kept as its frequencies alone, and reads them back."""
    words = build_czech_words(FREQUENCIES, czech=False)
    path = word_model_file.word_model_file("words-xx", sources, MODEL_SUFFIX)
    assert keep_words(path, words)
    kept = read_kept_words(path)
    assert kept is not None and kept.accented_variants == {}
    assert kept.frequency("Práce") == 0.004 and kept.frequency("tea") == 1e-6
    assert kept.frequency("xyz") == 0.0 and kept.variants("prace") == ("prace",)
    assert kept.letter_fit("r", "á", "c") == words.letter_fit("r", "á", "c")
