from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.cli_runner import Crm
from tests.import_files import file_state, fixture


@pytest.fixture(autouse=True)
def italian_file(crm: Crm) -> None:
    """The fixtures' phones are Italian numbers written without +39."""
    crm.ok("settings", "--region", "IT")


def _copy(name: str, tmp_path: Path) -> Path:
    return Path(shutil.copy(fixture(name), tmp_path / name))


def test_import_contacts_prints_counts_and_where_the_rejected_rows_are(
    crm: Crm, tmp_path: Path
) -> None:
    path = _copy("invalid_rows.csv", tmp_path)

    out = crm.ok("import", "contacts", str(path))

    assert "4 rows read: 3 created, 0 merged, 0 skipped as duplicates, 1 rejected" in out
    assert "line 4: rejected: birthday:" in out
    errors = tmp_path / "invalid_rows.errors.csv"
    assert f"rejected rows written to {errors}" in out
    assert errors.read_text(encoding="utf-8-sig").count("\n") == 2


def test_import_prints_a_warning_for_each_email_or_phone_left_out(crm: Crm, tmp_path: Path) -> None:
    path = _copy("invalid_rows.csv", tmp_path)

    out = crm.ok("import", "contacts", str(path))

    assert "line 3: warning: emails[0]: 'not-an-email' is not a valid e-mail address" in out
    assert "line 5: warning: phones[0]: '12'" in out


def test_json_summary_uses_field_names(crm: Crm, tmp_path: Path) -> None:
    path = _copy("hubspot.csv", tmp_path)

    summary = crm.json("import", "contacts", str(path), "--errors", str(tmp_path / "e.csv"))

    assert (summary["created"], summary["rejected"], summary["errors_path"]) == (2, 0, None)
    assert summary["mapping"]["Lifecycle Stage"] == "lifecycle_stage"
    assert summary["companies_created"] == 2


def test_dry_run_stores_nothing(crm: Crm, tmp_path: Path) -> None:
    path = _copy("google_legacy.csv", tmp_path)
    before = file_state(crm.db_path)

    out = crm.ok("import", "contacts", str(path), "--dry-run")

    assert "2 rows read: 2 would be created," in out
    assert "dry run: nothing was stored" in out
    assert file_state(crm.db_path) == before
    assert not (tmp_path / "google_legacy.errors.csv").exists()


def test_duplicates_are_merged_when_asked(crm: Crm, tmp_path: Path) -> None:
    path = _copy("google_legacy.csv", tmp_path)
    crm.ok("contacts", "add", "--first-name", "Mario", "--email", "mario.rossi@example.it")

    summary = crm.json("import", "contacts", str(path), "--on-duplicate", "merge")

    assert (summary["created"], summary["merged"]) == (1, 1)
    contacts = crm.json("contacts", "list")
    mario = next(c for c in contacts if c["first_name"] == "Mario")
    assert mario["last_name"] == "Rossi"


def test_mapping_file_is_used_and_saved(crm: Crm, tmp_path: Path) -> None:
    path = _copy("no_header.csv", tmp_path)
    mapping = tmp_path / "m.json"
    mapping.write_text(
        json.dumps({"mapping": {"Column 1": "emails", "Column 2": "first_name"}}),
        encoding="utf-8",
    )
    saved = tmp_path / "saved.json"

    summary = crm.json(
        "import", "contacts", str(path), "--mapping", str(mapping), "--save-mapping", str(saved)
    )

    assert summary["created"] == 2
    assert json.loads(saved.read_text(encoding="utf-8"))["mapping"] == {
        "Column 1": "emails",
        "Column 2": "first_name",
    }
    # and the file remembers it for the next file with the same columns
    again = crm.json("import", "contacts", str(path), "--dry-run")
    assert again["mapping"] == {"Column 1": "emails", "Column 2": "first_name"}
    assert again["skipped"] == 2


def test_an_unreadable_file_exits_1_with_one_line_and_stores_nothing(
    crm: Crm, tmp_path: Path
) -> None:
    before = file_state(crm.db_path)

    result = crm.run("import", "contacts", str(fixture("ragged.csv")))

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"crm: error: {fixture('ragged.csv')}, line 3: this row has 4 cells but the header"
        " has 3 (a stray delimiter or quote?)"
    ]
    assert file_state(crm.db_path) == before


def test_import_companies_from_an_italian_file(crm: Crm, tmp_path: Path) -> None:
    path = _copy("companies_italian.csv", tmp_path)

    crm.ok("import", "companies", str(path))

    names = {c["name"]: c for c in crm.json("companies", "list")}
    assert names["Alfa Srl"]["vat_id"] == "01234567890"


def test_a_skipped_duplicate_names_the_stored_contact(crm: Crm, tmp_path: Path) -> None:
    path = _copy("google_legacy.csv", tmp_path)
    added = crm.json("contacts", "add", "--first-name", "M", "--email", "mario.rossi@example.it")

    out = crm.ok("import", "contacts", str(path))

    assert f"line 2: skip: same e-mail mario.rossi@example.it as contact {added['id']}" in out


def test_one_row_is_counted_in_the_singular(crm: Crm, tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("First Name,Last Name,Company\nAda,Lovelace,Analytical Engines\n", "utf-8")

    out = crm.ok("import", "contacts", str(path))

    assert "1 row read: 1 created," in out
    assert "1 company created by name" in out
