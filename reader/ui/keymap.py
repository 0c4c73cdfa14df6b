"""Keys of your own: the settings' `[keys]` table (and its preset) checked against the
reader's keys and turned into a Textual keymap, binding ids to keys."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from textual.binding import Binding, BindingType
from textual.keys import Keys, key_to_character

KEY_PRESETS: dict[str, dict[str, str]] = {
    # newsboat's keys where they differ from the reader's: n and N for the next unread
    # article and read or unread, J and K between articles, A for all read.
    "newsboat": {
        "next-unread": "n",
        "toggle-read": "N",
        "next": "J",
        "previous": "K",
        "all-read": "A",
    },
}
"""Other readers' keys, by name."""
PRESET = "preset"
"""The `[keys]` entry that names a preset."""
KEY_NAMES = frozenset(key.value for key in Keys) | {"space"}
MODIFIERS = re.compile(r"^(?:(?:ctrl|alt|shift|super|meta)\+)*")


def canonical_key(key: str) -> str:
    """The key as compared for clashes: `?` and `question_mark` alike."""
    return key_to_character(key) or key


def is_key(key: str) -> bool:
    """Whether Textual knows `key`: a printable character, or a key name such as `escape`,
    `f5` or `ctrl+x`."""
    name = MODIFIERS.sub("", key, count=1)
    if len(name) == 1:
        return name.isprintable() and not name.isspace()
    return name in KEY_NAMES or key_to_character(name) is not None


def _named(bindings: Iterable[BindingType]) -> list[Binding]:
    """The Binding objects of `bindings`."""
    return [binding for binding in bindings if isinstance(binding, Binding)]


def build_keymap(
    entries: Sequence[tuple[str, str]], screens: Mapping[str, Iterable[BindingType]], file: Path
) -> tuple[dict[str, str], list[str]]:
    """The keymap the settings ask for, and what is wrong with them.

    The preset comes first, the entries over it. An entry that names no key of the reader
    or a key Textual does not know is reported and left out; so is one that leaves a key
    with two jobs on a screen, the last such first, until none does (two entries may swap
    keys). A key left out keeps its default.

    Args:
        entries: The `[keys]` table's (name, keys) pairs.
        screens: Each screen's bindings (the app's among them), by the screen's name.
        file: The settings file, named in each problem.

    Returns:
        Binding ids to comma-separated keys, and one problem per entry left out.
    """
    known = {
        binding.id for bindings in screens.values() for binding in _named(bindings) if binding.id
    }
    preset: dict[str, str] = {}
    own: dict[str, str] = {}
    problems: list[str] = []
    for name, keys in entries:
        listed = [key.strip() for key in keys.split(",")]
        unknown = [key for key in listed if not is_key(key)]
        if name == PRESET:
            if keys in KEY_PRESETS:
                preset = dict(KEY_PRESETS[keys])
            else:
                names = ", ".join(map(repr, KEY_PRESETS))
                problems.append(f"{file}: keys: no preset {keys!r} (there is {names}); ignored")
        elif name not in known:
            problems.append(
                f"{file}: keys: {name!r} is no key of the reader"
                f" (they are {', '.join(sorted(known))})"
            )
        elif unknown:
            problems.append(f"{file}: keys: {name}: {unknown[0]!r} is not a key; default kept")
        else:
            own[name] = ",".join(listed)
    # One's own keys come before the preset's: a preset key in their way goes back to the
    # reader's default, silently; one of one's own that still clashes is reported.
    while clash := _clash(screens, {**preset, **own}, [n for n in preset if n not in own], [*own]):
        name, why = clash
        if name in own:
            del own[name]
            problems.append(f"{file}: keys: {name}: {why}; default kept")
        else:
            del preset[name]
    return {**preset, **own}, problems


def _clash(
    screens: Mapping[str, Iterable[BindingType]],
    keymap: Mapping[str, str],
    preset: list[str],
    own: list[str],
) -> tuple[str, str] | None:
    """Of the entries of `keymap` that give a key two jobs on a screen, the one to leave out
    first (the first of the `preset`'s, else the last of one's `own`) and why; None when
    there is none."""
    entries = [*preset, *own]
    clashes: list[tuple[str, str]] = []
    for screen, bindings in screens.items():
        jobs: dict[str, tuple[str, str]] = {}  # key -> (binding id or action, what it does)
        for binding in _named(bindings):
            owner = binding.id or binding.action
            job = (owner, binding.description or binding.action)
            for key in keymap.get(binding.id or "", binding.key).split(","):
                other = jobs.setdefault(canonical_key(key.strip()), job)
                for entry, rival in ((owner, other), (other[0], job)):
                    if other[0] != owner and entry in entries:
                        clashes.append((entry, f"{key.strip()!r} is {rival[1]!r} in the {screen}"))
    from_preset = [clash for clash in clashes if clash[0] in preset]
    if from_preset:
        return min(from_preset, key=lambda clash: entries.index(clash[0]))
    return max(clashes, key=lambda clash: entries.index(clash[0]), default=None)


def keys_in_force(bindings: Iterable[BindingType], keymap: Mapping[str, str]) -> list[Binding]:
    """`bindings` with the keys the keymap gives them, for the help."""
    shown = []
    for binding in _named(bindings):
        keys = keymap.get(binding.id or "")
        shown.append(binding if keys is None else binding.with_key(keys, key_display=None))
    return shown
