"""The exercises' poses: a start and an end :class:`Frame` per exercise, and what they show.

Read by ``draw_illustrations.py``. Side views face right; lying figures have the head where it
reads best. Each description is one sentence for a screen reader (translated with the routine
texts); the start frame's says "A person ...", the end frame's "The same person ...".
"""

from __future__ import annotations

from illustration_model import (
    DESK_BEHIND,
    ELBOW_BACK,
    ELBOW_DOWN,
    FLOOR_LINE,
    GROUND,
    KNEE_FWD,
    KNEE_UP,
    Exercise,
    Figure,
    Frame,
    Limb,
    arc,
    chair,
    desk,
    foot,
    hand,
    on_floor,
    seated,
    standing,
)
from illustration_poses_floor import (
    bent_knee_side_plank,
    bird_dog,
    bridge,
    cat_cow,
    childs_pose,
    downward_dog,
    knee_plank,
    knee_rotation,
    knee_to_chest,
    pelvic_tilt,
    plank,
    side_plank,
    sphinx,
    superman,
)


# --- the exercises -----------------------------------------------------------------------------
def glute_squeeze() -> Exercise:
    start = standing()
    end = standing(pelvis=(57.0, 58.0))
    return (
        Frame(start, highlight=[((52.0, 62.0), 2.5, 3.5)]),
        "A person standing tall beside a desk, feet hip-width apart.",
        Frame(
            end,
            highlight=[((52.0, 62.0), 6.0, 8.0)],
            arrows=[[(40.0, 56.0), (46.0, 62.0)], [(40.0, 68.0), (46.0, 62.0)]],
        ),
        "The same person squeezing the buttocks, which are highlighted.",
        desk(),
    )


def drawing_in() -> Exercise:
    arms = {"near_arm": Limb(angles=(262.0, 275.0)), "far_arm": Limb(angles=(262.0, 275.0))}
    start, end = seated(**arms), seated(**arms)
    return (
        Frame(
            start,
            highlight=[((48.0, 72.0), 2.5, 3.0)],
            body_lines=[[(41.0, 60.0), (53.0, 70.0), (42.0, 79.0)]],
        ),
        "A person sitting tall on a chair, belly relaxed.",
        Frame(
            end,
            highlight=[((48.0, 72.0), 5.0, 6.0)],
            body_lines=[[(41.0, 60.0), (45.0, 70.0), (42.0, 79.0)]],
            arrows=[[(62.0, 64.0), (52.0, 64.0)]],
        ),
        "The same person drawing the lower belly in, an arrow pointing inward.",
        chair(),
    )


def backward_steps() -> Exercise:
    start = standing(
        x=70.0, near_arm=hand((73.0, 89.0), ELBOW_BACK), far_arm=hand((68.0, 89.0), ELBOW_BACK)
    )
    end = standing(
        x=70.0,
        lean=92.0,
        pelvis=(66.0, 59.0),
        near_arm=hand((80.0, 86.0), ELBOW_BACK),
        far_arm=hand((56.0, 88.0), ELBOW_DOWN),
        near_leg=foot((75.0, GROUND), 0, KNEE_FWD),
        far_leg=foot(on_floor(46.0, -60), -60, KNEE_FWD),
    )
    arrow = [[(44.0, 116.0 - 22.0), (24.0, 94.0)]]
    return (
        Frame(start, highlight=[((65.0, 62.0), 5.0, 7.0)], arrows=arrow),
        "A person standing tall, facing away from the free space behind them.",
        Frame(end, highlight=[((61.0, 63.0), 5.0, 7.0)], arrows=arrow),
        "The same person stepping backwards, the rear foot pushing the floor away.",
        FLOOR_LINE,
    )


def posture_walk() -> Exercise:
    def toe(ahead: float) -> float:  # the back foot pushes off from its toes
        return 0.0 if ahead > 0 else -35.0

    def stride(front: float, back: float) -> Figure:
        return standing(
            x=58.0,
            pelvis=(58.0, 60.0),
            lean=88.0,
            head=86.0,
            near_arm=hand((58.0 - 9 * front, 88.0), ELBOW_BACK if front > 0 else ELBOW_DOWN),
            far_arm=hand((58.0 + 9 * front, 88.0), ELBOW_BACK if front < 0 else ELBOW_DOWN),
            near_leg=foot(on_floor(58.0 + 14 * front, toe(front)), toe(front), KNEE_FWD),
            far_leg=foot(on_floor(58.0 + 14 * back, toe(back)), toe(back), KNEE_FWD),
        )

    arrow = [[(84.0, 22.0), (104.0, 22.0)]]
    return (
        Frame(stride(1, -1), highlight=[((53.0, 64.0), 4.0, 6.0)], arrows=arrow),
        "A person walking tall, head up, one foot in front.",
        Frame(stride(-1, 1), highlight=[((53.0, 64.0), 4.0, 6.0)], arrows=arrow),
        "The same person a stride later, the other foot in front.",
        FLOOR_LINE,
    )


def standing_back_extension() -> Exercise:
    hands = {"near_arm": hand((51.0, 64.0), ELBOW_BACK), "far_arm": hand((50.0, 63.0), ELBOW_BACK)}
    start = standing(**hands)
    end = standing(
        pelvis=(59.0, 59.0),
        lean=104.0,
        head=100.0,
        near_arm=hand((53.0, 64.0), ELBOW_BACK),
        far_arm=hand((52.0, 63.0), ELBOW_BACK),
    )
    curve = [arc((58.0, 3.0), (38.0, 2.0), (34.0, 18.0))]
    return (
        Frame(start, highlight=[((53.0, 54.0), 3.0, 7.0)], curves=curve),
        "A person standing tall with both hands on the lower back.",
        Frame(end, highlight=[((54.0, 54.0), 3.0, 7.0)], curves=curve),
        "The same person easing the hips forward and leaning back a little.",
        FLOOR_LINE,
    )


def hip_flexor_stretch() -> Exercise:
    def split(px: float, knee_ahead: float, tuck: float) -> Figure:
        return standing(
            pelvis=(px, 62.0),
            lean=90.0 + tuck,
            near_arm=hand((90.0, 63.0), ELBOW_DOWN),
            far_arm=hand((px + 2, 80.0), ELBOW_BACK),
            near_leg=foot((px + knee_ahead, GROUND), 0, KNEE_FWD),
            far_leg=foot((px - 30.0, GROUND), -20, KNEE_FWD),
        )

    return (
        Frame(split(62.0, 12.0, 0.0), highlight=[((60.0, 70.0), 3.0, 5.0)]),
        "A person in a short split stance, one hand on a desk, one foot back.",
        Frame(
            split(65.0, 9.0, -5.0),
            highlight=[((61.0, 71.0), 4.5, 7.0)],
            curves=[arc((50.0, 56.0), (44.0, 66.0), (50.0, 76.0))],
        ),
        "The same person tucking the tailbone under, the front of the back hip highlighted.",
        desk(),
    )


def standing_knee_to_chest() -> Exercise:
    # the desk behind: the hand on it stays clear of the lifted knee
    support = hand((37.0, 57.0), (-1.0, 1.0))
    start = standing(x=54.0, near_arm=Limb(angles=(278.0, 298.0)), far_arm=support)
    end = standing(
        x=54.0,
        lean=90.0,
        near_arm=hand((74.0, 52.0), ELBOW_DOWN),
        far_arm=support,
        near_leg=Limb(angles=(58.0, -88.0), toe=-10.0),
        far_leg=foot((54.0, GROUND), 0, KNEE_FWD),
    )
    up = [[(84.0, 100.0), (84.0, 82.0)]]
    return (
        Frame(start, highlight=[((51.0, 60.0), 3.0, 5.0)], arrows=up),
        "A person standing tall next to a desk, one hand resting on it for balance.",
        Frame(end, highlight=[((50.0, 60.0), 4.0, 6.0)], arrows=up),
        "The same person holding one knee up toward the chest with the other hand.",
        DESK_BEHIND,
    )


def seated_pelvic_tilt() -> Exercise:
    # the pelvis, drawn as an accent bar through the hip: tipped forward, then back
    start = seated(pelvis=(41.0, 79.0), lean=92.0, curve=-8.0)
    end = seated(pelvis=(39.0, 80.0), lean=96.0, curve=4.0)
    return (
        Frame(
            start,
            accent_bars=[((34.0, 74.0), (49.0, 83.0))],
            curves=[arc((22.0, 70.0), (16.0, 80.0), (24.0, 90.0))],
        ),
        "A person sitting on a chair, the pelvis tipped forward and a gap behind the lower back.",
        Frame(
            end,
            accent_bars=[((34.0, 82.0), (48.0, 73.0))],
            curves=[arc((22.0, 70.0), (16.0, 80.0), (24.0, 90.0))],
        ),
        "The same person tipping the pelvis back, the lower back pressed into the chair.",
        chair(),
    )


def seated_side_bend() -> Exercise:
    # seen from the front: seat across, knees apart, both arms down
    def sit(lean: float) -> Figure:
        return Figure(
            pelvis=(60.0, 78.0),
            trunk=lean,
            head=lean + (90.0 - lean) * 0.4,
            near_arm=hand(
                (60.0 - 8 + (lean - 90) * -0.9, 96.0 if lean > 90 else 84.0), (-1.0, 0.0)
            ),
            far_arm=hand((78.0 + (lean - 90) * -0.3, 80.0), (1.0, 0.0)),
            near_leg=Limb(target=(44.0, GROUND), hint=(-1.0, -1.0), toe=180.0),
            far_leg=Limb(target=(76.0, GROUND), hint=(1.0, -1.0), toe=0.0),
            show_far_arm=True,
            show_far_leg=True,
            front=True,
        )

    seat = [*FLOOR_LINE, [(34.0, 84.0), (86.0, 84.0)]]
    return (
        Frame(
            sit(90.0),
            highlight=[((54.0, 62.0), 3.0, 6.0)],
            curves=[arc((44.0, 20.0), (34.0, 24.0), (30.0, 36.0))],
        ),
        "A person seen from the front, sitting upright with feet wide apart.",
        Frame(
            sit(108.0),
            highlight=[((59.0, 60.0), 3.5, 8.0)],
            curves=[arc((44.0, 20.0), (34.0, 24.0), (30.0, 36.0))],
        ),
        "The same person leaning to one side, the side of the waist highlighted.",
        seat,
    )


def lunge() -> Exercise:
    start = standing(x=50.0)
    end = standing(
        x=50.0,
        pelvis=(52.0, 78.0),
        lean=90.0,
        near_arm=hand((54.0, 100.0), ELBOW_BACK),
        far_arm=hand((51.0, 100.0), ELBOW_BACK),
        near_leg=foot((76.0, GROUND), 0, KNEE_UP),
        far_leg=foot(on_floor(28.0, -40), -40, KNEE_FWD),
    )
    return (
        Frame(start, highlight=[((48.0, 62.0), 4.0, 6.0)], arrows=[[(70.0, 96.0), (88.0, 96.0)]]),
        "A person standing tall with feet hip-width apart and space in front.",
        Frame(end, highlight=[((48.0, 82.0), 4.0, 6.0)], arrows=[[(70.0, 58.0), (70.0, 68.0)]]),
        "The same person in a lunge: front knee over the ankle, back knee lowered, trunk upright.",
        FLOOR_LINE,
    )


EXERCISES = {
    "backward-steps": backward_steps,
    "bent-knee-side-plank": bent_knee_side_plank,
    "bird-dog": bird_dog,
    "bridge": bridge,
    "cat-cow": cat_cow,
    "childs-pose": childs_pose,
    "downward-dog": downward_dog,
    "drawing-in": drawing_in,
    "pelvic-tilt": pelvic_tilt,
    "glute-squeeze": glute_squeeze,
    "hip-flexor-stretch": hip_flexor_stretch,
    "knee-rotation": knee_rotation,
    "knee-plank": knee_plank,
    "knee-to-chest": knee_to_chest,
    "lunge": lunge,
    "plank": plank,
    "posture-walk": posture_walk,
    "seated-pelvic-tilt": seated_pelvic_tilt,
    "seated-side-bend": seated_side_bend,
    "side-plank": side_plank,
    "sphinx": sphinx,
    "standing-back-extension": standing_back_extension,
    "standing-knee-to-chest": standing_knee_to_chest,
    "superman": superman,
}
