#!/usr/bin/python3
"""Fake user input on a headless GNOME Shell through org.gnome.Mutter.RemoteDesktop (run with
Debian's python3 and python3-dbus).

  gnome_input.py serve FIFO   holds ONE remote-desktop session (its virtual keyboard and pointer
                              stay plugged in, like real ones: a keyboard plugged in and out
                              makes Qt deactivate its windows) and runs the lines written to
                              FIFO, printing one line per command done:
      type TEXT     types TEXT (ASCII letters and digits) into the focused window
      escape        an Escape tap
      move          a small pointer motion and a Shift tap
      rel DX DY     the pointer DX, DY pixels from where it is
      click         a left click where the pointer is
      quit
"""

import os
import sys
import time

import dbus

bus = dbus.SessionBus()
remote = bus.get_object("org.gnome.Mutter.RemoteDesktop", "/org/gnome/Mutter/RemoteDesktop")
path = dbus.Interface(remote, "org.gnome.Mutter.RemoteDesktop").CreateSession()
session = dbus.Interface(
    bus.get_object("org.gnome.Mutter.RemoteDesktop", path), "org.gnome.Mutter.RemoteDesktop.Session"
)
session.Start()


def tap(keysym):
    session.NotifyKeyboardKeysym(dbus.UInt32(keysym), True)
    time.sleep(0.03)
    session.NotifyKeyboardKeysym(dbus.UInt32(keysym), False)
    time.sleep(0.05)


def run(line):
    what, _, arg = line.strip().partition(" ")
    if what == "type":
        for ch in arg:
            tap(ord(ch))
    elif what == "escape":
        tap(0xFF1B)
    elif what == "move":
        session.NotifyPointerMotionRelative(7.0, 3.0)
        tap(0xFFE1)  # Shift_L
    elif what == "rel":
        dx, dy = (float(v) for v in arg.split())
        session.NotifyPointerMotionRelative(dx, dy)
    elif what == "click":
        session.NotifyPointerButton(dbus.Int32(0x110), True)  # BTN_LEFT
        time.sleep(0.05)
        session.NotifyPointerButton(dbus.Int32(0x110), False)
    time.sleep(0.2)
    print(f"done: {line.strip()}", flush=True)


fifo = sys.argv[2]
if not os.path.exists(fifo):
    os.mkfifo(fifo)
print("ready", flush=True)
while True:
    with open(fifo) as f:
        for line in f:
            if line.strip() == "quit":
                session.Stop()
                sys.exit(0)
            if line.strip():
                run(line)
