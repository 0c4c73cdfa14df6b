"""Why front matter is refused before or after it is parsed: too deep a nesting, in the
reader's own words whatever parser found it."""

from __future__ import annotations

from collections.abc import Mapping

MAX_FRONT_MATTER_DEPTH = 50
"""Deeper nesting is refused: PyYAML's C loader overflows the stack at ~30,000 levels."""


class Refused(Exception):
    """Front matter that cannot be read; the message says why."""


class NotValidYaml(Refused):
    """YAML front matter with a slip of syntax (`title: Praha: nová linka`), which may be
    read key by key (`yaml_front_matter.read_key_by_key`)."""


def too_deep() -> Refused:
    """The refusal of front matter nested beyond the limit."""
    return Refused(f"front matter is nested more than {MAX_FRONT_MATTER_DEPTH} levels deep")


def is_too_deep(value: object) -> bool:
    """Whether lists and mappings in `value` nest beyond the limit (walked without recursion)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping | list):
            if depth > MAX_FRONT_MATTER_DEPTH:
                return True
            children = item.values() if isinstance(item, Mapping) else item
            stack.extend((child, depth + 1) for child in children)
    return False
