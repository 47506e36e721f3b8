"""Self-test for a PyInstaller bundle: checks what only breaks once the app is frozen.

Built next to ``backbreak`` as ``backbreak-selftest`` when the spec runs with
``BACKBREAK_BUNDLE_SELFTEST=1`` (release bundles leave it out). Each check prints one line;
the exit status is 0 when every check passed, 1 otherwise.

- backbreak's wake-up timer runs a job on the Qt event loop.
- plyer imports its notification backend by platform name at run time.
- Package data (routines, illustrations, icons, ``.qm``) must sit where importlib.resources
  looks, and QtSvg must be able to draw the icons.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import import_module
from importlib.resources import files
from importlib.resources.abc import Traversable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Longest the scheduler check waits for its job before it gives up (the job is due at once).
SCHEDULER_GIVE_UP_MS = 10_000


class CheckFailed(Exception):
    pass


def check_wakeup_scheduler_runs_a_job() -> str:
    from PySide6.QtCore import QCoreApplication, QTimer

    from backbreak.platform.qt_scheduler import WakeupScheduler

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    ran: list[bool] = []

    def job() -> None:
        ran.append(True)
        app.quit()

    wakeup = WakeupScheduler(job)
    wakeup.arm(datetime.now(UTC))
    QTimer.singleShot(SCHEDULER_GIVE_UP_MS, app.quit)
    app.exec()
    wakeup.shutdown()
    if not ran:
        raise CheckFailed(f"the job did not run within {SCHEDULER_GIVE_UP_MS} ms")
    return "a date job ran on the Qt event loop"


def check_plyer_backend() -> str:
    from plyer.utils import platform

    name = f"plyer.platforms.{platform}.notification"
    module = import_module(name)
    if not hasattr(module, "instance"):
        raise CheckFailed(f"{name} has no instance()")
    return name


def check_package_data() -> str:
    assets = files("backbreak.assets")
    found = {
        "routines": _named(assets.joinpath("routines"), ".toml"),
        "illustrations": _named(assets.joinpath("illustrations"), ".svg"),
        "icons": _named(assets.joinpath("icons"), ".svg"),
        ".qm files": _named(files("backbreak.translations"), ".qm"),
    }
    missing = [what for what, names in found.items() if not names]
    if missing:
        raise CheckFailed("none of these in the bundle: " + ", ".join(missing))
    return ", ".join(f"{len(names)} {what}" for what, names in found.items())


def _named(folder: Traversable, suffix: str) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(suffix)]


def check_qt_svg_and_translations() -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtSvg import QSvgRenderer

    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    icon = files("backbreak.assets").joinpath("icons", "tray-active.svg")
    if not QSvgRenderer(str(icon)).isValid():
        raise CheckFailed(f"QtSvg cannot read {icon}")
    translator = QTranslator()
    qm = files("backbreak.translations").joinpath("backbreak_de.qm")
    if not translator.load(str(qm)):
        raise CheckFailed(f"QTranslator cannot load {qm}")
    return "QtSvg draws the icons, QTranslator loads the .qm files"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("scheduler on the Qt loop", check_wakeup_scheduler_runs_a_job),
    ("plyer notification backend", check_plyer_backend),
    ("package data", check_package_data),
    ("QtSvg and translations", check_qt_svg_and_translations),
)


def main() -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            print(f"ok   {name}: {check()}")
        except Exception as e:  # every failure is reported, then the next check runs
            failed += 1
            print(f"FAIL {name}: {type(e).__name__}: {e}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
