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
        ("utf16le_no_bom.txt", "utf-16-le", "\t"),
        ("utf16be_no_bom.csv", "utf-16-be", ","),
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


@pytest.mark.parametrize(
    ("name", "cells"),
    [
        ("utf16le_no_bom.txt", ("Åsa", "Öberg", "asa@oberg.example.se")),
        ("utf16be_no_bom.csv", ("José", "Núñez", "jose@example.es")),
    ],
)
def test_utf16_without_a_bom_is_read_as_text(name: str, cells: tuple[str, ...]) -> None:
    path = fixture(name)

    (row,) = read_rows(path, sniff_csv(path))

    assert row.cells == cells


def test_a_title_and_blank_lines_before_the_header_are_skipped() -> None:
    path = fixture("title_line.csv")
    fmt = sniff_csv(path)

    rows = list(read_rows(path, fmt))

    assert (fmt.skip_lines, fmt.header) == (3, ("First Name", "Last Name", "Email", "Phone"))
    assert [r.line for r in rows] == [5, 6]
    assert rows[0].cells == ("Anna", "Rossi", "anna@example.it", "347 123 4567")


def test_a_title_line_after_excels_sep_line_is_skipped_too(tmp_path: Path) -> None:
    path = tmp_path / "sep_title.csv"
    path.write_text("sep=;\nRubrica 2026\nNome;Cognome;Email\nAnna;Rossi;a@example.it\n")

    fmt = sniff_csv(path)

    assert (fmt.delimiter, fmt.skip_lines, fmt.header) == (";", 2, ("Nome", "Cognome", "Email"))


def test_data_rows_with_a_trailing_delimiter_keep_the_narrower_header(tmp_path: Path) -> None:
    path = tmp_path / "trailing.csv"
    path.write_text("Name,Email\nAnna,anna@example.it,\nBo,bo@example.it,\n")

    fmt = sniff_csv(path)

    assert (fmt.skip_lines, fmt.header) == (0, ("Name", "Email"))


def test_a_title_padded_with_delimiters_as_excel_writes_it_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "padded.csv"
    path.write_text(
        "Contacts export 2026,,,\n,,,\nName,Email,City,Phone\nAnna,a@example.it,Roma,\n"
    )

    fmt = sniff_csv(path)

    assert (fmt.skip_lines, fmt.header) == (2, ("Name", "Email", "City", "Phone"))


def test_a_header_narrower_than_its_rows_is_not_taken_for_a_title(tmp_path: Path) -> None:
    # Commas left unquoted in the notes of every row: an error on line 2, not a wrong header.
    path = tmp_path / "unquoted.csv"
    path.write_text("Name,City,Notes\nAnna,Roma,likes tea,and cake\nBo,Milano,calls,often\n")

    with pytest.raises(ImportFileError, match="line 2: this row has 4 cells"):
        list(read_rows(path, sniff_csv(path)))


def test_a_header_too_far_below_a_title_is_not_looked_for(tmp_path: Path) -> None:
    path = tmp_path / "far.csv"
    path.write_text("Title\n" + "\n" * 12 + "Name,Email\nAnna,anna@example.it\n")

    assert sniff_csv(path).skip_lines == 0


def test_binary_data_with_nul_bytes_is_still_no_text(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" * 50)

    with pytest.raises(ImportFileError, match="binary data"):
        sniff_csv(path)
