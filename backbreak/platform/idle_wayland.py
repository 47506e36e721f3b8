"""Idle time from a Wayland compositor's idle protocol (wlroots compositors, KWin).

``ext-idle-notify-v1`` (sway 1.8+, KWin 5.27+, Hyprland, niri, labwc...) is preferred;
``org_kde_kwin_idle`` (sway 1.7, the one Debian 12 ships; KWin 5) is the fallback. Neither
protocol tells an idle time: the compositor says when the seat has gone ``PROBE_MS`` without
input and when input resumes. So the idle time is ``PROBE_MS`` plus the time since the last
"idle" event, and 0 while the user is active.

The events are read on the GUI thread as they arrive, never waiting (``wayland_client``).
``org_kde_kwin_idle`` is declared below from its protocol description: pywayland ships
bindings for wayland-protocols only.
"""

from __future__ import annotations

import functools
import time
from typing import Any

# input-free time after which the compositor says "idle": shorter than any pause the policy
# waits for (a due prompt waits for a 3 s pause in typing), long enough that typing itself
# sends nothing (one idle/resumed pair per pause of a second or more)
PROBE_MS = 1_000


@functools.cache
def _kwin_idle_interfaces() -> tuple[type[Any], type[Any]]:
    """``org_kde_kwin_idle`` v1: get_idle_timeout(new_id, seat, timeout) -> idle/resumed."""
    from pywayland.protocol.wayland import WlSeat
    from pywayland.protocol_core.argument import Argument
    from pywayland.protocol_core.interface import Interface
    from pywayland.protocol_core.proxy import Proxy
    from pywayland.scanner.argument import ArgumentType

    class KwinIdleTimeout(Interface):
        name = "org_kde_kwin_idle_timeout"
        version = 1

    class KwinIdle(Interface):
        name = "org_kde_kwin_idle"
        version = 1

    class KwinIdleTimeoutProxy(Proxy[KwinIdleTimeout]):
        interface = KwinIdleTimeout

        @KwinIdleTimeout.request()
        def release(self) -> None:
            self._marshal(0)
            self._destroy()

    @KwinIdleTimeout.event()
    def idle() -> None:  # event 0
        ...

    @KwinIdleTimeout.event()
    def resumed() -> None:  # event 1
        ...

    class KwinIdleProxy(Proxy[KwinIdle]):
        interface = KwinIdle

        @KwinIdle.request(
            Argument(ArgumentType.NewId, interface=KwinIdleTimeout),
            Argument(ArgumentType.Object, interface=WlSeat),
            Argument(ArgumentType.Uint),
        )
        def get_idle_timeout(self, seat: Any, timeout: int) -> Any:
            return self._marshal_constructor(0, KwinIdleTimeout, seat, timeout)

    for iface, proxy in ((KwinIdleTimeout, KwinIdleTimeoutProxy), (KwinIdle, KwinIdleProxy)):
        iface._gen_c()
        iface.proxy_class = proxy
    return KwinIdle, KwinIdleTimeout


class WaylandIdle:
    """Seconds since the last input on the compositor's first seat, from its idle protocol.

    Raises ``OSError`` when there is no Wayland display, ``pywayland`` is missing, or the
    compositor offers neither idle protocol.
    """

    def __init__(self, display_name: str | None = None, probe_ms: int = PROBE_MS) -> None:
        from backbreak.platform.wayland_client import WaylandClient

        self.name = "none"
        self._probe_s = probe_ms / 1000.0
        self._idle_since: float | None = None  # monotonic time of the last "idle" event
        self._client = WaylandClient(display_name)
        try:
            self._watch(probe_ms)
        except Exception:
            self._client.close()
            raise
        self._client.on_lost(self._lost)

    def _watch(self, probe_ms: int) -> None:
        client = self._client
        if "wl_seat" not in client.globals:
            raise OSError("the compositor announces no seat")
        from pywayland.protocol.wayland import WlSeat

        seat = client.bind(WlSeat, 1)
        if "ext_idle_notifier_v1" in client.globals:
            from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1

            notifier = client.bind(ExtIdleNotifierV1, 2, "destroy")
            # version 2 counts input only, as the X11 and Mutter sources do: a video player's
            # idle inhibitor must not hide that the user walked away
            if client.version_of("ext_idle_notifier_v1") >= 2:
                watch = notifier.get_input_idle_notification(probe_ms, seat)
            else:
                watch = notifier.get_idle_notification(probe_ms, seat)
            client.own(watch, "destroy")
            watch.dispatcher["idled"] = self._went_idle
            self.name = "wayland-idle-notify"
        elif "org_kde_kwin_idle" in client.globals:
            kwin_idle, _ = _kwin_idle_interfaces()
            manager = client.bind(kwin_idle, 1)
            watch = client.own(manager.get_idle_timeout(seat, probe_ms), "release")
            watch.dispatcher["idle"] = self._went_idle
            self.name = "wayland-kwin-idle"
        else:
            raise OSError("the compositor offers neither ext-idle-notify-v1 nor org_kde_kwin_idle")
        watch.dispatcher["resumed"] = self._resumed
        client.flush()

    def _went_idle(self, *_: Any) -> None:
        self._idle_since = time.monotonic()

    def _resumed(self, *_: Any) -> None:
        self._idle_since = None

    def _lost(self) -> None:
        self._idle_since = None
        self.name = "none"

    # -- IdleSource --------------------------------------------------------------------------
    def idle_seconds(self) -> float | None:
        self._client.read()  # events that arrived since the last turn of the event loop
        if not self._client.alive:
            return None
        if self._idle_since is None:
            return 0.0
        return self._probe_s + (time.monotonic() - self._idle_since)

    def close(self) -> None:
        self._client.close()
        self._lost()
