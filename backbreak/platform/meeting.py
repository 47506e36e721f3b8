"""Is the user in a call? A camera or a microphone in use by another application.

What leaves this module is only "in use: camera / microphone / no" and whether anything could be
read at all: never which application, never for how long, and nothing is stored here. Each check
is one short look (no connection kept open), run on a worker thread (:mod:`.meeting_looks`); the
controller asks only when the break policy wants a look: a break is due, or the user's stillness
would count as away, then every 15 s while a call holds the break or keeps the user present.

- Linux, camera: a process of this user, other than backbreak, has a ``/dev/video*`` device open
  (read from ``/proc/*/fd``). PipeWire and WirePlumber open cameras on their own to watch them,
  so those two holders are ignored; an application that reaches the camera *through* PipeWire
  (the camera portal) is then not seen here, but a call also records from a microphone, which
  the next check sees.
- Linux, microphone: a recording stream on the PulseAudio server (pipewire-pulse answers the
  same protocol) that is not corked, from another process, recording from a real source (not
  the monitor of an output, which is what screen recorders and level meters listen to).
- Windows: the privacy "consent store": a subkey of ``...\\ConsentStore\\webcam`` or
  ``\\microphone`` (``NonPackaged`` included) whose ``LastUsedTimeStop`` is 0 is in use now.
- macOS: CoreMediaIO's and CoreAudio's "device is running somewhere" for cameras and for input
  devices, through ctypes (no extra dependency).
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from glob import glob
from pathlib import Path
from typing import Any, Protocol

from backbreak.core.policy.vocabulary import CallDevice

log = logging.getLogger(__name__)

# Processes that hold cameras open without being a call (see the module docstring).
CAMERA_WATCHERS = frozenset({"pipewire", "wireplumber"})
PULSE_TIMEOUT_S = 0.5
_PA_INVALID_INDEX = 0xFFFFFFFF


@dataclass(frozen=True)
class CallCheck:
    """One look: which device is in use (camera before microphone), and whether anything could
    be read. ``readable`` False means the guard cannot tell and must not hold a break back."""

    in_use: CallDevice | None
    readable: bool


class MeetingProbe(Protocol):
    name: str  # "linux" | "windows" | "macos" | "none"

    def check(self) -> CallCheck: ...


class NullProbe:
    """Nothing can be read here: the guard never holds a break back."""

    name = "none"

    def check(self) -> CallCheck:
        return CallCheck(None, readable=False)


def _first_in_use(looks: Iterable[tuple[CallDevice, bool | None]]) -> CallCheck:
    """``looks``: per device, True (in use), False (not) or None (could not be read)."""
    readable = False
    for device, in_use in looks:
        if in_use is None:
            continue
        readable = True
        if in_use:
            return CallCheck(device, readable=True)
    return CallCheck(None, readable=readable)


# --- Linux -----------------------------------------------------------------------------------


class LinuxCameraHolders:
    """Whether a process of this user other than backbreak holds a camera device open."""

    def __init__(self, device_glob: str = "/dev/video*", proc: str = "/proc") -> None:
        self._glob = device_glob
        self._proc = Path(proc)

    def in_use(self) -> bool | None:
        devices = {os.path.realpath(p) for p in glob(self._glob)}
        if not devices:
            return False  # no camera at all: certainly not in use
        try:
            pids = [p for p in self._proc.iterdir() if p.name.isdigit()]
        except OSError:
            return None
        me, uid = os.getpid(), os.getuid()
        return any(
            self._holds(pid_dir, devices) for pid_dir in pids if self._candidate(pid_dir, me, uid)
        )

    @staticmethod
    def _candidate(pid_dir: Path, me: int, uid: int) -> bool:
        try:
            if int(pid_dir.name) == me or pid_dir.stat().st_uid != uid:
                return False
            comm = (pid_dir / "comm").read_text(encoding="utf-8", errors="replace").strip()
        except (OSError, ValueError):
            return False
        return comm not in CAMERA_WATCHERS

    @staticmethod
    def _holds(pid_dir: Path, devices: set[str]) -> bool:
        try:
            fds = os.listdir(pid_dir / "fd")
        except OSError:
            return False  # gone, or not ours to read
        for fd in fds:
            with contextlib.suppress(OSError):
                if os.readlink(pid_dir / "fd" / fd) in devices:
                    return True
        return False


class PulseRecording:
    """Whether another process records from a real source on the PulseAudio/PipeWire server."""

    def __init__(self, server: str | None = None) -> None:
        self._server = server

    def in_use(self) -> bool | None:
        try:
            pulsectl = importlib.import_module("pulsectl")
        except (ImportError, OSError):  # not installed, or libpulse missing
            return None
        try:
            with pulsectl.Pulse("backbreak", server=self._server, connect=False) as pulse:
                pulse.connect(autospawn=False, timeout=PULSE_TIMEOUT_S)
                monitors = {
                    s.index for s in pulse.source_list() if s.monitor_of_sink != _PA_INVALID_INDEX
                }
                return any(self._is_call(so, monitors) for so in pulse.source_output_list())
        except Exception as e:  # pulsectl raises its own errors, OSError and ctypes errors
            log.debug("no answer from the sound server: %s", e)
            return None

    @staticmethod
    def _is_call(stream: Any, monitors: set[int]) -> bool:
        if getattr(stream, "corked", False) or stream.source in monitors:
            return False
        pid = stream.proplist.get("application.process.id", "")
        return str(pid) != str(os.getpid())


class LinuxProbe:
    name = "linux"

    def __init__(
        self,
        camera: LinuxCameraHolders | None = None,
        microphone: PulseRecording | None = None,
    ) -> None:
        self._camera = camera or LinuxCameraHolders()
        self._microphone = microphone or PulseRecording()

    def check(self) -> CallCheck:
        def looks() -> Iterator[tuple[CallDevice, bool | None]]:
            yield CallDevice.CAMERA, self._camera.in_use()
            yield CallDevice.MICROPHONE, self._microphone.in_use()

        return _first_in_use(looks())


# --- Windows ---------------------------------------------------------------------------------

CONSENT_STORE = (
    "Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore"
)
_CONSENT_KEYS = ((CallDevice.CAMERA, "webcam"), (CallDevice.MICROPHONE, "microphone"))


def _registry() -> Any:
    """The ``winreg`` module: Windows only, looked up when used (tests hand in their own)."""
    return importlib.import_module("winreg")


class WindowsProbe:
    name = "windows"

    def check(self) -> CallCheck:
        try:
            winreg = _registry()
        except ImportError:
            return CallCheck(None, readable=False)
        return _first_in_use((d, self._in_use(winreg, key)) for d, key in _CONSENT_KEYS)

    def _in_use(self, winreg: Any, capability: str) -> bool | None:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, f"{CONSENT_STORE}\\{capability}") as key:
                return any(self._apps_in_use(winreg, key))
        except OSError:
            return None

    def _apps_in_use(self, winreg: Any, key: Any) -> Iterator[bool]:
        for name in _subkeys(winreg, key):
            with winreg.OpenKey(key, name) as app:
                if name == "NonPackaged":
                    yield any(self._apps_in_use(winreg, app))
                else:
                    yield _stopped_at(winreg, app) == 0


def _subkeys(winreg: Any, key: Any) -> Iterator[str]:
    index = 0
    while True:
        try:
            yield winreg.EnumKey(key, index)
        except OSError:  # no more subkeys
            return
        index += 1


def _stopped_at(winreg: Any, app: Any) -> int | None:
    try:
        value, _kind = winreg.QueryValueEx(app, "LastUsedTimeStop")
    except OSError:  # never used
        return None
    return int(value)


# --- macOS -----------------------------------------------------------------------------------


def _fourcc(code: str) -> int:
    return int.from_bytes(code.encode("ascii"), "big")


class _Address(ctypes.Structure):
    """AudioObjectPropertyAddress and CMIOObjectPropertyAddress have the same layout."""

    _fields_ = [
        ("selector", ctypes.c_uint32),
        ("scope", ctypes.c_uint32),
        ("element", ctypes.c_uint32),
    ]


SYSTEM_OBJECT = 1
DEVICES = _fourcc("dev#")
RUNNING_SOMEWHERE = _fourcc("gone")
STREAMS = _fourcc("stm#")
SCOPE_GLOBAL = _fourcc("glob")
SCOPE_INPUT = _fourcc("inpt")


class _MacObjects:
    """The few property reads the guard needs, from CoreAudio (``cmio`` False) or CoreMediaIO.

    The two frameworks differ only in how ``GetPropertyData`` passes the data size: CoreAudio
    by pointer (in and out), CoreMediaIO by value plus a "used" pointer."""

    def __init__(self, lib: Any, cmio: bool) -> None:
        prefix = "CMIOObject" if cmio else "AudioObject"
        self._size = getattr(lib, prefix + "GetPropertyDataSize")
        self._data = getattr(lib, prefix + "GetPropertyData")
        self._cmio = cmio

    def _read(self, obj: int, selector: int, scope: int) -> bytes | None:
        address = _Address(selector, scope, 0)
        size = ctypes.c_uint32(0)
        if self._size(obj, ctypes.byref(address), 0, None, ctypes.byref(size)) != 0:
            return None
        buffer = ctypes.create_string_buffer(size.value)
        if self._cmio:
            used = ctypes.c_uint32(0)
            status = self._data(
                obj, ctypes.byref(address), 0, None, size, ctypes.byref(used), buffer
            )
            length = used.value
        else:
            status = self._data(obj, ctypes.byref(address), 0, None, ctypes.byref(size), buffer)
            length = size.value
        return buffer.raw[:length] if status == 0 else None

    def devices(self) -> list[int] | None:
        raw = self._read(SYSTEM_OBJECT, DEVICES, SCOPE_GLOBAL)
        if raw is None:
            return None
        return list((ctypes.c_uint32 * (len(raw) // 4)).from_buffer_copy(raw))

    def has_input(self, device: int) -> bool:
        raw = self._read(device, STREAMS, SCOPE_INPUT)
        return bool(raw)

    def running_somewhere(self, device: int) -> bool:
        raw = self._read(device, RUNNING_SOMEWHERE, SCOPE_GLOBAL) or b""
        return int.from_bytes(raw[:4], sys.byteorder) != 0


def _framework(name: str) -> Any:
    from ctypes.util import find_library  # runs a subprocess on Linux: only where it is used

    path = find_library(name)
    if path is None:
        raise OSError(f"no {name} framework")
    return ctypes.CDLL(path)


class MacProbe:
    name = "macos"

    def __init__(self, load: Any = _framework) -> None:
        self._load = load

    def check(self) -> CallCheck:
        return _first_in_use(
            [
                (CallDevice.CAMERA, self._any_running("CoreMediaIO", cmio=True, inputs=False)),
                (CallDevice.MICROPHONE, self._any_running("CoreAudio", cmio=False, inputs=True)),
            ]
        )

    def _any_running(self, framework: str, cmio: bool, inputs: bool) -> bool | None:
        try:
            objects = _MacObjects(self._load(framework), cmio)
        except (OSError, AttributeError):
            return None
        devices = objects.devices()
        if devices is None:
            return None
        wanted = [d for d in devices if not inputs or objects.has_input(d)]
        return any(objects.running_somewhere(d) for d in wanted)


def detect_meeting_probe() -> MeetingProbe:
    """The probe for this OS; :class:`NullProbe` where nothing can be read."""
    if sys.platform.startswith("linux"):
        return LinuxProbe()
    if sys.platform == "win32":
        return WindowsProbe()
    if sys.platform == "darwin":
        return MacProbe()
    return NullProbe()
