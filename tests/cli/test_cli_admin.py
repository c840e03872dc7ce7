"""The file-level commands (init, info, demo, search) and how ``--db`` is found."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.services.contacts import list_contacts
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage.migrations import LATEST
from tests.cli.cli_runner import Crm


def test_init_then_info_shows_schema_version_and_counts(crm: Crm, db_path: Path) -> None:
    said = crm.ok("init")
    info = crm.json("info")

    assert str(db_path) in said
    assert info["schema_version"] == LATEST
    assert info["counts"]["contacts"] == 0
    assert info["counts"]["users"] == 1


def test_db_option_works_after_the_sub_command(crm: Crm, tmp_path: Path) -> None:
    path = tmp_path / "after.sqlite3"

    info = crm.json("info", "--db", str(path), db=False)

    assert info["path"] == str(path)
    assert path.exists()


def test_crm_db_environment_variable_is_used_without_db(crm: Crm, tmp_path: Path) -> None:
    path = tmp_path / "from-env.sqlite3"

    info = crm.json("info", db=False, env={"CRM_DB": str(path)})

    assert info["path"] == str(path)
    assert path.exists()


def test_file_that_is_not_sqlite_is_refused_and_left_unchanged(crm: Crm, tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    content = b"Dear customer,\nthis is a letter, not a database.\n" * 50
    path.write_bytes(content)

    result = crm.run("contacts", "list", db=path)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"crm: error: {path} is not a crm-desktop file (it is not an SQLite database)"
    ]
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.txt"]


def test_search_finds_a_demo_contact_by_surname(crm: Crm, db_path: Path) -> None:
    crm.ok("demo", "--contacts", "40", "--seed", "3")
    db = open_crm_file(db_path, user="tester")
    try:
        person = next(r for r in list_contacts(db, limit=40) if r.last_name)
    finally:
        db.close()

    results = crm.json("search", person.last_name, "--limit", "100")

    found = [r for r in results if r["type"] == "contact" and r["id"] == person.id]
    assert len(found) == 1
    assert person.last_name in found[0]["title"]


def test_demo_in_another_locale_is_refused_before_adding_anything(crm: Crm) -> None:
    crm.ok("demo", "--contacts", "10", "--locale", "sv_SE")
    before = crm.json("info")["counts"]

    result = crm.run("demo", "--contacts", "10", "--locale", "it_IT")

    assert result.returncode == 1
    assert "set up for SE and SEK: use --locale sv_SE" in result.stderr
    assert crm.json("info")["counts"] == before


def test_file_mode_switches_to_shared_and_back(crm: Crm) -> None:
    crm.ok("init")

    assert "now in shared mode" in crm.ok("file", "mode", "shared")
    assert crm.json("file", "mode")["mode"] == "shared"
    assert crm.json("info")["storage_mode"] == "shared"
    assert "now in local mode" in crm.ok("file", "mode", "local")
    assert crm.json("file", "mode")["mode"] == "local"


def test_mode_option_makes_a_new_file_shared(crm: Crm) -> None:
    crm.ok("--mode", "shared", "init")

    assert crm.json("file", "mode")["recorded"] == "shared"


def test_unknown_mode_in_environment_is_one_line_error(crm: Crm) -> None:
    result = crm.run("init", env={"CRM_STORAGE_MODE": "fast"})

    assert result.returncode == 1
    assert result.stderr.strip().startswith("crm: error: unknown storage mode 'fast'")
