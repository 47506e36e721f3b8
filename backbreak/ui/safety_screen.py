"""The safety screen: when to see a doctor instead of exercising, who should ask a professional
first, and the boxes the user ticks for what does not suit them (bending backwards, kneeling,
balance, the floor). Shown after the first-run welcome and from the settings dialog.

It decides nothing and writes no file: OK emits ``chosen`` with the ticked cautions; the app
saves them to ``config.toml`` (``[routines] cautions``), and the routines leave out or swap
what conflicts with them (``core.routines.adapt``).
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backbreak.core.routines.schema import Caution, SafetyNote
from backbreak.ui.first_run import AcknowledgedDialog
from backbreak.ui.placement import fit_to_screen, usable_width
from backbreak.ui.text_column import TextColumn, reserve_text_height
from backbreak.ui.wording import BULLET, caution_text, cautions_summary, content

translate = QCoreApplication.translate


def with_mnemonics(texts: list[str], taken: str = "") -> list[str]:
    """``texts`` with an Alt+key each: the first letter of each not used before (nor in
    ``taken``); a script without such letters gets a digit after the text, "(&1)"."""
    used = set(taken.lower())
    out: list[str] = []
    for n, text in enumerate(texts, 1):
        plain = text.replace("&", "&&")
        at = next(
            (
                i
                for i, ch in enumerate(plain)
                if ch.isascii() and ch.isalpha() and ch.lower() not in used
            ),
            -1,
        )
        if at < 0:
            out.append(f"{plain} (&{n})")
            continue
        used.add(plain[at].lower())
        out.append(f"{plain[:at]}&{plain[at:]}")
    return out


def _urgent_heading() -> str:
    return translate("Safety", "See a doctor now, and do not exercise, if you have:")


def _ask_heading() -> str:
    return translate("Safety", "Ask a doctor or physiotherapist before these exercises if:")


def _always_heading() -> str:
    return translate("Safety", "Whenever you exercise:")


def _bullets(lines: Collection[str]) -> str:
    return "\n".join(BULLET + content(line) for line in lines)


def note_text(note: SafetyNote) -> str:
    """The whole note as plain text: each part under its heading."""
    return "\n\n".join(
        f"{heading}\n{_bullets(lines)}"
        for heading, lines in (
            (_urgent_heading(), note.urgent),
            (_ask_heading(), note.ask_first),
            (_always_heading(), note.lines),
        )
    )


def _label(text: str, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # data text is never markup
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class SafetyScreen(AcknowledgedDialog):
    """The note, then a box per :class:`Caution`, then OK and Cancel.

    OK emits ``chosen`` (a frozenset of the ticked cautions). Any close by the user (OK,
    Cancel, Esc, the window's close button) emits ``acknowledged``; the app closing it at quit
    does not, so the first-run screen comes back until the user has seen it.
    """

    chosen = Signal(object)

    def __init__(
        self, note: SafetyNote, cautions: Collection[Caution], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Safety", "Before you exercise \N{EM DASH} backbreak"))
        self.setAccessibleName(self.windowTitle())
        labels = [
            _label(_urgent_heading(), bold=True),
            _label(_bullets(note.urgent)),
            _label(_ask_heading(), bold=True),
            _label(_bullets(note.ask_first)),
            _label(_always_heading(), bold=True),
            _label(_bullets(note.lines)),
        ]
        text = TextColumn(labels)  # a big font or a small screen: the note scrolls
        ticks_heading = _label(
            translate(
                "Safety",
                "Tick what applies to you: backbreak then swaps in a gentler exercise or "
                "leaves that one out.",
            ),
            bold=True,
        )
        self._boxes: dict[Caution, QCheckBox] = {}
        texts = with_mnemonics([caution_text(c) for c in Caution], taken="oc")  # OK, Cancel
        for caution, box_text in zip(Caution, texts, strict=True):
            box = QCheckBox(box_text)
            box.setChecked(caution in cautions)
            self._boxes[caution] = box  # its accessible name is its text
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        for box in self._boxes.values():
            box.installEventFilter(self)  # Return on a box is OK, even after Cancel had focus
        ok.setAccessibleDescription(translate("Safety", "Keep these ticks"))
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(ticks_heading)
        for box in self._boxes.values():
            layout.addWidget(box)
        layout.addWidget(buttons)
        self._fit(layout, text, [*labels, ticks_heading])
        ok.setFocus()

    def _fit(self, layout: QVBoxLayout, text: TextColumn, labels: list[QLabel]) -> None:
        margins = layout.contentsMargins()
        width = usable_width(self, self.fontMetrics().averageCharWidth() * 72)
        label_width = width - margins.left() - margins.right() - text.scrollbar_width()
        for label in labels:
            reserve_text_height(label, [label.text()], label_width)
        rest = layout.sizeHint().height() - text.sizeHint().height()
        height = text.content_height() + rest
        fit_to_screen(self, QSize(width, height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self._boxes.values():
            self._ok.setDefault(True)  # Qt leaves the last focused button the default
        return super().eventFilter(watched, event)

    def cautions(self) -> frozenset[Caution]:
        """The ticked cautions."""
        return frozenset(c for c, box in self._boxes.items() if box.isChecked())

    def set_cautions(self, cautions: Collection[Caution]) -> None:
        for caution, box in self._boxes.items():
            box.setChecked(caution in cautions)

    def accept(self) -> None:
        self.chosen.emit(self.cautions())
        super().accept()


class CautionsField(QWidget):
    """For the settings dialog: which cautions are ticked, in a line, and a button that opens
    the safety screen to change them. ``changed`` says the ticks changed."""

    changed = Signal()

    def __init__(self, note: SafetyNote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note = note
        self._cautions: frozenset[Caution] = frozenset()
        self._screen: SafetyScreen | None = None
        self._summary = _label("")
        self._summary.setAccessibleDescription(translate("Safety", "What you ticked"))
        self._button = QPushButton(translate("Safety", "Open the safety screen…"))
        self._button.setAccessibleName(self._button.text())
        self._button.setToolTip(
            translate(
                "Safety",
                "When to see a doctor, who should ask first, and the exercises to leave out",
            )
        )
        self._button.setAccessibleDescription(
            translate(
                "Safety",
                "When to see a doctor, who should ask first, and the exercises to leave out",
            )
        )
        self._button.clicked.connect(self.open_screen)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._summary, 1)
        row.addWidget(self._button, 0, Qt.AlignmentFlag.AlignTop)
        self.setFocusProxy(self._button)

    @property
    def button(self) -> QPushButton:
        return self._button

    def cautions(self) -> frozenset[Caution]:
        return self._cautions

    def set_cautions(self, cautions: Collection[Caution]) -> None:
        self._cautions = frozenset(cautions)
        self._summary.setText(cautions_summary(self._cautions))
        self._summary.setAccessibleName(self._summary.text())  # a name that is its text

    def open_screen(self) -> SafetyScreen:
        """The safety screen over the dialog, with the ticks as the form holds them."""
        screen = self._screen
        if screen is None:  # one screen, opened again with the form's ticks each time
            screen = self._screen = SafetyScreen(self._note, self._cautions, self)
            screen.setWindowModality(Qt.WindowModality.WindowModal)
            screen.chosen.connect(self._chosen)
        screen.set_cautions(self._cautions)
        screen.open()
        return screen

    def _chosen(self, cautions: frozenset[Caution]) -> None:
        if cautions != self._cautions:
            self.set_cautions(cautions)
            self.changed.emit()
