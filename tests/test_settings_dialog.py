"""The settings dialog offscreen, driven through its controls the way a user (or a screen
reader) finds them: by accessible name, by mnemonic and by Tab.

No translator is installed, so texts read as their source form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import time
from typing import Protocol

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backbreak.core.routines.schema import Caution, Level
from backbreak.core.settings import (
    Preference,
    Settings,
    accepted_range,
    dump_config,
    parse_config,
)
from backbreak.ui.safety_screen import SafetyScreen
from backbreak.ui.settings.dialog import SettingsDialog

LANGUAGES = [("de", "Deutsch"), ("ja", "日本語"), ("fr", "<b>Français</b>")]
B = QDialogButtonBox.StandardButton

CHANGED = Settings(
    interval_s=45 * 60, natural_break_s=10 * 60, notice_ahead_s=90, snooze_s=15 * 60,
    snooze_limit=0, hours_enabled=True, work_start=time(7, 30), work_end=time(16, 15),
    work_days=(0, 2, 5), preference="walk", level="strong", walk_s=12 * 60,
    goal_walk_minutes=45, notifications=False, sound=True, respect_dnd=False, language="ja",
    autostart=True, monochrome_tray=True, meeting_guard=False, typing_pause_s=5,
    typing_pause_cap_s=120, reduced_motion=True, standing_walk_after_s=40 * 60,
    cautions=frozenset({Caution.BALANCE, Caution.FLOOR}), pain_checkin="every-routine",
)


def test_changed_differs_from_the_defaults_in_every_field() -> None:
    """So that the two tests below cover every field, today's and tomorrow's (hours_enabled
    stays on: the form's hours are disabled without it)."""
    same = [f.name for f in fields(Settings) if getattr(CHANGED, f.name) == getattr(
        Settings(), f.name)]
    assert same == ["hours_enabled"]


class MakeDialog(Protocol):
    def __call__(self, s: Settings, languages: list[tuple[str, str]] = ...) -> SettingsDialog: ...


@pytest.fixture
def make(qtbot: QtBot) -> MakeDialog:
    def build(s: Settings, languages: list[tuple[str, str]] = LANGUAGES) -> SettingsDialog:
        d = SettingsDialog(s, languages)
        qtbot.addWidget(d)
        return d

    return build


def problem_label(d: QWidget) -> QLabel:
    """The problem line: a label whose accessible name is the problem it shows."""
    found = [
        w
        for w in d.findChildren(QLabel)
        if w.accessibleDescription() == "Problem with the settings"
    ]
    assert len(found) == 1 and found[0].accessibleName() == ""
    return found[0]


def control(d: QWidget, name: str) -> QWidget:
    found = [w for w in d.findChildren(QWidget) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} controls named {name!r}"
    return found[0]


def spin(d: QWidget, name: str) -> QSpinBox:
    w = control(d, name)
    assert isinstance(w, QSpinBox)
    return w


def check(d: QWidget, name: str) -> QCheckBox:
    w = control(d, name)
    assert isinstance(w, QCheckBox)
    return w


def combo(d: QWidget, name: str) -> QComboBox:
    w = control(d, name)
    assert isinstance(w, QComboBox)
    return w


def clock(d: QWidget, name: str) -> QTimeEdit:
    w = control(d, name)
    assert isinstance(w, QTimeEdit)
    return w


def button(d: QDialog, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    box = d.findChild(QDialogButtonBox)
    assert box is not None
    b = box.button(which)
    assert b is not None
    return b


def day_boxes(d: QWidget) -> list[QCheckBox]:
    return [w for w in d.findChildren(QCheckBox)
            if w.accessibleDescription() == "Remind on this day during working hours"]


def test_the_form_shows_every_field_of_the_settings_it_was_given(make: MakeDialog) -> None:
    d = make(CHANGED)
    assert d.settings() == CHANGED
    assert spin(d, "Interval between breaks").text() == "45 min"
    assert spin(d, "Notice ahead of a break").text() == "90 s"
    assert spin(d, "Snoozes per break").text() == "No snoozing"
    assert clock(d, "Working hours start").time() == QTime(7, 30)
    assert [b.isChecked() for b in day_boxes(d)] == [True, False, True, False, False, True, False]
    assert combo(d, "Kind of break").currentText() == "Walks"
    assert combo(d, "Level").currentText() == "Strong"
    assert combo(d, "Language").currentText() == "日本語"
    assert check(d, "Start at login").isChecked()
    assert not button(d, B.Apply).isEnabled()  # nothing changed yet


def test_changing_every_field_then_apply_emits_exactly_the_new_settings(
    make: MakeDialog, qtbot: QtBot
) -> None:
    d = make(Settings())
    d.show()
    spin(d, "Interval between breaks").setValue(45)
    spin(d, "Time away that counts as a break").setValue(10)
    spin(d, "Walk after standing").setValue(40)
    spin(d, "Notice ahead of a break").setValue(90)
    spin(d, "Snooze length").setValue(15)
    spin(d, "Snoozes per break").setValue(0)
    clock(d, "Working hours start").setTime(QTime(7, 30))
    clock(d, "Working hours end").setTime(QTime(16, 15))
    for i, box in enumerate(day_boxes(d)):
        box.setChecked(i in (0, 2, 5))
    kind_of_break = combo(d, "Kind of break")
    kind_of_break.setCurrentIndex(kind_of_break.findData("walk"))
    level = combo(d, "Level")
    level.setCurrentIndex(level.findData("strong"))
    spin(d, "Walk length").setValue(12)
    pain_checkin = combo(d, "Pain check-in")
    pain_checkin.setCurrentIndex(pain_checkin.findData("every-routine"))
    spin(d, "Daily walking goal").setValue(45)
    check(d, "Show notifications").setChecked(False)
    check(d, "Play a sound with reminders").setChecked(True)
    check(d, "Hold reminders while do not disturb is on").setChecked(False)
    language = combo(d, "Language")
    language.setCurrentIndex(language.findData("ja"))
    check(d, "Start at login").setChecked(True)
    check(d, "Monochrome tray icon").setChecked(True)
    check(d, "Hold breaks during calls").setChecked(False)
    spin(d, "Wait for a pause in typing").setValue(5)
    spin(d, "Longest wait for a pause").setValue(120)
    check(d, "Reduce motion").setChecked(True)
    tick_in_the_safety_screen(d, qtbot, {"My balance is unsteady",
                                         "No room or wish to get on the floor"})

    with qtbot.waitSignal(d.applied, timeout=1000) as emitted:
        button(d, B.Apply).click()
    assert emitted.args == [CHANGED]
    assert not button(d, B.Apply).isEnabled()  # applied: nothing left to apply
    assert d.isVisible()  # Apply keeps the dialog open


def tick_in_the_safety_screen(d: SettingsDialog, qtbot: QtBot, ticked: set[str]) -> None:
    """Open the safety screen from the dialog's button, tick ``ticked`` (by their texts), OK."""
    opener = control(d, "Open the safety screen…")
    assert isinstance(opener, QAbstractButton)
    opener.click()
    screen = d.findChild(SafetyScreen)
    assert screen is not None
    qtbot.waitUntil(screen.isVisible, timeout=2000)
    for box in screen.findChildren(QCheckBox):
        box.setChecked(box.text().replace("&", "") in ticked)
    ok = screen.findChild(QDialogButtonBox)
    assert ok is not None
    ok.button(B.Ok).click()
    qtbot.waitUntil(lambda: not screen.isVisible(), timeout=2000)


def test_the_safety_screen_round_trips_the_cautions(make: MakeDialog, qtbot: QtBot) -> None:
    d = make(CHANGED)
    d.show()
    summary = [w for w in d.findChildren(QLabel) if w.accessibleDescription() == "What you ticked"]
    assert [w.text() for w in summary] == [
        "Ticked: My balance is unsteady; No room or wish to get on the floor."]
    tick_in_the_safety_screen(d, qtbot, {"Bending backwards hurts"})
    assert d.settings().cautions == {Caution.BENDING_BACKWARDS}
    assert summary[0].text() == "Ticked: Bending backwards hurts."
    assert button(d, B.Apply).isEnabled()
    tick_in_the_safety_screen(d, qtbot, set())
    assert d.settings().cautions == frozenset()
    assert summary[0].text() == "Nothing ticked: every exercise is offered."


def test_what_the_dialog_emits_survives_the_file(make: MakeDialog, qtbot: QtBot) -> None:
    d = make(Settings())
    check(d, "Remind only during working hours").setChecked(False)
    clock(d, "Working hours end").setTime(QTime(6, 0))  # allowed: hours are off
    spin(d, "Interval between breaks").setValue(spin(d, "Interval between breaks").maximum())
    with qtbot.waitSignal(d.applied, timeout=1000) as emitted:
        button(d, B.Apply).click()
    got = emitted.args[0]
    assert parse_config(dump_config(got)) == (got, [])


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.builds(
    Settings,
    interval_s=st.integers(1, 240).map(lambda m: m * 60),
    natural_break_s=st.integers(1, 60).map(lambda m: m * 60),
    notice_ahead_s=st.integers(1, 600),
    snooze_s=st.integers(1, 60).map(lambda m: m * 60),
    snooze_limit=st.integers(0, 20),
    hours_enabled=st.just(False),
    work_start=st.builds(time, st.integers(0, 23), st.integers(0, 59)),
    work_end=st.builds(time, st.integers(0, 23), st.integers(0, 59)),
    work_days=st.sets(st.integers(0, 6)).map(lambda s: tuple(sorted(s))),
    preference=st.sampled_from(Preference),
    level=st.sampled_from([None, *Level]),
    walk_s=st.integers(1, 60).map(lambda m: m * 60),
    goal_walk_minutes=st.integers(0, 600),
    notifications=st.booleans(), sound=st.booleans(), respect_dnd=st.booleans(),
    language=st.sampled_from(["", "de", "ja", "fr", "sv"]),
    autostart=st.booleans(),
))
def test_any_valid_settings_show_unchanged_and_reach_the_file_unchanged(
    qapp: QApplication, s: Settings
) -> None:
    d = SettingsDialog(Settings(), LANGUAGES)
    try:
        d.show_settings(s)
        assert d.settings() == s
        assert parse_config(dump_config(d.settings())) == (s, [])
    finally:
        d.deleteLater()


def test_ok_applies_what_changed_and_closes(make: MakeDialog, qtbot: QtBot) -> None:
    d = make(Settings())
    d.show()
    check(d, "Play a sound with reminders").setChecked(True)
    with qtbot.waitSignal(d.applied, timeout=1000) as emitted:
        button(d, B.Ok).click()
    assert emitted.args == [Settings(sound=True)]
    assert d.result() == QDialog.DialogCode.Accepted and not d.isVisible()


def test_ok_without_changes_and_cancel_emit_nothing(make: MakeDialog, qtbot: QtBot) -> None:
    d = make(CHANGED)
    received: list[object] = []
    d.applied.connect(received.append)
    d.show()
    button(d, B.Ok).click()
    assert d.result() == QDialog.DialogCode.Accepted
    d.show()
    spin(d, "Interval between breaks").setValue(20)
    button(d, B.Cancel).click()
    assert d.result() == QDialog.DialogCode.Rejected and received == []


def test_restore_defaults_fills_the_form_and_waits_for_apply(make: MakeDialog) -> None:
    d = make(CHANGED)
    received: list[object] = []
    d.applied.connect(received.append)
    button(d, B.RestoreDefaults).click()
    assert d.settings() == Settings()
    assert received == []
    assert button(d, B.Apply).isEnabled()
    button(d, B.Apply).click()
    assert received == [Settings()]


def test_the_language_list_starts_with_the_system_default(make: MakeDialog) -> None:
    d = make(Settings())
    language = combo(d, "Language")
    assert [language.itemData(i) for i in range(language.count())] == ["", "de", "ja", "fr"]
    assert language.itemText(0) == "System default"
    given = make(Settings(), [("", "Follow the desktop"), ("de", "Deutsch")])
    assert combo(given, "Language").itemText(0) == "Follow the desktop"
    assert combo(given, "Language").count() == 2


def test_a_language_not_offered_is_kept_rather_than_lost(make: MakeDialog, qtbot: QtBot) -> None:
    d = make(Settings(language="sv"))
    assert d.settings().language == "sv"
    assert combo(d, "Language").currentText() == "sv"


def test_durations_not_in_whole_minutes_are_rounded_without_counting_as_a_change(
    make: MakeDialog,
) -> None:
    d = make(Settings(interval_s=90 * 60 + 40, snooze_s=59))
    assert spin(d, "Interval between breaks").value() == 91
    assert spin(d, "Snooze length").value() == 1  # kept inside the accepted range
    assert not button(d, B.Apply).isEnabled()


@pytest.mark.parametrize(("start", "end"), [(QTime(9, 0), QTime(9, 0)), (QTime(17, 0),
                                                                         QTime(8, 59))])
def test_working_hours_ending_at_or_before_the_start_are_named_and_block_apply(
    make: MakeDialog, qtbot: QtBot, start: QTime, end: QTime
) -> None:
    d = make(Settings())
    received: list[object] = []
    d.applied.connect(received.append)
    d.show()
    clock(d, "Working hours start").setTime(start)
    clock(d, "Working hours end").setTime(end)
    problem = problem_label(d)
    assert isinstance(problem, QLabel)
    assert problem.isVisible()
    assert problem.text() == "Working hours: the end must be later than the start."
    assert clock(d, "Working hours end").accessibleDescription() == problem.text()
    assert not button(d, B.Apply).isEnabled() and not button(d, B.Ok).isEnabled()
    d.apply()  # even when called directly
    QTest.keyClick(d, Qt.Key.Key_Return)  # the default button path
    assert d.isVisible() and received == []
    clock(d, "Working hours end").setTime(QTime(18, 0))
    assert not problem.isVisible() and button(d, B.Ok).isEnabled()


def test_turning_working_hours_off_disables_their_fields_and_lifts_the_block(
    make: MakeDialog,
) -> None:
    d = make(Settings(hours_enabled=True))
    clock(d, "Working hours end").setTime(QTime(7, 0))
    assert not button(d, B.Ok).isEnabled()
    check(d, "Remind only during working hours").setChecked(False)
    assert button(d, B.Ok).isEnabled()
    assert not clock(d, "Working hours start").isEnabled()
    assert not any(b.isEnabled() for b in day_boxes(d))


def test_spin_box_limits_are_the_limits_of_the_file(make: MakeDialog) -> None:
    """Each box's ends are accepted by parse_config and one step beyond is refused."""
    d = make(Settings())
    boxes = [
        ("Interval between breaks", "breaks", "interval", "m"),
        ("Time away that counts as a break", "breaks", "natural_break", "m"),
        ("Notice ahead of a break", "breaks", "notice_ahead", "s"),
        ("Snooze length", "breaks", "snooze", "m"),
        ("Snoozes per break", "breaks", "snooze_limit", ""),
        ("Walk length", "routines", "walk", "m"),
        ("Daily walking goal", "goal", "walk_minutes", ""),
    ]
    for name, section, key, unit in boxes:
        box = spin(d, name)

        def problems(n: int, section: str = section, key: str = key, unit: str = unit) -> int:
            raw = f'"{n}{unit}"' if unit else str(n)
            return len(parse_config(f"[{section}]\n{key} = {raw}\n")[1])

        assert problems(box.minimum()) == 0 and problems(box.maximum()) == 0, name
        assert problems(box.maximum() + 1) == 1, name
        if box.minimum() > 0:
            assert problems(box.minimum() - 1) == 1, name


def test_accepted_range_reads_the_limits_from_the_checks() -> None:
    assert accepted_range("interval_s") == (60, 4 * 3600)
    assert accepted_range("notice_ahead_s") == (1, 600)
    assert accepted_range("snooze_limit") == (0, 20)
    with pytest.raises(TypeError):
        accepted_range("sound")


def test_every_control_has_an_accessible_name_and_description(make: MakeDialog) -> None:
    d = make(Settings())
    kinds = (QSpinBox, QTimeEdit, QComboBox, QCheckBox, QAbstractButton, QTabWidget)
    controls = [w for w in d.findChildren(QWidget)
                if isinstance(w, kinds) and w.parent() is not None
                and type(w).__name__ != "QToolButton"]  # the tab bar's scroll arrows
    assert len(controls) >= 27
    missing = [(type(w).__name__, w.accessibleName(), w.accessibleDescription())
               for w in controls if not w.accessibleName() or not w.accessibleDescription()]
    assert missing == []


def test_every_label_is_plain_text_with_a_buddy_and_a_mnemonic(make: MakeDialog) -> None:
    d = make(Settings())
    labels = [w for w in d.findChildren(QLabel) if w.accessibleName() == "" and w.text()]
    assert len(labels) >= 13
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
        assert label.buddy() is not None, label.text()
        assert "&" in label.text(), label.text()
    problem = problem_label(d)
    assert isinstance(problem, QLabel) and problem.textFormat() == Qt.TextFormat.PlainText
    language = combo(d, "Language")
    assert language.itemText(language.findData("fr")) == "<b>Français</b>"  # shown as is


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().lower()


def test_mnemonics_do_not_clash_on_any_page(make: MakeDialog) -> None:
    d = make(Settings())
    tabs = d.findChild(QTabWidget)
    assert tabs is not None
    tab_keys = [_mnemonic(tabs.tabText(i)) for i in range(tabs.count())]
    assert all(tab_keys) and len(set(tab_keys)) == len(tab_keys)
    for i in range(tabs.count()):
        page = tabs.widget(i)
        assert page is not None
        # captions; a label named by its own text (the ticked cautions) is a value, not one
        texts = [w.text() for w in page.findChildren(QLabel) if not w.accessibleName()]
        texts += [w.text() for w in page.findChildren(QCheckBox) if "&" in w.text()]
        keys = [_mnemonic(t) for t in texts if t]
        assert all(keys), tabs.tabText(i)
        assert len(set(keys)) == len(keys), (tabs.tabText(i), keys)
        assert not set(keys) & set(tab_keys), (tabs.tabText(i), keys)


def test_alt_mnemonics_switch_tabs_and_reach_the_field(make: MakeDialog, qtbot: QtBot) -> None:
    d = make(Settings())
    d.show()
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d, timeout=2000)
    alt = Qt.KeyboardModifier.AltModifier
    QTest.keyClick(d, Qt.Key.Key_R, alt)
    QTest.keyClick(d, Qt.Key.Key_W, alt)
    assert QApplication.focusWidget() is spin(d, "Walk length")
    QTest.keyClick(spin(d, "Walk length"), Qt.Key.Key_Up)
    assert d.settings().walk_s == Settings().walk_s + 60
    QTest.keyClick(d, Qt.Key.Key_H, alt)
    QTest.keyClick(d, Qt.Key.Key_E, alt)
    assert QApplication.focusWidget() is clock(d, "Working hours end")


def test_tab_walks_the_breaks_page_in_reading_order(make: MakeDialog, qtbot: QtBot) -> None:
    d = make(Settings())
    d.show()
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d, timeout=2000)
    first = spin(d, "Interval between breaks")
    first.setFocus()
    seen: list[QWidget] = [first]
    for _ in range(5):
        QTest.keyClick(seen[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
    assert [w.accessibleName() for w in seen] == [
        "Interval between breaks", "Time away that counts as a break", "Walk after standing",
        "Notice ahead of a break", "Snooze length", "Snoozes per break"]


def test_escape_cancels(make: MakeDialog, qtbot: QtBot) -> None:
    d = make(Settings())
    d.show()
    QTest.keyClick(d, Qt.Key.Key_Escape)
    assert d.result() == QDialog.DialogCode.Rejected and not d.isVisible()


def test_a_language_change_rebuilds_the_open_dialog_keeping_the_form(
    make: MakeDialog, qtbot: QtBot, switch_language: Callable[[str], None]
) -> None:
    d = make(Settings())
    d.show()
    qtbot.waitExposed(d)
    tabs = d.findChild(QTabWidget)
    assert tabs is not None and tabs.tabText(0) == "&Breaks"
    tabs.setCurrentIndex(2)
    spin(d, "Walk length").setValue(12)  # typed, not applied
    spin(d, "Walk length").setFocus()
    assert button(d, B.Apply).isEnabled()

    switch_language("de")  # what Apply does when the language was changed
    qtbot.waitUntil(lambda: d.windowTitle() == "Einstellungen \N{EN DASH} backbreak", timeout=3000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    tabs = d.findChild(QTabWidget)
    assert tabs is not None
    assert [tabs.tabText(i) for i in range(tabs.count())][:2] == ["&Pausen", "Arbeits&zeit"]
    assert tabs.currentIndex() == 2  # still on the page the user was on
    assert d.settings() == Settings(walk_s=12 * 60)  # the typed value is still there...
    assert button(d, B.Apply).isEnabled()  # ...and still not applied
    assert spin(d, "Intervall zwischen Pausen").value() == Settings().interval_s // 60
    tr = QCoreApplication.translate  # the German names, found as a screen reader finds them
    assert QApplication.focusWidget() is spin(d, tr("SettingsDialog", "Walk length"))
    german = QLocale("de")
    days = [w for w in d.findChildren(QCheckBox) if w.accessibleDescription()
            == tr("SettingsDialog", "Remind on this day during working hours")]
    assert [b.text() for b in days] == [
        german.standaloneDayName(n, QLocale.FormatType.ShortFormat) for n in range(1, 8)]
    assert len(d.findChildren(QTabWidget)) == 1  # the English body is gone


class _NewBodies(QObject):
    """Counts the widgets that become children of the window it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildAdded:
            assert isinstance(event, QChildEvent)
            self.count += event.child().isWidgetType()
        return False


def test_a_language_change_rebuilds_a_hidden_dialog_once(
    make: MakeDialog,
    qtbot: QtBot,
    switch_language: Callable[[str], None],
    settle: Callable[[], None],
) -> None:
    d = make(Settings())
    bodies = _NewBodies()  # a rebuild puts a new body into the window: a new widget child
    d.installEventFilter(bodies)
    switch_language("fr")
    QCoreApplication.sendPostedEvents()  # the window hears of it: a rebuild is queued...
    QCoreApplication.sendEvent(d, QEvent(QEvent.Type.LanguageChange))  # ...and hears again
    settle()  # everything queued so far has run
    d.removeEventFilter(bodies)
    assert bodies.count == 1  # one rebuild for the translators swapped, however many events
    assert d.windowTitle().startswith("Paramètres")
