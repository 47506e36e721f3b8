#!/usr/bin/python3
"""GNOME Shell's windows as JSON, through org.gnome.Shell.Introspect (run with Debian's python3
and python3-dbus). GNOME 43 answers only a few well-known names; on the tests' PRIVATE bus this
helper takes one of them (org.freedesktop.impl.portal.desktop.gnome: no portal runs there), and
waits until the shell saw it."""

import json
import time

import dbus

bus = dbus.SessionBus()
bus.request_name("org.freedesktop.impl.portal.desktop.gnome")
intro = dbus.Interface(
    bus.get_object("org.gnome.Shell.Introspect", "/org/gnome/Shell/Introspect"),
    "org.gnome.Shell.Introspect",
)
for _ in range(40):
    try:
        windows = intro.GetWindows()
        break
    except dbus.DBusException:  # the shell's name watcher has not seen the new owner yet
        time.sleep(0.05)
else:
    raise SystemExit("org.gnome.Shell.Introspect refused GetWindows")
print(json.dumps([
    {
        "title": str(p.get("title", "")), "app_id": str(p.get("app-id", "")),
        "wm_class": str(p.get("wm-class", "")), "focus": bool(p.get("has-focus")),
        "hidden": bool(p.get("is-hidden")), "x": int(p.get("x", -1)), "y": int(p.get("y", -1)),
        "width": int(p.get("width", 0)), "height": int(p.get("height", 0)),
        "client": str(p.get("client-type", "")),
    }
    for p in ({str(k): v for k, v in props.items()} for props in windows.values())
]))
