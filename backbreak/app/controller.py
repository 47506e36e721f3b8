"""The controller: feeds the pure policy real events, carries out its effects, and answers the
tray, the cards and the command line. It owns no business rule of its own: *when* belongs to
the policy, *what is stored* to the store, *what is offered* to the routine choice, *what is
shown* to the pure views (``tray_view``, ``status_reply``) and the widgets.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from backbreak.app.break_windows import BreakWindows
from backbreak.app.checkpoints import ActivityCheckpoints
from backbreak.app.looks import Looks
from backbreak.app.pain_checkin import PainCheckinFlow
from backbreak.app.routine_choice import RoutineChoice
from backbreak.app.status_reply import status_reply
from backbreak.app.tray_view import tray_view
from backbreak.control.commands import CommandRefused
from backbreak.core.clock import Clock
from backbreak.core.history.log import HistoryLog
from backbreak.core.model import Kind, Outcome, Progress, Source
from backbreak.core.policy import machine as pol
from backbreak.core.policy.pause import PauseRequest, pause_end
from backbreak.core.routines.library import Library
from backbreak.core.routines.schema import Level
from backbreak.core.settings import Settings
from backbreak.platform.clock_watch import ClockWatch
from backbreak.ui import notifications
from backbreak.ui.notifications import NotificationAction, break_coming, break_due, walk_suggested
from backbreak.ui.tray.system_tray import BreakWindow, Tray

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the break windows come with the first break
    from backbreak.platform.fullscreen import ScreenProbe
    from backbreak.platform.idle import IdleSource
    from backbreak.platform.meeting import MeetingProbe
    from backbreak.platform.notify import Notifier
    from backbreak.ui.cards.prompt_card import PromptCard
    from backbreak.ui.cards.walk_card import WalkCard
    from backbreak.ui.player.window import RoutinePlayer

log = logging.getLogger(__name__)

HEARTBEAT_MS = 30_000  # idle sample + wall-clock gap check; cheap, and no faster than needed


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
        library: Library,
        notifier: Notifier,
        idle: IdleSource,
        tray: Tray,
        meeting: MeetingProbe | None = None,
        screen: ScreenProbe | None = None,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from backbreak.app.meeting_guard import MeetingGuard
        from backbreak.platform.meeting import NullProbe
        from backbreak.platform.qt_scheduler import WakeupScheduler

        self._settings = settings
        self._clock = clock
        self._history = history
        self._notifier = notifier
        self._idle = idle
        self._tray = tray
        self._looks = Looks(screen, idle)  # the screen and the typing; calls: the guard
        self._tz = tz
        self._pain = PainCheckinFlow(history, clock, tz)
        self._routines = RoutineChoice(library, history, self._pain.worse)
        self._policy = pol.BreakPolicy(settings, clock.now(), tz)
        self._guard = MeetingGuard(meeting or NullProbe(), self._policy, clock, self._after, self)
        self._prompt: OpenBreak | None = None
        self._activity: OpenBreak | None = None
        self._player: RoutinePlayer | None = None
        self._walk: WalkCard | None = None
        self._windows = BreakWindows(tray, self._wire_card)
        self._clocks = ClockWatch(clock)
        self._scheduler = WakeupScheduler(self._on_wakeup, self)
        self._heartbeat = QTimer(self)
        self._heartbeat.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)
        self._checkpoints = ActivityCheckpoints(history, clock, self)
        self._wire()
        self._tray.set_snooze_minutes(settings.snooze_s // 60)
        self._tray.set_routines([(r.id, r.title) for r in library.on_demand_routines()])

    # --- wiring ------------------------------------------------------------------------------
    def _wire(self) -> None:
        t = self._tray
        t.stretch_requested.connect(lambda: self._start_from_tray(None))
        t.routine_requested.connect(self._start_from_tray)
        t.walk_requested.connect(lambda: self.start_walk(Source.TRAY))
        t.snooze_requested.connect(self._snooze_if_allowed)
        t.pause_requested.connect(self.pause)
        t.resume_requested.connect(self.resume)
        t.posture_requested.connect(self._posture_from_tray)
        t.history_requested.connect(self.history_window_requested.emit)
        t.settings_requested.connect(self.settings_window_requested.emit)
        t.quit_requested.connect(self.quit_requested.emit)
        self._notifier.on_action(self._notification_action)

    def _wire_card(self, c: PromptCard) -> None:
        c.stretch_chosen.connect(lambda: self.start_stretch(None, Source.SCHEDULED))
        c.walk_chosen.connect(lambda: self.start_walk(Source.SCHEDULED))
        c.snooze_chosen.connect(self._snooze_if_allowed)
        c.skip_chosen.connect(self._skip_prompt)
        c.closed_unanswered.connect(self._dismiss_prompt)

    def start(self) -> None:
        self._history.close_open_rows()
        self._heartbeat.start()
        self._after(self._policy.tick(self._clock.now()))

    def stop(self) -> None:
        """Quit, logout or SIGTERM: what is open is written down before the process ends."""
        self._heartbeat.stop()
        self._guard.stop()  # a look under way is left after PULSE_TIMEOUT_S at most
        if self._player is not None:
            self._player.skip()
        if self._walk is not None:
            self._walk.back()
        if self._prompt is not None:
            self.card.withdraw()
            self._close_prompt(self._clock.now(), Outcome.DISMISSED)
        self._after(self._policy.spans_so_far(self._clock.now()))  # sitting or standing so far
        self._scheduler.shutdown()
        self._history.close()

    @property
    def settings(self) -> Settings:
        return self._settings

    # --- time --------------------------------------------------------------------------------
    def _on_wakeup(self) -> None:
        now = self._clock.now()
        self._look(now)
        self._after(self._policy.tick(now))

    def _look(self, now: datetime, idle: float | None = None) -> None:
        """What the policy wants looked at before its event at ``now`` (``idle``: the idle
        sample about to be fed): whether a call is on (``MeetingGuard``: when a break is due or
        the user's stillness would count as away; its answer comes later), the screen and the
        typing (``Looks``)."""
        self._guard.look_if_wanted(now, idle)
        self._looks.look(self._policy, now)

    def heartbeat(self) -> None:
        """Every 30 s: did the machine sleep, or the time zone change? how idle is the user?
        The answers go to the policy, which decides what they mean."""
        now = self._clock.now()
        effects: list[pol.Effect] = []
        slept = self._clocks.slept()
        if slept is not None:
            log.info("suspended for %.0f s", (slept[1] - slept[0]).total_seconds())
            effects += self._policy.suspended(*slept)
        if self._tz is None and self._clocks.zone_changed():
            log.info("the system time zone changed")
            effects += self._policy.set_timezone(now, None)
        idle = self._idle.idle_seconds()
        self._look(now, idle)  # before the idle sample: that event may already show the prompt
        if idle is not None:
            effects += self._policy.observe_idle(now, idle)
        effects += self._policy.tick(now)
        self._after(effects)
        self._history.flush()

    def about_to_sleep(self) -> None:
        """logind says the machine is going to sleep (the gap check covers machines without it)."""
        self._clocks.going_to_sleep()

    def woke(self) -> None:
        slept = self._clocks.woke()
        if slept is not None:
            self._after(self._policy.suspended(*slept))
        else:
            self.heartbeat()

    def set_locked(self, locked: bool) -> None:
        self._after(self._policy.set_locked(self._clock.now(), locked))

    def set_dnd(self, on: bool, reason: str) -> None:
        self._after(self._policy.set_dnd(self._clock.now(), on, reason))

    def apply_settings(self, settings: Settings) -> None:
        """New settings take effect at once: timing, goal, tray texts."""
        self._settings = settings
        self._history.goal_walk_minutes = settings.goal_walk_minutes
        self._tray.set_snooze_minutes(settings.snooze_s // 60)
        self._routines.forget()  # the routine preference or the cautions may have changed
        self._after(self._policy.update_settings(self._clock.now(), settings))

    # --- effects -----------------------------------------------------------------------------
    def _after(self, effects: list[pol.Effect]) -> None:
        for e in effects:
            if isinstance(e, pol.ShowNotice):
                self._notice(e)
            elif isinstance(e, pol.ShowPrompt):
                self._show_prompt(e)
            elif isinstance(e, pol.WithdrawPrompt):
                if self._prompt is not None:
                    self.card.withdraw()
                    self._close_prompt(self._clock.now(), Outcome.DISMISSED)
            elif isinstance(e, pol.NaturalBreak):
                self._history.natural_break(e.start, e.end)
                self.history_changed.emit()
            elif isinstance(e, pol.SittingSpan):
                self._history.sitting_span(e.start, e.end)
            elif isinstance(e, pol.StandingSpan):
                self._history.standing_span(e.start, e.end)
            elif isinstance(e, pol.WalkReturned) and self._walk is not None:
                # The card's own timer kept running while the user was away; the policy's
                # account of the absence covers a card that could not tick (a suspend).
                away = int((e.end - e.start).total_seconds())
                self._walk.back(max(self._walk.seconds, away))
        self._scheduler.arm(self._policy.next_wakeup())
        self.refresh_tray()

    def _notice(self, e: pol.ShowNotice) -> None:
        self._windows.prepare(self._routines, self._settings, self._level)
        if self._settings.notifications:
            seconds = max(0, round((e.due_at - self._clock.now()).total_seconds()))
            self._notifier.notify(*break_coming(seconds))

    def _show_prompt(self, e: pol.ShowPrompt) -> None:
        if self._activity is not None or self._prompt is not None:
            return
        standing = e.posture is pol.Posture.STANDING  # then a walk is suggested
        offer = self._routines.offer(self._settings.preference, self._settings.cautions, standing)
        now = self._clock.now()
        row = self._history.open_prompt(now, offer.kind, Source.SCHEDULED, offer.routine.id)
        self._prompt = OpenBreak(row, offer.kind, offer.routine.id, Source.SCHEDULED)
        minutes = self._routines.minutes(offer.stretch, self._level(), self._settings.cautions)
        status = self._policy.status(now)
        if self._settings.notifications and standing:
            self._notifier.notify(*walk_suggested(status.standing_seconds, e.snooze_allowed))
        elif self._settings.notifications:
            self._notifier.notify(
                *break_due(status.sitting_seconds, e.snooze_allowed, e.through_call)
            )
        self.card.ask(
            status.sitting_seconds,
            offer.routine.title,
            minutes,
            self._settings.snooze_s // 60,
            e.snooze_allowed,
            prefer_walk=offer.kind is Kind.WALK,
            through_call=e.through_call,
            standing_seconds=status.standing_seconds if standing else None,
        )
        if self._settings.sound:
            QApplication.beep()  # the desktop's own alert sound
        late = (self._clock.now() - e.due_at).total_seconds()
        log.info("prompt shown %.3f s after it was due (%s)", late, e.due_at.isoformat())

    def _close_prompt(self, now: datetime, outcome: Outcome) -> None:
        p, self._prompt = self._prompt, None
        if p is not None:
            self._notifier.withdraw()  # its bubbles' buttons no longer apply
            self._history.finish(p.row_id, now, outcome, kind=p.kind, routine=p.routine)
            self.history_changed.emit()

    def _level(self) -> Level:
        return self._routines.level(self._settings, self._clock.now(), self._tz)

    # --- user intentions ---------------------------------------------------------------------
    def _claim_row(self, kind: Kind, routine: str | None, source: Source) -> OpenBreak:
        """Turn the open prompt into the activity, or open a new row for an on-demand break."""
        now = self._clock.now()
        self._notifier.withdraw()  # the break the bubbles announced is being taken
        if self._prompt is not None:
            self.card.withdraw()
            p, self._prompt = self._prompt, None
            return OpenBreak(p.row_id, kind, routine, p.source)
        row = self._history.open_prompt(now, kind, source, routine)
        return OpenBreak(row, kind, routine, source)

    def _end_current_activity(self) -> None:
        if self._player is not None:
            self._player.skip()
        if self._walk is not None:
            self._walk.cancel()

    def _begin(self, kind: Kind, routine: str, source: Source) -> OpenBreak:
        self._end_current_activity()
        self._activity = activity = self._claim_row(kind, routine, source)
        self._routines.started(kind)
        self._after(self._policy.start_activity(self._clock.now(), kind))
        return activity

    def start_stretch(self, routine_id: str | None, source: Source) -> str:
        """Start ``routine_id`` (None: the one the next break offers); returns its id."""
        routine, plan = self._routines.to_start(routine_id, self._settings, self._level())
        activity = self._begin(Kind.STRETCH, routine.id, source)
        player = self._pain.player(routine.title, plan, self._settings, activity.row_id)
        player.finished.connect(self._stretch_finished)
        self._player = player
        self._tray.track_window(player, BreakWindow.STRETCH)
        player.start(take_focus=source is not Source.CLI)  # a click or key of the user's: focus
        self._checkpoints.start(activity, player.progress)
        return routine.id

    def _start_from_tray(self, routine_id: str | None) -> None:
        try:
            self.start_stretch(routine_id, Source.TRAY)
        except CommandRefused:  # the id comes from the menu: nothing suits the cautions
            self._notifier.notify("backbreak", notifications.nothing_suits())

    def _stretch_finished(self, outcome: str, steps_done: int, seconds: int) -> None:
        player, self._player = self._player, None
        total = player.step_count if player is not None else 0
        self._finish_activity(Outcome(outcome), Progress(seconds, steps_done, total))
        if player is not None:
            player.deleteLater()

    def start_walk(self, source: Source) -> None:
        walk = self._routines.walk_routine()
        activity = self._begin(Kind.WALK, walk.id, source)
        steps = self._routines.steps(walk, self._level(), walk_s=self._settings.walk_s)
        card = self._windows.walk_card(self._settings.walk_s, steps, self._walk_finished)
        self._walk = card
        card.start(take_focus=source is not Source.CLI)
        self._checkpoints.start(activity, lambda: Progress(card.seconds))

    def _walk_finished(self, outcome: str, seconds: int) -> None:
        card, self._walk = self._walk, None
        self._finish_activity(Outcome(outcome), Progress(seconds))
        if card is not None:
            card.deleteLater()

    def _finish_activity(self, outcome: Outcome, progress: Progress) -> None:
        a, self._activity = self._activity, None
        self._checkpoints.stop()
        now = self._clock.now()
        if a is not None:
            self._history.finish(
                a.row_id, now, outcome, kind=a.kind, routine=a.routine, progress=progress
            )
            self.history_changed.emit()
        self._after(self._policy.end_activity(now, outcome))

    def snooze(self, seconds: int | None) -> None:
        """Postpone the break by ``seconds`` (None: the snooze length); refused past the limit."""
        now = self._clock.now()
        try:
            effects = self._policy.snooze(now, seconds)
        except pol.SnoozeRefused:
            raise CommandRefused(
                translate("Controller", "No more snoozes in a row; please take this break.")
            ) from None
        if self._prompt is not None:
            self.card.withdraw()
            self._close_prompt(now, Outcome.SNOOZED)
        self._after(effects)

    def _snooze_if_allowed(self) -> None:
        """From the tray, the card or a bubble: past the limit the entry does nothing."""
        with contextlib.suppress(CommandRefused):
            self.snooze(None)

    def skip_current(self) -> None:
        """Skip whatever is open (a stretch, a walk or the prompt); refused if nothing is."""
        if self._player is not None:
            self._player.skip()
        elif self._walk is not None:
            self._walk.cancel()
        elif self._prompt is not None:
            self.card.withdraw()
            self._skip_prompt()
        else:
            raise CommandRefused(translate("Controller", "There is no break to skip right now."))

    def _skip_prompt(self) -> None:
        now = self._clock.now()
        self._close_prompt(now, Outcome.SKIPPED)
        self._after(self._policy.answer_prompt(now, Outcome.SKIPPED))

    def _dismiss_prompt(self) -> None:
        now = self._clock.now()
        self._close_prompt(now, Outcome.DISMISSED)
        self._after(self._policy.answer_prompt(now, Outcome.DISMISSED))

    def pause(self, request: PauseRequest) -> None:
        now = self._clock.now()
        until = pause_end(request, now, self._settings, self._tz)
        self._after(self._policy.pause(now, until))

    def resume(self) -> None:
        self._after(self._policy.resume(self._clock.now()))

    def set_posture(self, posture: pol.Posture) -> pol.Posture:
        """The user says they stand or sit; refused when they count as sitting (locked)."""
        now = self._clock.now()
        say = self._policy.stand if posture is pol.Posture.STANDING else self._policy.sit
        self._after(say(now))
        said = self._policy.status(now).posture
        log.info("posture: %s", said)
        if said is not posture:
            raise CommandRefused(
                translate("Controller", "While the screen is locked you count as sitting.")
            )
        return said

    def _posture_from_tray(self, posture: pol.Posture) -> None:
        with contextlib.suppress(CommandRefused):  # the tray cannot be used while locked
            self.set_posture(posture)

    def _notification_action(self, key: str) -> None:
        if key == NotificationAction.START:  # the notice's or the prompt's: the scheduled break
            self.start_stretch(None, Source.SCHEDULED)
        elif key == NotificationAction.WALK:
            self.start_walk(Source.SCHEDULED)
        elif key == NotificationAction.SNOOZE:
            self._snooze_if_allowed()

    # --- what the user sees ------------------------------------------------------------------
    def status(self) -> dict[str, Any]:
        from backbreak.platform.idle import NullIdle  # loaded by then: launch detects idle

        now = self._clock.now()
        return status_reply(
            self._policy.status(now),
            self._tz,
            idle_source=self._idle.name,
            idle_known=self._idle.name != NullIdle.name,
            notifications=self._notifier.backend,
            meeting_guard=self._guard.state(self._settings),
            history=self._history.describe(),
            today=self._history.today_counts(now, self._tz),
        )

    def refresh_tray(self) -> None:
        now = self._clock.now()
        self._tray.set_state(tray_view(self._policy.status(now), now, self._settings, self._tz))

    @property
    def looking_for_call(self) -> bool:
        """A meeting guard look is under way (its answer comes on the GUI thread)."""
        return self._guard.looking

    @property
    def prompt_visible(self) -> bool:
        return self._windows.card_visible

    @property
    def card(self) -> PromptCard:
        return self._windows.card

    @property
    def player(self) -> RoutinePlayer | None:
        return self._player

    @property
    def walk(self) -> WalkCard | None:
        return self._walk
