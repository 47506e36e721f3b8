"""The checks of an exercise's newer fields: where it comes from, its pace, its cautions and the
exercises it names (alternative, easier, harder). Their links to other files are checked later,
once every file is read (``links``)."""

from __future__ import annotations

from functools import partial
from typing import Any

from backbreak.core.routines.checks import ID, Checker, Path_
from backbreak.core.routines.schema import Caution, PacePhase, Phase, Position, Unit
from backbreak.core.text import problem
from backbreak.core.validation import one_of, show

COMMON_PRACTICE = "common-practice"
"""The ``source`` of an exercise not taken from the seed articles."""

MAX_SEEDS = 3
PHASE_SECONDS = (1, 60)
REP_SECONDS = (1, 120)
LINK_KEYS = ("alternative", "easier", "harder")
_P: Path_ = ("exercise",)


def check_citation(check: Checker, body: dict[str, Any]) -> tuple[str, ...] | None:
    """``seed`` (one article id or a list of them) or ``source = "common-practice"``: the seed
    ids, empty for common practice, None when neither or both are given or one is bad."""
    has_seed, has_source = "seed" in body, "source" in body
    if has_seed == has_source:
        check.report(
            (*_P, "source" if has_source else "seed"),
            problem('expected exactly one of seed (the article) or source = "common-practice"'),
        )
        return None
    if has_source:
        value = check.take_text(body, "source", _P)
        if value is not None and value != COMMON_PRACTICE:
            check.report(
                (*_P, "source"),
                problem(
                    "expected %1 (or a seed instead), got %2", repr(COMMON_PRACTICE), show(value)
                ),
            )
            return None
        return () if value is not None else None
    raw = body["seed"]
    if isinstance(raw, list):
        return check.take_lines(body, "seed", _P, 1, MAX_SEEDS)
    value = check.take_text(body, "seed", _P)
    return (value,) if value is not None else None


def check_pace(check: Checker, body: dict[str, Any]) -> tuple[PacePhase, ...] | None:
    """The optional ``pace``: () when left out, None when bad."""
    if "pace" not in body:
        return ()
    where = (*_P, "pace")
    if Unit.REPS not in body:
        check.report(where, problem("a pace says what one repetition is; expected reps beside it"))
        return None
    raw = check.take_table(body, "pace", _P)
    if raw is None:
        return None
    phases: list[PacePhase] = []
    for name in raw:
        phase = check.accept((*where, name), partial(_phase, name))
        secs = check.take_int(raw, name, where, PHASE_SECONDS)
        if phase is not None and secs is not None:
            phases.append(PacePhase(phase, secs))
    if len(phases) != len(raw):
        return None
    return _whole_repetition(check, where, tuple(phases))


def _phase(name: str) -> Phase:
    return Phase(one_of(name, tuple(Phase), repr))


def _whole_repetition(
    check: Checker, where: Path_, phases: tuple[PacePhase, ...]
) -> tuple[PacePhase, ...] | None:
    moves = sum(1 for p in phases if p.phase.moves)
    if moves == 0 or moves % 2:
        check.report(
            where,
            problem("expected an even number of moving phases (out and back), got %1", moves),
        )
        return None
    total = sum(p.seconds for p in phases)
    lo, hi = REP_SECONDS
    if not lo <= total <= hi:
        check.report(
            where, problem("expected one repetition of %1 to %2 seconds, got %3", lo, hi, total)
        )
        return None
    return phases


def check_cautions(
    check: Checker, body: dict[str, Any], position: Position | None
) -> frozenset[Caution] | None:
    """The declared ``cautions`` (a list of :class:`Caution` words), with ``floor`` added for a
    floor exercise; None when bad."""
    where = (*_P, "cautions")
    raw = body.get("cautions", [])
    if not isinstance(raw, list):
        check.report(where, problem("expected a list of cautions, got %1", show(raw)))
        return None
    found: set[Caution] = set()
    for item in raw:
        word = check.accept(where, partial(_caution, item))
        if word is None:
            return None
        found.add(word)
    if position is Position.FLOOR:
        found.add(Caution.FLOOR)
    return frozenset(found)


def _caution(item: object) -> Caution:
    return Caution(one_of(item, tuple(Caution)))


def check_links(
    check: Checker, body: dict[str, Any], own_id: str | None
) -> dict[str, str | None] | None:
    """``alternative``, ``easier`` and ``harder``: exercise ids other than the exercise's own
    (each None when left out); None when one is bad."""
    out: dict[str, str | None] = {}
    bad = False
    for key in LINK_KEYS:
        if key not in body:
            out[key] = None
            continue
        value = check.take_text(body, key, _P)
        if value is not None and not ID.match(value):
            check.report(
                (*_P, key),
                problem(
                    "expected an exercise id (lowercase letters, digits, '-'), got %1", repr(value)
                ),
            )
            value = None
        elif value is not None and value == own_id:
            check.report((*_P, key), problem("expected another exercise than this one"))
            value = None
        bad = bad or value is None
        out[key] = value
    return None if bad else out


def check_rep_sides(
    check: Checker,
    body: dict[str, Any],
    steps: tuple[str, ...] | None,
    setup_steps: int | None,
    levels: tuple[int, int, int] | None,
) -> tuple[str, ...] | None:
    """The optional ``rep_sides``: () when left out, the two sides' names, or None when bad.

    Repetitions that alternate sides need repetitions, one work step (the other side is the
    next repetition, not the next step) and an even number of them at every level."""
    if "rep_sides" not in body:
        return ()
    where = (*_P, "rep_sides")
    sides = check.take_lines(body, "rep_sides", _P, 2, 2)
    if sides is None:
        return None
    if sides[0] == sides[1]:
        check.report(where, problem("expected two different sides, got %1 twice", repr(sides[0])))
        return None
    if Unit.REPS not in body:
        check.report(
            where,
            problem("sides that alternate each repetition need reps; expected reps beside it"),
        )
        return None
    if steps is not None and setup_steps is not None and len(steps) - setup_steps != 1:
        check.report(
            where,
            problem(
                "expected one work step when each repetition alternates sides, got %1",
                len(steps) - setup_steps,
            ),
        )
        return None
    odd = [n for n in levels or () if n % 2]
    if odd:
        check.report(
            where,
            problem(
                "expected an even number of repetitions at every level (as many on each side), "
                "got %1",
                odd[0],
            ),
        )
        return None
    return sides
