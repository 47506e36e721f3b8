"""What a screen reader sees of an application, read over AT-SPI (run with the system Python).

    /usr/bin/python3 atspi_dump.py tree APP              # JSON: the app's windows and their trees
    /usr/bin/python3 atspi_dump.py listen EVENT SECONDS  # JSON lines: each EVENT until SECONDS
    /usr/bin/python3 atspi_dump.py act APP ROLE NAME     # do the first action of that object

pyatspi is a Debian package (python3-pyatspi) for the system interpreter, not a PyPI one, so
the tests run this file as a subprocess and read its JSON.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi  # type: ignore[import-not-found]

STATES = {
    "showing": pyatspi.STATE_SHOWING,
    "focused": pyatspi.STATE_FOCUSED,
    "focusable": pyatspi.STATE_FOCUSABLE,
    "selected": pyatspi.STATE_SELECTED,
    "active": pyatspi.STATE_ACTIVE,
}
MAX_NODES = 5000  # a bound on a runaway tree


def _node(acc: Any, budget: list[int]) -> dict[str, Any]:
    budget[0] -= 1
    states = acc.getState()
    node: dict[str, Any] = {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": [name for name, state in STATES.items() if states.contains(state)],
        "children": [],
    }
    try:
        box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        node["extents"] = [box.x, box.y, box.width, box.height]
    except NotImplementedError:
        pass
    try:
        value = acc.queryValue()
        node["value"] = [value.currentValue, value.minimumValue, value.maximumValue]
    except NotImplementedError:
        pass
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None and budget[0] > 0:
            node["children"].append(_node(child, budget))
    return node


def _app(name: str) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            return app
    return None


def tree(name: str) -> list[dict[str, Any]]:
    app = _app(name)
    if app is None:
        return []
    budget = [MAX_NODES]
    return [_node(app.getChildAtIndex(i), budget) for i in range(app.childCount)]


def listen(event: str, seconds: float) -> None:
    from gi.repository import GLib  # type: ignore[import-not-found]

    def seen(e: Any) -> None:
        source = e.source
        said = {"type": e.type, "role": source.getRoleName(), "name": source.name or ""}
        said["data"] = e.any_data if isinstance(e.any_data, str) else ""
        print(json.dumps(said), flush=True)

    pyatspi.Registry.registerEventListener(seen, event)
    print(json.dumps({"type": "listening"}), flush=True)
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop())
    pyatspi.Registry.start()


def act(app_name: str, role: str, name: str) -> bool:
    app = _app(app_name)
    found = app and pyatspi.findDescendant(
        app, lambda a: a.getRoleName() == role and a.name == name
    )
    if not found:
        return False
    found.queryAction().doAction(0)
    return True


def main(argv: list[str]) -> int:
    if argv[0] == "tree":
        print(json.dumps(tree(argv[1])))
    elif argv[0] == "listen":
        listen(argv[1], float(argv[2]))
    elif argv[0] == "act":
        return 0 if act(argv[1], argv[2], argv[3]) else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
