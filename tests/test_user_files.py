"""Whatever a user drops where backbreak reads (config.toml, the routines folder): it never
blocks the app and is never read without bound."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from backbreak.core.routines.library import check_file, load_library
from backbreak.core.settings import MAX_CONFIG_BYTES, Settings, load_config
from backbreak.core.user_files import FileTooLarge, read_user_file

T = TypeVar("T")
fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs mkfifo")


def within_seconds(seconds: float, call: Callable[[], T]) -> T:
    """``call()``'s result; fails (instead of hanging the suite) if it blocks."""
    result: list[T] = []
    worker = threading.Thread(target=lambda: result.append(call()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, f"still blocked after {seconds} s"
    return result[0]


@fifo_only
def test_a_fifo_as_config_toml_is_named_and_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    os.mkfifo(path)
    settings, problems = within_seconds(5, lambda: load_config(path))
    assert settings == Settings()
    assert [str(p) for p in problems] == [
        f"{path}: cannot be read (not a regular file); using all defaults"
    ]


def test_a_folder_as_config_toml_is_named(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.mkdir()
    settings, (problem,) = load_config(path)
    assert settings == Settings() and str(path) in str(problem)


def test_a_huge_config_toml_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    with path.open("wb") as fh:
        fh.truncate(3 * 1024**3)  # 3 GiB, sparse: reading it whole would take the machine down
    settings, (problem,) = within_seconds(5, lambda: load_config(path))
    assert settings == Settings()
    assert f"{3 * 1024**3} bytes; expected at most {MAX_CONFIG_BYTES}" in str(problem)


@fifo_only
def test_a_fifo_or_a_huge_file_in_the_routines_folder(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    os.mkfifo(folder / "pipe.toml")
    with (folder / "huge.toml").open("wb") as fh:
        fh.truncate(2 * 1024**3)
    library = within_seconds(10, lambda: load_library(folder))
    assert [str(p) for p in library.problems] == [
        f"{folder / 'huge.toml'}: the file is {2 * 1024**3} bytes; expected at most 262144"
    ]
    assert library.routines  # the built-in ones are all there
    assert within_seconds(5, lambda: check_file(folder / "pipe.toml"))  # named, not blocked


def test_read_user_file_reads_small_files_whole(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_bytes(b"a" * 10)
    assert read_user_file(path, 10) == b"a" * 10
    with pytest.raises(FileTooLarge):
        read_user_file(path, 9)
    with pytest.raises(FileNotFoundError):
        read_user_file(tmp_path / "missing.toml", 10)


def test_private_dir_makes_every_missing_folder_private_and_leaves_existing_ones(
    tmp_path: Path,
) -> None:
    from backbreak.core.paths import private_dir

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    old = os.umask(0o022)  # a usual login umask: plain mkdir would give 0755
    try:
        made = private_dir(shared / "xdg" / "state" / "backbreak")
    finally:
        os.umask(old)
    assert [oct(p.stat().st_mode & 0o777) for p in (made, made.parent, made.parent.parent)] == [
        "0o700"
    ] * 3
    assert shared.stat().st_mode & 0o777 == 0o755  # not ours: left as it was
    with pytest.raises(OSError):
        private_dir(Path(__file__))  # a file where a folder should be is an error, not chmod-ed
