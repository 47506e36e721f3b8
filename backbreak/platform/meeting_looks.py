"""The meeting guard's looks, off the GUI thread.

One look scans ``/proc`` and asks the sound server (waiting up to
:data:`~backbreak.platform.meeting.PULSE_TIMEOUT_S` for it); on the GUI thread the tray, the
cards and the control socket would stand still meanwhile. :class:`MeetingLooks` runs one look
at a time on a daemon thread and hands the answer back on the GUI thread through a queued
signal.

- One look in flight at most: :meth:`MeetingLooks.start` refuses while one is.
- A look that has not answered after :data:`LOOK_DEADLINE_S` is answered as "could not read"
  (the guard never holds a break back on a look that hangs); its late answer is dropped, and
  no new look starts until that thread is done.
- :meth:`MeetingLooks.stop` waits for a look under way at most ``PULSE_TIMEOUT_S``, then leaves
  it (a daemon thread does not keep the process alive); nothing is answered after it.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backbreak.platform.meeting import PULSE_TIMEOUT_S, CallCheck, MeetingProbe

log = logging.getLogger(__name__)

LOOK_DEADLINE_S = 5.0
"""A look that takes longer is answered as unreadable (a normal one takes milliseconds, or
``PULSE_TIMEOUT_S`` when the sound server does not answer)."""

UNREADABLE = CallCheck(None, readable=False)


class _Relay(QObject):
    """Carries an answer from the look's thread to the GUI thread. It has no parent: the
    look's thread keeps it alive for as long as it may still emit."""

    arrived = Signal(object, int)  # CallCheck, the look's number


class MeetingLooks(QObject):
    answered = Signal(object)
    """A :class:`CallCheck`, on the GUI thread, once per started look."""

    def __init__(
        self,
        probe: MeetingProbe,
        parent: QObject | None = None,
        deadline_s: float = LOOK_DEADLINE_S,
    ) -> None:
        super().__init__(parent)
        self._probe = probe
        self._relay = _Relay()
        self._relay.arrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(round(deadline_s * 1000))
        self._deadline.timeout.connect(self._overdue)
        self._awaited = 0  # the number of the look whose answer is awaited (0: none)
        self._count = 0
        self._thread: threading.Thread | None = None
        self._overran = False  # the last look passed its deadline
        self._stopped = False

    @property
    def name(self) -> str:
        return self._probe.name

    @property
    def in_flight(self) -> bool:
        """A look is under way: its answer is awaited, or it is overdue and still running."""
        if self._awaited:
            return True
        return self._thread is not None and self._thread.is_alive() and self._overran

    def start(self) -> bool:
        """Start a look; False (nothing started) while one is in flight or after :meth:`stop`."""
        if self._stopped or self.in_flight:
            return False
        self._count += 1
        number, probe, relay = self._count, self._probe, self._relay

        def look() -> None:
            try:
                check = probe.check()
            except Exception:  # a reader's bug must not end the guard: it cannot tell
                log.exception("the meeting guard's look failed")
                check = UNREADABLE
            relay.arrived.emit(check, number)

        self._awaited, self._overran = number, False
        self._thread = threading.Thread(target=look, name="backbreak-meeting-look", daemon=True)
        self._thread.start()
        self._deadline.start()
        return True

    def stop(self) -> None:
        """No more looks or answers; a look under way gets at most ``PULSE_TIMEOUT_S``."""
        self._stopped = True
        self._deadline.stop()
        self._awaited = 0
        if self._thread is not None:
            self._thread.join(PULSE_TIMEOUT_S)

    def _arrived(self, check: CallCheck, number: int) -> None:
        if self._stopped or number != self._awaited:
            return  # answered already as overdue
        self._awaited = 0
        self._deadline.stop()
        self.answered.emit(check)

    def _overdue(self) -> None:
        if self._stopped or not self._awaited:
            return
        seconds = self._deadline.interval() / 1000
        log.warning("the meeting guard's look took over %.0f s; breaks are not held", seconds)
        self._awaited, self._overran = 0, True
        self.answered.emit(UNREADABLE)
