"""The yardstick for backbreak's footprint: a bare PySide6 tray icon and nothing else.

One ``QSystemTrayIcon`` with a two-item menu and a 30-second timer, in the same interpreter
and venv as the app. ``bench_footprint.py`` runs it beside ``backbreak run`` in the same X
session and divides. SIGTERM ends it at once (the default action: there is nothing to save).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(22, 22)
    pixmap.fill(0xFF2E9D6A)
    tray = QSystemTrayIcon(QIcon(pixmap))
    menu = QMenu()
    menu.addAction("Hello")
    menu.addAction("Quit").triggered.connect(app.quit)
    tray.setContextMenu(menu)
    tray.show()
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(30_000)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
