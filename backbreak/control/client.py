"""The command line's side of the control socket (see :mod:`.protocol`).

Plain sockets on POSIX, so that CLI commands start fast and need no display.
"""

from __future__ import annotations

import json
import os
import socket
from typing import Any

from backbreak.control.protocol import TIMEOUT_S, socket_path


class NotRunning(Exception):
    """No backbreak instance answers on the control socket."""


def request(command: str, **args: Any) -> dict[str, Any]:
    """Send one command to the running app and return its answer (``{"ok": bool, ...}``)."""
    payload = (json.dumps({"cmd": command, "args": args}) + "\n").encode()
    if os.name != "posix":
        return _request_qt(payload)
    path = socket_path()
    if not path.exists():
        raise NotRunning(str(path))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(TIMEOUT_S)
        try:
            s.connect(str(path))
        except (ConnectionRefusedError, FileNotFoundError) as e:
            raise NotRunning(str(path)) from e
        s.sendall(payload)
        data = b""
        while not data.endswith(b"\n"):
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    if not data:
        raise NotRunning(str(path))
    answer: dict[str, Any] = json.loads(data)
    return answer


def _request_qt(payload: bytes) -> dict[str, Any]:  # pragma: no cover - Windows
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(str(socket_path()))
    if not sock.waitForConnected(int(TIMEOUT_S * 1000)):
        raise NotRunning(str(socket_path()))
    sock.write(payload)
    sock.waitForBytesWritten(int(TIMEOUT_S * 1000))
    data = b""
    while not data.endswith(b"\n") and sock.waitForReadyRead(int(TIMEOUT_S * 1000)):
        data += bytes(sock.readAll().data())
    answer: dict[str, Any] = json.loads(data)
    return answer
