"""Update the Qt Linguist sources (``translations/*.ts``) and compile them (``*.qm``).

Usage::

    python packaging/update_translations.py           # update .ts, then lrelease into .qm
    python packaging/update_translations.py --check   # exit 1 listing what is out of date

What lupdate is given, and why:

* **Code strings.** ``pyside6-lupdate`` (6.11) reads ``translate(ctx, text, None, n)`` wrongly
  when ``n`` is not an integer literal: its Python parser takes the first identifier after the
  disambiguation for an old "encoding" argument, so ``translate(..., None, secs)`` comes out
  without plural forms and ``translate(..., None, step.reps)`` is dropped without a word. So
  this script reads every ``backbreak/**/*.py`` (an explicit list) with :mod:`ast` itself and
  writes one normalised call per message into a generated file -- literal strings, plural calls
  with the literal ``1`` -- which lupdate reads reliably. Local aliases (``tr = translate``)
  count as ``translate`` too.
* **Routine content.** Titles, steps, cues, routine titles and descriptions, the safety note
  and the seed articles' titles live in TOML, what each illustration shows in its SVG's
  ``<desc>``; the UI shows them through ``translate("Routines", text)``. They are written into
  the same generated file under the context ``Routines``.
* lupdate only ever gets that explicit file (given a folder it finds nothing, and with
  ``-no-obsolete`` it would then wipe every translation). ``-locations none`` keeps the ``.ts``
  files from changing when code merely moves.

English only carries the plural messages (``-pluralonly``): "1 break" / "2 breaks" instead of
"break(s)"; every other English string is shown from the source text.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from backbreak.ui.i18n import LANGUAGES as SHIPPED_LANGUAGES

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = tuple(code for code, _name in SHIPPED_LANGUAGES)  # one list: backbreak.ui.i18n
SOURCE_LANGUAGE = "en"
PLURAL_ONLY = frozenset({"en"})
ROUTINES_CONTEXT = "Routines"
PROBLEMS_CONTEXT = "Problems"  # backbreak.core.text.PROBLEMS
_TRANSLATE_NAMES = frozenset({"translate", "QT_TRANSLATE_NOOP"})


@dataclass(frozen=True, order=True)
class Message:
    """One translatable string as lupdate keys it."""

    context: str
    source: str
    disambiguation: str = ""
    numerus: bool = False


@dataclass(frozen=True)
class Entry:
    """One ``<message>`` of a ``.ts`` file."""

    message: Message
    translations: tuple[str, ...]  # one per plural form; one for a plain message
    finished: bool


class TranslationToolError(RuntimeError):
    """A problem the user must fix (named file and what was expected)."""


# --------------------------------------------------------------------------- tools


def find_tool(name: str) -> Path:
    """``lupdate`` or ``lrelease`` from the installed PySide6 (wrapper next to the interpreter
    first, then the binary inside the PySide6 package folder)."""
    bindir = Path(sys.executable).parent
    candidates = [bindir / f"pyside6-{name}", bindir / f"pyside6-{name}.exe"]
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / name, package / f"{name}.exe"]
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    raise TranslationToolError(
        f"cannot find pyside6-{name}: looked in {bindir} and the PySide6 package folder "
        "(install PySide6-Essentials into this interpreter)"
    )


def _run(tool: str, args: Sequence[str]) -> None:
    cmd = [str(find_tool(tool)), *args]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise TranslationToolError(
            f"{tool} failed ({done.returncode}): {' '.join(cmd)}\n{done.stdout}{done.stderr}"
        )


# --------------------------------------------------------------------------- extraction


def source_files(root: Path = REPO) -> list[Path]:
    """Every Python file of the package, as the explicit list lupdate needs."""
    return sorted(p for p in (root / "backbreak").rglob("*.py") if "__pycache__" not in p.parts)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_translate(func: ast.expr, names: frozenset[str]) -> bool:
    if isinstance(func, ast.Name):
        return func.id in names
    return isinstance(func, ast.Attribute) and func.attr == "translate"


def _translate_names(tree: ast.AST) -> frozenset[str]:
    """``translate`` plus local aliases of it (``tr = translate``), which lupdate misses."""
    names = set(_TRANSLATE_NAMES)
    aliases = [(t.id, node.value) for node in ast.walk(tree) if isinstance(node, ast.Assign)
               for t in node.targets if isinstance(t, ast.Name)]
    grew = True
    while grew:  # an alias of an alias
        grew = False
        for name, value in aliases:
            if name not in names and _is_translate(value, frozenset(names)):
                names.add(name)
                grew = True
    return frozenset(names)


def code_messages(files: Iterable[Path], root: Path = REPO) -> tuple[list[Message], list[str]]:
    """Messages of every ``translate(...)`` call with literal context and text, in file order,
    and warnings naming ``file:line`` for calls whose text no tool can see (non-literal text
    outside the ``Routines`` context, whose strings come from the data files)."""
    messages: list[Message] = []
    warnings: list[str] = []
    for path in files:
        where = path.relative_to(root) if path.is_relative_to(root) else path
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as exc:
            raise TranslationToolError(f"{where}:{exc.lineno}: cannot parse: {exc.msg}") from exc
        names = _translate_names(tree)
        messages += _core_texts(tree)
        calls = [n for n in ast.walk(tree)
                 if isinstance(n, ast.Call) and _is_translate(n.func, names)]
        for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
            args = list(call.args)
            keywords = {k.arg: k.value for k in call.keywords if k.arg}
            context = _literal(args[0]) if args else _literal(keywords.get("context"))
            text = _literal(args[1]) if len(args) > 1 else _literal(
                keywords.get("sourceText", keywords.get("key")))
            if context is None or text is None:
                # str.translate(table) takes one argument: not a Qt call; a core Text is looked
                # up by its own fields (its template was extracted where it was written)
                if (
                    context != ROUTINES_CONTEXT
                    and len(args) + len(keywords) >= 2
                    and not _is_text_lookup(args)
                ):
                    warnings.append(f"{where}:{call.lineno}: translate() with a "
                                    "non-literal context or text is invisible to lupdate")
                continue
            disambiguation = _literal(args[2]) if len(args) > 2 else _literal(
                keywords.get("disambiguation"))
            numerus = len(args) > 3 or "n" in keywords
            messages.append(Message(context, text, disambiguation or "", numerus))
    return _unique(messages), warnings


def _core_texts(tree: ast.AST) -> list[Message]:
    """Sentences written in core, which knows nothing of Qt (``backbreak/core/text.py``):
    ``problem("template", ...)`` in the ``Problems`` context, ``Text("Context", "template")``."""
    found: list[Message] = []
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
        name = call.func.id  # type: ignore[attr-defined]
        args = call.args
        if name == "problem" and args and (text := _literal(args[0])) is not None:
            found.append(Message(PROBLEMS_CONTEXT, text))
        elif name == "Text" and len(args) >= 2:
            context, text = _literal(args[0]), _literal(args[1])
            if context is not None and text is not None:
                found.append(Message(context, text))
    return found


def _is_text_lookup(args: list[ast.expr]) -> bool:
    """``translate(text.context, text.template)``: the GUI's lookup of a core Text."""
    return (
        len(args) == 2
        and isinstance(args[0], ast.Attribute)
        and args[0].attr == "context"
        and isinstance(args[1], ast.Attribute)
        and args[1].attr == "template"
    )


def routine_messages() -> list[Message]:
    """Every built-in routine string a user sees, in the order a translator reads them."""
    from backbreak.core.routines.library import load_library, safety_note

    library = load_library(None)
    if library.problems:
        raise TranslationToolError("built-in routine data is broken:\n" + "\n".join(
            str(p) for p in library.problems))
    note = safety_note()
    texts: list[str] = [*note.urgent, *note.ask_first, *note.lines]
    texts += [library.seeds[seed] for seed in sorted(library.seeds)]  # the articles' titles
    for routine in sorted(library.routines.values(), key=lambda r: r.id):
        texts += [routine.title, routine.description]
    for exercise in sorted(library.exercises.values(), key=lambda e: e.id):
        texts += [exercise.title, *exercise.steps, *exercise.feel, *exercise.avoid]
        texts += list(exercise.rep_sides)
    texts += illustration_messages()
    return _unique(Message(ROUTINES_CONTEXT, t) for t in texts)


def illustration_messages() -> list[str]:
    """What each built-in illustration shows (its ``<desc>``), as a screen reader says it."""
    from backbreak.core.routines.library import illustrations_dir
    from backbreak.ui.player.illustration import svg_description

    found = (svg_description(p.read_bytes()) for p in sorted(illustrations_dir().glob("*.svg")))
    return [text for text in found if text]


def _unique(messages: Iterable[Message]) -> list[Message]:
    seen: dict[tuple[str, str, str], Message] = {}
    for m in messages:
        key = (m.context, m.source, m.disambiguation)
        if key in seen:
            if m.numerus and not seen[key].numerus:
                seen[key] = m
            continue
        seen[key] = m
    return list(seen.values())


def _quote(text: str) -> str:
    """A double-quoted literal lupdate's Python tokenizer reads back as ``text``."""
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"')
               .replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r"))
    return f'"{escaped}"'


def write_extract(messages: Iterable[Message], path: Path) -> None:
    """The generated file lupdate reads: one normalised ``translate`` call per message."""
    lines = ["# Generated by packaging/update_translations.py for lupdate; do not edit."]
    for m in messages:
        args = [_quote(m.context), _quote(m.source)]
        if m.disambiguation or m.numerus:
            args.append(_quote(m.disambiguation) if m.disambiguation else "None")
        if m.numerus:
            args.append("1")
        lines.append(f"translate({', '.join(args)})")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def all_messages(root: Path = REPO) -> tuple[list[Message], list[str]]:
    code, warnings = code_messages(source_files(root), root)
    return code + routine_messages(), warnings


# --------------------------------------------------------------------------- .ts files


def ts_path(folder: Path, language: str) -> Path:
    return folder / f"backbreak_{language}.ts"


def qm_path(folder: Path, language: str) -> Path:
    return folder / f"backbreak_{language}.qm"


def read_ts(path: Path) -> dict[tuple[str, str, str], Entry]:
    """The messages of one ``.ts`` file keyed by (context, source, disambiguation)."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise TranslationToolError(f"{path}: not a readable Qt Linguist file: {exc}") from exc
    entries: dict[tuple[str, str, str], Entry] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for msg in context.iter("message"):
            translation = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            message = Message(name, msg.findtext("source", ""), msg.findtext("comment", ""),
                              numerus)
            entries[(message.context, message.source, message.disambiguation)] = Entry(
                message, forms, kind not in ("unfinished", "vanished", "obsolete"))
    return entries


def update(ts_dir: Path, root: Path = REPO, languages: Sequence[str] = LANGUAGES,
           seed_dir: Path | None = None) -> list[str]:
    """Bring ``ts_dir/backbreak_<lang>.ts`` in line with the code and routine data.

    Existing translations (from ``seed_dir`` when given, else those already in ``ts_dir``) are
    kept; new strings arrive unfinished; strings no longer used are dropped. Returns warnings.
    """
    ts_dir.mkdir(parents=True, exist_ok=True)
    messages, warnings = all_messages(root)
    with tempfile.TemporaryDirectory(prefix="backbreak-lupdate-") as tmp:
        extract = Path(tmp) / "backbreak_strings.py"
        write_extract(messages, extract)
        for language in languages:
            target = ts_path(ts_dir, language)
            if seed_dir is not None and ts_path(seed_dir, language).is_file():
                shutil.copyfile(ts_path(seed_dir, language), target)
            args = [str(extract), "-silent", "-locations", "none", "-no-obsolete",
                    "-source-language", SOURCE_LANGUAGE, "-target-language", language]
            if language in PLURAL_ONLY:
                args.append("-pluralonly")
            _run("lupdate", [*args, "-ts", str(target)])
    return warnings


def release(ts_dir: Path, qm_dir: Path, languages: Sequence[str] = LANGUAGES) -> None:
    """Compile each ``.ts`` into its ``.qm``."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    for language in languages:
        _run("lrelease", ["-silent", str(ts_path(ts_dir, language)),
                          "-qm", str(qm_path(qm_dir, language))])


# --------------------------------------------------------------------------- check


def check(root: Path = REPO, languages: Sequence[str] = LANGUAGES) -> list[str]:
    """What is out of date in ``root/translations``: one line per problem, empty when none."""
    shipped = root / "translations"
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="backbreak-i18n-check-") as tmp:
        fresh = Path(tmp)
        update(fresh, root, languages, seed_dir=shipped)
        release(fresh, fresh, languages)
        for language in languages:
            ts = ts_path(shipped, language)
            rel = ts.relative_to(root)
            if not ts.is_file():
                problems.append(f"{rel}: missing (run packaging/update_translations.py)")
                continue
            old = read_ts(ts)
            new = read_ts(ts_path(fresh, language))
            for key in sorted(new.keys() - old.keys()):
                problems.append(f"{rel}: new source string, not in the file: "
                                f"[{key[0]}] {key[1]!r}")
            for key in sorted(old.keys() - new.keys()):
                problems.append(f"{rel}: source string no longer in the code or data: "
                                f"[{key[0]}] {key[1]!r}")
            for key in sorted(old.keys() & new.keys()):
                if old[key].message.numerus != new[key].message.numerus:
                    problems.append(f"{rel}: [{key[0]}] {key[1]!r}: plural forms changed")
            for key, entry in sorted(new.items()):
                if not entry.finished or not all(entry.translations):
                    problems.append(f"{rel}: unfinished or empty translation: "
                                    f"[{key[0]}] {key[1]!r}")
            qm = qm_path(shipped, language)
            if not qm.is_file() or not filecmp.cmp(qm, qm_path(fresh, language), shallow=False):
                problems.append(f"{qm.relative_to(root)}: not a fresh lrelease of {rel.name}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 listing what is out of date")
    args = parser.parse_args(argv)
    try:
        if args.check:
            problems = check()
            for line in problems:
                print(line)
            return 1 if problems else 0
        folder = REPO / "translations"
        for warning in update(folder):
            print(f"warning: {warning}", file=sys.stderr)
        release(folder, folder)
    except TranslationToolError as exc:
        print(f"update_translations: {exc}", file=sys.stderr)
        return 2
    for language in LANGUAGES:
        entries = read_ts(ts_path(folder, language)).values()
        todo = sum(1 for e in entries if not e.finished or not all(e.translations))
        print(f"{ts_path(folder, language).relative_to(REPO)}: {len(entries)} messages, "
              f"{todo} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
