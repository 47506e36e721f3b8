"""Sentences for the user, written in core (which knows nothing of Qt) and shown translated.

A :class:`Text` is an English template with ``%1``, ``%2``… and the values for them.
``str()`` gives the English (the log, the command line); the GUI shows
``ui.wording.localized(text)``, the template looked up in Qt's translations and then filled.
``packaging/update_translations.py`` extracts every ``problem("template", ...)`` (context
``Problems``) and ``Text("Context", "template", ...)`` written with literal strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_PLACE = re.compile(r"%(\d+)")


def fill(template: str, args: Sequence[object]) -> str:
    """``template`` with ``%1``… replaced by ``args`` (in one pass: values may contain ``%2``)."""

    def value(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return str(args[n - 1]) if 1 <= n <= len(args) else m.group(0)

    return _PLACE.sub(value, template)


@dataclass(frozen=True)
class Text:
    context: str
    template: str
    args: tuple[object, ...] = ()

    def __str__(self) -> str:
        return fill(self.template, self.args)


PROBLEMS = "Problems"


def problem(template: str, *args: object) -> Text:
    """A sentence about a problem in the user's files or data (Qt context ``Problems``)."""
    return Text(PROBLEMS, template, args)
