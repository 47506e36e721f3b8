"""The whole KWin screen as a PNG, through KWin's ``org.kde.KWin.ScreenShot2`` (5.27).

KWin writes the raw image into a pipe whose end is passed over D-Bus (Debian's python3-dbus
passes file descriptors; ``dbus-send`` cannot) and answers with its size and format; ImageMagick
turns the pixels into a PNG. Run with /usr/bin/python3: ``kwin_shot.py OUT.png``.
"""

import os
import subprocess
import sys

import dbus

QIMAGE_ARGB32 = (5, 6)  # QImage::Format_ARGB32, _Premultiplied: B, G, R, A bytes in memory
QIMAGE_RGB32 = 4  # B, G, R, unused


def main() -> int:
    out = sys.argv[1]
    shot = dbus.SessionBus().get_object("org.kde.KWin", "/org/kde/KWin/ScreenShot2")
    read_end, write_end = os.pipe()
    meta = shot.CaptureWorkspace({"native-resolution": True}, dbus.types.UnixFd(write_end),
                                 dbus_interface="org.kde.KWin.ScreenShot2", timeout=20)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 1 << 20):
        chunks.append(chunk)
    os.close(read_end)
    width, height, stride = int(meta["width"]), int(meta["height"]), int(meta["stride"])
    if int(meta["format"]) not in (*QIMAGE_ARGB32, QIMAGE_RGB32) or stride != width * 4:
        print(f"unexpected image format {dict(meta)}")
        return 1
    raw = b"".join(chunks)
    subprocess.run(["convert", "-size", f"{width}x{height}", "-depth", "8", "bgra:-",
                    "-alpha", "off", out], input=raw, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
