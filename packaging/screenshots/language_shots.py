"""Screenshots of the windows a break shows, in one language: the player (its first screen with
the "changed for you" line, a work screen whose repetitions alternate sides), the safety
screen, the pain check-in and the prompt card; in a light and a dark palette, at 100 % and at
200 % (QT_SCALE_FACTOR=2) on a 1280x800 screen. For looking at a translation's layout
(clipping, overlap), not for the README.

    python packaging/screenshots/language_shots.py ja [OUTPUT_FOLDER]

Japanese needs the fonts-noto-cjk Debian package (else Qt draws boxes). Each variant runs in
its own process on its own Xvfb (the scale factor must be set before Qt starts).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checkin_shots import VARIANTS, _palette


def _shoot(out: Path, language: str, theme: str, scale: str) -> None:
    """In this process (Qt on the Xvfb of the caller): every picture of one variant."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from backbreak.core.routines.library import load_library, safety_note
    from backbreak.core.routines.plan import planned
    from backbreak.core.routines.schema import Caution
    from backbreak.ui.cards.prompt_card import PromptCard
    from backbreak.ui.i18n import install_translators
    from backbreak.ui.player.checkin import PainQuestions
    from backbreak.ui.player.window import RoutinePlayer
    from backbreak.ui.safety_screen import SafetyScreen

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    app.setPalette(_palette(theme == "dark"))  # type: ignore[arg-type]
    install_translators(app, language)
    tag = f"{language}-{theme}-{scale}x"

    def save(widget: QWidget, name: str) -> None:
        QTest.qWait(300)
        widget.grab().save(str(out / f"{name}-{tag}.png"))

    library = load_library(None)
    routine = library.get("home-floor")  # superman swapped out by two worse check-ins
    until = datetime.now(UTC) + timedelta(days=9)
    plan = planned(routine, library, "standard", worse={"superman": until})
    player = RoutinePlayer(routine.title, plan.steps, note=safety_note(), changes=plan.swaps)
    player.start()
    save(player, "player-first")
    while not (player.current_step.is_work and player.current_step.rep_sides):
        player.next()
    for _ in range(player.current_step.rep_s or 1):
        player.tick()  # into the second repetition: the other side, mirrored
    save(player, "player-sides")
    player.skip()

    asking = RoutinePlayer(
        routine.title,
        plan.steps,
        note=safety_note(),
        pain=PainQuestions(lambda moment, score: None),
    )
    asking.start()
    save(asking, "checkin")
    asking.skip()

    screen = SafetyScreen(safety_note(), {Caution.BALANCE})
    screen.show()
    save(screen, "safety")
    screen.close()

    card = PromptCard()
    card.ask(50 * 60, library.get("desk-hips").title, 4, 5, True)
    save(card, "prompt")
    card.withdraw()


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--variant":
        _shoot(Path(os.environ["SHOTS_OUT"]), sys.argv[2], sys.argv[3], sys.argv[4])
        return 0
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    language = sys.argv[1]
    out = Path(sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="shots-"))
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
                [sys.executable, __file__, "--variant", language, theme, scale],
                env=env,
                check=True,
                timeout=120,
            )
        finally:
            xvfb.terminate()
            xvfb.wait(timeout=10)
            os.close(r)
    print(f"wrote the screenshots to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
