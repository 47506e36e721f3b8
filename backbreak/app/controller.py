"""The controller: feeds the pure policy real events, carries out its effects, and answers the
tray, the cards and the command line. It owns no business rule of its own: *when* belongs to
the policy, *what is stored* to the store, *what is shown* to the widgets.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from backbreak.core.clock import Clock
from backbreak.core.history.log import HistoryLog
from backbreak.core.model import Kind, Outcome, Source
from backbreak.core.policy import machine as pol
from backbreak.core.settings import Settings
from backbreak.ui.tray.look import TrayLook
from backbreak.ui.tray.system_tray import Tray
from backbreak.ui.wording import sitting_sentence

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the cards, the player and the routines come with the first break
    from backbreak.core.routines.library import Library, Routine
    from backbreak.platform.idle import IdleSource
    from backbreak.platform.notify import Notifier
    from backbreak.ui.cards.prompt_card import PromptCard
    from backbreak.ui.cards.walk_card import WalkCard
    from backbreak.ui.player.window import RoutinePlayer

log = logging.getLogger(__name__)

HEARTBEAT_MS = 30_000  # idle sample + wall-clock gap check; cheap, and no faster than needed
SLEEP_GAP_S = 20.0  # wall time running ahead of monotonic time by this much = suspended


@dataclass
class OpenBreak:
    """A history row that is still open: a prompt on screen or an activity in progress."""

    row_id: int | None
    kind: Kind
    routine: str | None
    source: Source


class Controller(QObject):
    history_changed = Signal()
    quit_requested = Signal()
    history_window_requested = Signal()
    settings_window_requested = Signal()

    def __init__(
        self,
        *,
        settings: Settings,
        clock: Clock,
        history: HistoryLog,
        library: Library | Callable[[], Library],
        notifier: Notifier,
        idle: IdleSource,
        tray: Tray,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from backbreak.platform.qt_scheduler import WakeupScheduler

        self.settings = settings
        self.clock = clock
        self.history = history
        self._library = library  # or how to load it, when first needed
        self.notifier = notifier
        self.idle = idle
        self.tray = tray
        self.tz = tz
        self.policy = pol.BreakPolicy(settings, clock.now(), tz)
        self._prompt: OpenBreak | None = None
        self._activity: OpenBreak | None = None
        self._player: RoutinePlayer | None = None
        self._walk: WalkCard | None = None
        self._prompt_card: PromptCard | None = None  # built for the first prompt
        self._last_kind: str | None = None
        self._next_pick: tuple[str, str] | None = None
        self._last_wall = clock.now()
        self._last_mono = clock.monotonic()
        self._sleep_started: datetime | None = None
        self._zone = _zone_key()
        self._scheduler = WakeupScheduler(self._on_wakeup, self)
        self._heartbeat = QTimer(self)
        self._heartbeat.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)
        self._wire()
        self.tray.set_snooze_minutes(settings.snooze_s // 60)

    # --- wiring ------------------------------------------------------------------------------
    def _wire(self) -> None:
        t = self.tray
        t.stretch_requested.connect(lambda: self.start_stretch(None, Source.TRAY))
        t.walk_requested.connect(lambda: self.start_walk(Source.TRAY))
        t.snooze_requested.connect(lambda: self.snooze(None))
        t.pause_requested.connect(self.pause)
        t.resume_requested.connect(self.resume)
        t.history_requested.connect(self.history_window_requested.emit)
        t.settings_requested.connect(self.settings_window_requested.emit)
        t.quit_requested.connect(self.quit_requested.emit)
        self.notifier.on_action(self._notification_action)

    @property
    def library(self) -> Library:
        if callable(self._library):
            self._library = self._library()
        return self._library

    @property
    def _card(self) -> PromptCard:
        if self._prompt_card is None:
            from backbreak.ui.cards.prompt_card import PromptCard

            c = self._prompt_card = PromptCard()
            c.stretch_chosen.connect(lambda: self.start_stretch(None, Source.SCHEDULED))
            c.walk_chosen.connect(lambda: self.start_walk(Source.SCHEDULED))
            c.snooze_chosen.connect(lambda: self.snooze(None))
            c.skip_chosen.connect(self._skip_prompt)
            c.closed_unanswered.connect(self._dismiss_prompt)
        return self._prompt_card

    def start(self) -> None:
        self.history.close_open_rows()
        self._heartbeat.start()
        self._after(self.policy.tick(self.clock.now()))

    def stop(self) -> None:
        """Quit, logout or SIGTERM: what is open is written down before the process ends."""
        self._heartbeat.stop()
        if self._player is not None:
            self._player.skip()
        if self._walk is not None:
            self._walk.back()
        if self._prompt is not None:
            self._card.withdraw()
            self._close_prompt(self.clock.now(), Outcome.DISMISSED)
        self._scheduler.shutdown()
        self.history.close()

    # --- time --------------------------------------------------------------------------------
    def _on_wakeup(self) -> None:
        self._after(self.policy.tick(self.clock.now()))

    def heartbeat(self) -> None:
        """Every 30 s: did the machine sleep (wall clock ran ahead of monotonic)? how idle is
        the user? Both answers go to the policy, which decides what they mean."""
        now, mono = self.clock.now(), self.clock.monotonic()
        gap = (now - self._last_wall).total_seconds() - (mono - self._last_mono)
        effects: list[pol.Effect] = []
        if gap > SLEEP_GAP_S:
            start = now - timedelta(seconds=gap)
            log.info("suspended for %.0f s", gap)
            effects += self.policy.suspended(start, now)
        self._last_wall, self._last_mono = now, mono
        if self.tz is None and self._zone_changed():
            log.info("the system time zone changed")
            effects += self.policy.set_timezone(now, None)
        idle = self.idle.idle_seconds()
        if idle is not None:
            effects += self.policy.observe_idle(now, idle)
        effects += self.policy.tick(now)
        self._after(effects)
        self.history.flush()

    def suspended(self, start: datetime, end: datetime) -> None:
        self._last_wall, self._last_mono = self.clock.now(), self.clock.monotonic()
        self._after(self.policy.suspended(start, end))

    def _zone_changed(self) -> bool:
        zone = _zone_key()
        changed, self._zone = zone != self._zone, zone
        return changed

    def about_to_sleep(self) -> None:
        """logind says the machine is going to sleep (the gap check covers machines without it)."""
        self._sleep_started = self.clock.now()

    def woke(self) -> None:
        start, self._sleep_started = self._sleep_started, None
        if start is not None and self.clock.now() > start:
            self.suspended(start, self.clock.now())
        else:
            self.heartbeat()

    def set_locked(self, locked: bool) -> None:
        self._after(self.policy.set_locked(self.clock.now(), locked))

    def set_dnd(self, on: bool, reason: str) -> None:
        self._after(self.policy.set_dnd(self.clock.now(), on, reason))

    def apply_settings(self, settings: Settings) -> None:
        """New settings take effect at once: timing, goal, tray texts."""
        self.settings = settings
        self.history.goal_walk_minutes = settings.goal_walk_minutes
        self.tray.set_snooze_minutes(settings.snooze_s // 60)
        self._next_pick = None  # the routine preference may have changed
        self._after(self.policy.update_settings(self.clock.now(), settings))

    # --- effects -----------------------------------------------------------------------------
    def _after(self, effects: list[pol.Effect]) -> None:
        for e in effects:
            if isinstance(e, pol.ShowNotice):
                self._notice(e)
            elif isinstance(e, pol.ShowPrompt):
                self._show_prompt(e)
            elif isinstance(e, pol.WithdrawPrompt):
                if self._prompt is not None:
                    self._card.withdraw()
                    self._close_prompt(self.clock.now(), Outcome.DISMISSED)
            elif isinstance(e, pol.NaturalBreak):
                self.history.natural_break(e.start, e.end)
                self.history_changed.emit()
            elif isinstance(e, pol.SittingSpan):
                self.history.sitting_span(e.start, e.end)
            elif isinstance(e, pol.WalkReturned) and self._walk is not None:
                # The card's own timer kept running while the user was away; the policy's
                # account of the absence covers a card that could not tick (a suspend).
                away = int((e.end - e.start).total_seconds())
                self._walk.back(max(self._walk.seconds, away))
        self._scheduler.arm(self.policy.next_wakeup())
        self.refresh_tray()

    def _pick(self) -> tuple[str, str]:
        from backbreak.core.routines.library import pick_next

        if self._next_pick is None:
            self._next_pick = pick_next(
                self.library, self.history.last_routine(), self.settings.preference, self._last_kind
            )
        return self._next_pick

    def _prepare_prompt(self) -> None:
        """Build the card and read the routines (not done at start-up) while the notice is up,
        so that the prompt shows without that cost; the log says what it took."""
        if self._prompt_card is not None and not callable(self._library):
            return
        started = time.perf_counter()
        self._card.ensurePolished()  # styles and fonts too
        self._pick()
        self._level()
        log.info("prompt card and routines ready in %.3f s", time.perf_counter() - started)

    def _notice(self, e: pol.ShowNotice) -> None:
        self._prepare_prompt()
        if not self.settings.notifications:
            return
        secs = max(0, round((e.due_at - self.clock.now()).total_seconds()))
        self.notifier.notify(
            translate("Controller", "Break in %n second(s)", None, secs),
            translate("Controller", "Finish your sentence; a short stretch is coming up."),
            [
                ("start", translate("Controller", "Start now")),
                ("snooze", translate("Controller", "Snooze")),
            ],
        )

    def _show_prompt(self, e: pol.ShowPrompt) -> None:
        if self._activity is not None or self._prompt is not None:
            return
        from backbreak.core.routines.library import plan

        kind, routine_id = self._pick()
        now = self.clock.now()
        row = self.history.open_prompt(now, Kind(kind), Source.SCHEDULED, routine_id)
        self._prompt = OpenBreak(row, Kind(kind), routine_id, Source.SCHEDULED)
        routine = self.library.get(routine_id)
        stretch = routine if kind == Kind.STRETCH else self._desk_routine()
        minutes = max(
            1, round(sum(s.seconds for s in plan(stretch, self.library, self._level())) / 60)
        )
        sitting = self.policy.status(now).sitting_seconds
        if self.settings.notifications:
            self.notifier.notify(
                translate("Controller", "Time to stand up"),
                sitting_sentence(sitting),
                [
                    ("start", translate("Controller", "Start")),
                    ("snooze", translate("Controller", "Snooze")),
                ]
                if e.snooze_allowed
                else [("start", translate("Controller", "Start"))],
            )
        self._card.ask(
            sitting,
            routine.title,
            minutes,
            self.settings.snooze_s // 60,
            e.snooze_allowed,
            prefer_walk=kind == Kind.WALK,
        )
        if self.settings.sound:
            QApplication.beep()  # the desktop's own alert sound
        late = (self.clock.now() - e.due_at).total_seconds()
        log.info("prompt shown %.3f s after it was due (%s)", late, e.due_at.isoformat())

    def _desk_routine(self) -> Routine:
        """The stretch to offer when the rotation's turn is a walk: not the last one done."""
        desk = self.library.desk_routines()
        last = self.history.last_routine()
        return next((r for r in desk if r.id != last), desk[0])

    def _close_prompt(self, now: datetime, outcome: Outcome) -> None:
        p, self._prompt = self._prompt, None
        if p is not None:
            self.history.finish(p.row_id, now, outcome, p.kind, p.routine, 0, 0, 0)
            self.history_changed.emit()

    def _level(self) -> str:
        from backbreak.core.routines.progression import level_for

        if self.settings.level != "auto":
            return self.settings.level
        return level_for(self.history.active_days(self.clock.now(), self.tz), "auto")

    # --- user intentions ---------------------------------------------------------------------
    def _claim_row(self, kind: Kind, routine: str | None, source: Source) -> OpenBreak:
        """Turn the open prompt into the activity, or open a new row for an on-demand break."""
        now = self.clock.now()
        if self._prompt is not None:
            self._card.withdraw()
            p, self._prompt = self._prompt, None
            return OpenBreak(p.row_id, kind, routine, p.source)
        row = self.history.open_prompt(now, kind, source, routine)
        return OpenBreak(row, kind, routine, source)

    def _end_current_activity(self) -> None:
        if self._player is not None:
            self._player.skip()
        if self._walk is not None:
            self._walk.cancel()

    def start_stretch(self, routine_id: str | None, source: Source) -> str:
        from backbreak.core.routines.library import plan, safety_text
        from backbreak.ui.player.window import RoutinePlayer

        self._end_current_activity()
        if routine_id is None:
            kind, picked = self._pick()
            routine_id = picked if kind == Kind.STRETCH else self._desk_routine().id
        routine = self.library.get(routine_id)  # KeyError for an unknown id: the CLI says so
        steps = plan(routine, self.library, self._level())
        self._activity = self._claim_row(Kind.STRETCH, routine.id, source)
        self._next_pick = None
        self._last_kind = Kind.STRETCH
        self._after(self.policy.start_activity(self.clock.now(), Kind.STRETCH))
        player = RoutinePlayer(routine.title, steps, safety_text())
        player.finished.connect(self._stretch_finished)
        self._player = player
        player.start()
        return routine.id

    def _stretch_finished(self, outcome: str, steps_done: int, seconds: int) -> None:
        player, self._player = self._player, None
        total = player.step_count if player is not None else 0
        self._finish_activity(Outcome(outcome), seconds, steps_done, total)
        if player is not None:
            player.deleteLater()

    def start_walk(self, source: Source) -> None:
        from backbreak.core.routines.library import plan
        from backbreak.ui.cards.walk_card import WalkCard

        self._end_current_activity()
        walk = self.library.walk_routine()
        self._activity = self._claim_row(Kind.WALK, walk.id, source)
        self._next_pick = None
        self._last_kind = Kind.WALK
        self._after(self.policy.start_activity(self.clock.now(), Kind.WALK))
        cues = [
            c
            for s in plan(walk, self.library, self._level(), walk_s=self.settings.walk_s)
            for c in s.cues
        ]
        card = WalkCard(self.settings.walk_s, cues)
        card.finished.connect(self._walk_finished)
        self._walk = card
        card.start()

    def _walk_finished(self, outcome: str, seconds: int) -> None:
        card, self._walk = self._walk, None
        self._finish_activity(Outcome(outcome), seconds, 0, 0)
        if card is not None:
            card.deleteLater()

    def _finish_activity(self, outcome: Outcome, seconds: int, done: int, total: int) -> None:
        a, self._activity = self._activity, None
        now = self.clock.now()
        if a is not None:
            self.history.finish(a.row_id, now, outcome, a.kind, a.routine, seconds, done, total)
            self.history_changed.emit()
        self._after(self.policy.end_activity(now, outcome))

    def snooze(self, seconds: int | None) -> str | None:
        """Returns an error text when the snooze limit refuses it."""
        now = self.clock.now()
        try:
            effects = self.policy.snooze(now, seconds)
        except pol.SnoozeRefused:
            return translate("Controller", "No more snoozes in a row; please take this break.")
        if self._prompt is not None:
            self._card.withdraw()
            self._close_prompt(now, Outcome.SNOOZED)
        self._after(effects)
        return None

    def skip_current(self) -> str | None:
        """Skip whatever is open (a stretch, a walk or the prompt); an error text if nothing is."""
        if self._player is not None:
            self._player.skip()
        elif self._walk is not None:
            self._walk.cancel()
        elif self._prompt is not None:
            self._card.withdraw()
            self._skip_prompt()
        else:
            return translate("Controller", "There is no break to skip right now.")
        return None

    def _skip_prompt(self) -> None:
        now = self.clock.now()
        self._close_prompt(now, Outcome.SKIPPED)
        self._after(self.policy.answer_prompt(now, Outcome.SKIPPED))

    def _dismiss_prompt(self) -> None:
        now = self.clock.now()
        self._close_prompt(now, Outcome.DISMISSED)
        self._after(self.policy.answer_prompt(now, Outcome.DISMISSED))

    def pause(self, what: object) -> None:
        """Pause for ``what`` seconds (int), until "tomorrow" morning, or (None) indefinitely."""
        if what == "tomorrow":
            self.pause_until(pol.until_tomorrow_morning(self.clock.now(), self.settings, self.tz))
        elif isinstance(what, int):
            self.pause_until(self.clock.now() + timedelta(seconds=what))
        else:
            self.pause_until(None)

    def pause_until(self, until: datetime | None) -> None:
        self._after(self.policy.pause(self.clock.now(), until))

    def resume(self) -> None:
        self._after(self.policy.resume(self.clock.now()))

    def _notification_action(self, key: str) -> None:
        if key == "start":  # from the notice or the prompt's bubble: the scheduled break
            self.start_stretch(None, Source.SCHEDULED)
        elif key == "snooze":
            self.snooze(None)

    # --- what the user sees ------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        now = self.clock.now()
        st = self.policy.status(now)
        due, taken = self.history.today_counts(now, self.tz)
        return {
            "state": st.state.value,
            "detail": st.detail or ("idle-unknown" if self.idle.name == "none" else ""),
            "next_break_at": _iso(st.next_break_at, self.tz),
            "sitting_seconds": st.sitting_seconds,
            "paused_until": _iso(st.paused_until, self.tz),
            "snoozes_in_row": st.snoozes_in_row,
            "waiting_reason": st.waiting_reason or None,
            "idle_source": self.idle.name,
            "notifications": self.notifier.backend,
            "history": self.history.describe(),
            "today": {"due": due, "taken": taken},
        }

    def refresh_tray(self) -> None:
        now = self.clock.now()
        st = self.policy.status(now)
        paused = st.state is pol.PolicyState.PAUSED
        look = (
            TrayLook.PAUSED
            if paused or st.state is pol.PolicyState.OUTSIDE_HOURS
            else TrayLook.DUE
            if st.state in (pol.PolicyState.PROMPTING, pol.PolicyState.WAITING_DND)
            else TrayLook.ACTIVE
        )
        progress = min(1.0, st.sitting_seconds / max(1, self.settings.interval_s))
        self.tray.set_state(
            look,
            progress,
            self.tooltip(st, now),
            paused=paused,
            snooze_enabled=st.state is not pol.PolicyState.OUTSIDE_HOURS,
            monochrome=self.settings.monochrome_tray,
        )

    def tooltip(self, st: pol.PolicyStatus, now: datetime) -> str:
        def at(t: datetime) -> str:
            local = t.astimezone(self.tz)
            if local.date() == now.astimezone(self.tz).date():
                return local.strftime("%H:%M")
            return local.strftime("%a %H:%M")

        S = pol.PolicyState
        if st.state is S.PAUSED:
            return (
                translate("Controller", "Paused until %1").replace("%1", at(st.paused_until))
                if st.paused_until
                else translate("Controller", "Paused")
            )
        if st.state is S.PROMPTING:
            return translate("Controller", "Break time")
        if st.state is S.WAITING_DND:
            return translate("Controller", "Break waiting until do-not-disturb ends")
        if st.next_break_at is None:
            return translate("Controller", "No break scheduled")
        minutes = max(0, round((st.next_break_at - now).total_seconds() / 60))
        when = at(st.next_break_at)
        if st.state is S.OUTSIDE_HOURS:
            return translate("Controller", "Outside working hours; next break %1").replace(
                "%1", when
            )
        if st.state is S.SNOOZED:
            return translate("Controller", "Snoozed; next break at %1").replace("%1", when)
        return translate("Controller", "Next break at %1 (in %n min)", None, minutes).replace(
            "%1", when
        )

    @property
    def prompt_visible(self) -> bool:
        return self._prompt_card is not None and self._prompt_card.isVisible()

    @property
    def card(self) -> PromptCard:
        return self._card

    @property
    def player(self) -> RoutinePlayer | None:
        return self._player

    @property
    def walk(self) -> WalkCard | None:
        return self._walk


def _iso(t: datetime | None, tz: tzinfo | None) -> str | None:
    return None if t is None else t.astimezone(tz).isoformat(timespec="seconds")


def _zone_key() -> tuple[int, int, tuple[str, str]]:
    """The system time zone as the C library sees it now (re-read on POSIX by tzset)."""
    if hasattr(time, "tzset"):
        time.tzset()
    return time.timezone, time.altzone, time.tzname
