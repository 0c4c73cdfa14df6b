"""A folder of hostile and broken article files, one per trap, written fresh by tests.

Run as a script to write the folder for a manual or tmux check: `python tests/hostile.py DIR`.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

# Terminal escape sequences an article may carry: colour, window title, clipboard, link, DCS.
CSI_RED = "\x1b[31m"
OSC_TITLE = "\x1b]0;PWNED-TITLE\x07"
OSC_CLIPBOARD = "\x1b]52;c;UFdORUQtQ0xJUA==\x07"  # base64 of "PWNED-CLIP"
OSC_LINK = "\x1b]8;;file:///etc/passwd\x1b\\click\x1b]8;;\x1b\\"
DCS = "\x1bP+q544e\x1b\\"
ALL_ESCAPES = CSI_RED + OSC_TITLE + OSC_CLIPBOARD + OSC_LINK + DCS + "\x07\x08\x0b\x0c"
MARKUP = "[bold]b[/] [/b] [@click=app.quit]quit[/] [link=file:///etc/passwd]x[/link]"
BIDI = "\u202eevil\u202c \u2066iso\u2069"


@dataclass(frozen=True)
class HostileCase:
    """One hostile file and what loading it must give."""

    name: str
    """The file name."""
    data: bytes
    """The file's bytes."""
    loads: bool
    """True: an Article (bad parts neutralised); False: a LoadProblem."""
    says: str = ""
    """Text the reason, or one of the article's problem notes, must contain ("" to skip)."""


def article(front: str, body: str = "Text článku.\n", opening: str = "---") -> str:
    """An article file's text with the given front matter lines."""
    closing = {"---": "---", "+++": "+++"}[opening]
    return f"{opening}\n{front}{closing}\n\n{body}"


def yaml_quoted(text: str) -> str:
    """`text` as a double-quoted YAML scalar, controls written as escapes (`\\e`, `\\x07`)."""
    return json.dumps(text)  # JSON string syntax is valid double-quoted YAML


def utf8(text: str) -> bytes:
    """UTF-8 bytes of `text`."""
    return text.encode("utf-8")


def _cases() -> list[HostileCase]:
    """Every case, in file name order."""
    nested_list = "- " * 10_000 + "x\n"
    nested_quote = ">" * 10_000 + " x\n"
    nested_lines = "".join("  " * level + "- x\n" for level in range(300))
    wide_table = (
        "|" + "|".join(f"c{n}" for n in range(500)) + "|\n"
        "|" + "|".join("---" for _ in range(500)) + "|\n"
    ) + ("|" + "|".join("v" for _ in range(500)) + "|\n") * 20
    broken_lines = "one\ttwo\nthree\rfour\u2028five"
    czech = "---\ntitle: Příliš žluťoučký kůň\n---\nŠťastný Žďár úpěl ďábelské ódy.\n"
    return [
        # Terminal safety: escapes in every field, as YAML escapes and as raw bytes.
        HostileCase(
            "esc-fields-yaml.md",
            utf8(
                article(
                    "".join(
                        f"{key}: {yaml_quoted(key + ALL_ESCAPES + ' ' + BIDI)}\n"
                        for key in ("title", "description", "category", "author", "slug")
                    )
                    + f"source: {{name: {yaml_quoted('Zdroj' + OSC_TITLE)}, id: x}}\n"
                    + f"url: {yaml_quoted('https://example.cz/' + OSC_CLIPBOARD)}\n",
                    f"Body {ALL_ESCAPES} {BIDI} end.\n",
                )
            ),
            True,
            "control characters or escape sequences removed",
        ),
        HostileCase(
            "esc-raw-bytes.md",
            utf8(
                article(
                    f"title: Raw {OSC_TITLE}{CSI_RED}title\n",
                    f"Raw {ALL_ESCAPES} body, in an article long enough to be text." * 3,
                )
            ),
            True,
            "control characters or terminal escape sequences removed",
        ),
        HostileCase(
            "esc-c1-controls.md",
            utf8(article("title: C1 \x9b31m\x9d0;T\x9c title\n", "Body \x9b2J \x85 \x90q\x9c.\n")),
            True,
            "removed",
        ),
        HostileCase(
            "esc-entities.md",
            utf8(
                article(
                    "title: Entities\n", "A &#27;[31m &#x1b;]0;PWNED&#x07; &#x9b; &#&#27;27;.\n"
                )
            ),
            True,
            "removed",
        ),
        HostileCase(
            "esc-no-front-matter.txt",
            utf8(f"Title {OSC_TITLE} line\n\nText {OSC_CLIPBOARD} and {CSI_RED}.\n"),
            True,
            "removed",
        ),
        HostileCase(
            "fields-tabs-newlines.md",
            utf8(article(f"title: {yaml_quoted(broken_lines)}\n")),
            True,
        ),
        # Markup in every field and the body.
        HostileCase(
            "markup-everywhere.md",
            utf8(
                article(
                    "".join(
                        f"{key}: {yaml_quoted(MARKUP)}\n"
                        for key in ("title", "description", "category", "author", "original_title")
                    )
                    + f"source: {{name: {yaml_quoted(MARKUP)}, emoji: '[/]'}}\n",
                    f"{MARKUP}\n\n[click](javascript:alert(1)) [f](file:///etc/passwd)\n",
                )
            ),
            True,
        ),
        # Links that must never open.
        *[
            HostileCase(
                f"url-{kind}.md", utf8(article(f"title: Odkaz {kind}\nurl: '{url}'\n")), True
            )
            for kind, url in (
                ("javascript", "javascript:alert(1)"),
                ("file", "file:///etc/passwd"),
                ("data", "data:text/html,<script>alert(1)</script>"),
                ("option", "--remote-debugging-port=9222"),
                ("shell", "https://example.cz/$(touch /tmp/pwned);`id`"),
            )
        ],
        # YAML.
        HostileCase(
            "yaml-alias-bomb.md",
            utf8(
                article(
                    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
                    + "".join(
                        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join(['*' + chr(97 + n)] * 9)}]\n"
                        for n in range(8)
                    )
                )
            ),
            False,
            "aliases",
        ),
        HostileCase(
            "yaml-deep.md", utf8(article("a: " + "[" * 30_000 + "]" * 30_000 + "\n")), False, "deep"
        ),
        HostileCase("yaml-long.md", utf8(article(f"title: {'x' * 100_000}\n")), True),
        HostileCase(
            "html-unclosed.md",
            utf8(article(f"title: <p>T {'<script><!--' * 20_000}\n", "<div>" + "<!--" * 50_000)),
            True,
        ),
        # Links never closed, each looked for to its end (seconds to list the links).
        HostileCase("html-anchors.md", utf8(article("title: Odkazy\n", "Text <a>" * 20_000)), True),
        # Runs of spaces that a pattern could split every way (minutes, not milliseconds).
        HostileCase("spaces-prose.md", utf8(f"Titulek\n\nText.\n{' ' * 300_000}x\n"), True),
        HostileCase(
            "spaces-first-heading.md", utf8(article("author: A\n", f"# a{' #' * 150_000}x\n")), True
        ),
        HostileCase(
            "spaces-heading.md", utf8(article("title: T\n", f"# a{' ' * 300_000}x\n")), True
        ),
        HostileCase("spaces-body.md", utf8(article("title: T\n", f"{' ' * 150_000}x\n")), True),
        HostileCase(
            "spaces-code.md",
            utf8(
                article(
                    "title: T\n", f"```c\nx{' ' * 30_000}y\n```\n\n```ini\n{'a' * 30_000}\n```\n"
                )
            ),
            True,
        ),
        HostileCase(
            "yaml-huge.md", utf8(article(f"title: {'x' * 1_100_000}\n")), False, "too large"
        ),
        # Text between two horizontal rules: a note, read whole.
        HostileCase("yaml-list.md", utf8(article("- a\n- b\n")), True),
        HostileCase("yaml-scalar.md", utf8(article("just words\n")), True),
        HostileCase(
            "yaml-python-tag.md",
            utf8(article("a: !!python/object/apply:os.system ['touch /tmp/pwned']\n")),
            True,
            "not valid YAML",
        ),
        HostileCase("yaml-syntax.md", utf8(article("title: [unclosed\n")), True, "not valid YAML"),
        HostileCase("yaml-unclosed.md", utf8("---\ntitle: T\nno end\n"), True, "no closing"),
        # TOML and JSON front matter.
        HostileCase(
            "toml-good.md", utf8(article('title = "TOML"\nimportance = 3\n', opening="+++")), True
        ),
        HostileCase(
            "toml-bad.md", utf8(article("title = \n", opening="+++")), False, "not valid TOML"
        ),
        HostileCase(
            "toml-deep.md",
            utf8(article("a = " + "[" * 5000 + "]" * 5000 + "\n", opening="+++")),
            False,
            "deep",
        ),
        HostileCase("json-good.md", utf8('{\n"title": "JSON", "importance": 2\n}\nText.\n'), True),
        HostileCase("json-bad.md", utf8('{\n"title": \n}\nText.\n'), False, "not valid JSON"),
        HostileCase(
            "json-inline-deep.md",
            utf8('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}\nText.\n"),
            False,
            "nested more than",
        ),
        HostileCase(
            "json-inline-huge-number.md",
            utf8('{"title": "T", "importance": ' + "9" * 5_000 + "}\nText.\n"),
            False,
            "not valid JSON: a number has too many digits",
        ),
        HostileCase(
            "toml-huge-number.md",
            utf8(article(f"title = 'T'\nimportance = {'9' * 5_000}\n", opening="+++")),
            False,
            "not valid TOML: a number has too many digits",
        ),
        HostileCase(
            "json-deep.md", utf8('{\n"a": ' + "[" * 5000 + "]" * 5000 + "\n}\nx\n"), False, "deep"
        ),
        # Fields of the wrong kind.
        *[
            HostileCase(
                f"importance-{name}.md",
                utf8(article(f"title: I\nimportance: {value}\n")),
                True,
                "importance",
            )
            for name, value in (
                ("text", "high"),
                ("negative", "-3"),
                ("99", "99"),
                ("fraction", "3.7"),
                ("list", "[1, 2]"),
            )
        ],
        HostileCase("importance-null.md", utf8(article("title: I\nimportance: null\n")), True),
        *[
            HostileCase(
                f"date-{name}.md",
                utf8(article(f"title: D\npublishedAt: {value}\n")),
                True,
                says,
            )
            for name, value, says in (
                ("impossible", "2025-02-30", "not a valid date"),
                ("words", "včera odpoledne", "not a valid date"),
                ("month-13", "'2025-13-01T10:00:00Z'", "not a valid date"),
                ("number", "1733480000", "not a valid date"),
                ("mapping", "{year: 2025}", "is a mapping, not a valid date"),
                ("huge-number", f"0x{'f' * 4_000}", "not a valid date"),
                ("time", "07:32:00", "'07:32:00' is not a valid date"),
            )
        ],
        HostileCase(
            "importance-huge-in-list.md",
            utf8(article(f"title: I\nimportance: [0x{'f' * 4_000}]\n")),
            True,
            "importance is a list, not a whole number",
        ),
        HostileCase("title-list.md", utf8(article("title: [a, b]\n")), True),
        HostileCase("title-mapping.md", utf8(article("title: {a: b}\n")), True, "not text"),
        HostileCase("title-number.md", utf8(article("title: 12345\n")), True),
        HostileCase("source-string.md", utf8(article("title: S\nsource: ČT24\n")), True),
        HostileCase("source-list.md", utf8(article("title: S\nsource: [a, b]\n")), True, "source"),
        HostileCase("title-10000.md", utf8(article(f"title: {'Dlouhý titulek ' * 667}\n")), True),
        # Encodings.
        HostileCase("enc-utf8-bom.md", codecs.BOM_UTF8 + utf8(czech), True),
        HostileCase("enc-utf16-le.md", czech.encode("utf-16"), True),
        HostileCase("enc-utf16-be.md", codecs.BOM_UTF16_BE + czech.encode("utf-16-be"), True),
        HostileCase("enc-windows-1250.md", czech.encode("cp1250"), True),
        HostileCase("enc-iso-8859-2.md", czech.encode("iso8859_2"), True),
        HostileCase("enc-invalid-bytes.md", utf8(czech) + b"\xff\xfe\xc3(\n", True),
        HostileCase("enc-nul-bytes.md", utf8(czech.replace("kůň", "k\x00\x00ůň")), True, "removed"),
        HostileCase(
            "enc-binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100, False, "not a text"
        ),
        HostileCase("enc-utf16-no-bom.md", czech.encode("utf-16-le"), False, "not a text"),
        HostileCase("empty.md", b"", False, "empty"),
        HostileCase("blank.md", b" \n\n\t\n", False, "empty"),
        # Size and shape of the body.
        HostileCase("body-long-line.md", utf8(article("title: Line\n", "slovo " * 700_000)), True),
        HostileCase("body-nested-lists.md", utf8(article("title: Lists\n", nested_list)), True),
        HostileCase(
            "body-nested-list-lines.md", utf8(article("title: Lines\n", nested_lines)), True
        ),
        HostileCase("body-nested-quotes.md", utf8(article("title: Quotes\n", nested_quote)), True),
        HostileCase("body-wide-table.md", utf8(article("title: Table\n", wide_table)), True),
        HostileCase(
            "body-code-block.md",
            utf8(article("title: Code\n", "```python\n" + "x = 1\n" * 50_000 + "```\n")),
            True,
        ),
    ]


CASES = _cases()
"""The plain files of the folder."""

SPECIAL_FILES = {
    "too-large.md": "file is too large",
    "loop-a.md": "symbolic link loop",
    "loop-b.md": "symbolic link loop",
    "broken-link.md": "broken symbolic link",
    "folder.md": "is a folder",
    "fifo.md": "not a regular file",
}
"""Files that are not plain bytes, with what their problem must say."""


def write_hostile_folder(folder: Path) -> Path:
    """Write every hostile case into `folder` (created), plus links, a FIFO and a huge file.

    Args:
        folder: Where to write; it should not exist yet or be empty.

    Returns:
        The folder.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        (folder / case.name).write_bytes(case.data)
    with (folder / "too-large.md").open("wb") as big:  # sparse: refused by its size, unread
        big.write(b"---\ntitle: Big\n---\n")
        big.truncate(6 * 2**20)
    (folder / "loop-a.md").symlink_to("loop-b.md")
    (folder / "loop-b.md").symlink_to("loop-a.md")
    (folder / "broken-link.md").symlink_to("nowhere.md")
    (folder / "folder.md").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.md")
    return folder


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/hostile.py FOLDER")
    print(write_hostile_folder(Path(sys.argv[1])))
