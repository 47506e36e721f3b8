"""The player's repetition counter: what one repetition is ("up 2 s, hold 3 s, down 2 s"),
and which repetition and phase the countdown is at; and the line that says once what was
changed in the routine for the user (a caution they ticked, a worse pain score)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel

from backbreak.core.routines.adapt import Swap, SwapReason
from backbreak.core.routines.pace import rep_moment
from backbreak.core.routines.schema import Caution, PacePhase, Phase, PlayerStep
from backbreak.core.routines.sides import rep_side
from backbreak.core.text import fill
from backbreak.ui.wording import caution_text, content

translate = QCoreApplication.translate


def phase_word(phase: Phase) -> str:
    """A phase of a repetition, as the counter names it."""
    words: dict[Phase, str] = {
        Phase.UP: translate("Pace", "up"),
        Phase.DOWN: translate("Pace", "down"),
        Phase.LIFT: translate("Pace", "lift"),
        Phase.LOWER: translate("Pace", "lower"),
        Phase.REACH: translate("Pace", "reach"),
        Phase.RETURN: translate("Pace", "come back"),
        Phase.BACK: translate("Pace", "back"),
        Phase.FORWARD: translate("Pace", "forward"),
        Phase.TIGHTEN: translate("Pace", "tighten"),
        Phase.RELEASE: translate("Pace", "let go"),
        Phase.BREATHE_IN: translate("Pace", "breathe in"),
        Phase.BREATHE_OUT: translate("Pace", "breathe out"),
        Phase.HOLD: translate("Pace", "hold"),
        Phase.REST: translate("Pace", "rest"),
    }
    return words[phase]


def pace_text(pace: Sequence[PacePhase]) -> str:
    """One repetition in words: "up 2 s, hold 3 s, down 2 s"."""
    parts = [
        fill(
            translate("Pace", "%1 %2 s", "a phase and its seconds"),
            [phase_word(p.phase), p.seconds],
        )
        for p in pace
    ]
    return translate("Pace", ", ", "between the phases of a repetition").join(parts)


class RepCounter(QLabel):
    """Two lines on a paced work screen, nothing on any other: the pace, then "Repetition 3 of
    8: hold". Plain text; it follows the player's countdown (:meth:`show_elapsed`). It stays in
    the layout on every screen, so the window measured for the longest step never jumps."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._step: PlayerStep | None = None

    def show_step(self, step: PlayerStep) -> None:
        self._step = step if step.pace and step.reps else None  # else empty, its room kept
        self.show_elapsed(0)

    def show_elapsed(self, seconds: float) -> None:
        """The counter ``seconds`` into the current screen."""
        step = self._step
        if step is None or not step.reps:
            self.setText("")
            return
        self.setText(self.text_at(step, seconds))

    @staticmethod
    def text_at(step: PlayerStep, seconds: float) -> str:
        """The counter's text ``seconds`` into ``step`` (a paced work screen)."""
        assert step.reps
        moment = rep_moment(step.pace, step.reps, seconds)
        pace = fill(translate("Pace", "One repetition: %1"), [pace_text(step.pace)])
        phase = phase_word(moment.phase.phase)
        if step.rep_sides:
            side = content(step.rep_sides[rep_side(step, seconds)])
            now = fill(
                translate(
                    "Pace",
                    "Repetition %1 of %2 (%3): %4",
                    "%3: the side this repetition works, e.g. 'knees to the right'",
                ),
                [moment.rep, step.reps, side, phase],
            )
        else:
            now = fill(translate("Pace", "Repetition %1 of %2: %3"), [moment.rep, step.reps, phase])
        return f"{pace}\n{now}"

    @staticmethod
    def longest_texts(step: PlayerStep) -> list[str]:
        """Every text the counter can show on ``step``, to reserve its height."""
        if not step.pace or not step.reps:
            return [""]
        starts, t = [], 0
        for phase in step.pace:
            starts.append(t)
            t += phase.seconds
        lasts = {(step.reps - 1) * t, max(0, step.reps - 2) * t}  # both sides, if they alternate
        return [RepCounter.text_at(step, last + s) for last in sorted(lasts) for s in starts]


def until_text(until: datetime) -> str:
    """The local day a swap ends, short and in the user's language ("14 December")."""
    day = until.astimezone().date()
    pattern = translate(
        "Player", "d MMMM", "the day a swap ends: a QLocale date pattern (d day, MMMM month)"
    )
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _swap_sentence(swap: Swap) -> str:
    if swap.reason is SwapReason.CAUTION:
        ticked = ", ".join(caution_text(c) for c in Caution if c in swap.cautions)
        why = fill(translate("Player", "you ticked “%1”"), [ticked])
    else:
        why = translate("Player", "your back felt worse after it")
    if swap.until is not None:
        until = until_text(swap.until)
        if swap.replacement_title is None:
            return fill(
                translate("Player", "%1 left out until %2 (%3)"), [content(swap.title), until, why]
            )
        return fill(
            translate("Player", "%1 instead of %2 until %3 (%4)"),
            [content(swap.replacement_title), content(swap.title), until, why],
        )
    if swap.replacement_title is None:
        return fill(translate("Player", "%1 left out (%2)"), [content(swap.title), why])
    return fill(
        translate("Player", "%1 instead of %2 (%3)"),
        [content(swap.replacement_title), content(swap.title), why],
    )


def changes_text(swaps: Sequence[Swap]) -> str:
    """One line on what was changed for the user, or "" when nothing was."""
    if not swaps:
        return ""
    parts = "; ".join(_swap_sentence(s) for s in swaps)
    return fill(translate("Player", "Changed for you: %1."), [parts])
