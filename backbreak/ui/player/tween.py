"""In-between frames of two SVG illustrations that share one structure.

The two frames of a built-in exercise have the same elements in the same order and differ
only in numbers (``packaging/draw_illustrations.py`` makes them so). An in-between frame is
the start frame's text with every geometric number moved toward the end frame's. Limbs are
polylines (``M x,y L x,y ...``) from the joint nearest the body outward; they are moved joint
by joint, turning each bone and changing its length linearly, so that a leg swinging up keeps
its length on the way instead of shrinking through the chord. A polyline or circle that
starts at a joint of an earlier limb stays attached to it. A limb so attached whose end rests
at one height in both frames (a hand or foot on the floor) is *planted*: its end slides in a
straight line and the joint before the last bone is found by two-bone inverse kinematics, so
the hand or foot never swings through the floor on the way. Everything else (arrows,
highlights, opacities) moves in a straight line.

Two frames whose structures differ (a user's own pictures) give ``None``: the player then
cross-fades instead. Plain Python, no Qt: the player turns the text into a picture.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

Point = tuple[float, float]

_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_GEOMETRY = re.compile(
    r'\b(d|cx|cy|r|rx|ry|x1|y1|x2|y2|points|stroke-opacity|fill-opacity|opacity)="([^"]*)"'
)
_TEXT = re.compile(r"<(title|desc)(?:\s[^>]*)?>[^<]*</\1>")
_POLYLINE = re.compile(r"\s*M\s*[^A-Za-z]+(?:L\s*[^A-Za-z]+)*")


@dataclass(frozen=True)
class _Value:
    """One geometric attribute value: its name, the text between its numbers, the numbers."""

    name: str
    gaps: tuple[str, ...]
    numbers: tuple[float, ...]


@dataclass(frozen=True)
class Shape:
    """An SVG's text cut into the fixed part and its geometric attribute values."""

    pieces: tuple[str, ...]  # text around the values: len(values) + 1 pieces
    values: tuple[_Value, ...]


def shape(svg: str) -> Shape:
    """``svg`` without its title and description, cut around its geometric attributes."""
    text = _TEXT.sub("", svg)
    pieces: list[str] = []
    values: list[_Value] = []
    last = 0
    for found in _GEOMETRY.finditer(text):
        pieces.append(text[last : found.start(2)])
        raw = found.group(2)
        numbers = tuple(float(n) for n in _NUMBER.findall(raw))
        values.append(_Value(found.group(1), tuple(_NUMBER.split(raw)), numbers))
        last = found.end(2)
    pieces.append(text[last:])
    return Shape(tuple(pieces), tuple(values))


def compatible(a: Shape, b: Shape) -> bool:
    """Whether ``a`` and ``b`` differ only in their numbers."""
    return (
        a.pieces == b.pieces
        and len(a.values) == len(b.values)
        and all(
            va.name == vb.name and va.gaps == vb.gaps
            for va, vb in zip(a.values, b.values, strict=True)
        )
    )


def _fmt(v: float) -> str:
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _mix(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _turn(a: float, b: float, t: float) -> float:
    """The angle ``t`` of the way from ``a`` to ``b`` (radians), the short way round."""
    delta = (b - a + math.pi) % (2 * math.pi) - math.pi
    return a + delta * t


def _pairs(numbers: tuple[float, ...]) -> list[Point]:
    return [(numbers[i], numbers[i + 1]) for i in range(0, len(numbers) - 1, 2)]


PLANTED_EPS = 0.05
"""How close (user units) the end of a limb must be to one height in both frames to be planted."""


def _bone(a: list[Point], b: list[Point], i: int, t: float) -> tuple[float, float]:
    """Length and heading of bone ``i`` (from point ``i - 1`` to ``i``) ``t`` of the way."""
    (ax, ay), (bx, by) = a[i - 1], b[i - 1]
    va = (a[i][0] - ax, a[i][1] - ay)
    vb = (b[i][0] - bx, b[i][1] - by)
    length = _mix(math.hypot(*va), math.hypot(*vb), t)
    return length, _turn(math.atan2(va[1], va[0]), math.atan2(vb[1], vb[0]), t)


def _reach(root: Point, end: Point, l1: float, l2: float, near: Point) -> Point | None:
    """The middle joint of a two-bone limb from ``root`` to ``end`` on the side of ``near``;
    None when ``end`` is out of reach."""
    d = math.dist(root, end)
    if d < 1e-6 or d > l1 + l2 or d < abs(l1 - l2):
        return None
    along = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    across = math.sqrt(max(0.0, l1 * l1 - along * along))
    ux, uy = (end[0] - root[0]) / d, (end[1] - root[1]) / d
    base = (root[0] + ux * along, root[1] + uy * along)
    options = [(base[0] - uy * across, base[1] + ux * across)]
    options.append((base[0] + uy * across, base[1] - ux * across))
    return min(options, key=lambda m: math.dist(m, near))


class _Joints:
    """Where the joints drawn so far went: a point of both frames -> its in-between place."""

    def __init__(self) -> None:
        self._moved: dict[tuple[Point, Point], Point] = {}

    def place(self, a: Point, b: Point, t: float) -> Point:
        return self._moved.get((a, b), (_mix(a[0], b[0], t), _mix(a[1], b[1], t)))

    def chain(
        self, a: list[Point], b: list[Point], t: float, attached: bool = False
    ) -> list[Point]:
        """A limb from its root outward: each bone turned and stretched by ``t``; one
        ``attached`` at its root to another limb may be planted (see the module docstring)."""
        out = [self.place(a[0], b[0], t)]
        for i in range(1, len(a)):
            length, heading = _bone(a, b, i, t)
            prev = out[-1]
            out.append((prev[0] + length * math.cos(heading), prev[1] + length * math.sin(heading)))
        if attached and len(a) >= 3 and abs(a[-1][1] - b[-1][1]) < PLANTED_EPS:
            out = self._planted(a, b, t, out)
        for pa, pb, p in zip(a, b, out, strict=True):
            self._moved.setdefault((pa, pb), p)
        return out

    @staticmethod
    def _planted(a: list[Point], b: list[Point], t: float, turned: list[Point]) -> list[Point]:
        """``turned`` with its end moved in a straight line and the joints before it solved:
        the last bone keeps its turned heading, the two bones before it reach its start."""
        n = len(a)
        end = (_mix(a[-1][0], b[-1][0], t), _mix(a[-1][1], b[-1][1], t))
        target = end  # the joint the two solved bones reach: the end, or the last bone's start
        if n > 3:
            length, heading = _bone(a, b, n - 1, t)
            target = (end[0] - length * math.cos(heading), end[1] - length * math.sin(heading))
        mid = 1 if n == 3 else n - 3
        first, _ = _bone(a, b, mid, t)
        second, _ = _bone(a, b, mid + 1, t)
        middle = _reach(turned[mid - 1], target, first, second, turned[mid])
        if middle is None:
            return turned
        out = list(turned)
        out[mid], out[mid + 1] = middle, target
        out[-1] = end
        return out


def _is_polyline(value: _Value) -> bool:
    return (
        value.name == "d"
        and len(value.numbers) >= 4
        and bool(_POLYLINE.fullmatch("".join(value.gaps)))
    )


def _limb_order(chains: dict[int, tuple[list[Point], list[Point]]]) -> list[int]:
    """Limbs in an order where each comes after the limb its root joint belongs to (an arm
    after the spine that carries its shoulder), else in the order of the file."""
    inner = {i: set(zip(a[1:], b[1:], strict=True)) for i, (a, b) in chains.items()}
    order: list[int] = []
    left = list(chains)
    while left:
        ready = [
            i
            for i in left
            if not any((chains[i][0][0], chains[i][1][0]) in inner[j] for j in left if j != i)
        ]
        taken = ready[:1] or left[:1]  # a cycle: fall back to the file's order
        order += taken
        left.remove(taken[0])
    return order


def _attached(chains: dict[int, tuple[list[Point], list[Point]]]) -> set[int]:
    """The limbs whose root is a joint of another limb (the arms and legs, not the spine)."""
    points = {i: set(zip(a, b, strict=True)) for i, (a, b) in chains.items()}
    return {
        i
        for i, (a, b) in chains.items()
        if any((a[0], b[0]) in points[j] for j in chains if j != i)
    }


def between(a: Shape, b: Shape, t: float) -> str | None:
    """The frame ``t`` of the way from ``a`` (0) to ``b`` (1); None if they do not match."""
    if not compatible(a, b):
        return None
    t = max(0.0, min(1.0, t))
    pairs = list(zip(a.values, b.values, strict=True))
    joints = _Joints()
    moved: dict[int, tuple[float, ...]] = {}
    chains = {
        i: (_pairs(va.numbers), _pairs(vb.numbers))
        for i, (va, vb) in enumerate(pairs)
        if _is_polyline(va)
    }
    attached = _attached(chains)
    for i in _limb_order(chains):
        moved[i] = tuple(c for p in joints.chain(*chains[i], t, i in attached) for c in p)
    for i, (va, vb) in enumerate(pairs):
        if i in moved:
            continue
        if va.name == "cx" and i + 1 < len(pairs) and pairs[i + 1][0].name == "cy":
            # a circle (a head) on the end of a limb stays on it
            centre = joints.place(
                (va.numbers[0], pairs[i + 1][0].numbers[0]),
                (vb.numbers[0], pairs[i + 1][1].numbers[0]),
                t,
            )
            moved[i], moved[i + 1] = (centre[0],), (centre[1],)
        elif i not in moved:
            moved[i] = tuple(_mix(x, y, t) for x, y in zip(va.numbers, vb.numbers, strict=True))
    out = [a.pieces[0]]
    for i, (va, _) in enumerate(pairs):
        text = va.gaps[0]
        for n, gap in zip(moved[i], va.gaps[1:], strict=True):
            text += _fmt(n) + gap
        out += [text, a.pieces[i + 1]]
    return "".join(out)
