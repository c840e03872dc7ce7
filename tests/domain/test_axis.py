"""Whole-number axis scales for charts."""

from __future__ import annotations

import pytest

from crm_desktop.domain.axis import whole_scale


def test_an_empty_chart_gets_an_axis_from_0_to_1() -> None:
    assert whole_scale(0).ticks == [0, 1]


@pytest.mark.parametrize(
    ("tallest", "ticks"),
    [
        (1, [0, 1, 2]),
        (2, [0, 1, 2, 3]),
        (0.6, [0, 1]),
        (7, [0, 2, 4, 6, 8]),
        (12, [0, 5, 10, 15]),
    ],
)
def test_small_counts_step_by_whole_numbers_above_the_tallest_bar(
    tallest: float, ticks: list[int]
) -> None:
    assert whole_scale(tallest).ticks == ticks


def test_large_values_step_by_round_amounts() -> None:
    scale = whole_scale(12345)
    assert (scale.step, scale.top) == (5000, 15000)
