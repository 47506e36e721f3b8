"""The stick figure the exercise illustrations are drawn from (used by ``draw_illustrations``).

One body with fixed limb lengths: a pose names where the pelvis is, how the trunk leans and
bends, and where hands and feet go; elbows and knees follow by two-bone inverse kinematics.
Every frame of every exercise therefore has the same proportions, and the two frames of one
exercise have the same elements in the same order, which is what lets the player move
between them (``backbreak.ui.player.tween``).

Coordinates are SVG user units in a 120 x 120 view box, y down. Angles are degrees, 0 pointing
right and 90 pointing up. Joints resting on the floor sit at ``GROUND`` (the floor line is at
``FLOOR``; the figure's strokes are 6 wide).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

Point = tuple[float, float]

FLOOR = 110.0
GROUND = 107.0  # a joint lying on the floor: the stroke's edge touches the floor line
TRUNK_LOW = 17.0  # pelvis -> mid back
TRUNK_UP = 17.0  # mid back -> shoulders
NECK = 13.0  # shoulders -> centre of the head
HEAD_R = 8.0
UPPER_ARM = 17.0
FOREARM = 16.0
THIGH = 25.0
SHIN = 24.0
FOOT = 7.0


def at(p: Point, degrees: float, length: float) -> Point:
    """The point ``length`` away from ``p`` in direction ``degrees``."""
    a = math.radians(degrees)
    return (p[0] + length * math.cos(a), p[1] - length * math.sin(a))


def angle(a: Point, b: Point) -> float:
    return math.degrees(math.atan2(-(b[1] - a[1]), b[0] - a[0]))


def lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def two_bone(root: Point, target: Point, l1: float, l2: float, hint: Point) -> tuple[Point, Point]:
    """Middle joint and end of a two-bone limb from ``root`` reaching for ``target``.

    Of the two bends, the one whose middle joint lies toward ``hint`` (a direction, e.g.
    ``(1, 0)`` for a knee that bends forward in a figure facing right) is taken. A target out
    of reach gives a straight limb pointing at it."""
    dx, dy = target[0] - root[0], target[1] - root[1]
    d = math.hypot(dx, dy)
    base = angle(root, target)
    if d >= l1 + l2 - 1e-6 or d < 1e-6:
        mid = at(root, base, l1)
        return mid, at(mid, base, l2)
    d = max(d, abs(l1 - l2) + 1e-6)
    # angle at the root between the root->target line and the first bone
    cos_a = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    a = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    options = [at(root, base + a, l1), at(root, base - a, l1)]
    mid = max(options, key=lambda m: (m[0] - root[0]) * hint[0] + (m[1] - root[1]) * hint[1])
    return mid, target


@dataclass(frozen=True)
class Limb:
    """Where a hand or an ankle goes: a target reached by IK, or fixed joint angles."""

    target: Point | None = None
    hint: Point = (1.0, 0.0)
    angles: tuple[float, float] | None = None
    toe: float | None = None  # legs: direction of the foot from the ankle

    def chain(self, root: Point, l1: float, l2: float) -> list[Point]:
        if self.angles is not None:
            mid = at(root, self.angles[0], l1)
            end = at(mid, self.angles[1], l2)
        else:
            assert self.target is not None
            mid, end = two_bone(root, self.target, l1, l2, self.hint)
        points = [root, mid, end]
        if self.toe is not None:
            points.append(at(end, self.toe, FOOT))
        return points


def foot(ankle: Point, toe: float = 0.0, knee: Point = (1.0, -1.0)) -> Limb:
    """A leg whose ankle is at ``ankle``, the knee bending toward ``knee``."""
    return Limb(target=ankle, hint=knee, toe=toe)


def hand(target: Point, elbow: Point = (0.0, 1.0)) -> Limb:
    return Limb(target=target, hint=elbow)


@dataclass(frozen=True)
class Figure:
    """One pose. ``trunk`` is the direction pelvis -> shoulders; ``curve`` bends the spine
    (positive: the lower back arches so the middle sits toward the trunk's left side when
    looking from pelvis to shoulders)."""

    pelvis: Point
    trunk: float
    near_arm: Limb
    far_arm: Limb
    near_leg: Limb
    far_leg: Limb
    curve: float = 0.0
    head: float | None = None  # direction shoulders -> head; default: along the upper trunk
    show_far_arm: bool = True
    show_far_leg: bool = True
    front: bool = False  # seen from the front: no limb is behind the body, all in one colour

    @property
    def mid(self) -> Point:
        return at(self.pelvis, self.trunk + self.curve, TRUNK_LOW)

    @property
    def shoulder(self) -> Point:
        return at(self.mid, self.trunk - self.curve, TRUNK_UP)

    @property
    def head_centre(self) -> Point:
        direction = self.trunk - self.curve if self.head is None else self.head
        return at(self.shoulder, direction, NECK)

    def spine(self) -> list[Point]:
        return [self.pelvis, self.mid, self.shoulder, self.head_centre]

    def arm(self, limb: Limb) -> list[Point]:
        return limb.chain(self.shoulder, UPPER_ARM, FOREARM)

    def leg(self, limb: Limb) -> list[Point]:
        return limb.chain(self.pelvis, THIGH, SHIN)


@dataclass(frozen=True)
class TopView:
    """A body lying on its back seen from above (knee rotation): head to the left, arms out
    in a T (up and down the picture), knees drawn up toward the viewer or lowered to a side."""

    pelvis: Point
    knees: Point  # where both knees are
    feet: Point
    spread: float = 5.0  # half the distance between the two legs

    def chains(self) -> dict[str, list[Point]]:
        px, py = self.pelvis
        sx = px - TRUNK_LOW - TRUNK_UP
        shoulder = (sx, py)
        s = self.spread
        return {
            "spine": [self.pelvis, (px - TRUNK_LOW, py), shoulder, (sx - NECK, py)],
            "near_arm": [shoulder, (sx, py + UPPER_ARM), (sx, py + UPPER_ARM + FOREARM)],
            "far_arm": [shoulder, (sx, py - UPPER_ARM), (sx, py - UPPER_ARM - FOREARM)],
            "near_leg": [
                self.pelvis,
                (self.knees[0], self.knees[1] + s),
                (self.feet[0], self.feet[1] + s),
            ],
            "far_leg": [
                self.pelvis,
                (self.knees[0], self.knees[1] - s),
                (self.feet[0], self.feet[1] - s),
            ],
        }


@dataclass
class Frame:
    """What one SVG frame holds besides the figure: highlights, arrows, extra lines."""

    figure: Figure | TopView
    highlight: list[tuple[Point, float, float]] = field(default_factory=list)  # centre, rx, ry
    arrows: list[list[Point]] = field(default_factory=list)  # polyline or (a, control, b)
    curves: list[tuple[Point, Point, Point]] = field(default_factory=list)  # accent Q curves
    body_lines: list[list[Point]] = field(default_factory=list)  # thin figure lines (belly)
    accent_bars: list[tuple[Point, Point]] = field(default_factory=list)  # the pelvis, shown


Exercise = tuple[Frame, str, Frame, str, list[list[Point]]]
"""What an exercise's drawing function returns: start frame and what it shows, end frame and
what it shows, the props (floor, chair, desk, mat) both frames share."""


# --- props -------------------------------------------------------------------------------------
FLOOR_LINE = [[(4.0, FLOOR), (116.0, FLOOR)]]


def chair(x: float = 30.0, seat: float = 84.0, back: bool = True) -> list[list[Point]]:
    """A chair seen from the side, its back at ``x`` and the seat facing right."""
    lines = [
        [(x, seat), (x + 32, seat)],
        [(x + 3, seat), (x + 3, FLOOR)],
        [(x + 29, seat), (x + 29, FLOOR)],
    ]
    if back:
        lines.append([(x, seat), (x - 3, seat - 38)])
    return FLOOR_LINE + lines


def desk(x: float = 88.0, top: float = 64.0) -> list[list[Point]]:
    """A desk seen from the side, in front of a figure facing right."""
    return [*FLOOR_LINE, [(x, top), (118.0, top)], [(x + 4, top), (x + 4, FLOOR)]]


DESK_BEHIND = [*FLOOR_LINE, [(2.0, 58.0), (38.0, 58.0)], [(34.0, 58.0), (34.0, FLOOR)]]
"""A desk behind a figure facing right, within reach of its far hand."""


MAT = [[(4.0, 30.0), (116.0, 30.0), (116.0, 90.0), (4.0, 90.0), (4.0, 30.0)]]

# --- bodies ------------------------------------------------------------------------------------
KNEE_FWD = (1.0, 0.0)
KNEE_BACK = (-1.0, 0.0)
KNEE_UP = (0.0, -1.0)
ELBOW_BACK = (-1.0, 0.0)
ELBOW_DOWN = (0.0, 1.0)
ELBOW_UP = (0.0, -1.0)


def standing(x: float = 56.0, lean: float = 90.0, **kw: object) -> Figure:
    pelvis = kw.pop("pelvis", (x, 58.0))
    return Figure(
        pelvis=pelvis,  # type: ignore[arg-type]
        trunk=lean,
        near_arm=kw.pop("near_arm", Limb(angles=(278.0, 298.0))),  # type: ignore[arg-type]
        far_arm=kw.pop("far_arm", Limb(angles=(262.0, 280.0))),  # type: ignore[arg-type]
        near_leg=kw.pop("near_leg", foot((x + 1, GROUND), 0, KNEE_FWD)),  # type: ignore[arg-type]
        far_leg=kw.pop("far_leg", foot((x - 2, GROUND), 0, KNEE_FWD)),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def seated(lean: float = 90.0, **kw: object) -> Figure:
    """On :func:`chair` (back at x=30, seat at y=84), facing right, feet flat."""
    return Figure(
        pelvis=kw.pop("pelvis", (40.0, 79.0)),  # type: ignore[arg-type]
        trunk=lean,
        near_arm=kw.pop("near_arm", hand((64.0, 76.0), ELBOW_DOWN)),  # type: ignore[arg-type]
        far_arm=kw.pop("far_arm", hand((61.0, 77.0), ELBOW_DOWN)),  # type: ignore[arg-type]
        near_leg=kw.pop("near_leg", foot((68.0, GROUND), 0, KNEE_UP)),  # type: ignore[arg-type]
        far_leg=kw.pop("far_leg", foot((65.0, GROUND), 0, KNEE_UP)),  # type: ignore[arg-type]
        show_far_arm=bool(kw.pop("show_far_arm", False)),
        show_far_leg=bool(kw.pop("show_far_leg", False)),
        **kw,  # type: ignore[arg-type]
    )


KNEELING = Limb(angles=(270.0, 180.0), toe=188.0)  # the foot's top on the floor, not in it
KNEELING_FAR = Limb(angles=(266.0, 180.0), toe=188.0)


def all_fours(**kw: object) -> Figure:
    """Hands and knees, head to the right: wrists under shoulders, knees under hips."""
    pelvis = kw.pop("pelvis", (40.0, 82.0))
    return Figure(
        pelvis=pelvis,  # type: ignore[arg-type]
        trunk=float(kw.pop("trunk", 13.0)),  # type: ignore[arg-type]
        head=kw.pop("head", 25.0),  # type: ignore[arg-type]
        near_arm=kw.pop("near_arm", Limb(angles=(271.0, 269.0))),  # type: ignore[arg-type]
        far_arm=kw.pop("far_arm", Limb(angles=(267.0, 265.0))),  # type: ignore[arg-type]
        near_leg=kw.pop("near_leg", KNEELING),  # type: ignore[arg-type]
        far_leg=kw.pop("far_leg", KNEELING_FAR),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


ARM_ALONG = Limb(angles=(-2.0, 0.0))  # lying on the back: the arm long beside the body
HEAD_LIFT = 20.0
"""Degrees the neck tips up from a trunk lying on the floor, so the head (wider than the body's
stroke) rests on the floor instead of sinking into it."""
HEAD_ON_FLOOR_BACK = 180.0 - HEAD_LIFT  # lying on the back, head to the left
HEAD_ON_FLOOR_FRONT = HEAD_LIFT  # lying face down, head to the right


def on_floor(ankle_x: float, toe: float) -> Point:
    """Where an ankle goes for its foot, pointing ``toe`` (downward), to rest on the floor."""
    return (ankle_x, GROUND + FOOT * math.sin(math.radians(min(0.0, toe))))


def on_back(**kw: object) -> Figure:
    """Lying on the back, head to the left, knees bent and feet flat (bridge, pelvic tilt).
    The head rests on the floor: its centre a radius above it, the neck tipped up to reach."""
    return Figure(
        pelvis=kw.pop("pelvis", (62.0, GROUND)),  # type: ignore[arg-type]
        trunk=float(kw.pop("trunk", 180.0)),  # type: ignore[arg-type]
        head=kw.pop("head", HEAD_ON_FLOOR_BACK),  # type: ignore[arg-type]
        near_arm=kw.pop("near_arm", ARM_ALONG),  # type: ignore[arg-type]
        far_arm=kw.pop("far_arm", ARM_ALONG),  # type: ignore[arg-type]
        near_leg=kw.pop("near_leg", foot((92.0, GROUND), 0, KNEE_UP)),  # type: ignore[arg-type]
        far_leg=kw.pop("far_leg", foot((90.0, GROUND), 0, KNEE_UP)),  # type: ignore[arg-type]
        show_far_arm=bool(kw.pop("show_far_arm", False)),
        show_far_leg=bool(kw.pop("show_far_leg", False)),
        **kw,  # type: ignore[arg-type]
    )


def face_down(**kw: object) -> Figure:
    """Lying face down, head to the right, legs long behind."""
    return Figure(
        pelvis=kw.pop("pelvis", (46.0, GROUND)),  # type: ignore[arg-type]
        trunk=float(kw.pop("trunk", 0.0)),  # type: ignore[arg-type]
        head=kw.pop("head", None),  # type: ignore[arg-type]
        near_arm=kw.pop("near_arm", hand((112.0, GROUND), ELBOW_UP)),  # type: ignore[arg-type]
        far_arm=kw.pop("far_arm", hand((110.0, GROUND), ELBOW_UP)),  # type: ignore[arg-type]
        near_leg=kw.pop("near_leg", Limb(angles=(180.0, 180.0), toe=185.0)),  # type: ignore[arg-type]
        far_leg=kw.pop("far_leg", Limb(angles=(180.0, 180.0), toe=185.0)),  # type: ignore[arg-type]
        show_far_arm=bool(kw.pop("show_far_arm", False)),
        show_far_leg=bool(kw.pop("show_far_leg", False)),
        **kw,  # type: ignore[arg-type]
    )


# --- accents -----------------------------------------------------------------------------------
def arrow_up(x: float, y: float, length: float = 12.0) -> list[Point]:
    return [(x, y), (x, y - length)]


def arc(a: Point, control: Point, b: Point) -> tuple[Point, Point, Point]:
    return (a, control, b)
