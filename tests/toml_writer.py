"""A small TOML writer for the fuzz tests (the standard library only reads TOML).

Every key is quoted and every string escaped, so any text a strategy draws can be written.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time
from typing import Any


def toml_string(text: str) -> str:
    """A TOML basic string for any text: quotes, backslashes and control characters escaped."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_value(value: Any) -> str:
    """A value written inline: tables as ``{ ... }``, arrays as ``[ ... ]``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        pairs = ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + pairs + " }"
    raise TypeError(f"no TOML form for {type(value).__name__}")


def toml_document(doc: dict[str, Any]) -> str:
    """One ``[table]`` per top-level key whose value is a table (its values written inline);
    other top-level keys first, as plain ``key = value`` lines."""
    plain = [f"{toml_string(k)} = {toml_value(v)}" for k, v in doc.items()
             if not isinstance(v, dict)]
    lines = [*plain, ""] if plain else []
    for table, body in doc.items():
        if isinstance(body, dict):
            lines.append(f"[{toml_string(table)}]")
            lines += [f"{toml_string(k)} = {toml_value(v)}" for k, v in body.items()]
            lines.append("")
    return "\n".join(lines)
