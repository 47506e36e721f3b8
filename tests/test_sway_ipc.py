"""The readings of sway's tree (the shapes are sway 1.7's, as test_sway.py saw them) and the i3
IPC framing, against a socket that answers as sway's does."""

from __future__ import annotations

import json
import socket
import struct
import threading
from pathlib import Path
from typing import Any

import pytest

from backbreak.platform.sway_ipc import (
    GET_TREE,
    MAGIC,
    Rect,
    SwayError,
    SwayIpc,
    bottom_right,
    find_window,
    fullscreen_over,
    outer_size,
)


def view(name: str, pid: int, *, fullscreen: int = 0, visible: bool = True) -> dict[str, Any]:
    return {"type": "con", "name": name, "pid": pid, "fullscreen_mode": fullscreen,
            "visible": visible, "rect": {"x": 850, "y": 706, "width": 416, "height": 105},
            "deco_rect": {"x": 850, "y": 647, "width": 416, "height": 25}, "nodes": []}


def tree(*workspaces: tuple[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {"type": "root", "nodes": [{"type": "output", "name": "HEADLESS-1", "nodes": [
        {"type": "workspace", "name": name, "nodes": [], "floating_nodes": views}
        for name, views in workspaces]}]}


def test_our_window_is_found_by_pid_and_title() -> None:
    t = tree(("1", [view("editor", 7), view("backbreak: time to stand up", 42)]))
    assert find_window(t, 42, "backbreak: time to stand up") is not None
    assert find_window(t, 43, "backbreak: time to stand up") is None
    assert find_window(t, 42, "editor") is None


def test_full_screen_covers_its_workspace_or_with_global_full_screen_every_one() -> None:
    t = tree(("1", [view("film", 7, fullscreen=1)]), ("2", []))
    assert fullscreen_over(t, "1") and not fullscreen_over(t, "2")
    assert fullscreen_over(tree(("1", []), ("2", [view("film", 7, fullscreen=2)])), "1")
    assert not fullscreen_over(tree(("1", [view("film", 7, fullscreen=1, visible=False)])), "1")
    assert not fullscreen_over(tree(("1", [view("film", 7)])), "1")


def test_the_corner_leaves_room_for_the_title_bar_and_a_margin() -> None:
    size = outer_size(view("card", 1))
    assert size == (416, 130)  # 105 of window and border, 25 of title bar above it
    workspace = Rect(0, 34, 1280, 766)  # below a 34 px bar
    x, y = bottom_right(workspace, size, 17)
    assert (x + 416, y + 130) == (1280 - 17, 800 - 17)
    assert bottom_right(Rect(0, 34, 300, 100), size, 17) == (0, 34)  # never off the top left


def _sway_like_server(path: Path, reply: bytes, kind: int) -> threading.Thread:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)

    def answer() -> None:
        conn, _ = server.accept()
        with conn, server:
            header = conn.recv(14)
            _magic, length, _kind = struct.unpack("=6sII", header)
            if length:
                conn.recv(length)
            conn.sendall(struct.pack("=6sII", MAGIC, len(reply), kind) + reply)

    thread = threading.Thread(target=answer)
    thread.start()
    return thread


def test_a_reply_is_read_whole(tmp_path: Path) -> None:
    body = json.dumps(tree(("1", [view("x" * 70_000, 1)]))).encode()  # more than one recv
    thread = _sway_like_server(tmp_path / "sock", body, GET_TREE)
    with SwayIpc(str(tmp_path / "sock")) as ipc:
        assert find_window(ipc.tree(), 1, "x" * 70_000) is not None
    thread.join(timeout=5)


def test_a_reply_of_another_type_is_refused(tmp_path: Path) -> None:
    thread = _sway_like_server(tmp_path / "sock", b"[]", 1)
    with SwayIpc(str(tmp_path / "sock")) as ipc, pytest.raises(SwayError, match="unexpected"):
        ipc.tree()
    thread.join(timeout=5)


def test_no_sway_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SwayError, match="cannot reach sway"):
        SwayIpc(str(tmp_path / "nothing-here"))
