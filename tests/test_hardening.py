"""Hardening, offscreen: no shell commands built from data, data text shown as plain text, and a
bug in a Qt slot logged with its traceback while the event loop keeps running."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

import backbreak
from backbreak.core.routines.schema import PlayerStep

PACKAGE = Path(backbreak.__file__).parent
MARKUP = "<b>x</b> & <i>y</i>"

# --- no shell --------------------------------------------------------------------------------

_SUBPROCESS_CALLS = {"run", "call", "check_call", "check_output", "Popen", "getoutput",
                     "getstatusoutput"}
_OS_SHELL_CALLS = {"os.system", "os.popen", "system", "popen"}


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _is_text(node: ast.expr) -> bool:
    """A str built in place: a literal, an f-string, a concatenation or %-format of one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in {"format", "join"} and _is_text(node.func.value)
    return False


def shell_uses(source: str, filename: str) -> list[str]:
    """Every place in ``source`` that runs a command through a shell or from one string."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        where = f"{filename}:{node.lineno}"
        name = _dotted(node.func)
        last = name.rsplit(".", 1)[-1]
        for kw in node.keywords:
            if kw.arg == "shell" and not (
                isinstance(kw.value, ast.Constant) and kw.value.value is False
            ):
                found.append(f"{where}: {name}(shell=...)")
        if name in _OS_SHELL_CALLS:
            found.append(f"{where}: {name}()")
        if name.startswith("asyncio.") and last == "create_subprocess_shell":
            found.append(f"{where}: {name}()")
        if (name.startswith("subprocess.") or name in _SUBPROCESS_CALLS) and \
                last in _SUBPROCESS_CALLS:
            argv = node.args[0] if node.args else next(
                (kw.value for kw in node.keywords if kw.arg == "args"), None)
            if last in {"getoutput", "getstatusoutput"} or (argv is not None and _is_text(argv)):
                found.append(f"{where}: {name}() with a command string")
        # QProcess.startCommand / start("one string") split a command line like a shell.
        if last == "startCommand" or (last == "start" and len(node.args) == 1
                                      and _is_text(node.args[0])):
            found.append(f"{where}: {name}() with a command string")
    return found


def _package_sources() -> Iterator[Path]:
    yield from sorted(PACKAGE.rglob("*.py"))


def test_the_scan_finds_every_kind_of_shell_use() -> None:
    bad = textwrap.dedent("""
        import os, subprocess, asyncio
        subprocess.run(["ls"], shell=True)
        subprocess.run(f"notify-send {title}")
        subprocess.Popen("a " + b)
        subprocess.check_output(args="ls -l")
        subprocess.getoutput(cmd)
        os.system("x")
        os.popen(cmd)
        asyncio.create_subprocess_shell(cmd)
        process.startCommand(cmd)
        process.start("notify-send hi")
    """)
    assert len(shell_uses(bad, "bad.py")) == 10
    good = textwrap.dedent("""
        import subprocess
        subprocess.run(["notify-send", title], check=False, shell=False)
        subprocess.Popen(argv)
        process.start()
        process.start(program, arguments)
    """)
    assert shell_uses(good, "good.py") == []


def test_the_package_never_runs_a_shell_or_a_command_string() -> None:
    files = list(_package_sources())
    assert len(files) > 20  # the scan really looked at the package
    found = [use for path in files for use in shell_uses(path.read_text("utf-8"), str(path))]
    assert found == []


# --- plain text ------------------------------------------------------------------------------


def _labels_showing(widget: QWidget, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def _assert_plain(widget: QWidget, text: str) -> None:
    labels = _labels_showing(widget, text)
    assert labels, [label.text() for label in widget.findChildren(QLabel)]
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def _step(
    title: str, instruction: str, cues: tuple[str, ...], avoid: tuple[str, ...]
) -> PlayerStep:
    return PlayerStep(
        exercise_id="markup",
        title=title,
        instruction=instruction,
        cues=cues + avoid,
        seconds=5,
        illustration=None,
        reps=3,
        avoid=avoid,
        position="standing",
        is_work=True,
    )


def test_the_prompt_card_shows_a_routine_title_literally(qapp: QApplication) -> None:
    from backbreak.ui.cards.prompt_card import PromptCard

    card = PromptCard()
    card.ask(1800, "Title " + MARKUP, 3, 5, True)
    _assert_plain(card, "Title " + MARKUP)
    card.withdraw()
    card.deleteLater()


def test_the_player_shows_step_text_and_cues_literally(qapp: QApplication) -> None:
    from backbreak.ui.player.window import RoutinePlayer

    steps = [_step("Step " + MARKUP, "Do " + MARKUP, ("Feel " + MARKUP,), ("Avoid " + MARKUP,))]
    player = RoutinePlayer("Routine " + MARKUP, steps, ("Safety " + MARKUP,))
    for text in ("Step " + MARKUP, "Do " + MARKUP, "Feel " + MARKUP, "Avoid " + MARKUP):
        _assert_plain(player, text)
    assert player.windowTitle().endswith("Routine " + MARKUP)
    player.skip()
    player.deleteLater()


def test_the_safety_box_shows_its_lines_literally(qapp: QApplication) -> None:
    from backbreak.ui.player.window import RoutinePlayer

    steps = [_step("Step", "Do it", ("Feel",), ())]
    player = RoutinePlayer("Routine", steps, ("Safety " + MARKUP,))
    seen: list[Qt.TextFormat] = []

    def inspect_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, inspect_and_close)
            return
        assert "Safety " + MARKUP in box.text()
        seen.append(box.textFormat())
        box.accept()

    QTimer.singleShot(0, inspect_and_close)
    player.show_safety()
    player.skip()
    player.deleteLater()
    assert seen == [Qt.TextFormat.PlainText]


def test_the_walk_card_shows_cues_literally(qapp: QApplication) -> None:
    from backbreak.ui.cards.walk_card import WalkCard

    card = WalkCard(600, ["Cue " + MARKUP])
    _assert_plain(card, "Cue " + MARKUP)
    card.cancel()
    card.deleteLater()


# --- a bug in a Qt slot ----------------------------------------------------------------------

_SLOT_CRASH = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from backbreak.app.launch import _setup_logging

_setup_logging()
app = QApplication(sys.argv[:1])
ticks = []

def broken_slot():
    raise RuntimeError("boom in a slot")

def still_running():
    ticks.append(1)
    if len(ticks) == 3:
        print("event loop still running")
        app.quit()

crash = QTimer()
crash.setSingleShot(True)
crash.timeout.connect(broken_slot)
crash.start(0)
alive = QTimer()
alive.timeout.connect(still_running)
alive.start(10)
sys.exit(app.exec())
"""


def test_a_crash_in_a_qt_slot_is_logged_and_the_loop_keeps_running(
    isolated_dirs: dict[str, Path],
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _SLOT_CRASH], env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "event loop still running" in done.stdout
    log = isolated_dirs["XDG_STATE_HOME"] / "backbreak" / "log" / "backbreak.log"
    text = log.read_text("utf-8")
    assert "CRITICAL backbreak: unhandled error" in text
    assert "Traceback (most recent call last)" in text
    assert "in broken_slot" in text and "RuntimeError: boom in a slot" in text
