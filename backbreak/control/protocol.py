"""Where the control socket lives and who may speak on it.

One JSON object per line each way (``{"cmd": ..., "args": {...}}`` in, ``{"ok": ..., "result":
..., "error": ...}`` out). The socket lives in a per-user folder (0700) and the server also checks
the peer's user id, so only the same user can control the app.
"""

from __future__ import annotations

import logging
import os
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from backbreak.core.paths import private_dir, runtime_dir

log = logging.getLogger(__name__)
SOCKET_NAME = "control.sock"
TIMEOUT_S = 5.0
MAX_REQUEST = 64 * 1024  # a longer line is no request: the connection is dropped
Handler = Callable[[str, dict[str, Any]], dict[str, Any]]


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


def peer_uid(fd: int) -> int | None:
    """The user id on the other end of a Unix socket, where the OS tells it."""
    import socket
    import struct

    if not hasattr(socket, "SO_PEERCRED"):
        return None

    s = socket.socket(fileno=os.dup(fd))
    try:
        creds = s.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    finally:
        s.close()
    _pid, uid, _gid = struct.unpack("3i", creds)
    return int(uid)


def answer(handler: Handler, line: bytes) -> bytes:
    """The reply line to one request line; never raises (garbage gets a reason)."""
    import json

    try:
        msg = json.loads(line)
        cmd = msg["cmd"]
        args = msg.get("args") or {}
        if not isinstance(cmd, str) or not isinstance(args, dict):
            raise ValueError("cmd must be a string and args an object")
        reply = handler(cmd, args)
    except (ValueError, KeyError, TypeError) as e:
        reply = {"ok": False, "error": f"bad request: {e}"}
    except Exception as e:  # a bug must not take the tray down; the client gets the reason
        log.exception("control command failed")
        reply = {"ok": False, "error": f"internal error: {e}"}
    return (json.dumps(reply) + "\n").encode()
