"""How crm-desktop reads its command line."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.ui.app import choose_path, parse_args


def test_a_file_given_by_position_is_opened_as_a_file_manager_passes_it(tmp_path: Path) -> None:
    wanted = tmp_path / "clients.sqlite3"

    args = parse_args([str(wanted)])

    assert choose_path(args) == wanted


def test_db_wins_over_a_file_given_by_position(tmp_path: Path) -> None:
    args = parse_args(["--db", str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")])

    assert choose_path(args) == tmp_path / "a.sqlite3"
