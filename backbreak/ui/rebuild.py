"""Building a window's contents again, for a language change.

Qt sends ``QEvent.LanguageChange`` to every top-level window when the translators change.
Windows whose texts come from many places (labels, tooltips, accessible names, combo items,
day names from the locale) are simplest to keep right by building their body again from the
same code that built it first, rather than by a second list of every text to set again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLayout, QWidget


def rebuild_on_language_change(window: QWidget, event: QEvent, rebuild: Callable[[], None]) -> None:
    """From a window's ``changeEvent``: call ``rebuild`` once for a language change.

    Qt sends a LanguageChange per translator swapped, while it walks the window's children;
    the rebuild waits for the event loop, so it runs once and never under Qt's feet.
    """
    if event.type() != QEvent.Type.LanguageChange or window.property("rebuild_due"):
        return
    window.setProperty("rebuild_due", True)

    def run() -> None:
        window.setProperty("rebuild_due", False)
        rebuild()

    QTimer.singleShot(0, window, run)


def rebuild_body(
    owner: QWidget, layout: QLayout, old: QWidget, build: Callable[[], QWidget]
) -> QWidget:
    """Put ``build()`` where ``old`` was in ``layout`` and return it; ``old`` is deleted.

    ``build`` stores its widgets as attributes of ``owner``; the widget that had the keyboard
    focus gets it back under the same attribute, so a keyboard user stays where they were.
    """
    focused = owner.focusWidget()
    name = next((n for n, v in vars(owner).items() if focused is not None and v is focused), None)
    new = build()
    layout.replaceWidget(old, new)
    old.hide()
    old.deleteLater()
    target = getattr(owner, name, None) if name else None
    if isinstance(target, QWidget) and target.isEnabled():
        target.setFocus()
    return new
