"""Handlers for ``backbreak routines list [--json]`` and ``backbreak routines check FILE``.

No Qt and no argument parsing here: ``cli.py`` parses and calls these with its streams.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from backbreak.core.routines.library import Library, check_file
from backbreak.core.routines.schema import BUILTIN, RoutineProblem


def _problem_dict(problem: RoutineProblem) -> dict[str, object]:
    return {
        "file": problem.file,
        "line": problem.line,
        "field": problem.field,
        "message": problem.message,
    }


def cmd_list(library: Library, as_json: bool, out: TextIO) -> int:
    """List every loaded routine with its source; skipped files are listed after them."""
    routines = sorted(library.routines.values(), key=lambda r: (r.place, r.source != BUILTIN, r.id))
    if as_json:
        doc = {
            "routines": [
                {
                    "id": r.id,
                    "title": r.title,
                    "description": r.description,
                    "kind": r.place,
                    "exercises": list(r.exercise_ids),
                    "source": r.source,
                }
                for r in routines
            ],
            "problems": [_problem_dict(p) for p in library.problems],
        }
        json.dump(doc, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    width = max((len(r.id) for r in routines), default=2)
    for r in routines:
        count = len(r.exercise_ids)
        noun = "exercise " if count == 1 else "exercises"
        out.write(f"{r.id:<{width}}  {r.place:<4}  {count:>2} {noun}  {r.title}  [{r.source}]\n")
    if library.problems:
        out.write(f"\n{len(library.problems)} problem(s); the files concerned were skipped:\n")
        for problem in library.problems:
            out.write(f"  {problem}\n")
    return 0


def cmd_check(path: Path, out: TextIO, err: TextIO) -> int:
    """Validate one exercise or routine file: 0 and a line on ``out`` when it is valid,
    1 and one line per problem (each naming the file) on ``err`` when it is not."""
    problems = check_file(path)
    if not problems:
        out.write(f"{path}: valid\n")
        return 0
    for problem in problems:
        err.write(f"{problem}\n")
    return 1
