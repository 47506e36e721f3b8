"""Which display server protocol the app's windows speak, chosen before Qt starts.

The break windows must appear in a corner without taking the keyboard. A Wayland client can ask
for neither: the compositor places it and decides about focus. GNOME's Mutter and KDE's KWin
honour both requests from X11 clients, and run Xwayland for them: measured on GNOME 43, the
card through Xwayland sat in the corner it asked for and the focus stayed with the user, while
as a Wayland client it opened top left and took the focus. So on GNOME and KDE Wayland sessions
that offer Xwayland (``DISPLAY`` is set), Qt is asked for ``xcb`` first, ``wayland`` as the
fallback when the xcb plugin cannot load. Everywhere else (sway and the other wlroots
compositors, which place and focus X11 windows as they do Wayland ones) Qt chooses as usual.
A ``QT_QPA_PLATFORM`` the user set is never overridden.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

XWAYLAND_FIRST = "xcb;wayland"
DESKTOPS_HONOURING_X11_HINTS = frozenset({"gnome", "kde"})


def preferred_platform(env: Mapping[str, str]) -> tuple[str | None, str]:
    """(the ``QT_QPA_PLATFORM`` to set, or None to leave Qt's choice; why, for the log)."""
    if env.get("QT_QPA_PLATFORM"):
        return None, f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']} set by the user"
    if not sys.platform.startswith("linux"):
        return None, sys.platform
    wayland = env.get("XDG_SESSION_TYPE") == "wayland" or bool(env.get("WAYLAND_DISPLAY"))
    if not wayland:
        return None, "not a Wayland session"
    desktops = {d.strip().lower() for d in env.get("XDG_CURRENT_DESKTOP", "").split(":")}
    known = desktops & DESKTOPS_HONOURING_X11_HINTS
    if not known:
        return None, f"Wayland session of {env.get('XDG_CURRENT_DESKTOP') or 'an unnamed desktop'}"
    if not env.get("DISPLAY"):
        return None, f"{'/'.join(sorted(known))} Wayland session without Xwayland"
    return XWAYLAND_FIRST, (
        f"{'/'.join(sorted(known))} Wayland session: through Xwayland the break windows keep "
        "their corner and leave the focus with the user"
    )
