"""Esc typed just before another key: the terminal sends them as one sequence, which reads as
Alt and the key; the reader has no Alt keys, so they are the two keys again."""

from __future__ import annotations

from textual import events
from textual.message_pump import MessagePump

ALT = "alt+"
SHIFT = "shift+"


def escape_then_key(event: events.Key) -> list[events.Key] | None:
    """The two keys an Alt key no binding took was typed as: Esc, then the key (`alt+j` is
    Esc then j, `alt+shift+g` Esc then G); None for any other key."""
    if not event.key.startswith(ALT) or event.character is None:
        return None
    name = event.key.removeprefix(ALT)
    if name.startswith(SHIFT) and len(name) == len(SHIFT) + 1:
        name = name.removeprefix(SHIFT).upper()
    return [events.Key("escape", "\x1b"), events.Key(name, event.character)]


class EscapeThenKey(MessagePump):
    """For the app: an Alt key nothing took is taken as Esc, then the key (going back,
    then the key, is not lost)."""

    def on_key(self, event: events.Key) -> None:
        """Post Esc and the key for an Alt key that reached the app untaken."""
        keys = escape_then_key(event)
        if keys is not None:
            event.stop()
            for key in keys:
                self.post_message(key)
