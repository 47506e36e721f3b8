"""The layers' rules, read from the source: imports point down, and every package ships.

``cli -> app -> control/ui/platform -> core``; core knows nothing of Qt; ui runs no SQL.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "backbreak"

# What each layer may import from backbreak (besides itself and the package's face).
ALLOWED = {
    "core": {"core"},
    "platform": {"core", "platform"},
    "control": {"core", "control"},
    "ui": {"core", "ui"},
    "app": {"core", "platform", "control", "ui", "app"},
    "cli": {"core", "control", "cli", "app"},
}
QT = ("PySide6", "shiboken6")


def _layer(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0]


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
            found += [f"{node.module}.{a.name}" for a in node.names]
    return found


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_down(path: Path) -> None:
    layer = _layer(path)
    bad = []
    for name in _imports(path):
        parts = name.split(".")
        if parts[0] in QT and layer == "core":
            bad.append(name)
        inside = parts[0] == "backbreak" and len(parts) > 1 and parts[1] in ALLOWED
        if inside and parts[1] not in ALLOWED[layer]:
            bad.append(name)
        if parts[0] == "sqlite3" and layer == "ui":
            bad.append(name)
    assert not bad, f"{path.relative_to(ROOT)} ({layer}) imports {bad}"


def test_the_top_level_holds_only_the_face() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py"]
    layers = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists())
    assert layers == sorted(ALLOWED)


def test_every_package_folder_is_in_the_wheel() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    folders = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")
    }
    assert folders <= listed, f"missing from pyproject.toml: {sorted(folders - listed)}"


def test_sql_is_written_in_the_store_only() -> None:
    """SQL statements live in the store (``core/history/store.py``, ``store_opening.py`` for
    opening the file, and ``store_sql.py`` for its schema and the SQL of each write); nobody
    else talks to sqlite."""
    users = sorted(
        str(p.relative_to(ROOT))
        for p in PACKAGE.rglob("*.py")
        if any(n.split(".")[0] == "sqlite3" for n in _imports(p))
    )
    assert users == [
        "backbreak/core/history/store.py",
        "backbreak/core/history/store_opening.py",
        "backbreak/core/history/store_sql.py",
    ]


def test_no_comment_sends_the_reader_to_an_issue_number() -> None:
    """The code says why itself; an issue number is something a reader cannot look up."""
    mentions = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in [*PACKAGE.rglob("*.py"), *(ROOT / "tests").glob("*.py"),
                     *(ROOT / "tests" / "desktop").glob("*.py")]
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bissue \d+|\(#\d+\)", line, re.IGNORECASE)
    ]
    assert not mentions, mentions
