"""Write the reference renders the illustration test compares against. Run on purpose, after
changing a drawing (``packaging/draw_illustrations.py``) or how the player draws it, and look
at what changed before committing::

    QT_QPA_PLATFORM=offscreen python tests/illustrations/make_references.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from illustration_refs import POSES, REFERENCES, exercise_ids, reference_path, render
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication.instance() or QApplication([])
    wanted = set()
    for exercise_id in exercise_ids():
        for pose in POSES:
            path = reference_path(exercise_id, pose)
            if not render(exercise_id, pose).save(str(path)):
                print(f"{path}: could not be written", file=sys.stderr)
                return 1
            wanted.add(path)
    for stale in set(REFERENCES.glob("*.png")) - wanted:
        stale.unlink()
    del app
    print(f"wrote {len(wanted)} references in {REFERENCES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
