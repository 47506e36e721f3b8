"""The command line without a running app and without a display."""

from __future__ import annotations

import subprocess
import sys

import pytest

from backbreak import __version__
from backbreak.cli.main import main
from backbreak.core.paths import config_path, user_routines_dir


def test_version_and_help_need_no_display(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"backbreak {__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in (
        "stretch",
        "walk",
        "skip",
        "snooze",
        "pause",
        "resume",
        "stand",
        "sit",
        "quit",
        "status",
        "stats",
        "history",
        "export",
        "import",
        "routines",
        "config",
    ):
        assert command in out


@pytest.mark.parametrize(
    "argv",
    [
        ["status"],
        ["status", "--json"],
        ["stretch"],
        ["walk"],
        ["skip"],
        ["snooze", "5m"],
        ["pause", "until-tomorrow"],
        ["resume"],
        ["stand"],
        ["sit"],
        ["quit"],
    ],
)
def test_control_commands_without_a_running_app_exit_3(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 3
    assert "not running" in capsys.readouterr().err


def test_a_bad_duration_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["pause", "a while"])
    assert done.value.code == 2
    assert "'a while' is not a duration" in capsys.readouterr().err
    with pytest.raises(SystemExit) as done:
        main(["snooze", "10x"])
    assert done.value.code == 2


def test_config_check_names_each_problem_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "check"]) == 0
    assert "using defaults" in capsys.readouterr().out
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text('[breaks]\ninterval = "never"\n[app]\nsound = 1\n', encoding="utf-8")
    assert main(["config", "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{config_path()}: breaks.interval: ")
    assert out[1].startswith(f"{config_path()}: app.sound: expected true or false")


def test_the_notification_for_broken_routine_files_points_to_a_command_that_lists_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The start-up notification names three problems and sends the user to `config check`
    for the rest: that command lists every broken routine file, not only config.toml."""
    from backbreak.app.live_settings import tell_problems
    from backbreak.core.routines.library import load_library

    folder = user_routines_dir()
    folder.mkdir(parents=True)
    names = [f"broken-{i}.toml" for i in range(5)]
    for name in names:
        (folder / name).write_text("id = = 'not toml'\n", encoding="utf-8")

    sent: list[str] = []

    class Notifier:
        def notify(self, title: str, body: str) -> None:
            sent.append(body)

    tell_problems(Notifier(), load_library(folder).problems)
    (body,) = sent
    assert "see 'backbreak config check'" in body
    assert main(["config", "check"]) == 1
    out = capsys.readouterr().out
    assert f"{config_path()}: not present; using defaults" in out
    for name in names:
        assert f"{folder / name}:1" in out, out
    for name in names:
        (folder / name).unlink()
    assert main(["config", "check"]) == 0
    assert f"{folder}: ok" in capsys.readouterr().out


def test_history_json_runs_as_a_process_without_qt_widgets() -> None:
    code = (
        "import sys, runpy; sys.argv=['backbreak','history','--json'];"
        "from backbreak.cli.main import main; rc = main();"
        "assert 'PySide6.QtWidgets' not in sys.modules; raise SystemExit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert '"days"' in done.stdout
