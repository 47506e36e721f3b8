"""The local control channel between ``backbreak <command>`` and the running app.

One JSON object per line each way. The socket lives in a per-user folder (0700) and the server
also checks the peer's user id, so only the same user can control the app. The client side
uses plain sockets on POSIX so that CLI commands start fast and need no display.
"""

from __future__ import annotations

import json
import os
import socket
import tempfile
import warnings
from pathlib import Path
from typing import Any

from backbreak.core.paths import private_dir, runtime_dir

SOCKET_NAME = "control.sock"
TIMEOUT_S = 5.0


class NotRunning(Exception):
    """No backbreak instance answers on the control socket."""


def control_dir() -> Path:
    """The per-user runtime folder; falls back to a private temp folder when XDG has none."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # platformdirs warns when it guesses a folder
            return private_dir(runtime_dir())
    except (OSError, Warning):
        uid = os.getuid() if hasattr(os, "getuid") else 0
        return private_dir(Path(tempfile.gettempdir()) / f"backbreak-{uid}")


def socket_path() -> Path:
    return control_dir() / SOCKET_NAME


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


def peer_uid(fd: int) -> int | None:
    """The user id on the other end of a Unix socket, where the OS tells it."""
    if not hasattr(socket, "SO_PEERCRED"):
        return None
    import struct

    s = socket.socket(fileno=os.dup(fd))
    try:
        creds = s.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    finally:
        s.close()
    _pid, uid, _gid = struct.unpack("3i", creds)
    return int(uid)
