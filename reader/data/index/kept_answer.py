"""KeptAnswer: one answer read from the index, kept until the index is written."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class KeptAnswer(Generic[T]):
    """The last answer to one question of the index, with the stamp it was read under: the
    same stamp asked again gets it without reading the index."""

    def __init__(self) -> None:
        self._kept: tuple[Hashable, T] | None = None

    def get(self, stamp: Hashable | None, read: Callable[[], T]) -> T:
        """What `read` gives, or gave last when it was under the same `stamp` (how often the
        index was written, and whatever else the answer depends on); None reads each time."""
        if stamp is None or self._kept is None or self._kept[0] != stamp:
            self._kept = (stamp, read())
        return self._kept[1]
