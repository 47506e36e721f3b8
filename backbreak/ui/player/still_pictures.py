"""The application-wide wish for still exercise pictures: the ``reduced_motion`` setting, or
the desktop's reduced-motion preference (``platform.motion``).

One per application, like Qt's own style hints: the app layer tells it what the setting and
the desktop say, and every player follows it, an open one at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

_NAME = "backbreak-still-pictures"


class StillPictures(QObject):
    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self._setting = False
        self._desktop = False

    @property
    def on(self) -> bool:
        return self._setting or self._desktop

    def set_setting(self, on: bool) -> None:
        """The user's ``reduced_motion`` setting."""
        self._set(on, self._desktop)

    def set_desktop(self, on: bool) -> None:
        """The desktop's wish."""
        self._set(self._setting, on)

    def _set(self, setting: bool, desktop: bool) -> None:
        before = self.on
        self._setting, self._desktop = setting, desktop
        if self.on != before:
            self.changed.emit(self.on)


def still_pictures() -> StillPictures:
    """This application's instance (made on first use, owned by the application object)."""
    app = QCoreApplication.instance()
    found = app.findChild(StillPictures, _NAME) if app is not None else None
    return found if found is not None else StillPictures(app)
