"""The shipped translations are complete, current, compiled, and keep their placeholders.

The comparison with the code runs ``packaging/update_translations.py`` into a temporary folder
(seeded with the shipped ``.ts`` files), so a string added to the code or the routine data
without a translation, or a ``.ts`` file left behind by the code, fails here.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "translations"
TRANSLATED = ("de", "fr", "es", "pt_BR", "ja")
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "pt_BR": 2, "ja": 1}
_PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def _load_tool() -> ModuleType:
    path = REPO / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
LANGUAGES: tuple[str, ...] = tool.LANGUAGES


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts and .qm files as the update tool makes them from today's code and data."""
    folder = tmp_path_factory.mktemp("fresh-translations")
    tool.update(folder, REPO, LANGUAGES, seed_dir=SHIPPED)
    tool.release(folder, folder, LANGUAGES)
    return folder


def _entries(folder: Path, language: str) -> dict[tuple[str, str, str], Any]:
    """(context, source, disambiguation) -> the tool's ``Entry`` (typed Any: loaded by path)."""
    entries: dict[tuple[str, str, str], Any] = tool.read_ts(tool.ts_path(folder, language))
    return entries


def _all_shipped_entries() -> Iterator[tuple[str, Any]]:
    for language in LANGUAGES:
        for entry in _entries(SHIPPED, language).values():
            yield language, entry


# --------------------------------------------------------------------------- (a) complete


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_message_is_finished_and_not_empty(language: str) -> None:
    entries = _entries(SHIPPED, language).values()
    assert entries, f"backbreak_{language}.ts has no messages"
    todo = [e.message.source for e in entries if not e.finished or not all(e.translations)]
    assert todo == [], f"backbreak_{language}.ts: unfinished or empty: {todo}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_the_forms_of_their_language(language: str) -> None:
    numerus = [e for e in _entries(SHIPPED, language).values() if e.message.numerus]
    assert numerus, f"backbreak_{language}.ts has no plural messages"
    wrong = [e.message.source for e in numerus if len(e.translations) != PLURAL_FORMS[language]]
    assert wrong == [], f"backbreak_{language}.ts: wrong number of plural forms: {wrong}"


def test_english_carries_only_the_plural_messages() -> None:
    entries = _entries(SHIPPED, "en").values()
    assert all(e.message.numerus for e in entries)


# --------------------------------------------------------------------------- (b) current


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_matches_the_code_and_routine_data(language: str, fresh: Path) -> None:
    shipped = _entries(SHIPPED, language)
    current = _entries(fresh, language)
    missing = sorted(current.keys() - shipped.keys())
    stale = sorted(shipped.keys() - current.keys())
    assert missing == [], f"backbreak_{language}.ts lacks strings the code uses: {missing}"
    assert stale == [], f"backbreak_{language}.ts has strings the code no longer uses: {stale}"
    changed = [k for k in current if current[k].message.numerus != shipped[k].message.numerus]
    assert changed == [], f"backbreak_{language}.ts: plural-ness changed for {changed}"
    untranslated = [k for k, e in current.items() if not e.finished or not all(e.translations)]
    assert untranslated == [], f"{language}: source strings without a translation: {untranslated}"


def test_routine_content_is_in_the_routines_context() -> None:
    from backbreak.core.routines.library import load_library, safety_text

    library = load_library(None)
    wanted = {safety_text()[0], library.get("walk").title}
    wanted |= {library.exercises["bridge"].steps[0], library.exercises["bridge"].avoid[0]}
    keys = {(c, s) for c, s, _ in _entries(SHIPPED, "de")}
    assert {("Routines", text) for text in wanted} <= keys


def test_extract_keeps_plurals_lupdate_alone_would_lose(tmp_path: Path) -> None:
    source = tmp_path / "widget.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "translate = QCoreApplication.translate\n"
        "a = translate('Ctx', '%n rep(s)', None, step.reps)\n"
        "b = translate('Ctx', 'Plain')\n"
        "c = translate('Ctx', name)\n"
        "tr = translate\n"
        "d = tr('Ctx', 'Through an alias')\n",
        encoding="utf-8",
    )
    messages, warnings = tool.code_messages([source], tmp_path)
    assert [(m.source, m.numerus) for m in messages] == [
        ("%n rep(s)", True), ("Plain", False), ("Through an alias", False)]
    assert warnings == ["widget.py:5: translate() with a non-literal context or text is "
                        "invisible to lupdate"]


# --------------------------------------------------------------------------- (c) compiled


@pytest.mark.parametrize("language", LANGUAGES)
def test_shipped_qm_is_a_fresh_lrelease(language: str, fresh: Path) -> None:
    shipped = tool.qm_path(SHIPPED, language).read_bytes()
    assert shipped == tool.qm_path(fresh, language).read_bytes(), (
        f"backbreak_{language}.qm is stale: run packaging/update_translations.py")


@pytest.mark.parametrize(
    ("language", "context", "source", "expected"),
    [
        ("de", "Tray", "Quit", "Beenden"),
        ("fr", "Player", "Step %1 of %2", "Étape %1 sur %2"),
        ("es", "Routines", "Bridge", "Puente"),
        ("pt_BR", "WalkCard", "Not now", "Agora não"),
        ("ja", "PromptCard", "Walk instead", "代わりに歩く"),
    ],
)
def test_qm_loads_and_translates(language: str, context: str, source: str,
                                 expected: str) -> None:
    translator = QTranslator()
    assert translator.load(str(tool.qm_path(SHIPPED, language)))
    assert translator.translate(context, source) == expected


# --------------------------------------------------------------------------- (d) plurals


@pytest.fixture
def installed(qapp: QCoreApplication) -> Iterator[list[QTranslator]]:
    """Translators installed for one test, removed afterwards."""
    translators: list[QTranslator] = []
    yield translators
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def _install(installed: list[QTranslator], language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(tool.qm_path(SHIPPED, language)))
    assert QCoreApplication.installTranslator(translator)
    installed.append(translator)


def test_german_plural_forms(installed: list[QTranslator]) -> None:
    _install(installed, "de")
    translate = QCoreApplication.translate
    assert translate("WeeklyWindow", "%n break(s) taken", None, 1) == "1 Pause gemacht"
    assert translate("WeeklyWindow", "%n break(s) taken", None, 2) == "2 Pausen gemacht"
    assert translate("Player", "%n repetition(s)", None, 1) == "1 Wiederholung"
    assert translate("Player", "%n repetition(s)", None, 12) == "12 Wiederholungen"


def test_english_plural_forms_show_no_parenthesised_s(installed: list[QTranslator]) -> None:
    _install(installed, "en")
    translate = QCoreApplication.translate
    assert translate("WeeklyWindow", "%n break(s) taken", None, 1) == "1 break taken"
    assert translate("WeeklyWindow", "%n break(s) taken", None, 2) == "2 breaks taken"
    for entry in _entries(SHIPPED, "en").values():
        m = entry.message
        for n in (0, 1, 2, 5):
            shown = translate(m.context, m.source, m.disambiguation or None, n)
            assert "(s)" not in shown, f"en shows {shown!r} for n={n}"


def test_japanese_has_one_form_for_every_count(installed: list[QTranslator]) -> None:
    _install(installed, "ja")
    translate = QCoreApplication.translate
    assert translate("WeeklyWindow", "%n break(s) taken", None, 1) == "取った休憩 1 回"
    assert translate("WeeklyWindow", "%n break(s) taken", None, 7) == "取った休憩 7 回"


def test_no_translation_keeps_the_english_plural_marker() -> None:
    bad = [(lang, e.message.source) for lang, e in _all_shipped_entries()
           if any("(s)" in t for t in e.translations)]
    assert bad == []


# --------------------------------------------------------------------------- (e) placeholders


def test_placeholders_mnemonics_and_edges_are_preserved() -> None:
    problems: list[str] = []
    for language, entry in _all_shipped_entries():
        source = entry.message.source
        for text in filter(None, entry.translations):  # empty ones fail the test above
            where = f"{language}: {source!r} -> {text!r}"
            if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{where}: keyboard mnemonic (&) added or lost")
            if source.count("\n") != text.count("\n"):
                problems.append(f"{where}: line breaks differ")
            if source[:1].isspace() != text[:1].isspace():
                problems.append(f"{where}: leading space differs")
    assert problems == []
