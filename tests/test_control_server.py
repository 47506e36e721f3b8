"""The control socket answers, refuses garbage, and keeps nothing per connection."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from backbreak.control import client as ipc
from backbreak.control.server import ControlServer


def serve(qtbot: QtBot, requests: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Send ``requests`` from another thread (as the CLI would) while the server runs here."""
    answers: list[dict[str, Any]] = []
    client = threading.Thread(
        target=lambda: answers.extend(ipc.request(c, **a) for c, a in requests)
    )
    client.start()
    qtbot.waitUntil(lambda: not client.is_alive(), timeout=20000)
    return answers


def test_answers_and_errors(qtbot: QtBot) -> None:
    def handler(cmd: str, args: dict[str, Any]) -> dict[str, Any]:
        if cmd == "boom":
            raise RuntimeError("a bug")
        return {"ok": True, "result": f"{cmd} {args}"}

    server = ControlServer(handler)
    assert server.listen()
    answers = serve(qtbot, [("ping", {}), ("boom", {}), ("pause", {"seconds": 60})])
    assert answers[0] == {"ok": True, "result": "ping {}"}
    assert answers[1]["ok"] is False and "a bug" in answers[1]["error"]
    assert answers[2]["result"] == "pause {'seconds': 60}"
    server.close()


def live_sockets() -> int:
    return sum(isinstance(o, QLocalSocket) for o in gc.get_objects())


def test_no_socket_outlives_its_connection(qtbot: QtBot) -> None:
    """A month of `backbreak status` calls must not add up (PySide6 kept ~1 kB each)."""
    server = ControlServer(lambda cmd, args: {"ok": True, "result": ""})
    assert server.listen()
    before = live_sockets()
    serve(qtbot, [("ping", {})] * 300)

    def dropped() -> bool:  # the drops are deferred to the event loop
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()
        return live_sockets() - before < 5

    qtbot.waitUntil(dropped, timeout=5000)
    server.close()
