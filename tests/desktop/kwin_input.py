"""Real input for a KWin test session, through KWin's own ``org_kde_kwin_fake_input`` (v4).

KWin 5.27 has no virtual-keyboard protocol (``wtype`` needs one) and Xwayland 22's XTest
stays inside X (the compositor, and so its idle timer, never sees it). ``fake_input`` goes
through KWin's input stack like a plugged-in device: it wakes the idle notifier, moves the
focus and reaches Wayland and X11 windows alike. KWin offers it only to privileged clients;
the test session starts KWin with ``KWIN_WAYLAND_NO_PERMISSION_CHECKS=1``.

Runs as a process of its own for the whole session (a device that stays plugged in, as a real
keyboard does), reading one command per line from stdin and answering ``ok`` per line:
``type TEXT`` (lower-case letters, digits, space), ``key NAME...`` (a chord: ``alt+Tab``),
``move X Y`` (absolute pointer position), ``click``.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from pywayland.client.display import Display
from pywayland.protocol_core.argument import Argument
from pywayland.protocol_core.interface import Interface
from pywayland.protocol_core.proxy import Proxy
from pywayland.scanner.argument import ArgumentType

PRESSED, RELEASED = 1, 0
BTN_LEFT = 0x110
# evdev key codes (linux/input-event-codes.h)
KEYS: dict[str, int] = {
    "Escape": 1, "BackSpace": 14, "Tab": 15, "Return": 28, "ctrl": 29, "shift": 42,
    "alt": 56, "space": 57, "super": 125, "Left": 105, "Right": 106, "Up": 103, "Down": 108,
    **{str(d): 2 + (d - 1) % 10 for d in range(10)},
    **{ch: code for row, first in (("qwertyuiop", 16), ("asdfghjkl", 30), ("zxcvbnm", 44))
       for code, ch in enumerate(row, first)},
}


class FakeInput(Interface):
    name = "org_kde_kwin_fake_input"
    version = 4


def _named(name: str) -> Any:
    def request(*_: Any) -> None: ...

    request.__name__ = name
    return request


# every request up to keyboard_key, in the protocol's order: the opcode is the position
_UINT, _FIXED = Argument(ArgumentType.Uint), Argument(ArgumentType.Fixed)
for _name, _args in (
    ("authenticate", [Argument(ArgumentType.String), Argument(ArgumentType.String)]),
    ("pointer_motion", [_FIXED, _FIXED]), ("button", [_UINT, _UINT]), ("axis", [_UINT, _FIXED]),
    ("touch_down", [_UINT, _FIXED, _FIXED]), ("touch_motion", [_UINT, _FIXED, _FIXED]),
    ("touch_up", [_UINT]), ("touch_cancel", []), ("touch_frame", []),
    ("pointer_motion_absolute", [_FIXED, _FIXED]), ("keyboard_key", [_UINT, _UINT]),
):
    FakeInput.request(*_args)(_named(_name))
OPCODE = {message.name: i for i, message in enumerate(FakeInput.requests)}


class FakeInputProxy(Proxy[FakeInput]):
    interface = FakeInput

    def send(self, request: str, *args: Any) -> None:
        self._marshal(OPCODE[request], *args)


FakeInput._gen_c()
FakeInput.proxy_class = FakeInputProxy


def main() -> int:
    display: Any = Display(sys.argv[1] if len(sys.argv) > 1 else None)
    display.connect()
    found: dict[str, tuple[int, int]] = {}
    registry = display.get_registry()

    def announced(_registry: Any, name: int, interface: str, version: int) -> None:
        found.setdefault(interface, (name, version))

    registry.dispatcher["global"] = announced
    display.roundtrip()
    if FakeInput.name not in found:
        print("no org_kde_kwin_fake_input (is KWIN_WAYLAND_NO_PERMISSION_CHECKS=1 set?)",
              flush=True)
        return 1
    name, version = found[FakeInput.name]
    fake = registry.bind(name, FakeInput, min(4, version))
    fake.send("authenticate", "backbreak tests", "input of a user in a desktop test")
    display.roundtrip()
    print("ready", flush=True)

    def tap(*codes: int) -> None:
        for code in codes:
            fake.send("keyboard_key", code, PRESSED)
            display.flush()
            time.sleep(0.02)
        for code in reversed(codes):
            fake.send("keyboard_key", code, RELEASED)
        display.roundtrip()
        time.sleep(0.04)

    for line in sys.stdin:
        verb, _, rest = line.rstrip("\n").partition(" ")
        if verb == "type":
            for ch in rest:
                tap(KEYS["space" if ch == " " else ch])
        elif verb == "key":
            for chord in rest.split():
                tap(*(KEYS[k] for k in chord.split("+")))
        elif verb == "move":
            x, y = (float(v) for v in rest.split())
            fake.send("pointer_motion_absolute", x, y)
            display.roundtrip()
        elif verb == "click":
            fake.send("button", BTN_LEFT, PRESSED)
            display.flush()
            time.sleep(0.03)
            fake.send("button", BTN_LEFT, RELEASED)
            display.roundtrip()
        else:
            print(f"unknown command {verb!r}", flush=True)
            continue
        print("ok", flush=True)
    display.disconnect()
    return 0


if __name__ == "__main__":
    sys.exit(main())
