"""Every mutant of ``tests/mutation`` still applies to the code: its snippet occurs exactly
once in its file. The mutation run takes minutes and is run by hand; this check is instant, so
an edit that moves a guarded rule says so in the ordinary test run."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "mutation"))
from mutants import MUTANTS
from run import stale


def test_every_mutant_snippet_occurs_exactly_once() -> None:
    assert stale(list(MUTANTS)) == []


def test_a_snippet_that_no_longer_applies_is_named(tmp_path: Path) -> None:
    mutant = MUTANTS[0]
    moved = tmp_path / mutant.path
    moved.parent.mkdir(parents=True)
    moved.write_text("the code was rewritten\n", encoding="utf-8")
    assert stale([mutant], tmp_path) == [
        f"NOT APPLIED  {mutant.name}: its snippet occurs 0 times in {mutant.path}"
    ]
