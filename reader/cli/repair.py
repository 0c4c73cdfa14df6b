"""`reader repair`: a file's text with its encoding repaired (and, on request, its diacritics)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.style import Style

from ..present.article_text import plural, show_controls
from .errors import ArgumentParser, CommandError, UsageError, warn
from .output import is_terminal, write_utf8

if TYPE_CHECKING:
    from ..data import RepairedText

STDIN = "-"
"""The FILE name that means standard input."""


def add_repair_parser(commands: argparse._SubParsersAction[ArgumentParser]) -> None:
    """Add `reader repair`.

    Args:
        commands: The subcommand group of the top-level parser.
    """
    parser = commands.add_parser(
        "repair",
        help="print files with their encoding repaired",
        description=(
            "Print each file with its broken encoding repaired and nothing else changed. "
            "Files are never changed in place."
        ),
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="text file (UTF-8, or as the loader reads one); - for stdin",
    )
    parser.add_argument(
        "--out", type=Path, metavar="DIR", help="write repaired copies with the same names here"
    )
    parser.add_argument(
        "--diacritics",
        action="store_true",
        help="also restore Czech diacritics and OCR-misread letters where the text lacks them",
    )
    parser.set_defaults(run=run_repair)


def run_repair(args: argparse.Namespace) -> int:
    """Repair each input and write it to stdout or into `--out`.

    Every input is read before anything is written, so a bad file leaves no partial output.

    Args:
        args: Parsed `reader repair` arguments.

    Returns:
        The exit status: 0.

    Raises:
        UsageError: When stdin is combined with `--out`.
        CommandError: When an input cannot be read or decoded, or an output cannot be written.
    """
    names: list[str] = args.files
    out: Path | None = args.out
    if out is not None and STDIN in names:
        raise UsageError(
            "--out needs file names, and stdin ('-') has none; redirect stdout instead"
        )
    # Imported here: every command's start, and every loading worker's, imports this module.
    from ..data import repair_file_text

    def repair(text: str) -> RepairedText:
        return repair_file_text(text, restore=args.diacritics)

    texts = [read_text(name) for name in names]
    if out is None:
        for text in texts:
            write_utf8(for_stdout(repair(text).text))
        return 0
    targets = output_paths(out, [Path(name) for name in names])
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CommandError(f"cannot create {out}: {error.strerror or error}") from error
    for text, target in zip(texts, targets, strict=True):
        repaired = repair(text)
        try:
            target.write_bytes(repaired.text.encode("utf-8"))
        except OSError as error:
            raise CommandError(f"cannot write {target}: {error.strerror or error}") from error
        print(f"{target}: {plural(len(repaired.word_changes), 'change')}")
    return 0


def for_stdout(text: str) -> str:
    """`text` as written to standard output: as it is into a pipe or file; on a terminal
    with its control characters as symbols (ESC as ␛), which the terminal would obey."""
    if not is_terminal(sys.stdout):
        return text
    return show_controls(text, Style()).plain


def read_text(name: str) -> str:
    """Read one input: UTF-8 as it is; else as the loader reads a file, UTF-16 or UTF-32
    with a byte order mark or the legacy code page it is written in (said in a warning).

    Args:
        name: A file path, or `-` for stdin.

    Returns:
        The decoded text, line endings and all.

    Raises:
        CommandError: When the input cannot be read or is no text.
    """
    from ..data import MAX_FILE_BYTES, decode_article_bytes, read_file_bytes

    label = "standard input" if name == STDIN else name
    try:
        # As the loader reads files: a pipe or device is refused, not read for ever, and
        # so is more than a file may hold.
        if name == STDIN:
            if sys.stdin is None:  # started with it closed (`<&-`)
                raise CommandError("cannot read standard input: it is closed")
            read: bytes | str = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            if len(read) > MAX_FILE_BYTES:
                read = f"it holds more than the limit ({MAX_FILE_BYTES // 2**20} MB)"
        else:
            read = read_file_bytes(Path(name), MAX_FILE_BYTES)
    except OSError as error:
        raise CommandError(f"cannot read {label}: {error.strerror or error}") from error
    if isinstance(read, str):
        raise CommandError(f"cannot read {label}: {read}")
    try:
        return read.decode("utf-8")  # as it is: a byte order mark and every control kept
    except UnicodeDecodeError:
        pass
    decoded = decode_article_bytes(read, keep_line_ends=True)
    if isinstance(decoded, str):
        raise CommandError(f"cannot read {label}: {decoded}")
    if decoded.encoding_note:
        warn(f"{label}: {decoded.encoding_note}")
    return decoded.text


def output_paths(out: Path, inputs: Sequence[Path]) -> list[Path]:
    """Return where each input's repaired copy goes, refusing to overwrite any input.

    Args:
        out: The `--out` folder; it may not exist yet.
        inputs: The input files, all readable.

    Returns:
        `out / input.name` for each input.

    Raises:
        CommandError: When a copy would replace an input itself, or two inputs share a name.
    """
    targets: list[Path] = []
    for source in inputs:
        target = out / source.name
        # samefile also catches a symlinked or hard-linked DIR that leads back to the input.
        if target.exists() and target.samefile(source):
            raise CommandError(
                f"refusing to overwrite {source} with its own repair; pick another DIR"
            )
        if target in targets:
            raise CommandError(f"two inputs are named {source.name}; both would go to {target}")
        targets.append(target)
    return targets
