"""What the tray app's interpreter leaves out, set before the app's modules are imported.

Called by ``backbreak run`` only: tests and the other commands keep their interpreter as it
was. Both measured under Xvfb + trayer with ``tests/bench/footprint_breakdown.py``.
"""

from __future__ import annotations

import builtins
import sys


def prepare() -> None:
    _without_tls()
    _without_pyside_source_scan()


def _without_tls() -> None:
    """Keep OpenSSL out of the process: about 4 MB resident.

    backbreak opens no network connection, ever; ``ssl`` would only arrive through a library
    that imports asyncio, which treats a missing ``ssl`` as "TLS not available".
    """
    if "ssl" not in sys.modules:
        sys.modules["ssl"] = None  # type: ignore[assignment]  # makes ``import ssl`` fail


def _without_pyside_source_scan() -> None:
    """Put back the import that PySide6 wraps for ``__feature__``: about 8 MB resident.

    On its first import PySide6 replaces ``builtins.__import__`` with a hook that serves
    ``from __feature__ import snake_case`` and, after every other import statement, reads the
    whole source of the imported module (``inspect.getsource``, PYSIDE-2029) to see whether
    it mentions PySide6; ``linecache`` keeps each file it read for the life of the process:
    every module imported after PySide6, stdlib included. backbreak selects no ``__feature__``,
    and PySide6 treats a module missing from that registry as one that selects none, so the
    import it wrapped (its own lazy-loading one, kept in ``__orig_import__``) goes back.
    """
    import PySide6.QtCore  # noqa: F401  # installs the hook

    hook = getattr(builtins, "__feature_import__", None)
    plain = getattr(builtins, "__orig_import__", None)
    if hook is not None and plain is not None and builtins.__import__ is hook:
        builtins.__import__ = plain
