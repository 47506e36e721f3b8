"""The control channel where there are no Unix sockets (Windows): a ``QLocalServer``.

Where there are (Linux, the BSDs, macOS), :mod:`.server` uses plain sockets instead and leaves
QtNetwork (about 3 MB resident) out of the process.
"""

from __future__ import annotations

import logging
import os
from functools import partial

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from backbreak.control.protocol import MAX_REQUEST, Handler, answer, peer_uid, socket_path

log = logging.getLogger(__name__)


class LocalControlServer(QObject):
    def __init__(self, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._clients: set[QLocalSocket] = set()

    def listen(self) -> bool:
        path = socket_path()
        # A stale file from a crash; the instance lock already proved nobody else is listening.
        QLocalServer.removeServer(str(path))
        ok = self._server.listen(str(path))
        if not ok:
            log.error("control socket %s: %s", path, self._server.errorString())
        elif os.name == "posix":
            os.chmod(path, 0o600)
        return ok

    @property
    def open_connections(self) -> int:
        return len(self._clients)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if sock is None:
                return
            # Python owns each connection and drops it when it ends. Left as the server's
            # child, a deleted socket's wrapper stays referenced by PySide6 for the life of the
            # server: about 1 kB per `backbreak` command, for months.
            sock.setParent(None)
            self._clients.add(sock)
            uid = peer_uid(int(sock.socketDescriptor())) if os.name == "posix" else None
            if uid is not None and uid != os.getuid():
                log.warning("refused a control connection from uid %s", uid)
                sock.abort()
                self._clients.discard(sock)
                continue
            sock.readyRead.connect(self._ready)
            sock.disconnected.connect(self._gone)

    def _ready(self) -> None:
        sock = self.sender()
        if isinstance(sock, QLocalSocket):
            self._read(sock)

    def _gone(self) -> None:
        sock = self.sender()
        if isinstance(sock, QLocalSocket):
            # Dropping the last reference deletes the socket: not inside its own signal.
            QTimer.singleShot(0, partial(self._clients.discard, sock))

    def _read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            if sock.bytesAvailable() > MAX_REQUEST:
                sock.abort()
            return
        sock.write(answer(self._handler, bytes(sock.readLine().data())))
        sock.flush()
        sock.disconnectFromServer()
