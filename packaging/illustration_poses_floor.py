"""The floor exercises' poses (see ``illustration_poses``): lying, kneeling, on all fours."""

from __future__ import annotations

import math

from illustration_model import (
    ELBOW_BACK,
    ELBOW_UP,
    FLOOR_LINE,
    FOOT,
    GROUND,
    HEAD_ON_FLOOR_FRONT,
    KNEE_BACK,
    MAT,
    SHIN,
    THIGH,
    Exercise,
    Figure,
    Frame,
    Limb,
    Point,
    TopView,
    all_fours,
    angle,
    arc,
    arrow_up,
    at,
    face_down,
    foot,
    hand,
    lerp,
    on_back,
    on_floor,
)


# --- the exercises on the floor ---------------------------------------------
def bridge() -> Exercise:
    start = on_back()
    lifted = at((92.0, GROUND), 180 - 65, 24.0)  # the knee, shin leaning back
    shoulder = (30.0, 104.0)
    end = on_back(pelvis=(64.0, 88.0), trunk=angle((64.0, 88.0), shoulder))
    del lifted
    up = [arrow_up(64.0, 84.0, 12.0)]
    return (
        Frame(start, highlight=[((66.0, 103.0), 5.0, 4.0)], arrows=up),
        "A person lying on their back, knees bent and feet flat on the floor.",
        Frame(end, highlight=[((66.0, 93.0), 6.0, 5.0)], arrows=[arrow_up(64.0, 70.0, 10.0)]),
        "The same person with the hips lifted, knees, hips and shoulders in one line.",
        FLOOR_LINE,
    )


def bird_dog() -> Exercise:
    start = all_fours()
    end = all_fours(
        near_arm=Limb(angles=(0.0, 0.0)),
        far_leg=Limb(angles=(180.0, 180.0), toe=195.0),
    )
    return (
        Frame(start, highlight=[((48.0, 78.0), 5.0, 3.0)]),
        "A person on hands and knees, back flat.",
        Frame(end, highlight=[((48.0, 78.0), 6.0, 3.5)]),
        "The same person reaching one arm forward and the opposite leg back in one line.",
        FLOOR_LINE,
    )


def cat_cow() -> Exercise:
    cow = all_fours(curve=-18.0, head=40.0)
    cat = all_fours(curve=22.0, head=-65.0)
    # breathing in (the pace's first phase) moves the start pose to the end one: cat to cow
    return (
        Frame(cat, arrows=[[(56.0, 62.0), (56.0, 50.0)]]),
        "A person on hands and knees, the back rounded up, tailbone and chin tucked.",
        Frame(cow, arrows=[[(56.0, 58.0), (56.0, 70.0)]]),
        "The same person letting the belly sink and the chest lift.",
        FLOOR_LINE,
    )


def childs_pose() -> Exercise:
    knee = (62.0, GROUND)

    def kneel(pelvis: Point, far: float) -> Limb:
        return Limb(angles=(angle(pelvis, (knee[0] - far, knee[1])), 180.0), toe=190.0)

    up = (38.0, 95.0)
    start = Figure(
        pelvis=up,
        trunk=88.0,
        # arms hanging loose beside the body (they cannot reach the thighs from upright);
        # from there they swing forward and down to the floor ahead, never through it
        near_arm=Limb(angles=(276.0, 282.0)),
        far_arm=Limb(angles=(273.0, 279.0)),
        near_leg=kneel(up, 0.0),
        far_leg=kneel(up, 3.0),
        show_far_arm=False,
    )
    down = (37.0, 95.0)
    end = Figure(
        pelvis=down,
        trunk=-8.0,
        head=-5.0,
        near_arm=hand((104.0, GROUND), ELBOW_UP),
        far_arm=hand((101.0, GROUND), ELBOW_UP),
        near_leg=kneel(down, 0.0),
        far_leg=kneel(down, 3.0),
        show_far_arm=False,
    )
    return (
        Frame(start, highlight=[((37.0, 76.0), 3.0, 6.0)]),
        "A person kneeling, sitting back on the heels, back upright.",
        Frame(end, highlight=[((50.0, 91.0), 6.0, 3.0)]),
        "The same person folded forward over the thighs, arms reaching long in front.",
        FLOOR_LINE,
    )


def plank() -> Exercise:
    elbow = (94.0, GROUND)
    forearms = {"near_arm": Limb(angles=(270.0, 0.0)), "far_arm": Limb(angles=(270.0, 0.0))}
    shoulder = (elbow[0], elbow[1] - 17.0)
    low = (62.0, 104.0)
    start = face_down(
        pelvis=low,
        trunk=angle(low, shoulder),
        head=angle(low, shoulder) + 8,
        near_leg=Limb(angles=(182.0, 180.0), toe=215.0),
        far_leg=Limb(angles=(182.0, 180.0), toe=215.0),
        **forearms,
    )
    line = angle((12.0, 104.0), shoulder)
    high = at(shoulder, line + 180, 34.0)
    end = face_down(
        pelvis=high,
        trunk=line,
        head=line + 4,
        near_leg=Limb(angles=(line + 180, line + 180), toe=215.0),
        far_leg=Limb(angles=(line + 180, line + 180), toe=215.0),
        **forearms,
    )
    return (
        Frame(start, highlight=[((76.0, 96.0), 6.0, 3.0)], arrows=[arrow_up(44.0, 96.0, 10.0)]),
        "A person lying face down, propped on the forearms, elbows under the shoulders.",
        Frame(end, highlight=[((72.0, 89.0), 7.0, 3.5)], arrows=[arrow_up(44.0, 86.0, 10.0)]),
        "The same person on forearms and toes, head, shoulders and hips in one straight line.",
        FLOOR_LINE,
    )


def knee_plank() -> Exercise:
    elbow = (94.0, GROUND)
    forearms = {"near_arm": Limb(angles=(270.0, 0.0)), "far_arm": Limb(angles=(270.0, 0.0))}
    shoulder = (elbow[0], elbow[1] - 17.0)
    low = (62.0, 104.0)
    shins = Limb(angles=(182.0, 180.0), toe=215.0)
    start = face_down(
        pelvis=low,
        trunk=angle(low, shoulder),
        head=angle(low, shoulder) + 8,
        near_leg=shins,
        far_leg=shins,
        **forearms,
    )
    knee = (shoulder[0] - math.sqrt((34.0 + THIGH) ** 2 - 17.0**2), GROUND)
    line = angle(knee, shoulder)
    high = at(shoulder, line + 180, 34.0)
    kneeling = Limb(angles=(line + 180, 180.0), toe=188.0)
    end = face_down(
        pelvis=high, trunk=line, head=line + 4, near_leg=kneeling, far_leg=kneeling, **forearms
    )
    return (
        Frame(start, highlight=[((76.0, 96.0), 6.0, 3.0)], arrows=[arrow_up(50.0, 96.0, 10.0)]),
        "A person lying face down, propped on the forearms, knees on the floor.",
        Frame(end, highlight=[((74.0, 88.0), 7.0, 3.5)], arrows=[arrow_up(50.0, 84.0, 10.0)]),
        "The same person on forearms and knees, head, shoulders, hips and knees in one line.",
        FLOOR_LINE,
    )


def _side_plank(bent: bool, lifted: bool) -> Figure:
    """Seen from the front: propped on one forearm (elbow under the shoulder), head to the
    left, the top arm reaching up (what makes it read as a side plank at a glance); ``bent``:
    resting on the knee, the lower legs folded back behind."""
    shoulder = (22.0, GROUND - 17.0)
    reach = THIGH + (0.0 if bent else SHIN)  # pelvis to the point resting on the floor
    if lifted:
        rest = (shoulder[0] + math.sqrt((34.0 + reach) ** 2 - 17.0**2), GROUND)
        pelvis = lerp(shoulder, rest, 34.0 / (34.0 + reach))
    else:
        pelvis = (shoulder[0] + math.sqrt(34.0**2 - 14.0**2), 104.0)
    trunk = angle(pelvis, shoulder)
    if bent:
        thigh = angle(pelvis, (pelvis[0] + reach, GROUND)) if not lifted else trunk + 180
        leg = Limb(angles=(thigh, 150.0), toe=100.0)
    else:
        line = trunk + 180 if lifted else -3.0
        leg = Limb(angles=(line, line), toe=65.0)
    return Figure(
        pelvis=pelvis,
        trunk=trunk,
        head=trunk,
        near_arm=Limb(angles=(270.0, 180.0)),
        far_arm=Limb(angles=(92.0, 90.0)),
        near_leg=leg,
        far_leg=leg,
        show_far_leg=False,
        front=True,
    )


def side_plank() -> Exercise:
    return (
        Frame(_side_plank(False, False), highlight=[((52.0, 98.0), 6.0, 4.0)]),
        "A person lying on one side, propped on the forearm under the shoulder, the top arm up.",
        Frame(
            _side_plank(False, True),
            highlight=[((50.0, 82.0), 6.0, 4.0)],
            arrows=[arrow_up(66.0, 96.0, 14.0)],
        ),
        "The same person with the hips lifted, body in one straight line from feet to head.",
        FLOOR_LINE,
    )


def bent_knee_side_plank() -> Exercise:
    return (
        Frame(_side_plank(True, False), highlight=[((50.0, 99.0), 6.0, 4.0)]),
        "A person lying on one side, knees bent back, propped on the forearm, the top arm up.",
        Frame(
            _side_plank(True, True),
            highlight=[((48.0, 86.0), 6.0, 4.0)],
            arrows=[arrow_up(62.0, 98.0, 12.0)],
        ),
        "The same person lifting the hips from the knees to the shoulders in one line.",
        FLOOR_LINE,
    )


def sphinx() -> Exercise:
    start = face_down(
        pelvis=(40.0, GROUND),
        trunk=2.0,
        head=HEAD_ON_FLOOR_FRONT,
        near_arm=hand((110.0, GROUND), ELBOW_UP),
        far_arm=hand((108.0, GROUND), ELBOW_UP),
    )
    shoulder = (70.0, GROUND - 17.0)
    end = face_down(
        pelvis=(40.0, GROUND),
        trunk=angle((40.0, GROUND), shoulder) + 4,
        curve=-5.0,
        head=45.0,
        near_arm=Limb(angles=(270.0, 0.0)),
        far_arm=Limb(angles=(270.0, 0.0)),
    )
    return (
        Frame(start, highlight=[((52.0, 104.0), 5.0, 3.0)], arrows=[arrow_up(60.0, 96.0, 10.0)]),
        "A person lying face down, legs stretched out behind.",
        Frame(end, highlight=[((50.0, 101.0), 5.0, 3.0)], arrows=[arrow_up(60.0, 80.0, 10.0)]),
        "The same person resting on the forearms, elbows under the shoulders, chest lifted.",
        FLOOR_LINE,
    )


def superman() -> Exercise:
    start = face_down(
        pelvis=(46.0, GROUND),
        trunk=0.0,
        head=HEAD_ON_FLOOR_FRONT,
        near_arm=Limb(angles=(0.0, 0.0)),
        far_arm=Limb(angles=(0.0, 0.0)),
        show_far_leg=True,
    )
    end = face_down(
        pelvis=(46.0, GROUND),
        trunk=2.0,
        head=HEAD_ON_FLOOR_FRONT + 6.0,
        near_arm=Limb(angles=(13.0, 13.0)),
        far_arm=Limb(angles=(0.0, 0.0)),
        far_leg=Limb(angles=(168.0, 168.0), toe=173.0),  # lifted: up and back, not into the floor
        show_far_leg=True,
    )
    return (
        Frame(start, highlight=[((56.0, 104.0), 6.0, 3.0)]),
        "A person lying face down, arms stretched past the head.",
        Frame(
            end,
            highlight=[((56.0, 104.0), 7.0, 3.5)],
            arrows=[arrow_up(104.0, 96.0, 8.0), arrow_up(12.0, 96.0, 8.0)],
        ),
        "The same person lifting one arm and the opposite leg a few centimetres.",
        FLOOR_LINE,
    )


def knee_rotation() -> Exercise:
    start = TopView(pelvis=(68.0, 60.0), knees=(82.0, 60.0), feet=(74.0, 60.0))
    end = TopView(pelvis=(68.0, 60.0), knees=(84.0, 80.0), feet=(104.0, 74.0), spread=2.5)
    curve = [arc((96.0, 50.0), (106.0, 60.0), (100.0, 78.0))]
    return (
        Frame(start, highlight=[((60.0, 60.0), 6.0, 5.0)], curves=curve),
        "Seen from above: a person lying on their back on a mat, arms out in a T, knees drawn up.",
        Frame(end, highlight=[((60.0, 60.0), 6.0, 5.0)], curves=curve),
        "Seen from above: the same person with both knees lowered to one side, shoulders down.",
        MAT,
    )


def knee_to_chest() -> Exercise:
    start = on_back(
        pelvis=(58.0, GROUND),
        near_leg=Limb(angles=(0.0, 0.0), toe=80.0),
        far_leg=Limb(angles=(0.0, 0.0), toe=80.0),
        show_far_leg=True,
        near_arm=hand((64.0, GROUND), ELBOW_UP),
    )
    end = on_back(
        pelvis=(58.0, GROUND),
        near_leg=Limb(angles=(128.0, 5.0), toe=80.0),
        far_leg=Limb(angles=(0.0, 0.0), toe=80.0),
        show_far_leg=True,
        near_arm=hand((54.0, 74.0), ELBOW_UP),
    )
    return (
        Frame(
            start,
            highlight=[((50.0, 103.0), 6.0, 3.0)],
            curves=[arc((96.0, 98.0), (94.0, 76.0), (74.0, 70.0))],
        ),
        "A person lying on their back with the legs relaxed.",
        Frame(
            end,
            highlight=[((50.0, 103.0), 6.0, 3.0)],
            curves=[arc((96.0, 98.0), (94.0, 76.0), (74.0, 70.0))],
        ),
        "The same person drawing one knee toward the chest, a hand on the shin.",
        FLOOR_LINE,
    )


def downward_dog() -> Exercise:
    """Hands and feet rest on the floor in both frames, so the player keeps them there on the
    way (``tween``: planted limbs); the toes are tucked from the start, as the steps say."""
    low = (40.0, 82.0)

    def tucked(thigh: float) -> Limb:
        """A kneeling leg on tucked toes: the shin rises to the ankle, the toes reach the floor."""
        knee = at(low, thigh, THIGH)
        shin = 168.0
        ankle = at(knee, shin, SHIN)
        return Limb(angles=(thigh, shin), toe=-math.degrees(math.asin((GROUND - ankle[1]) / FOOT)))

    start = all_fours(
        near_arm=hand((75.0, GROUND), ELBOW_BACK),
        far_arm=hand((72.0, GROUND), ELBOW_BACK),
        near_leg=tucked(270.0),
        far_leg=tucked(266.0),
    )
    high = (46.0, 57.0)
    end = all_fours(
        pelvis=high,
        trunk=angle(high, (90.0, GROUND)),
        head=-70.0,
        near_arm=hand((90.0, GROUND), ELBOW_BACK),
        far_arm=hand((87.0, GROUND), ELBOW_BACK),
        near_leg=foot(on_floor(30.0, -45.0), -45.0, KNEE_BACK),
        far_leg=foot(on_floor(27.0, -45.0), -45.0, KNEE_BACK),
    )
    return (
        Frame(start, highlight=[((30.0, 92.0), 3.0, 6.0)], arrows=[arrow_up(40.0, 70.0, 12.0)]),
        "A person on hands and knees, knees under the hips.",
        Frame(end, highlight=[((32.0, 86.0), 3.0, 7.0)], arrows=[arrow_up(48.0, 38.0, 10.0)]),
        "The same person with hips high and arms and legs straight, an upside-down V.",
        FLOOR_LINE,
    )


def pelvic_tilt() -> Exercise:
    start = on_back(pelvis=(62.0, 105.0), curve=-15.0)
    end = on_back(pelvis=(62.0, GROUND), curve=0.0)
    return (
        Frame(
            start,
            accent_bars=[((55.0, 109.0), (69.0, 99.0))],
            arrows=[[(45.0, 84.0), (45.0, 96.0)]],
        ),
        "A person lying on their back, knees bent, a small gap under the lower back.",
        Frame(
            end, accent_bars=[((55.0, 100.0), (69.0, 106.0))], arrows=[[(45.0, 84.0), (45.0, 96.0)]]
        ),
        "The same person pressing the lower back into the floor by tipping the pelvis.",
        FLOOR_LINE,
    )
