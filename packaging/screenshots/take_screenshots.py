"""Take the README's screenshots from the real, installed app in a private X session.

    python packaging/screenshots/take_screenshots.py

Needs the Debian packages of the desktop tests (xvfb dbus-x11 dunst trayer xdotool imagemagick).
It seeds a plausible week of history into a throw-away data folder, runs ``backbreak`` with a
short interval, and grabs the prompt card and the weekly window with ``import -window``.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from backbreak.core.history.store import BreakRow, HistoryStore
from backbreak.core.model import Kind, Outcome, Source

HERE = Path(__file__).resolve().parent
PROMPT = "^backbreak: time to stand up$"
WEEKLY = "^Weekly history"


def seed_week(path: Path, now: datetime) -> None:
    """Monday to today: a prompt about every 35 minutes from 08:30, mostly taken."""
    rnd = random.Random(7)
    local_now = now.astimezone()
    monday = (local_now - timedelta(days=local_now.weekday())).replace(
        hour=8, minute=30, second=0, microsecond=0
    )
    rows: list[BreakRow] = []
    sitting: list[tuple[datetime, datetime]] = []
    standing: list[tuple[datetime, datetime]] = []  # a standing desk, some of the time
    for day in range(local_now.weekday() + 1):
        t = monday + timedelta(days=day)
        end_of_day = t.replace(hour=17, minute=30)
        if t.date() == local_now.date():
            end_of_day = min(end_of_day, local_now - timedelta(minutes=40))
        last = t
        while t < end_of_day:
            t += timedelta(minutes=rnd.randint(28, 45))
            if rnd.random() < 0.3:
                stood = t - timedelta(minutes=rnd.randint(10, 25))
                sitting.append((last, stood))
                standing.append((stood, t))
            else:
                sitting.append((last, t))
            pick = rnd.random()
            if pick < 0.12:
                rows.append(
                    BreakRow(
                        None,
                        t,
                        t + timedelta(minutes=9),
                        Kind.NATURAL,
                        None,
                        Outcome.NATURAL,
                        540,
                        Source.IDLE,
                    )
                )
            else:
                walk = rnd.random() < 0.35
                outcome = (
                    Outcome.COMPLETED
                    if pick < 0.72
                    else Outcome.PARTIAL
                    if pick < 0.8
                    else Outcome.SKIPPED
                    if pick < 0.9
                    else Outcome.SNOOZED
                )
                secs = rnd.randint(240, 420) if walk else rnd.randint(90, 170)
                if outcome not in (Outcome.COMPLETED, Outcome.PARTIAL):
                    secs = 0
                rows.append(
                    BreakRow(
                        None,
                        t,
                        t + timedelta(seconds=secs + 20),
                        Kind.WALK if walk else Kind.STRETCH,
                        None if walk else "desk-standing",
                        outcome,
                        secs,
                        Source.SCHEDULED,
                    )
                )
            last = t + timedelta(minutes=5)
    with HistoryStore(path) as store:
        store.add_rows(
            [
                BreakRow(
                    r.id,
                    r.started_at.astimezone(UTC),
                    r.ended_at.astimezone(UTC) if r.ended_at else None,
                    r.kind,
                    r.routine,
                    r.outcome,
                    r.seconds_active,
                    r.source,
                )
                for r in rows
            ]
        )
        store.add_sitting_spans([(a.astimezone(UTC), b.astimezone(UTC)) for a, b in sitting])
        for a, b in standing:
            store.standing.add(a.astimezone(UTC), b.astimezone(UTC))


def main() -> int:
    exe = shutil.which("backbreak", path=str(Path(sys.executable).parent)) or "backbreak"
    tmp = Path(tempfile.mkdtemp(prefix="backbreak-shots-"))
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "TZ")}
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
        (tmp / var).mkdir(mode=0o700)
        env[var] = str(tmp / var)
    env.update(HOME=str(tmp), QT_QPA_PLATFORM="xcb", LANG=env.get("LANG", "en_GB.UTF-8"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        r, w = os.pipe()
        procs.append(
            subprocess.Popen(
                ["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                pass_fds=(w,),
            )
        )
        os.close(w)
        env["DISPLAY"] = ":" + os.read(r, 64).decode().strip()
        bus = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout.split()
        env["DBUS_SESSION_BUS_ADDRESS"] = bus[0]
        for argv in (
            ["dunst"],
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--height",
                "24",
                "--widthtype",
                "request",
            ],
        ):
            procs.append(
                subprocess.Popen(
                    argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
            )
        time.sleep(1)
        data = tmp / "XDG_DATA_HOME" / "backbreak"
        data.mkdir(mode=0o700)
        seed_week(data / "history.sqlite3", datetime.now(UTC))
        app = subprocess.Popen([exe, "run", "--anytime", "--interval", "8s"], env=env)
        procs.append(app)

        def window(name: str) -> str:
            for _ in range(200):
                found = subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--name", name],
                    env=env,
                    capture_output=True,
                    text=True,
                )
                if found.returncode == 0:
                    return found.stdout.split()[0]
                time.sleep(0.1)
            raise SystemExit(f"no window {name!r} appeared")

        time.sleep(0.5)
        prompt = window(PROMPT)
        time.sleep(0.5)
        subprocess.run(["import", "-window", prompt, str(HERE / "prompt.png")], env=env, check=True)
        subprocess.run([exe, "stats"], env=env, check=True)
        weekly = window(WEEKLY)
        time.sleep(1.0)
        subprocess.run(["import", "-window", weekly, str(HERE / "weekly.png")], env=env, check=True)
        subprocess.run([exe, "quit"], env=env, check=False)
        app.wait(timeout=10)
        subprocess.run(["kill", bus[1]], check=False)
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
                p.wait(timeout=5)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"wrote {HERE / 'prompt.png'} and {HERE / 'weekly.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
