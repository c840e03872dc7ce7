"""The page template: header and footer on every page, long tables, every script printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.domain.errors import StorageError
from crm_desktop.reports.charts import HEIGHT, MIN_HEIGHT, axis_scale, bar_chart
from crm_desktop.reports.fonts import FALLBACK, runs
from crm_desktop.reports.pdf import WIDTH, PageInfo, para, table, write_pdf
from tests.reports.pdf_text import embedded_fonts, page_texts, text

INFO = PageInfo(
    title="Test report", subtitle="1 Nov 2026 – 30 Nov 2026", business="Test Srl", made_at="now"
)
NAMES = ("Łódź", "Ørsted", "Dvořák", "Ελλάδα", "山田")


def long_table(rows: int) -> list:  # type: ignore[type-arg]
    return [
        table(
            ("Customer", "Amount"),
            [[f"Customer {i}", f"{i},00 €"] for i in range(rows)],
            widths=(3, 1),
            numeric=(1,),
        )
    ]


def test_every_page_says_page_x_of_y(tmp_path: Path) -> None:
    pdf = tmp_path / "long.pdf"
    write_pdf(pdf, INFO, long_table(150))
    pages = page_texts(pdf)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page


def test_header_and_made_on_line_repeat_on_every_page(tmp_path: Path) -> None:
    pdf = tmp_path / "long.pdf"
    write_pdf(pdf, INFO, long_table(150))
    for page in page_texts(pdf):
        assert "Test Srl" in page
        assert "Test report" in page
        assert "Made on now" in page


def test_long_table_repeats_its_header_row_on_the_next_page(tmp_path: Path) -> None:
    pdf = tmp_path / "long.pdf"
    write_pdf(pdf, INFO, long_table(150))
    lines = [line.strip() for line in page_texts(pdf)[1].splitlines()]
    # The page opens with the header cells, then goes on where page 1 stopped.
    assert lines[:2] == ["Customer", "Amount"]
    assert lines[2].startswith("Customer ") and lines[2] != "Customer 0"
    assert "Customer 149" in text(pdf)


def test_names_in_every_script_are_in_the_text(tmp_path: Path) -> None:
    pdf = tmp_path / "names.pdf"
    write_pdf(pdf, INFO, [para(" ".join(NAMES)), table(("Name",), [[n] for n in NAMES], (1,))])
    extracted = text(pdf)
    for name in NAMES:
        assert extracted.count(name) == 2, name


def test_cjk_runs_are_set_in_an_embedded_cjk_font(tmp_path: Path) -> None:
    # DejaVu has no ideographs: without the fallback 山田 would print as empty boxes.
    assert runs("Ørsted 山田") == [("DejaVuSans", "Ørsted "), (FALLBACK, "山田")]
    pdf = tmp_path / "cjk.pdf"
    write_pdf(pdf, INFO, [para("山田 太郎")])
    assert {"DejaVuSans", "DejaVuSans-Bold", FALLBACK} <= embedded_fonts(pdf)


def test_unwritable_place_is_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="cannot write"):
        write_pdf(tmp_path / "missing" / "x.pdf", INFO, [para("x")])


def test_chart_axis_ends_on_a_round_label_above_the_tallest_bar() -> None:
    assert axis_scale(27_000) == (10_000, 30_000)
    assert axis_scale(25_000) == (5_000, 30_000)  # a bar level with the top would hide its height
    assert axis_scale(0.3) == (0.1, 0.4)
    assert axis_scale(0) == (0.25, 1.0)


def test_a_chart_shrinks_to_the_room_left_but_not_below_its_minimum() -> None:
    chart = bar_chart("Revenue", ["Jan", "Feb"], [("EUR", [1.0, 2.0])], str)
    assert chart.wrap(WIDTH, 1000)[1] == HEIGHT
    assert chart.wrap(WIDTH, MIN_HEIGHT + 10)[1] == MIN_HEIGHT + 10
    assert chart.wrap(WIDTH, 10)[1] == MIN_HEIGHT
