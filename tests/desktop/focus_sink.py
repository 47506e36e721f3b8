"""The user's editor in the desktop tests: one text field, Wayland-native or X11 as Qt chooses.
Every change of its text and of its window's activation is appended to the file argv[1]; with
argv[2] == "fullscreen" it covers the screen; argv[3], if given, is its title."""

import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLineEdit

out = open(sys.argv[1], "a", buffering=1)  # noqa: SIM115 - lives as long as the process
app = QApplication(sys.argv[:1])
app.setDesktopFileName("focus-sink")


class Watch(QObject):
    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if ev.type() in (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate):
            out.write(f"{time.monotonic():.3f} {ev.type().name}\n")
        return False


edit = QLineEdit()
edit.setWindowTitle(sys.argv[3] if len(sys.argv) > 3 else "focus-sink")
edit.resize(400, 40)
edit.textChanged.connect(lambda t: out.write(f"{time.monotonic():.3f} text={t}\n"))
watch = Watch()
edit.installEventFilter(watch)
if sys.argv[2:3] == ["fullscreen"]:
    edit.showFullScreen()
else:
    edit.show()
app.exec()
