"""The user's settings: a TOML file in the config directory, each bad value replaced by its default.

    folder = "~/news"            # the folder `reader` opens when given no path
    theme = "nord"               # a Textual theme
    mark_read = "on-open"        # or "never": opening an article marks it read
    reading_width = 100          # widest column of article text, in cells
    date_format = "%d.%m.%Y %H:%M"
    max_file_size = "5MB"        # larger files are listed as problems, unread

    [keys]                       # keys of your own, by the name of what they do
    preset = "newsboat"          # start from another reader's keys
    hide-read = "h"              # a key, or several: "h,H"

A value of the wrong type or out of range is reported with its key and the file, and the
default is used; the rest of the file still counts.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs

from .data import MAX_FILE_BYTES, parse_file_size, read_file_bytes

CONFIG_DIR_VARIABLE = "READER_CONFIG_DIR"
"""Environment variable that puts the config file somewhere else (tests always set it)."""
CONFIG_FILE = "config.toml"
MARK_READ_CHOICES = ("on-open", "never")
READING_WIDTHS = range(40, 501)
"""Reading column widths a user may choose, in cells."""
LONGEST_DATE = 40
"""Cells a formatted date may take; a longer format would crowd out the titles."""
_SAMPLE_DATE = datetime(2025, 12, 31, 23, 59, 58)


class ConfigError(Exception):
    """A config file that was asked for by name cannot be read at all."""


@dataclass(frozen=True)
class Config:
    """The settings in force: the defaults, overridden by valid values from the file."""

    folder: Path | None = None
    """The folder opened when no path is given; None opens the sample articles."""
    theme: str | None = None
    """A Textual theme name; None keeps Textual's default. Checked by the app, which knows
    the themes."""
    mark_read: str = "on-open"
    """When an article becomes read by itself: "on-open", or "never" (only `m` marks it)."""
    reading_width: int = 100
    """The widest the article's text column grows, in cells."""
    date_format: str = "%Y-%m-%d %H:%M"
    """How dates are shown, as a `strftime` format."""
    max_file_size: int = MAX_FILE_BYTES
    """Files larger than this many bytes are listed as problems instead of read."""
    keys: tuple[tuple[str, str], ...] = ()
    """The `[keys]` table as written: (name, keys) pairs, `preset` among them. Which names and
    keys are valid is checked by the app, which knows its keys."""

    @property
    def mark_read_on_open(self) -> bool:
        """Whether opening an article marks it read."""
        return self.mark_read == "on-open"


@dataclass(frozen=True)
class LoadedConfig:
    """The settings, and what was wrong with the file they came from."""

    config: Config
    path: Path
    """The file read, or that would have been read."""
    problems: tuple[str, ...] = ()
    """One sentence per bad value, naming the file and the key."""


def default_config_file() -> Path:
    """Where the config lives: `$READER_CONFIG_DIR/config.toml`, else the user's config dir."""
    configured = os.environ.get(CONFIG_DIR_VARIABLE)
    directory = Path(configured) if configured else Path(platformdirs.user_config_dir("reader"))
    return directory / CONFIG_FILE


MAX_CONFIG_BYTES = 1 << 20
"""A settings file larger than this (a few lines are usual) is not read."""


def load_config(path: Path | None = None) -> LoadedConfig:
    """Read the settings from `path`, or from the default file when it exists.

    Args:
        path: A file named by the user (`--config`), or None for the default one.

    Returns:
        The settings, with a problem for each value that was replaced by its default.

    Raises:
        ConfigError: When a file named by the user is missing or cannot be read.
    """
    file = default_config_file() if path is None else path
    try:
        raw = read_file_bytes(file, MAX_CONFIG_BYTES)
    except FileNotFoundError:
        if path is None:
            return LoadedConfig(Config(), file)  # no config file: the defaults, silently
        raise ConfigError(f"config file not found: {file}") from None
    except OSError as error:
        problem = f"cannot read the config file {file}: {error.strerror or error}"
        if path is not None:
            raise ConfigError(problem) from error
        return LoadedConfig(Config(), file, (f"{problem}; using the defaults",))
    if isinstance(raw, str):  # a pipe, a device or a huge file: never read to its end
        return LoadedConfig(Config(), file, (f"{file}: {raw}; using the defaults",))
    # Imported only when there is a file to parse: the import alone takes 14 ms of every
    # start and command, most of which find no config file.
    import tomllib

    try:
        values = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as error:
        why = "not UTF-8" if isinstance(error, UnicodeDecodeError) else "not valid TOML"
        if isinstance(error, tomllib.TOMLDecodeError):
            why += f" ({error})"
        elif isinstance(error, RecursionError):
            why += " (nested too deep)"
        return LoadedConfig(Config(), file, (f"{file}: {why}; using the defaults",))
    return _settings(values, file)


def _settings(values: Mapping[str, object], file: Path) -> LoadedConfig:
    """Take each valid value from `values`, and a problem for each other key."""
    defaults = Config()
    valid: dict[str, Any] = {}
    problems: list[str] = []
    known = {field.name for field in fields(Config)}
    for key, value in values.items():
        if key not in known:
            problems.append(
                f"{file}: unknown key {key!r} ignored (known: {', '.join(sorted(known))})"
            )
            continue
        why, parsed = _PARSERS[key](value, file)
        if why and parsed is None:
            default = _described(getattr(defaults, key))
            problems.append(f"{file}: {key}: {why}; using the default{default}")
        else:
            if why:  # a table some of whose entries are wrong: the others still count
                problems.append(f"{file}: {key}: {why}")
            valid[key] = parsed
    return LoadedConfig(Config(**valid), file, tuple(problems))


def _described(default: object) -> str:
    """A default value as the problem that falls back on it says it: ` ('%Y-%m-%d %H:%M')`,
    nothing for a default that is no value (no theme, no keys of one's own)."""
    return f" ({default!r})" if default not in (None, ()) else ""


def _folder(value: object, file: Path) -> tuple[str, object]:
    """A folder path; `~` is the home folder, and a relative path is relative to the file."""
    if isinstance(value, str) and not value.strip():
        return "must be a folder path, not empty", None
    if not isinstance(value, str):
        return "must be a folder path in quotes", None
    folder = Path(value).expanduser()
    return "", folder if folder.is_absolute() else file.parent / folder


def _theme(value: object, file: Path) -> tuple[str, object]:
    """A theme name; whether Textual has it is checked by the app."""
    if isinstance(value, str) and not value.strip():
        return "must be a theme name, not empty", None
    if not isinstance(value, str):
        return "must be a theme name in quotes", None
    return "", value.strip()


def _mark_read(value: object, file: Path) -> tuple[str, object]:
    """One of `MARK_READ_CHOICES`."""
    if value not in MARK_READ_CHOICES:
        return f"must be {' or '.join(map(repr, MARK_READ_CHOICES))}, not {value!r}", None
    return "", value


def _reading_width(value: object, file: Path) -> tuple[str, object]:
    """A whole number of cells in `READING_WIDTHS`."""
    if not isinstance(value, int) or isinstance(value, bool) or value not in READING_WIDTHS:
        first, last = READING_WIDTHS[0], READING_WIDTHS[-1]
        return f"must be a whole number from {first} to {last}, not {value!r}", None
    return "", value


def _date_format(value: object, file: Path) -> tuple[str, object]:
    """A `strftime` format of directives that exist, that shows something and stays short."""
    if not isinstance(value, str):
        return f"must be a strftime format in quotes, like '%d.%m.%Y', not {value!r}", None
    try:
        sample = _SAMPLE_DATE.strftime(value)
    except ValueError as error:
        return f"not a valid strftime format ({error})", None
    if not sample.strip() or len(sample) > LONGEST_DATE:
        return f"must give a date of 1 to {LONGEST_DATE} characters, not {sample!r}", None
    if not sample.isprintable():  # a date must not be able to steer the terminal
        return f"must not hold control characters, not {value!r}", None
    directives = _DIRECTIVE.findall(value.replace("%%", ""))
    unknown = [directive for directive in directives if directive in sample]
    if unknown or value.replace("%%", "").endswith("%"):
        # The C library writes a directive it does not know as it is (`%Q`).
        return f"not a valid strftime format ({', '.join(unknown) or '%'} is no directive)", None
    if not directives:
        return f"must hold a directive such as %d, or every date reads {sample!r}", None
    return "", value


_DIRECTIVE = re.compile(r"%[-_0^#]?[A-Za-z]")
"""A `strftime` directive: `%d`, `%-d`."""


def _keys(value: object, file: Path) -> tuple[str, object]:
    """A table of names and the keys for them, each a string; an entry that is not is
    reported and left out, the others kept."""
    if not isinstance(value, dict):
        return "must be a table, [keys], of names and keys in quotes", None
    good = tuple((name, keys) for name, keys in value.items() if isinstance(keys, str) and keys)
    wrong = [name for name, keys in value.items() if (name, keys) not in good]
    if wrong:
        names = ", ".join(map(repr, wrong))
        return f'{names}: a key is written in quotes, like "h"; left out', good
    return "", good


def _max_file_size(value: object, file: Path) -> tuple[str, object]:
    """A size such as "5MB" or "500KB", or a whole number of bytes."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return f"must be a size in quotes, like '5MB', not {value!r}", None
    try:
        return "", parse_file_size(value)
    except ValueError as error:
        return str(error), None


_PARSERS: dict[str, Callable[[object, Path], tuple[str, object]]] = {
    "folder": _folder,
    "theme": _theme,
    "mark_read": _mark_read,
    "reading_width": _reading_width,
    "date_format": _date_format,
    "max_file_size": _max_file_size,
    "keys": _keys,
}
"""For each key: a function returning (why the value is bad or "", the value to use)."""
