"""The meeting guard's looks run off the GUI thread: the real Linux probe, made slow for real (a
``/proc`` stand-in whose ``comm`` is a FIFO, so reading it blocks until the test writes; a
sound server stand-in that accepts and never answers), while a QTimer on the GUI thread keeps
counting. No timing asserts: events are counted against a positive signal."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from stuck_proc import WATCHDOG_S, StuckProc

from backbreak.platform.meeting import CallCheck, LinuxCameraHolders, LinuxProbe, PulseRecording
from backbreak.platform.meeting_looks import UNREADABLE, MeetingLooks


@pytest.fixture
def stuck(tmp_path: Path) -> Iterator[StuckProc]:
    proc = StuckProc(tmp_path)
    yield proc
    proc.close()


@pytest.fixture
def ticks(qtbot: Any) -> Iterator[list[int]]:
    """A 10 ms timer on the GUI thread; the list holds how often it fired."""
    count = [0]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: count.__setitem__(0, count[0] + 1))
    timer.start()
    yield count
    timer.stop()


def test_a_look_that_blocks_leaves_the_event_loop_running(
    qtbot: Any, stuck: StuckProc, ticks: list[int]
) -> None:
    looks = MeetingLooks(stuck.probe)
    answers: list[CallCheck] = []
    looks.answered.connect(answers.append)
    assert looks.start()
    start = ticks[0]
    qtbot.waitUntil(lambda: ticks[0] >= start + 5, timeout=10_000)
    assert answers == [] and looks.in_flight  # the look is still blocked on the FIFO
    assert not looks.start()  # one look in flight at most
    stuck.release()
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert not stuck.by_watchdog
    assert answers == [CallCheck(None, readable=True)]  # no camera holder, no sound server
    assert not looks.in_flight and looks.start()  # the next look may start
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10_000)


def test_a_look_past_its_deadline_is_answered_unreadable_and_its_late_answer_dropped(
    qtbot: Any, stuck: StuckProc
) -> None:
    looks = MeetingLooks(stuck.probe, deadline_s=0.05)
    answers: list[CallCheck] = []
    looks.answered.connect(answers.append)
    assert looks.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert answers == [UNREADABLE] and not stuck.released.is_set()
    assert looks.in_flight and not looks.start()  # no second thread beside the stuck one
    stuck.release()
    qtbot.waitUntil(lambda: not looks.in_flight, timeout=10_000)
    QCoreApplication.processEvents()  # the late answer, if it were let through
    assert answers == [UNREADABLE]
    assert looks.start()  # the stuck thread is done: a new look may start (its answer comes
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10_000)  # in time, or as overdue)


def test_stopping_does_not_wait_for_a_look_that_blocks(qtbot: Any, stuck: StuckProc) -> None:
    looks = MeetingLooks(stuck.probe)
    answers: list[CallCheck] = []
    looks.answered.connect(answers.append)
    assert looks.start()
    looks.stop()  # returns while the look is still blocked (it cannot end before release)
    assert not stuck.released.is_set() and not stuck.by_watchdog
    assert not looks.start()  # stopped: no more looks
    stuck.release()
    for thread in threading.enumerate():
        if thread.name == "backbreak-meeting-look":
            thread.join(WATCHDOG_S)
    QCoreApplication.processEvents()  # its answer, if it were let through
    assert answers == []


@contextlib.contextmanager
def silent_sound_server(path: Path) -> Iterator[threading.Event]:
    """A Unix socket that accepts connections and never answers (a hung sound server)."""
    accepted = threading.Event()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(4)
    held: list[socket.socket] = []

    def serve() -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = server.accept()
                held.append(conn)
                accepted.set()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield accepted
    finally:
        server.close()
        for conn in held:
            conn.close()


def test_a_sound_server_that_never_answers_leaves_the_event_loop_running(
    qtbot: Any, tmp_path: Path, ticks: list[int]
) -> None:
    pytest.importorskip("pulsectl")
    with silent_sound_server(tmp_path / "native") as accepted:
        probe = LinuxProbe(
            LinuxCameraHolders(str(tmp_path / "no-video*")),
            PulseRecording(f"unix:{tmp_path / 'native'}"),
        )
        looks = MeetingLooks(probe)
        answers: list[CallCheck] = []
        looks.answered.connect(answers.append)
        during: list[int] = []
        accepted_at: list[int] = []

        def count() -> None:
            if accepted.is_set() and not answers:
                if not accepted_at:
                    accepted_at.append(ticks[0])
                during.append(ticks[0])

        watcher = QTimer()
        watcher.setInterval(5)
        watcher.timeout.connect(count)
        watcher.start()
        assert looks.start()
        qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
        watcher.stop()
        assert accepted.is_set()  # the look reached the server and waited for its answer
        assert answers == [CallCheck(None, readable=True)]  # no camera; the server: unknown
        assert len(set(during)) >= 2  # the GUI timer kept firing while the look waited
