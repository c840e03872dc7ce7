from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.domain.errors import ImportFileError
from crm_desktop.interchange.sniff import read_rows, sniff_csv
from tests.import_files import fixture


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("google_legacy.csv", "utf-8", ","),
        ("outlook_cp1252.csv", "cp1252", ","),
        ("italian_semicolon_bom.csv", "utf-8-sig", ";"),
        ("swedish_tab_utf16le.txt", "utf-16", "\t"),
        ("utf16be_comma.csv", "utf-16", ","),
    ],
)
def test_encoding_and_delimiter_are_detected(name: str, encoding: str, delimiter: str) -> None:
    fmt = sniff_csv(fixture(name))

    assert (fmt.encoding, fmt.delimiter, fmt.has_header) == (encoding, delimiter, True)


def test_accented_headers_and_cells_read_right_in_every_encoding() -> None:
    fmt = sniff_csv(fixture("utf16be_comma.csv"))

    (row,) = read_rows(fixture("utf16be_comma.csv"), fmt)

    assert fmt.header == ("First Name", "Last Name", "Email")
    assert row.cells == ("Åsa", "Öberg", "asa@oberg.example.se")


def test_a_quoted_cell_over_two_lines_keeps_its_line_break_and_the_next_row_its_line() -> None:
    path = fixture("google_legacy.csv")

    rows = list(read_rows(path, sniff_csv(path)))

    assert [r.line for r in rows] == [2, 4]
    assert "Met at the fair\r\nin Bologna" in rows[0].cells


def test_excel_sep_line_names_the_delimiter_and_is_skipped() -> None:
    path = fixture("sep_hint.csv")
    fmt = sniff_csv(path)

    rows = list(read_rows(path, fmt))

    assert (fmt.delimiter, fmt.header) == (";", ("First Name", "Last Name", "Email"))
    assert [(r.line, r.cells) for r in rows] == [(3, ("Anna", "Rossi", "anna@example.it"))]


def test_a_first_row_of_data_is_no_header() -> None:
    fmt = sniff_csv(fixture("no_header.csv"))

    assert not fmt.has_header
    assert fmt.header == ("Column 1", "Column 2")
    assert len(list(read_rows(fixture("no_header.csv"), fmt))) == 2


def test_a_ragged_row_is_reported_with_its_line() -> None:
    path = fixture("ragged.csv")

    with pytest.raises(ImportFileError, match=r"ragged.csv, line 3: this row has 4 cells"):
        list(read_rows(path, sniff_csv(path)))


def test_a_50_mb_line_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("Name,Notes\nAnna,ok\nBruno," + "y" * 50_000_000 + "\n", encoding="utf-8")

    with pytest.raises(ImportFileError, match="line 3: the line is longer than 1,000,000"):
        list(read_rows(path, sniff_csv(path)))


def test_a_huge_quoted_cell_over_many_lines_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cell.csv"
    path.write_text('Name,Notes\nAnna,"' + ("z" * 1000 + "\n") * 2000 + '"\n', encoding="utf-8")

    with pytest.raises(ImportFileError, match="line 2: a cell is longer than"):
        list(read_rows(path, sniff_csv(path)))


def test_a_missing_file_is_refused_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"nothing\.csv: cannot be read"):
        sniff_csv(tmp_path / "nothing.csv")
