"""Draw the exercise illustrations: a start and an end frame per exercise, as SVG Tiny 1.2.

Run after changing a pose here and commit what it writes::

    python packaging/draw_illustrations.py          # assets/illustrations/<id>.{start,end}.svg
    python packaging/draw_illustrations.py --check  # exit 1 if a file differs from its pose

The figure is ``currentColor`` (the player paints it in the palette's text colour), the limbs
on the far side, the props and the accent use the placeholder colours of
``backbreak.ui.player.illustration`` (the player swaps them for palette colours that reach
3:1 against the background). Each frame has a ``<desc>``: what a screen reader says; the
descriptions are translated with the routine texts (``update_translations.py``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from illustration_model import HEAD_R, Frame, Point, TopView, angle, at
from illustration_poses import EXERCISES

from backbreak.ui.player.illustration import ACCENT, FAR, FIGURE, PROP
from backbreak.ui.player.tween import compatible, shape

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "assets" / "illustrations"


# --- SVG -----------------------------------------------------------------------------------------
HEADER = (
    '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
    'viewBox="0 0 120 120" width="120" height="120">'
)
STROKE = 'fill="none" stroke-linecap="round" stroke-linejoin="round"'


def _n(v: float) -> str:
    text = f"{v:.1f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _pt(p: Point) -> str:
    return f"{_n(p[0])},{_n(p[1])}"


def polyline(points: Sequence[Point]) -> str:
    return "M" + " L".join(_pt(p) for p in points)


def arrow_head(tip: Point, from_: Point, size: float = 5.0) -> str:
    back = angle(tip, from_)
    return f"M{_pt(at(tip, back + 35, size))} L{_pt(tip)} L{_pt(at(tip, back - 35, size))}"


def _figure_paths(frame: Frame) -> tuple[list[str], list[str], Point]:
    """(far-side paths, near paths, head centre)."""
    fig = frame.figure
    if isinstance(fig, TopView):
        chains = fig.chains()
        near = [
            polyline(chains[k]) for k in ("spine", "near_arm", "far_arm", "near_leg", "far_leg")
        ]
        return [], near, chains["spine"][-1]
    far: list[str] = []
    if fig.show_far_arm:
        far.append(polyline(fig.arm(fig.far_arm)))
    if fig.show_far_leg:
        far.append(polyline(fig.leg(fig.far_leg)))
    near = [polyline(fig.spine()), polyline(fig.leg(fig.near_leg)), polyline(fig.arm(fig.near_arm))]
    if fig.front:
        return [], far + near, fig.head_centre
    return far, near, fig.head_centre


Mark = tuple[str, list[Point]]  # ("line" | "curve", points): an accent arrow


def _marks(frame: Frame) -> list[Mark]:
    return [("line", a) for a in frame.arrows] + [("curve", list(c)) for c in frame.curves]


def _arrow(mark: Mark, opacity: str | None) -> list[str]:
    """An accent arrow; ``opacity`` for one that only one frame of the pair shows."""
    kind, pts = mark
    shaft = polyline(pts) if kind == "line" else f"M{_pt(pts[0])} Q{_pt(pts[1])} {_pt(pts[2])}"
    seen = "" if opacity is None else f' stroke-opacity="{opacity}"'
    return [f'<path d="{shaft}"{seen}/>', f'<path d="{arrow_head(pts[-1], pts[-2])}"{seen}/>']


def _group(attrs: str, elements: list[str]) -> list[str]:
    return [f"<g {attrs}>", *elements, "</g>"] if elements else []


def _paths(lines: list[list[Point]]) -> list[str]:
    return [f'<path d="{polyline(p)}"/>' for p in lines]


def _arrows(frame: Frame, pair: tuple[Frame, Frame]) -> list[str]:
    """The frame's accent arrows. An arrow that only one frame of the pair shows is written
    in both, invisible in the other, so that the player can fade it."""
    mine = _marks(frame)
    start, end = _marks(pair[0]), _marks(pair[1])
    out: list[str] = []
    for m in [m for m in start if m in end]:  # in both: drawn alike
        out += _arrow(m, None)
    for m in [m for m in start if m not in end] + [m for m in end if m not in start]:
        out += _arrow(m, "1" if m in mine else "0")
    return out


def svg(
    title: str, desc: str, frame: Frame, props: list[list[Point]], pair: tuple[Frame, Frame]
) -> str:
    """``frame``, one of ``pair`` (start, end), as SVG text, back to front: props, the muscle
    at work, the far-side limbs, the figure, its head, contour lines, accent bars, arrows."""
    far, near, head = _figure_paths(frame)
    highlights = [
        f'<ellipse cx="{_n(c[0])}" cy="{_n(c[1])}" rx="{_n(rx)}" ry="{_n(ry)}"/>'
        for c, rx, ry in frame.highlight
    ]
    out = [
        HEADER,
        f"<title>{title}</title>",
        f"<desc>{desc}</desc>",
        *_group(f'class="prop" {STROKE} stroke="{PROP}" stroke-width="3"', _paths(props)),
        *_group(f'class="accent" fill="{ACCENT}" stroke="none"', highlights),
        *_group(
            f'class="far" {STROKE} stroke="{FAR}" stroke-width="6"',
            [f'<path d="{d}"/>' for d in far],
        ),
        *_group(
            f'class="figure" {STROKE} stroke="{FIGURE}" stroke-width="6"',
            [f'<path d="{d}"/>' for d in near],
        ),
        f'<circle class="figure" cx="{_n(head[0])}" cy="{_n(head[1])}" r="{_n(HEAD_R)}" '
        f'fill="{FIGURE}"/>',
        *_group(
            f'class="contour" {STROKE} stroke="{FIGURE}" stroke-width="3"',
            _paths(frame.body_lines),
        ),
        *_group(
            f'class="accent" {STROKE} stroke="{ACCENT}" stroke-width="5"',
            _paths([list(bar) for bar in frame.accent_bars]),
        ),
        *_group(
            f'class="accent" {STROKE} stroke="{ACCENT}" stroke-width="3"', _arrows(frame, pair)
        ),
        "</svg>",
    ]
    return "\n".join(out) + "\n"


def frames() -> dict[str, str]:
    """File name -> SVG text, for every exercise's start and end frame."""
    out: dict[str, str] = {}
    for ex_id, draw in EXERCISES.items():
        start, start_desc, end, end_desc, props = draw()
        name = ex_id.replace("-", " ").capitalize()
        pair = (start, end)
        first = svg(f"{name}: start", start_desc, start, props, pair)
        last = svg(f"{name}: end", end_desc, end, props, pair)
        if not compatible(shape(first), shape(last)):
            raise SystemExit(f"{ex_id}: the two frames differ in more than their numbers")
        out[f"{ex_id}.start.svg"], out[f"{ex_id}.end.svg"] = first, last
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    stale = []
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in frames().items():
        path = args.out / name
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print(
            "out of date (run packaging/draw_illustrations.py):", ", ".join(stale), file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
