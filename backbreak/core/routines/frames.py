"""Where an exercise's pictures are: two frames of its movement, or one still picture.

An exercise names its illustration ``<name>.svg``. In an illustrations folder that is either
the pair ``<name>.start.svg`` and ``<name>.end.svg`` (the start and end pose, which the player
moves between) or the single file ``<name>.svg`` (a still picture, as a user's own exercise
may have). The first folder that holds either wins; the pair is preferred.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

START = ".start.svg"
END = ".end.svg"


@dataclass(frozen=True)
class Frames:
    start: Path
    end: Path | None  # None: a still picture


def frame_names(name: str) -> tuple[str, str]:
    """The start and end file names for the illustration ``name`` (``x.svg``)."""
    stem = name.removesuffix(".svg")
    return stem + START, stem + END


def find_frames(name: str, folders: tuple[Path, ...]) -> Frames | str | None:
    """The frames of ``name`` in the first of ``folders`` that holds them; the name of the
    missing file when a folder holds only half of a pair; None when none holds anything."""
    start, end = frame_names(name)
    for folder in folders:
        has_start, has_end = (folder / start).is_file(), (folder / end).is_file()
        if has_start and has_end:
            return Frames(folder / start, folder / end)
        if has_start != has_end:
            return str(folder / (end if has_start else start))
        if (folder / name).is_file():
            return Frames(folder / name, None)
    return None
