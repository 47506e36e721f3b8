"""Is there a graphical session to show a tray icon in?

Asked before the ``QApplication`` is made: on Linux without any display, Qt's xcb plugin
aborts the whole process (exit 134) with a message about ``libxcb-cursor0``, which misleads.
No Qt here, so the answer can come first.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

# Qt platform plugins that need no display server; anything else unknown is trusted as well.
_NEEDS = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY", "wayland-egl": "WAYLAND_DISPLAY"}


def missing_display(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when Qt would find no display to connect to.

    Only X11/Wayland systems have the question (Windows and macOS always have their own
    session). With ``QT_QPA_PLATFORM`` unset, Qt tries X11 and Wayland; a list such as
    ``wayland;xcb`` is tried in order; ``offscreen``, ``vnc`` and the like need nothing.
    """
    if platform.startswith(("win", "cygwin", "darwin")):
        return False
    wanted = env.get("QT_QPA_PLATFORM", "").strip()
    names = [n.split(":", 1)[0].strip() for n in wanted.split(";") if n.strip()]
    for name in names or ["xcb", "wayland"]:
        variable = _NEEDS.get(name)
        if variable is None or env.get(variable, "").strip():
            return False
    return True
