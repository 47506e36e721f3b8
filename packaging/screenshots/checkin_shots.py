"""Screenshots of the pain check-in and the weekly window's pain line (issue 15), in a light and
a dark palette, at 100 % and at 200 % (QT_SCALE_FACTOR=2) on a 1280x800 screen.

    python packaging/screenshots/checkin_shots.py [OUTPUT_FOLDER]

Each variant runs in its own process on its own Xvfb (the scale factor must be set before Qt
starts). The weekly window reads a real history file seeded with a week of check-ins.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

VARIANTS = (("light", "1"), ("dark", "1"), ("light", "2"), ("dark", "2"))


def _seed(path: Path, now: datetime) -> None:
    from backbreak.core.history.store import HistoryStore
    from backbreak.core.model import Kind, Outcome, Source

    local = now.astimezone()
    monday = (local - timedelta(days=local.weekday())).replace(hour=9, minute=0, second=0)
    scores = [(6, 4), (5, 5), None, (7, 5), (4, 2), (3, 3), (3, None)]
    with HistoryStore(path) as store:
        for day, pair in enumerate(scores[: local.weekday() + 1]):
            for n in range(4):
                start = monday + timedelta(days=day, minutes=40 * n)
                row = store.open_prompt(start, Kind.STRETCH, Source.SCHEDULED, "desk-standing")
                done = n != 3
                store.finish(
                    row,
                    ended_at=start + timedelta(minutes=3),
                    outcome=Outcome.COMPLETED if done else Outcome.SKIPPED,
                    seconds_active=160 if done else 0,
                )
                if n == 0 and pair is not None:
                    store.pain.record(row, before=pair[0], after=pair[1])


def _palette(dark: bool) -> object:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    if not dark:
        return QApplication.style().standardPalette()
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#353535"),
        (roles.Button, "#353535"),
        (roles.WindowText, "#ffffff"),
        (roles.Text, "#ffffff"),
        (roles.ButtonText, "#ffffff"),
        (roles.Base, "#2a2a2a"),
        (roles.AlternateBase, "#353535"),
        (roles.Highlight, "#2a82da"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#2a2a2a"),
        (roles.ToolTipText, "#ffffff"),
    ):
        p.setColor(role, QColor(colour))
    return p


def _shoot(out: Path, theme: str, scale: str) -> None:
    """In this process (Qt on the Xvfb of the caller): every picture of one variant."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from backbreak.core.history.store import HistoryStore
    from backbreak.core.history.week_source import StoreWeekSource
    from backbreak.core.routines.library import load_library, safety_note
    from backbreak.core.routines.plan import planned
    from backbreak.core.routines.steering import Moment, NoteReason
    from backbreak.ui.player.checkin import PainQuestions
    from backbreak.ui.player.steering_text import note_text
    from backbreak.ui.player.window import RoutinePlayer
    from backbreak.ui.weekly.window import WeeklyWindow

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    app.setPalette(_palette(theme == "dark"))  # type: ignore[arg-type]
    tag = f"{theme}-{scale}x"

    library = load_library(None)
    routine = library.get("desk-hips")  # as two worse check-ins after its back extension left it
    plan = planned(routine, library, "standard", worse={"standing-back-extension"})

    def answer(moment: Moment, score: int | None) -> str | None:
        return note_text(NoteReason.RISE) if moment is Moment.AFTER else None

    player = RoutinePlayer(
        routine.title,
        plan.steps,
        note=safety_note(),
        changes=plan.swaps,
        pain=PainQuestions(answer),
        reduced_motion=True,
    )
    player.start()
    QTest.qWait(300)
    player.grab().save(str(out / f"checkin-empty-{tag}.png"))
    QTest.keyClick(player.checkin.scale, Qt.Key.Key_4)
    QTest.qWait(100)
    player.grab().save(str(out / f"checkin-before-{tag}.png"))
    QTest.keyClick(player.checkin.scale, Qt.Key.Key_Return)
    QTest.qWait(200)
    player.grab().save(str(out / f"checkin-steps-{tag}.png"))
    for _ in range(player.step_count):
        player.next()
    QTest.keyClick(player.checkin.scale, Qt.Key.Key_7)
    QTest.keyClick(player.checkin.scale, Qt.Key.Key_Return)
    QTest.qWait(200)
    player.grab().save(str(out / f"checkin-note-{tag}.png"))
    player.skip()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        now = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)  # a Sunday: the whole week shows
        _seed(path, now)
        store = HistoryStore(path)
        source = StoreWeekSource(store, lambda: 20, lambda: now)
        window = WeeklyWindow(source)
        window.show()
        QTest.qWait(500)
        window.grab().save(str(out / f"weekly-pain-{tag}.png"))
        window.close()
        store.close()


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--variant":
        _shoot(Path(os.environ["SHOTS_OUT"]), sys.argv[2], sys.argv[3])
        return 0
    out = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="checkin-shots-"))
    out.mkdir(parents=True, exist_ok=True)
    for theme, scale in VARIANTS:
        r, w = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(w,),
        )
        os.close(w)
        display = ":" + os.read(r, 64).decode().strip()  # r stays open: Xvfb writes on
        env = dict(
            os.environ,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            QT_SCALE_FACTOR=scale,
            SHOTS_OUT=str(out),
        )
        try:
            subprocess.run(
                [sys.executable, __file__, "--variant", theme, scale], env=env, check=True
            )
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)
            os.close(r)
    print(f"wrote the screenshots to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
