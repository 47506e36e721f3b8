"""The settings pages together own every field of Settings exactly once.

A new field in ``core.settings`` without a control would otherwise be reset to its default by
every Apply; the dialog refuses to build a Settings from pages that miss (or share) a field.
"""

from __future__ import annotations

from dataclasses import asdict, fields

import pytest
from pytestqt.qtbot import QtBot

from backbreak.core.settings import Settings
from backbreak.ui.settings.breaks import BreaksPage
from backbreak.ui.settings.dialog import SettingsDialog
from backbreak.ui.settings.general import GeneralPage
from backbreak.ui.settings.hours import HoursPage
from backbreak.ui.settings.page import FieldOwnershipError, SettingsPage, merged
from backbreak.ui.settings.routines import RoutinesPage


def pages(qtbot: QtBot) -> list[SettingsPage]:
    made: list[SettingsPage] = [BreaksPage(), HoursPage(), RoutinesPage(), GeneralPage([])]
    for page in made:
        qtbot.addWidget(page)
    return made


def test_the_pages_own_every_field_of_settings_once(qtbot: QtBot) -> None:
    owned = [name for page in pages(qtbot) for name in page.values()]
    assert sorted(owned) == sorted(f.name for f in fields(Settings))
    assert len(set(owned)) == len(owned)


def test_each_page_shows_what_it_is_given(qtbot: QtBot) -> None:
    s = Settings(interval_s=45 * 60, work_days=(1, 6), walk_s=12 * 60, sound=True)
    for page in pages(qtbot):
        page.fill(s)
        assert page.values() == {k: v for k, v in asdict(s).items() if k in page.values()}


def test_merged_names_a_field_without_a_control() -> None:
    complete = asdict(Settings())
    assert merged([complete]) == complete
    del complete["typing_pause_cap_s"]
    with pytest.raises(FieldOwnershipError, match="no control for \\['typing_pause_cap_s'\\]"):
        merged([complete])


def test_merged_names_a_field_owned_twice_or_not_a_setting() -> None:
    complete = asdict(Settings())
    with pytest.raises(FieldOwnershipError, match="owned twice \\['sound'\\]"):
        merged([complete, {"sound": True}])
    with pytest.raises(FieldOwnershipError, match="not a setting \\['volume'\\]"):
        merged([complete, {"volume": 3}])


def test_a_page_dropping_a_field_stops_the_dialog_instead_of_resetting_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    values = GeneralPage.values

    def without_sound(self: GeneralPage) -> dict[str, object]:
        return {k: v for k, v in values(self).items() if k != "sound"}

    monkeypatch.setattr(GeneralPage, "values", without_sound)
    with pytest.raises(FieldOwnershipError, match="no control for \\['sound'\\]"):
        SettingsDialog(Settings(sound=True), [])
