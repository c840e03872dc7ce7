"""``crm export`` on a real file, in a subprocess."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.services.deals import create_deal
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.pipeline import default_pipeline, find_stage
from tests.cli.cli_runner import Crm


def _add(crm: Crm, first: str, country: str, *extra: str) -> None:
    crm.ok("contacts", "add", "--first-name", first, "--country", country, *extra)


def test_export_contacts_csv_with_list_filters(crm: Crm, tmp_path: Path) -> None:
    crm.ok("settings", "--region", "IT", "--currency", "EUR")
    _add(crm, "Giulia", "IT", "--tag", "vip")
    _add(crm, "Sven", "SE", "--tag", "vip")
    out = tmp_path / "c.csv"

    printed = crm.ok("export", "contacts", "--out", str(out), "--country", "IT", "--tag", "vip")

    assert printed.strip() == f"Exported 1 contact to {out}"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))  # an English user's Excel: ',' (the file's region aside)
    assert [r[0] for r in rows[1:]] == ["Giulia"]


def test_an_italian_user_exports_with_semicolons(crm: Crm, tmp_path: Path) -> None:
    crm.ok("settings", "--region", "US", "--currency", "USD")
    _add(crm, "Giulia", "IT", "--tag", "vip")
    out = tmp_path / "c.csv"

    crm.ok("export", "contacts", "--out", str(out), env={"CRM_LANG": "it"})

    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))  # Italian Excel's list separator
    assert [len(r) for r in rows] == [20, 20]
    assert rows[1][0] == "Giulia"


def test_export_with_an_explicit_delimiter(crm: Crm, tmp_path: Path) -> None:
    _add(crm, "Giulia", "IT")
    out = tmp_path / "c.csv"

    crm.ok("export", "contacts", "--out", str(out), "--delimiter", ",")

    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[:2] == ["First name", "Last name"]


def test_export_contacts_as_vcard_and_json(crm: Crm, tmp_path: Path) -> None:
    _add(crm, "Nicolò", "SE")
    vcf, js = tmp_path / "c.vcf", tmp_path / "c.json"

    crm.ok("export", "contacts", "--format", "vcard", "--vcard-version", "4.0", "--out", str(vcf))
    crm.ok("export", "contacts", "--format", "json", "--out", str(js))

    assert "VERSION:4.0" in vcf.read_text(encoding="utf-8")
    assert "N:;Nicolò;;;" in vcf.read_text(encoding="utf-8")
    assert json.loads(js.read_text(encoding="utf-8"))[0]["first_name"] == "Nicolò"


def test_a_filter_that_does_not_apply_is_one_line_error(crm: Crm, tmp_path: Path) -> None:
    result = crm.run("export", "contacts", "--out", str(tmp_path / "x.csv"), "--priority", "high")

    assert result.returncode == 1
    assert result.stderr.strip() == "crm: error: --priority: --priority does not filter contacts"
    assert not (tmp_path / "x.csv").exists()


def test_deals_cannot_be_written_as_vcard(crm: Crm, tmp_path: Path) -> None:
    result = crm.run("export", "deals", "--format", "vcard", "--out", str(tmp_path / "d.vcf"))

    assert result.returncode == 1
    assert "deals can be exported as csv, json, not vcard" in result.stderr


def test_exported_vcard_imports_into_another_file(crm: Crm, tmp_path: Path) -> None:
    crm.ok("settings", "--region", "IT", "--currency", "EUR")
    crm.ok(
        "contacts", "add", "--first-name", "Nicolò", "--last-name", "Åberg",
        "--email", "n@aberg.se", "--phone", "06 1234 5678", "--tag", "vip",
    )  # fmt: skip
    cards = tmp_path / "people.vcf"
    crm.ok("export", "contacts", "--format", "vcard", "--out", str(cards))
    other = Crm(tmp_path / "other.sqlite3")
    other.ok("settings", "--region", "IT", "--currency", "EUR")

    other.ok("import", "contacts", str(cards))

    [person] = other.json("contacts", "list")
    assert (person["first_name"], person["last_name"]) == ("Nicolò", "Åberg")
    assert person["phones"][0]["e164"] == "+390612345678"
    assert person["tags"] == ["vip"]


def test_export_deals_of_one_stage_by_its_name(crm: Crm, tmp_path: Path) -> None:
    crm.ok("settings", "--region", "US", "--currency", "USD")
    db = open_crm_file(crm.db_path, user="tester")
    proposal = find_stage(db, default_pipeline(db).id, "Proposal").id
    create_deal(db, DealDraft(title="Boiler", stage_id=proposal))
    create_deal(db, DealDraft(title="Pump"))
    db.close()
    out = tmp_path / "d.csv"

    crm.ok("export", "deals", "--stage", "proposal", "--out", str(out))

    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [(r[0], r[2]) for r in rows[1:]] == [("Boiler", "Proposal")]


def _milan_people(crm: Crm) -> None:
    for first, city in (("Anna", "Milano"), ("Bruno", "Roma"), ("Carla", "Milano")):
        crm.ok("contacts", "add", "--first-name", first, "--city", city)
    crm.ok("views", "add", "Milan", "--entity", "contacts", "--where", "city", "=", "Milano")


def test_export_with_a_view_writes_exactly_its_records(crm: Crm, tmp_path: Path) -> None:
    _milan_people(crm)
    out = tmp_path / "milan.json"

    printed = crm.ok("export", "contacts", "--view", "milan", "--format", "json", "--out", str(out))

    assert printed.strip() == f"Exported 2 contacts to {out}"
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(r["first_name"] for r in rows) == ["Anna", "Carla"]


def test_export_deals_with_a_view(crm: Crm, tmp_path: Path) -> None:
    db = open_crm_file(crm.db_path, user="tester")
    create_deal(db, DealDraft(title="Boiler", value_minor=500_00))
    create_deal(db, DealDraft(title="Pump", value_minor=50_00))
    db.close()
    crm.ok("views", "add", "Big", "--entity", "deals", "--where", "value", ">", "100")
    out = tmp_path / "d.csv"

    crm.ok("export", "deals", "--view", "Big", "--out", str(out))

    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[0] for r in rows[1:]] == ["Boiler"]


def test_export_with_a_missing_view_is_one_line_error(crm: Crm, tmp_path: Path) -> None:
    result = crm.run("export", "contacts", "--view", "Nope", "--out", str(tmp_path / "x.csv"))

    assert result.returncode == 1
    assert result.stderr.strip() == "crm: error: --view: there is no saved view 'Nope'"
    assert not (tmp_path / "x.csv").exists()


def test_export_with_a_view_of_another_kind_is_one_line_error(crm: Crm, tmp_path: Path) -> None:
    _milan_people(crm)

    result = crm.run("export", "companies", "--view", "Milan", "--out", str(tmp_path / "x.csv"))

    assert result.returncode == 1
    assert result.stderr.strip() == (
        "crm: error: --view: the saved view 'Milan' is of contacts, not of companies"
    )
