"""The app's side of the control channel: answers ``backbreak <command>`` on the GUI thread.

One request line per connection, one reply line, then the connection is closed (see
:mod:`.protocol`). On systems with Unix sockets these are plain Python sockets watched by
``QSocketNotifier``: QtNetwork's ``QLocalServer`` would add about 3 MB resident to a process
that otherwise needs nothing of QtNetwork (measured: tests/bench/README.md). Elsewhere
(Windows) the same protocol runs on ``QLocalServer`` (:mod:`.local_server`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from backbreak.control.protocol import (
    MAX_REQUEST,
    TIMEOUT_S,
    Handler,
    answer,
    peer_uid,
    socket_path,
)

log = logging.getLogger(__name__)


@dataclass
class _Connection:
    sock: socket.socket
    notifier: QSocketNotifier
    received: bytearray = field(default_factory=bytearray)
    overlong: bool = False  # past MAX_REQUEST without a line end: read to the end, unanswered


class ControlServer(QObject):
    def __init__(self, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._listener: socket.socket | None = None
        self._watch: QSocketNotifier | None = None
        self._open: dict[int, _Connection] = {}
        self._closed: list[_Connection] = []  # kept until the event loop's next turn
        self._count = 0
        self._local: Any = None  # the QLocalServer version, without Unix sockets

    def listen(self) -> bool:
        if not hasattr(socket, "AF_UNIX"):  # pragma: no cover - Windows
            from backbreak.control.local_server import LocalControlServer

            self._local = LocalControlServer(self._handler, self)
            return bool(self._local.listen())
        path = socket_path()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            # A stale file from a crash; the instance lock already proved nobody listens.
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            listener.bind(str(path))
            os.chmod(path, 0o600)
            listener.listen(16)
            listener.setblocking(False)
        except OSError as e:
            log.error("control socket %s: %s", path, e)
            listener.close()
            return False
        self._listener = listener
        self._watch = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._accept)
        return True

    @property
    def open_connections(self) -> int:
        return len(self._open)

    def close(self) -> None:
        if self._local is not None:
            self._local.close()
        if self._watch is not None:
            self._watch.setEnabled(False)
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        for key in list(self._open):
            self._finish(key)

    def _accept(self) -> None:
        while self._listener is not None:
            try:
                sock, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:  # out of file descriptors, say: the next one may work
                log.warning("control socket: %s", e)
                return
            uid = peer_uid(sock.fileno())
            if uid is not None and uid != os.getuid():
                log.warning("refused a control connection from uid %s", uid)
                sock.close()
                continue
            sock.setblocking(False)
            # No parent: the connection is the notifier's only owner, and forgetting it (never
            # inside the notifier's own signal) deletes it. The slot knows it by a number, not
            # by reference, so nothing keeps a finished connection alive.
            self._count += 1
            notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read)
            self._open[self._count] = _Connection(sock, notifier)
            notifier.activated.connect(partial(self._readable, self._count))

    def _readable(self, key: int, *_: object) -> None:
        conn = self._open.get(key)
        if conn is None:
            return
        try:
            chunk = conn.sock.recv(MAX_REQUEST)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:  # the client hung up (mid-line, or after an overlong one)
            self._finish(key)
            return
        if conn.overlong:
            return
        conn.received += chunk
        end = conn.received.find(b"\n")
        if end < 0:
            if len(conn.received) > MAX_REQUEST:
                conn.overlong = True
                conn.received.clear()
            return
        reply = answer(self._handler, bytes(conn.received[:end]))
        with contextlib.suppress(OSError):  # a client that left does not get its answer
            conn.sock.settimeout(TIMEOUT_S)
            conn.sock.sendall(reply)
        self._finish(key)

    def _finish(self, key: int) -> None:
        conn = self._open.pop(key, None)
        if conn is None:
            return
        conn.notifier.setEnabled(False)
        conn.sock.close()
        if not self._closed:  # dropping a notifier deletes it: not inside its own signal
            QTimer.singleShot(0, self._closed.clear)
        self._closed.append(conn)
