"""The control socket answers, refuses garbage, and keeps nothing per connection."""

from __future__ import annotations

import gc
import os
import socket
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSocketNotifier
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from backbreak.control import client as ipc
from backbreak.control.local_server import LocalControlServer
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


@pytest.mark.parametrize("server_type", [ControlServer, LocalControlServer],
                         ids=["unix-socket", "qlocalserver"])
def test_answers_and_errors(qtbot: QtBot, server_type: type[ControlServer]) -> None:
    """Both channels: plain Unix sockets, and QLocalServer (what Windows gets; on Linux it
    listens on the same socket path, so the command line's client reaches it the same way)."""

    def handler(cmd: str, args: dict[str, Any]) -> dict[str, Any]:
        if cmd == "boom":
            raise RuntimeError("a bug")
        return {"ok": True, "result": f"{cmd} {args}"}

    server = server_type(handler)
    assert server.listen()
    answers = serve(qtbot, [("ping", {}), ("boom", {}), ("pause", {"seconds": 60})])
    assert answers[0] == {"ok": True, "result": "ping {}"}
    assert answers[1]["ok"] is False and "a bug" in answers[1]["error"]
    assert answers[2]["result"] == "pause {'seconds': 60}"
    server.close()


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def live(kind: type) -> int:
    return sum(isinstance(o, kind) for o in gc.get_objects())


@pytest.mark.parametrize(
    ("server_type", "per_connection"),
    [(ControlServer, QSocketNotifier), (LocalControlServer, QLocalSocket)],
    ids=["unix-socket", "qlocalserver"],
)
def test_nothing_outlives_its_connection(
    qtbot: QtBot, server_type: type[ControlServer], per_connection: type
) -> None:
    """A month of `backbreak status` calls must not add up: no socket, no notifier."""
    server = server_type(lambda cmd, args: {"ok": True, "result": ""})
    assert server.listen()
    gc.collect()
    kept, fds = live(per_connection), open_fds()
    serve(qtbot, [("ping", {})] * 300)

    def forgotten() -> bool:  # finished connections are dropped on the event loop's next turn
        gc.collect()
        return (
            server.open_connections == 0
            and live(per_connection) - kept < 5
            and open_fds() - fds < 5
        )

    qtbot.waitUntil(forgotten, timeout=5000)
    server.close()


def raw(path: Path, payload: bytes) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(10)
        s.connect(str(path))
        s.sendall(payload)
        s.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return data


def test_an_overlong_or_unfinished_line_is_dropped_unanswered(qtbot: QtBot) -> None:
    from backbreak.control.protocol import socket_path

    server = ControlServer(lambda cmd, args: {"ok": True, "result": cmd})
    assert server.listen()
    replies: list[bytes] = []
    client = threading.Thread(target=lambda: replies.extend([
        raw(socket_path(), b"x" * (300 * 1024) + b"\n"),  # past the limit: never answered
        raw(socket_path(), b'{"cmd": "sta'),  # the client hangs up mid-line
        raw(socket_path(), b'{"cmd": "status"}\n'),
    ]))
    client.start()
    qtbot.waitUntil(lambda: not client.is_alive(), timeout=20000)
    assert replies == [b"", b"", b'{"ok": true, "result": "status"}\n']
    qtbot.waitUntil(lambda: server.open_connections == 0)
    server.close()
