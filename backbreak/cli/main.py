"""``backbreak`` on the command line: starts the app, or talks to the running one.

Only the ``run`` and ``stats`` paths import Qt widgets; the rest must work without a display
and start fast (``history --json`` is timed as a whole process).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from backbreak import __version__
from backbreak.core.durations import DurationError, format_duration, parse_duration_within
from backbreak.core.settings import PAUSE_RANGE_S, accepted_range

EXIT_NOT_RUNNING = 3
CONTROL = (
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
)


TRY_OUT_SHORTEST_S = 1
"""``run --interval`` goes below the setting's minimum, down to 1 s, for a try-out (README)."""


def _duration_in(lo: int, hi: int) -> Callable[[str], int]:
    """An argparse type: a duration from ``lo`` to ``hi`` seconds, or a usage error naming
    that range (the ranges come from ``core.settings``, as ``config.toml`` checks them)."""

    def parse(text: str) -> int:
        try:
            return parse_duration_within(text, lo, hi)
        except DurationError as e:
            raise argparse.ArgumentTypeError(str(e)) from None

    return parse


def _pause_arg(text: str) -> dict[str, Any]:
    """What ``pause`` asks the running app: a timed pause, until tomorrow, or indefinitely."""
    if text in ("until-tomorrow", "tomorrow"):
        return {"until": "tomorrow"}
    if text == "indefinitely":
        return {"until": None}
    try:
        return {"seconds": parse_duration_within(text, *PAUSE_RANGE_S)}
    except DurationError as e:
        raise argparse.ArgumentTypeError(f"{e}; or until-tomorrow, or indefinitely") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="backbreak",
        description="A tray break reminder: after 30 minutes of sitting it asks you to stand up "
        "and guides a short stretch or walk. Without a command it starts the app.",
    )
    p.add_argument("--version", action="version", version=f"backbreak {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    run = sub.add_parser("run", help="start the tray app (the default)")
    _run_options(run)
    _run_options(p)
    st = sub.add_parser("stretch", help="start a guided stretch now in the running app")
    st.add_argument("routine", nargs="?", help="routine id (see 'backbreak routines list')")
    sub.add_parser("walk", help="start a walk now")
    sub.add_parser("skip", help="skip the break on screen (prompt, stretch or walk)")
    sn = sub.add_parser("snooze", help="postpone the next break (default: the snooze length)")
    snooze_lo, snooze_hi = accepted_range("snooze_s")
    sn.add_argument(
        "duration",
        nargs="?",
        type=_duration_in(snooze_lo, snooze_hi),
        help=f"e.g. 10m ({format_duration(snooze_lo)} to {format_duration(snooze_hi)})",
    )
    pa = sub.add_parser("pause", help="pause reminders")
    pa.add_argument(
        "until",
        nargs="?",
        default="1h",
        type=_pause_arg,
        help=f"a duration ({format_duration(PAUSE_RANGE_S[0])} to "
        f"{format_duration(PAUSE_RANGE_S[1])}), 'until-tomorrow' or 'indefinitely' (default 1h)",
    )
    sub.add_parser("resume", help="resume after a pause")
    sub.add_parser(
        "stand", help="say you stand at your desk: no stand-up prompts, a walk after a while"
    )
    sub.add_parser("sit", help="say you sit again")
    sub.add_parser("quit", help="quit the running app")
    s = sub.add_parser("status", help="what the running app is doing")
    s.add_argument("--json", action="store_true", help="one JSON object")
    sub.add_parser("stats", help="open the weekly window (starts the app if needed)")
    h = sub.add_parser("history", help="print a week of history")
    h.add_argument("--week", help="ISO week, e.g. 2026-W47 (default: this week)")
    g = h.add_mutually_exclusive_group()
    g.add_argument("--json", dest="fmt", action="store_const", const="json")
    g.add_argument("--csv", dest="fmt", action="store_const", const="csv")
    e = sub.add_parser("export", help="write the whole history as CSV or JSON")
    e.add_argument("--format", choices=("csv", "json"), default="csv")
    e.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    i = sub.add_parser("import", help="add the rows of an exported CSV or JSON file")
    i.add_argument("file", type=Path)
    r = sub.add_parser("routines", help="list or check routines")
    rs = r.add_subparsers(dest="routines_command", metavar="ACTION", required=True)
    rl = rs.add_parser("list", help="all routines with their source")
    rl.add_argument("--json", action="store_true")
    rc = rs.add_parser("check", help="validate one routine or exercise file")
    rc.add_argument("file", type=Path)
    c = sub.add_parser("config", help="check config.toml and your routine files")
    cs = c.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    cs.add_parser(
        "check",
        help="print every problem in config.toml and the routines folder; exit 1 if any",
    )
    return p


def _run_options(p: argparse.ArgumentParser) -> None:
    longest = accepted_range("interval_s")[1]
    p.add_argument(
        "--interval",
        type=_duration_in(TRY_OUT_SHORTEST_S, longest),
        metavar="DUR",
        help=f"sitting time before a break, {format_duration(TRY_OUT_SHORTEST_S)} to "
        f"{format_duration(longest)}, e.g. 10s for a try-out (default 30m)",
    )
    p.add_argument("--anytime", action="store_true", help="ignore working hours for this run")


def _payload(cmd: str, args: argparse.Namespace) -> dict[str, Any]:
    """The arguments sent with ``cmd``, already checked by the parser."""
    if cmd == "stretch" and args.routine:
        return {"routine": args.routine}
    if cmd == "snooze" and args.duration is not None:
        return {"seconds": args.duration}
    if cmd == "pause":
        return dict(args.until)
    return {}


def _control(cmd: str, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from backbreak.control import client as ipc

    payload = _payload(cmd, args)
    try:
        answer = ipc.request(cmd, **payload)
    except ipc.NotRunning:
        err.write("backbreak is not running (start it with 'backbreak').\n")
        return EXIT_NOT_RUNNING
    except (OSError, ValueError) as e:
        err.write(f"backbreak: the running app did not answer properly ({e}).\n")
        return 1
    if not answer.get("ok"):
        err.write(f"backbreak {cmd}: {answer.get('error', 'refused')}\n")
        return 1
    result = answer.get("result")
    if cmd == "status" and isinstance(result, dict):
        if args.json:
            import json

            out.write(json.dumps(result) + "\n")
        else:
            out.write(_status_text(result) + "\n")
    elif isinstance(result, str) and result:
        out.write(result + "\n")
    return 0


def _status_text(s: dict[str, Any]) -> str:
    lines = [f"state: {s['state']}" + (f" ({s['detail']})" if s.get("detail") else "")]
    for key in ("next_break_at", "paused_until", "waiting_reason"):
        if s.get(key):
            lines.append(f"{key.replace('_', ' ')}: {s[key]}")
    lines.append(f"sitting: {s['sitting_seconds'] // 60} min")
    if s.get("posture") == "standing":
        lines.append(f"standing: {s['standing_seconds'] // 60} min")
    today = s["today"]
    lines.append(
        f"today: {today['answered']} of {today['due']} reminder{'' if today['due'] == 1 else 's'}"
        f" answered, {today['extra']} extra break{'' if today['extra'] == 1 else 's'}"
    )
    lines.append(f"idle detection: {s['idle_source']}")
    return "\n".join(lines)


def _config_check(out: TextIO) -> int:
    """Every problem the app would report at start: config.toml, then the routines folder."""
    from backbreak.core.paths import config_path, user_routines_dir
    from backbreak.core.routines.library import load_library
    from backbreak.core.settings import load_config

    path = config_path()
    _settings, problems = load_config(path)
    for p in problems:
        out.write(f"{p}\n")
    if not problems:
        out.write(f"{path}: ok\n" if path.exists() else f"{path}: not present; using defaults\n")
    folder = user_routines_dir()
    routine_problems = load_library(folder).problems
    for rp in routine_problems:
        out.write(f"{rp}\n")
    if not routine_problems and folder.is_dir():
        out.write(f"{folder}: ok\n")
    return 1 if problems or routine_problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # `backbreak history --json | head`: the reader left; not an error
        sys.stderr.close()
        return 0


def _main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    out, err = sys.stdout, sys.stderr
    cmd = args.command
    if cmd in (None, "run", "stats"):
        from backbreak.app.interpreter import prepare

        prepare()  # before the app's modules: what the tray process leaves out
        from backbreak.app.launch import run

        return run(
            interval_s=getattr(args, "interval", None),
            anytime=getattr(args, "anytime", False),
            open_history=cmd == "stats",
        )
    if cmd in CONTROL:
        return _control(cmd, args, out, err)
    if cmd in ("history", "export", "import"):
        return _history_command(cmd, args, out, err)
    if cmd == "routines":
        return _routines_command(args, out, err)
    if cmd == "config":
        return _config_check(out)
    parser.error(f"unknown command {cmd}")
    return 2


def _history_command(cmd: str, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from backbreak.cli import history as history_cli
    from backbreak.core.paths import config_path, history_path
    from backbreak.core.settings import load_config

    if cmd == "history":
        settings, _problems = load_config(config_path())
        return history_cli.cmd_history(
            history_path(), args.week, args.fmt or "table", out, settings
        )
    if cmd == "export":
        return history_cli.cmd_export(history_path(), args.format, args.output, out)
    return history_cli.cmd_import(history_path(), args.file, out, err)


def _routines_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from backbreak.cli import routines as routines_cli
    from backbreak.core.paths import user_routines_dir
    from backbreak.core.routines.library import load_library

    if args.routines_command == "check":
        return routines_cli.cmd_check(args.file, out, err)
    return routines_cli.cmd_list(load_library(user_routines_dir()), args.json, out)
