"""What the user is typing in: a small Qt text field in a process of its own (not backbreak's).

    python text_field.py OUT_FILE

The window is titled "typing-here"; every change of its text is written to OUT_FILE, so a test
sees what reached it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit

TITLE = "typing-here"


def main() -> int:
    out = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    field = QLineEdit()
    field.setWindowTitle(TITLE)
    field.resize(320, 40)
    field.textChanged.connect(lambda text: out.write_text(text))
    field.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
