"""Wrong input to the real ``crm`` program: exit 1 and one line saying what and where."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.services.deals import create_deal, get_deal
from crm_desktop.storage.database import Database
from tests.cli.cli_runner import Crm

TOO_BIG = "99999999999999999999999"  # past SQLite's largest integer


def one_error_line(crm: Crm, *args: str, db: Path | bool = True) -> str:
    """The single stderr line of a command that must fail as a user error."""
    result = crm.run(*args, db=db)
    assert (result.returncode, result.stdout) == (1, ""), result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("crm: error: ")
    return lines[0]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["contacts", "show", TOO_BIG],
            "contacts show: argument ID: '99999999999999999999999' is not a record id",
        ),
        (["deals", "show", "0"], "deals show: argument ID: '0' is not a record id"),
        (["contacts", "list", "--offset", TOO_BIG], "argument --offset: '999"),
        (["contacts", "delete", "3", "--expected-version", TOO_BIG], "is not a version"),
        (["search", "rossi", "--limit", "-1"], "search: argument --limit: '-1' is not a whole"),
        (["contacts", "delete", "3", "--json"], "contacts delete: unrecognized arguments: --json"),
        (["contacts", "update", "3"], "contacts update: give at least one option to change"),
        (["tickets", "list", "--sort", "colour"], "--sort: must be one of id, created_at"),
    ],
)
def test_bad_command_lines_are_named_in_one_line(
    crm: Crm, db: Database, args: list[str], said: str
) -> None:
    assert said in one_error_line(crm, *args)


def test_bad_values_are_named_by_the_options_that_gave_them(crm: Crm, db: Database) -> None:
    line = one_error_line(
        crm, "contacts", "add", "--first-name", "Ada", "--email", "ada@example.it",
        "--email", "bad", "--stage", "boss",
    )  # fmt: skip

    assert line.startswith("crm: error: --email #2: 'bad' is not a valid e-mail address")
    assert "; --stage: must be one of lead, prospect, customer, former" in line


def test_a_company_search_too_long_to_look_for_is_refused(crm: Crm, db: Database) -> None:
    line = one_error_line(crm, "companies", "list", "--search", "x" * 60_000)

    assert line == "crm: error: --search: search for at most 1,000 characters"


def test_lost_reason_for_a_move_to_won_is_refused(crm: Crm, db: Database) -> None:
    deal = create_deal(db, DealDraft(title="Fit-out"))

    line = one_error_line(crm, "deals", "move", str(deal.id), "Won", "--lost-reason", "Price")

    assert line.startswith("crm: error: --lost-reason: only a move to the lost stage")
    assert get_deal(db, deal.id).status == "open"


def test_deals_list_sorts_by_probability_descending(crm: Crm, db: Database) -> None:
    create_deal(db, DealDraft(title="Maybe"))
    create_deal(db, DealDraft(title="Likely", probability=90))

    listed = crm.json("deals", "list", "--sort=-probability")

    assert [d["title"] for d in listed] == ["Likely", "Maybe"]


def test_empty_db_path_is_refused_not_replaced_by_the_default(crm: Crm) -> None:
    line = one_error_line(crm, "--db", "", "info", db=False)

    assert line == "crm: error: info: argument --db: give the path of a file"


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs a device file")
def test_device_as_db_is_refused(crm: Crm) -> None:
    line = one_error_line(crm, "info", db=Path("/dev/null"))

    assert line == "crm: error: /dev/null is a device or pipe, not a crm-desktop file"


def test_folder_as_db_is_refused(crm: Crm, tmp_path: Path) -> None:
    line = one_error_line(crm, "info", db=tmp_path)

    assert line == f"crm: error: {tmp_path} is a folder, not a crm-desktop file"


def test_file_of_a_newer_version_is_refused_and_left_unchanged(
    crm: Crm, db: Database, db_path: Path
) -> None:
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    content = db_path.read_bytes()

    line = one_error_line(crm, "contacts", "list")

    assert "written by a newer crm-desktop (schema version 99)" in line
    assert db_path.read_bytes() == content


def test_an_argument_that_is_not_text_is_refused(crm: Crm, db: Database) -> None:
    latin1 = os.fsdecode(b"Jos\xe9")  # what a Latin-1 terminal sends

    line = one_error_line(crm, "contacts", "add", "--first-name", latin1)

    assert line == (
        "crm: error: contacts add: argument --first-name: not readable as text"
        " (check the terminal's encoding)"
    )


def test_output_that_cannot_hold_a_name_is_escaped_not_fatal(crm: Crm, db: Database) -> None:
    ascii_only = {"PYTHONIOENCODING": "ascii"}

    added = crm.run("contacts", "add", "--first-name", "Niccolò", "--json", env=ascii_only)
    shown = crm.run("contacts", "show", str(json.loads(added.stdout)["id"]), env=ascii_only)

    assert json.loads(added.stdout)["first_name"] == "Niccolò"
    assert (shown.returncode, shown.stderr) == (0, "")
    assert "Niccol\\xf2" in shown.stdout
