"""Step announcements from inside a flow run, for whoever is watching (the CLI's progress bar)."""

from __future__ import annotations

from collections.abc import Callable

Listener = Callable[[str, str], None]

_listeners: list[Listener] = []


def announce(step: str, subject: str) -> None:
    """Tell every listener that `step` has started for `subject` (an input path)."""
    for listener in list(_listeners):
        listener(step, subject)


def listen(listener: Listener) -> Callable[[], None]:
    """Register a listener; returns the function that removes it again."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener)
