"""The meeting guard's readers: real processes holding a device file, a real PulseAudio server
with a real recording client, and recorded registry values / framework answers for Windows and
macOS (no such machine here)."""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from backbreak.core.policy.vocabulary import CallDevice
from backbreak.platform import meeting
from backbreak.platform.meeting import (
    CallCheck,
    LinuxCameraHolders,
    LinuxProbe,
    MacProbe,
    PulseRecording,
    WindowsProbe,
)

DEADLINE_S = 10.0


def _until(condition: Callable[[], bool], what: str) -> None:
    """Wait for a positive answer, with a deadline (the machine may be busy)."""
    end = time.monotonic() + DEADLINE_S
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@contextlib.contextmanager
def _holder(path: Path, name: str = "") -> Iterator[subprocess.Popen[bytes]]:
    """A real process of this user that opens ``path`` and keeps it open (named ``name``)."""
    code = (
        "import ctypes, sys, time\n"
        f"name = {name.encode()!r}\n"
        "if name: ctypes.CDLL(None).prctl(15, ctypes.c_char_p(name), 0, 0, 0)\n"
        f"f = open({str(path)!r}, 'rb')\n"
        "print('open', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    try:
        assert child.stdout is not None and child.stdout.readline() == b"open\n"
        yield child
    finally:
        child.kill()
        child.wait()


def test_a_camera_held_open_by_another_process_is_in_use(tmp_path: Path) -> None:
    device = tmp_path / "video0"
    device.write_bytes(b"")
    (tmp_path / "video1").write_bytes(b"")
    cameras = LinuxCameraHolders(device_glob=str(tmp_path / "video*"))
    assert cameras.in_use() is False
    with _holder(device):
        assert cameras.in_use() is True
        assert LinuxProbe(cameras, PulseRecording(server="unix:/nonexistent")).check() == (
            CallCheck(CallDevice.CAMERA, readable=True)
        )
    assert cameras.in_use() is False


def test_pipewire_and_wireplumber_holding_a_camera_is_not_a_call(tmp_path: Path) -> None:
    device = tmp_path / "video0"
    device.write_bytes(b"")
    cameras = LinuxCameraHolders(device_glob=str(tmp_path / "video*"))
    with _holder(device, name="wireplumber"), _holder(device, name="pipewire"):
        assert cameras.in_use() is False
    with _holder(device, name="zoom"):
        assert cameras.in_use() is True


def test_backbreak_itself_holding_the_device_is_not_a_call(tmp_path: Path) -> None:
    device = tmp_path / "video0"
    device.write_bytes(b"")
    with open(device, "rb"):
        assert LinuxCameraHolders(device_glob=str(tmp_path / "video*")).in_use() is False


def test_no_camera_device_means_none_in_use(tmp_path: Path) -> None:
    assert LinuxCameraHolders(device_glob=str(tmp_path / "video*")).in_use() is False


def test_an_unreadable_proc_means_unknown(tmp_path: Path) -> None:
    (tmp_path / "video0").write_bytes(b"")
    holders = LinuxCameraHolders(str(tmp_path / "video*"), proc=str(tmp_path / "no-proc"))
    assert holders.in_use() is None


# --- a real PulseAudio server --------------------------------------------------------------


@pytest.fixture
def pulse_server(tmp_path: Path) -> Iterator[str]:
    for tool in ("pulseaudio", "parecord"):
        if shutil.which(tool) is None:
            if os.environ.get("BACKBREAK_REQUIRE_DESKTOP"):
                pytest.fail(f"{tool} is missing (Debian: pulseaudio pulseaudio-utils)")
            pytest.skip(f"{tool} is missing (Debian: pulseaudio pulseaudio-utils)")
    socket = tmp_path / "pulse" / "native"
    socket.parent.mkdir()
    env = dict(os.environ, PULSE_RUNTIME_PATH=str(socket.parent), HOME=str(tmp_path))
    server = subprocess.Popen(
        [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm",
            "-L", f"module-native-protocol-unix socket={socket} auth-anonymous=1",
            "-L", "module-null-source source_name=mic",
            "-L", "module-null-sink sink_name=speakers",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    address = f"unix:{socket}"
    try:
        _until(lambda: PulseRecording(address).in_use() is not None, "the PulseAudio server")
        yield address
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=DEADLINE_S)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@contextlib.contextmanager
def _recording(server: str, device: str) -> Iterator[None]:
    rec = subprocess.Popen(
        ["parecord", f"--server={server}", f"--device={device}", os.devnull],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield
    finally:
        rec.kill()
        rec.wait()


def test_a_recording_from_the_microphone_is_a_call(pulse_server: str) -> None:
    microphone = PulseRecording(pulse_server)
    assert microphone.in_use() is False
    with _recording(pulse_server, "mic"):
        _until(lambda: microphone.in_use() is True, "the recording stream")
        probe = LinuxProbe(LinuxCameraHolders(device_glob="/nonexistent/video*"), microphone)
        assert probe.check() == CallCheck(CallDevice.MICROPHONE, readable=True)
    _until(lambda: microphone.in_use() is False, "the stream to end")


def test_recording_the_monitor_of_an_output_is_not_a_call(pulse_server: str) -> None:
    """Screen recorders and level meters listen to what plays, not to the user."""
    microphone = PulseRecording(pulse_server)
    with _recording(pulse_server, "speakers.monitor"), _recording(pulse_server, "mic"):
        _until(lambda: microphone.in_use() is True, "the microphone stream")
    with _recording(pulse_server, "speakers.monitor"):
        _until(lambda: _streams(pulse_server) == 1, "the monitor stream")
        assert microphone.in_use() is False


def _streams(server: str) -> int:
    out = subprocess.run(
        ["pactl", f"--server={server}", "list", "short", "source-outputs"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return len(out.splitlines())


def test_no_sound_server_means_unknown_not_free() -> None:
    assert PulseRecording("unix:/nonexistent/native").in_use() is None
    check = LinuxProbe(
        LinuxCameraHolders(device_glob="/nonexistent/video*"), PulseRecording("unix:/x")
    ).check()
    assert check == CallCheck(None, readable=True)  # no camera at all is a reading too
    unknown = LinuxProbe(
        LinuxCameraHolders(device_glob=__file__, proc="/nonexistent"), PulseRecording("unix:/x")
    ).check()
    assert unknown == CallCheck(None, readable=False)  # neither could be read


# --- Windows: recorded consent-store values -------------------------------------------------


class FakeConsentStore:
    """``winreg`` over a nested dict: keys are dicts, values are ints."""

    HKEY_CURRENT_USER = "HKCU"

    def __init__(self, tree: dict[str, Any]) -> None:
        self.tree = tree

    def OpenKey(self, parent: Any, sub: str) -> Any:
        node = self.tree if parent == self.HKEY_CURRENT_USER else parent
        for part in sub.split("\\"):
            if not isinstance(node, dict) or part not in node:
                raise FileNotFoundError(2, "The system cannot find the file specified")
            node = node[part]
        return contextlib.nullcontext(node)

    def EnumKey(self, key: dict[str, Any], index: int) -> str:
        subkeys = [k for k, v in key.items() if isinstance(v, dict)]
        if index >= len(subkeys):
            raise OSError(259, "No more data is available")
        return subkeys[index]

    def QueryValueEx(self, key: dict[str, Any], name: str) -> tuple[int, int]:
        if name not in key or isinstance(key[name], dict):
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key[name], 11  # REG_QWORD


def _consent(webcam: dict[str, Any], microphone: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = {"webcam": webcam, "microphone": microphone}
    for part in reversed(meeting.CONSENT_STORE.split("\\")):
        node = {part: node}
    return node


STOPPED = {"LastUsedTimeStart": 133_700_000_000_000_000, "LastUsedTimeStop": 133_700_001_000_000}
RUNNING = {"LastUsedTimeStart": 133_700_000_000_000_000, "LastUsedTimeStop": 0}


@pytest.mark.parametrize(
    ("webcam", "microphone", "expected"),
    [
        ({"Microsoft.WindowsCamera_8wekyb3d8bbwe": RUNNING}, {}, CallDevice.CAMERA),
        (
            {"NonPackaged": {"C:#Program Files#Zoom#bin#Zoom.exe": RUNNING}},
            {},
            CallDevice.CAMERA,
        ),
        (
            {"NonPackaged": {"C:#Zoom.exe": STOPPED}},
            {"MicrosoftTeams_8wekyb3d8bbwe": RUNNING},
            CallDevice.MICROPHONE,
        ),
        ({"NonPackaged": {"C:#Zoom.exe": STOPPED}}, {"Teams": STOPPED, "Never": {}}, None),
    ],
)
def test_windows_reads_the_consent_store(
    monkeypatch: pytest.MonkeyPatch,
    webcam: dict[str, Any],
    microphone: dict[str, Any],
    expected: CallDevice | None,
) -> None:
    registry = FakeConsentStore(_consent(webcam, microphone))
    monkeypatch.setattr(meeting, "_registry", lambda: registry)
    assert WindowsProbe().check() == CallCheck(expected, readable=True)


def test_windows_without_a_consent_store_cannot_tell(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meeting, "_registry", lambda: FakeConsentStore({}))
    assert WindowsProbe().check() == CallCheck(None, readable=False)


# --- macOS: fakes of the framework calls, fed through real ctypes buffers -------------------


class FakeFramework:
    """CoreAudio's or CoreMediaIO's property calls over a dict ``{(object, selector, scope):
    bytes}``, written into the caller's ctypes buffers as the real functions do."""

    def __init__(self, cmio: bool, properties: dict[tuple[int, int, int], bytes]) -> None:
        prefix = "CMIOObject" if cmio else "AudioObject"
        setattr(self, prefix + "GetPropertyDataSize", self._size)
        setattr(self, prefix + "GetPropertyData", self._cmio_data if cmio else self._audio_data)
        self.properties = properties

    def _value(self, obj: int, address: Any) -> bytes | None:
        a = address._obj
        return self.properties.get((obj, a.selector, a.scope))

    def _size(self, obj: int, address: Any, _qs: int, _q: Any, size: Any) -> int:
        value = self._value(obj, address)
        if value is None:
            return 0x77686F3F  # 'who?': unknown property
        size._obj.value = len(value)
        return 0

    def _audio_data(self, obj: int, address: Any, _qs: int, _q: Any, size: Any, out: Any) -> int:
        value = self._value(obj, address)
        assert value is not None and size._obj.value >= len(value)
        ctypes.memmove(out, value, len(value))
        size._obj.value = len(value)
        return 0

    def _cmio_data(
        self, obj: int, address: Any, _qs: int, _q: Any, size: Any, used: Any, out: Any
    ) -> int:
        value = self._value(obj, address)
        assert value is not None and size.value >= len(value)
        ctypes.memmove(out, value, len(value))
        used._obj.value = len(value)
        return 0


def _u32(*values: int) -> bytes:
    return bytes((ctypes.c_uint32 * len(values))(*values))


def _mac(camera_running: int, mic_running: int, speaker_running: int = 1) -> MacProbe:
    g, i = meeting.SCOPE_GLOBAL, meeting.SCOPE_INPUT
    cameras = FakeFramework(
        cmio=True,
        properties={
            (1, meeting.DEVICES, g): _u32(40),
            (40, meeting.RUNNING_SOMEWHERE, g): _u32(camera_running),
        },
    )
    audio = FakeFramework(
        cmio=False,
        properties={
            (1, meeting.DEVICES, g): _u32(50, 51),
            (50, meeting.STREAMS, i): _u32(7),  # a microphone: one input stream
            (51, meeting.STREAMS, i): b"",  # speakers: no input stream
            (50, meeting.RUNNING_SOMEWHERE, g): _u32(mic_running),
            (51, meeting.RUNNING_SOMEWHERE, g): _u32(speaker_running),
        },
    )
    return MacProbe(load=lambda name: cameras if name == "CoreMediaIO" else audio)


def test_macos_reads_running_somewhere_for_cameras_and_inputs_only() -> None:
    assert _mac(1, 0).check() == CallCheck(CallDevice.CAMERA, readable=True)
    assert _mac(0, 1).check() == CallCheck(CallDevice.MICROPHONE, readable=True)
    # music playing through the speakers is not a call
    assert _mac(0, 0, speaker_running=1).check() == CallCheck(None, readable=True)


def test_macos_without_the_frameworks_cannot_tell() -> None:
    def missing(name: str) -> Any:
        raise OSError(f"no {name} framework")

    assert MacProbe(load=missing).check() == CallCheck(None, readable=False)
