"""Checks shared by the readers of the user's hand-edited files (``config.toml``, routine files).

Each check returns the value it accepts or raises :class:`Invalid` carrying one sentence in
the form "expected X, got Y". The caller knows where the value came from (file, line, key) and
what happens next (the default is used, the file is skipped), and adds both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from backbreak.core.text import Text, problem

BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c"  # left-to-right, right-to-left and Arabic letter marks
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings, pop, overrides
    "\u2066\u2067\u2068\u2069"  # isolates
)
"""Characters that reorder the text around them: "evil" written after U+202E shows as "live"."""
_DECODE_LINE = re.compile(r"at line (\d+)")


class Invalid(ValueError):
    """A value a check refuses; ``text`` says what was expected and what came."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


class TomlError(ValueError):
    """Text that is not TOML; ``line`` is where the reader gave up, when it says."""

    def __init__(self, reason: str, line: int | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def read_toml(text: str) -> dict[str, Any]:
    """``text`` parsed as TOML, or :class:`TomlError` for anything the parser refuses,
    including what it raises besides its own error (an integer of 5,000 digits, arrays nested
    100,000 deep)."""
    import tomllib  # only with a file to read: the tray's start-up often has none

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        at = _DECODE_LINE.search(str(e))
        raise TomlError(str(e), int(at.group(1)) if at else None) from None
    except (ValueError, RecursionError) as e:
        raise TomlError(str(e), None) from None


def show(value: object) -> str:
    """The "got" part of a message: the value's type and its ``repr``, cut to 40 characters.

    ``repr`` escapes control characters, so a value shown this way cannot reorder the message.
    """
    try:
        r = repr(value)
    except ValueError:  # an integer too long to print
        return f"{type(value).__name__} with more digits than Python will print"
    return f"{type(value).__name__} {r[:40] + '…' if len(r) > 40 else r}"


def number(value: int) -> str:
    """An integer for a message, also one with more digits than Python will print."""
    try:
        return str(value)
    except ValueError:
        return "a number with thousands of digits"


def whole_number(value: object, lo: int, hi: int) -> int:
    """``value`` if it is an integer (not a boolean) from ``lo`` to ``hi``."""
    if isinstance(value, bool) or not isinstance(value, int):
        got = show(value)
    elif not lo <= value <= hi:
        got = number(value)
    else:
        return value
    raise Invalid(problem("expected a whole number from %1 to %2, got %3", lo, hi, got))


def true_or_false(value: object) -> bool:
    if not isinstance(value, bool):
        raise Invalid(problem("expected true or false, got %1", show(value)))
    return value


def one_of(value: object, options: Sequence[str], shown: Callable[[object], str] = show) -> str:
    """``value`` if it is one of ``options``; ``shown`` renders a refused value."""
    if not isinstance(value, str) or value not in options:
        raise Invalid(problem("expected one of %1, got %2", ", ".join(options), shown(value)))
    return value


def table(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Invalid(problem("expected a table, got %1", show(value)))
    return value


def line_of_text(value: str, max_chars: int) -> str:
    """``value`` stripped, if that is one non-empty line of at most ``max_chars`` characters
    with no character that reorders the text shown around it (:data:`BIDI_CONTROLS`)."""
    text = value.strip()
    if not text:
        raise Invalid(problem("expected a non-empty text"))
    if "\n" in text:
        raise Invalid(problem("expected a single line of text"))
    if len(text) > max_chars:
        raise Invalid(problem("expected at most %1 characters, got %2", max_chars, len(text)))
    if not BIDI_CONTROLS.isdisjoint(text):
        reordering = next(c for c in text if c in BIDI_CONTROLS)
        raise Invalid(
            problem(
                "expected text without bidirectional control characters, got U+%1",
                f"{ord(reordering):04X}",
            )
        )
    return text


def printable_key(key: str) -> str:
    """A key as typed, for a message: characters that reorder text are escaped (``\\u202e``)."""
    if BIDI_CONTROLS.isdisjoint(key):
        return key
    return "".join(f"\\u{ord(c):04x}" if c in BIDI_CONTROLS else c for c in key)
