"""Guards the Qt binding itself: PySide6-Essentials 6.12.0 returns None from void methods
without taking a reference. Python 3.11 (no immortal None) then aborts with
"none_dealloc: deallocating None" after a few thousand paints: a tray app dies within hours.
pyproject pins below 6.12; this test fails if a binding with the bug comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPixmap


def test_void_qt_calls_keep_the_reference_count_of_none(qapp: object) -> None:
    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    before = sys.getrefcount(None)
    for _ in range(200):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawLine(QPointF(0, 0), QPointF(4, 4))
        QColor("red").setAlpha(10)
    after = sys.getrefcount(None)
    painter.end()
    assert after - before > -100, f"None lost {before - after} references in 600 void calls"
