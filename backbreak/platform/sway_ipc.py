"""sway's IPC socket (the i3 IPC protocol): where the user is, and moving a window there.

A Wayland client cannot place its own windows; sway floats a fixed-size window in the middle of
the workspace. But sway answers any client of the user on ``$SWAYSOCK``: ``GET_WORKSPACES``
tells the area of the workspace the user is on (without the bars' room), ``GET_TREE`` finds our
window by its process id and title and tells whether a full-screen window covers that workspace,
and ``RUN_COMMAND`` with ``[con_id=N] move absolute position X Y`` moves the window.

A message is the magic ``i3-ipc``, the payload's length and the message type (two 32-bit
integers in the machine's byte order), then the JSON payload. Replies come in the same form with
the type of the request. Every call has a deadline and a bounded reply size; nothing here keeps
the socket open between uses (one connection per look, as the meeting probe does).
"""

from __future__ import annotations

import json
import os
import socket
import struct
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

MAGIC = b"i3-ipc"
RUN_COMMAND, GET_WORKSPACES, GET_TREE = 0, 1, 4
_HEADER = struct.Struct("=6sII")
MAX_REPLY = 32 * 1024 * 1024  # a tree of thousands of windows is a few MB
TIMEOUT_S = 0.5


class SwayError(OSError):
    """No sway to ask, or it answered something else than the protocol says."""


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    @classmethod
    def of(cls, node: Mapping[str, Any]) -> Rect:
        r = node["rect"]
        return cls(int(r["x"]), int(r["y"]), int(r["width"]), int(r["height"]))


def sway_socket(env: Mapping[str, str]) -> str | None:
    """The IPC socket of the sway session we run in, if any."""
    path = env.get("SWAYSOCK", "").strip()
    return path or None


class SwayIpc:
    """One connection to sway's IPC socket; use as a context manager."""

    def __init__(self, path: str | None = None, timeout: float = TIMEOUT_S) -> None:
        path = path or sway_socket(os.environ)
        if path is None:
            raise SwayError("SWAYSOCK is not set: not a sway session")
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.settimeout(timeout)
        try:
            self._sock.connect(path)
        except OSError as exc:
            self._sock.close()
            raise SwayError(f"cannot reach sway at {path}: {exc}") from exc

    def __enter__(self) -> SwayIpc:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._sock.close()

    def request(self, kind: int, payload: str = "") -> Any:
        body = payload.encode()
        try:
            self._sock.sendall(_HEADER.pack(MAGIC, len(body), kind) + body)
            magic, length, reply_kind = _HEADER.unpack(self._read(_HEADER.size))
            if magic != MAGIC or reply_kind != kind or length > MAX_REPLY:
                raise SwayError(f"unexpected reply from sway (type {reply_kind}, {length} bytes)")
            return json.loads(self._read(length))
        except (OSError, ValueError) as exc:
            raise SwayError(f"sway IPC failed: {exc}") from exc

    def _read(self, size: int) -> bytes:
        chunks, left = [], size
        while left:
            chunk = self._sock.recv(min(left, 65536))
            if not chunk:
                raise SwayError("sway closed the IPC connection")
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def command(self, text: str) -> None:
        """Run a sway command; raises :class:`SwayError` with sway's words if it failed."""
        results = self.request(RUN_COMMAND, text)
        failed = [r.get("error", "failed") for r in results if not r.get("success")]
        if failed:
            raise SwayError(f"sway refused {text!r}: {'; '.join(failed)}")

    def tree(self) -> dict[str, Any]:
        tree: dict[str, Any] = self.request(GET_TREE)
        return tree

    def focused_workspace(self) -> dict[str, Any] | None:
        """The workspace the user is on (its ``rect`` leaves out the room the bars take)."""
        workspaces = self.request(GET_WORKSPACES)
        return next((w for w in workspaces if w.get("focused")), None)


_Node = dict[str, Any]


def _nodes(node: _Node, workspace: str | None = None) -> Iterator[tuple[_Node, str | None]]:
    """Every node of the tree with the name of the workspace it is on (None above them)."""
    if node.get("type") == "workspace":
        workspace = node.get("name")
    yield node, workspace
    for child in (*node.get("nodes", ()), *node.get("floating_nodes", ())):
        yield from _nodes(child, workspace)


def find_window(tree: dict[str, Any], pid: int, title: str) -> dict[str, Any] | None:
    """The window of process ``pid`` titled ``title`` (a view: it has a pid)."""
    return next((n for n, _ in _nodes(tree) if n.get("pid") == pid and n.get("name") == title),
                None)


def fullscreen_over(tree: dict[str, Any], workspace: str) -> bool:
    """Whether a visible full-screen window covers ``workspace`` (sway's global full screen
    covers every workspace)."""
    for node, on in _nodes(tree):
        mode = node.get("fullscreen_mode", 0)
        covers = mode == 2 or (mode == 1 and on == workspace)
        if covers and node.get("pid") and node.get("visible"):
            return True
    return False


def outer_size(node: Mapping[str, Any]) -> tuple[int, int]:
    """The size a floating window takes with sway's decorations: ``rect`` has the window and
    its border, and the title bar (``deco_rect``) sits above it (measured on sway 1.7);
    ``move position`` places the top-left corner of the whole."""
    rect, deco = node["rect"], node.get("deco_rect") or {}
    return int(rect["width"]), int(rect["height"]) + int(deco.get("height", 0))


def bottom_right(area: Rect, size: tuple[int, int], margin: int) -> tuple[int, int]:
    """Where a window of ``size`` goes to sit ``margin`` from the bottom-right corner of
    ``area`` (never above or left of it)."""
    width, height = size
    x = max(area.x, area.x + area.width - width - margin)
    y = max(area.y, area.y + area.height - height - margin)
    return x, y
