"""Durations as people write them: ``90s``, ``5m``, ``1h30m``, ``2h``."""

from __future__ import annotations

import re

from backbreak.core.text import Text

_PART = re.compile(r"(\d+)\s*([hms])")
_UNIT = {"h": 3600, "m": 60, "s": 1}


class DurationError(ValueError):
    """A duration string that is not of the form ``1h30m``, ``5m`` or ``90s``."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


def parse_duration(text: str, allow_zero: bool = False) -> int:
    """Return whole seconds for a duration such as ``90s``, ``5m`` or ``1h30m`` (``0s`` only
    with ``allow_zero``, for settings where zero means "off").

    A bare number is read as minutes, which is what people mean in a break app. Zero is
    otherwise refused (``0``, ``0s`` and ``0m`` alike).
    """
    total = _seconds(text)
    if total == 0 and not allow_zero:
        raise DurationError(
            Text("Problems", "%1 is zero; a duration must be longer than that", (repr(text),))
        )
    return total


def parse_duration_within(text: str, lo: int, hi: int) -> int:
    """:func:`parse_duration`, and between ``lo`` and ``hi`` seconds (zero is out of range)."""
    return check_within(_seconds(text), text, lo, hi)


def check_within(seconds: int, text: str, lo: int, hi: int) -> int:
    """``seconds`` (written ``text`` by the user) if ``lo <= seconds <= hi``; otherwise a
    DurationError naming the range."""
    if not lo <= seconds <= hi:
        raise DurationError(
            Text(
                "Problems",
                "expected between %1 and %2, got %3",
                (format_duration(lo), format_duration(hi), repr(text)),
            )
        )
    return seconds


def _seconds(text: str) -> int:
    """The seconds ``text`` stands for, zero included; DurationError if it is not a duration."""
    s = text.strip().lower().replace(" ", "")
    if not s:
        raise DurationError(Text("Problems", "empty duration; expected e.g. 90s, 5m or 1h30m"))
    if len(s) > 16:
        raise DurationError(
            Text(
                "Problems",
                "%1… is too long for a duration; expected e.g. 1h30m",
                (repr(text[:20]),),
            )
        )
    if s.isascii() and s.isdecimal():
        return int(s) * 60
    pos = 0
    total = 0
    seen: set[str] = set()
    for m in _PART.finditer(s):
        if m.start() != pos or m.group(2) in seen:
            break
        seen.add(m.group(2))
        total += int(m.group(1)) * _UNIT[m.group(2)]
        pos = m.end()
    if pos != len(s) or not seen:
        raise DurationError(
            Text("Problems", "%1 is not a duration; expected e.g. 90s, 5m or 1h30m", (repr(text),))
        )
    return total


def format_duration(seconds: float) -> str:
    """Inverse of :func:`parse_duration` for whole seconds (``5400`` -> ``1h30m``)."""
    rest = max(0, round(seconds))
    if rest == 0:
        return "0s"
    out = []
    for unit, size in _UNIT.items():
        n, rest = divmod(rest, size)
        if n:
            out.append(f"{n}{unit}")
    return "".join(out)
