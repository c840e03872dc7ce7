"""Round value axes for bar charts (dashboard cards and PDF reports alike)."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class WholeScale:
    """An axis from 0 to ``top`` in ``steps`` equal whole-number ``step``s."""

    step: int
    top: int

    @property
    def steps(self) -> int:
        return self.top // self.step

    @property
    def ticks(self) -> list[int]:
        return [n * self.step for n in range(self.steps + 1)]


def whole_scale(tallest: float, about: int = 5) -> WholeScale:
    """A whole step (1, 2 or 5 times a power of ten) and a labelled top above ``tallest``.

    Counts have no fractions, so an axis of 0, 0.2, 0.4 ... (printed "0 0 0 1")
    is wrong for them; money axes read better in whole units too. About
    ``about`` steps; an empty chart gets 0 to 1.
    """
    if tallest <= 0:
        return WholeScale(1, 1)
    rough = tallest / about
    power = 10 ** max(0, math.floor(math.log10(rough)))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    # The top is a gridline strictly above the tallest bar, so one can read what it reaches.
    steps = math.floor(tallest / step + 1e-9) + 1
    return WholeScale(step, steps * step)
