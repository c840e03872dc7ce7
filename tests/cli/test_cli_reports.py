"""``crm report``: the real command line writes the same reports as the app."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.services.files import open_crm_file
from crm_desktop.services.settings import update_settings
from tests.cli.cli_runner import Crm
from tests.reports.pdf_text import text
from tests.services.figures_data import build_customers, build_sales

# The user's language and locale, whatever the machine running the tests has: reports
# write values as the chosen locale does, not as the file's region (Italy) would.
ENGLISH_US = {"CRM_LANG": "en", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US"}
ITALIAN = {"CRM_LANG": "it", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C"}


def fill(db_path: Path) -> int:
    """Deals and customers of the figure tests; returns the Łódź company's id."""
    db = open_crm_file(db_path, user="tester")
    try:
        update_settings(db, default_region="IT", company_name="Test Srl")
        build_sales(db)
        return build_customers(db).lodz
    finally:
        db.close()


def test_report_writes_pdf_and_csv_and_prints_their_paths(
    crm: Crm, db_path: Path, tmp_path: Path
) -> None:
    fill(db_path)
    pdf, csv = tmp_path / "p.pdf", tmp_path / "p.csv"
    out = crm.ok(
        "report",
        "win-loss",
        "--pdf",
        str(pdf),
        "--csv",
        str(csv),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        env=ENGLISH_US,
    )
    assert out.splitlines() == [str(pdf), str(csv)]
    assert "€300.00" in text(pdf)
    assert "Value won" in csv.read_text(encoding="utf-8-sig")


def test_report_follows_the_chosen_language_not_the_files_region(
    crm: Crm, db_path: Path, tmp_path: Path
) -> None:
    fill(db_path)
    db = open_crm_file(db_path, user="tester")
    update_settings(db, default_region="SE")  # a Swedish firm's file, read by an Italian user
    db.close()
    pdf, csv = tmp_path / "p.pdf", tmp_path / "p.csv"

    crm.ok(
        "report",
        "pipeline",
        "--pdf",
        str(pdf),
        "--csv",
        str(csv),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
        env=ITALIAN,
    )

    shown = text(pdf)
    assert "1.230,00 €" in shown  # it_IT groups with a dot; sv_SE would write "1 230,00 €"
    assert "Novembre 2026" in shown and "1 nov 2026" in shown  # Babel's Italian, not "nov."
    # A spreadsheet in Italy expects ";" between cells and a decimal comma.
    assert ";EUR;1;1000,00;500,00" in csv.read_text(encoding="utf-8-sig")


def test_customer_report_of_a_company_by_id(crm: Crm, db_path: Path, tmp_path: Path) -> None:
    lodz = fill(db_path)
    pdf = tmp_path / "c.pdf"
    crm.ok("report", "customer", "--id", str(lodz), "--kind", "company", "--pdf", str(pdf))
    assert "Company: Łódź Meble" in text(pdf)


def test_unknown_report_is_one_line_naming_the_reports(crm: Crm, tmp_path: Path) -> None:
    result = crm.run("report", "sales", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert result.stderr.startswith("crm: error: NAME: there is no report 'sales'; choose one of")
    assert len(result.stderr.splitlines()) == 1


def test_bad_date_names_the_option(crm: Crm, tmp_path: Path) -> None:
    result = crm.run("report", "pipeline", "--pdf", str(tmp_path / "x.pdf"), "--from", "1/11/26")
    assert result.returncode == 1
    assert "--from: '1/11/26' is not a date like 2026-11-30" in result.stderr


def test_period_ending_before_it_starts_is_refused(crm: Crm, tmp_path: Path) -> None:
    result = crm.run(
        "report",
        "pipeline",
        "--pdf",
        str(tmp_path / "x.pdf"),
        "--from",
        "2026-11-30",
        "--to",
        "2026-11-01",
    )
    assert result.returncode == 1
    assert "--to: 2026-11-01 is before --from 2026-11-30" in result.stderr


def test_customer_report_without_id_says_so(crm: Crm, tmp_path: Path) -> None:
    result = crm.run("report", "customer", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert "--id: say which contact or company" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_report_without_an_output_file_says_so(crm: Crm) -> None:
    result = crm.run("report", "pipeline")
    assert result.returncode == 1
    assert "--pdf: say where to write the report" in result.stderr


def test_customer_report_takes_no_period(crm: Crm, tmp_path: Path) -> None:
    result = crm.run(
        "report", "customer", "--id", "1", "--from", "2026-01-01", "--pdf", str(tmp_path / "x.pdf")
    )
    assert result.returncode == 1
    assert "--from: the customer report covers the whole history" in result.stderr


def test_report_with_a_view_covers_only_its_records(
    crm: Crm, db_path: Path, tmp_path: Path
) -> None:
    fill(db_path)
    crm.ok("views", "add", "Big deals", "--entity", "deals", "--where", "value", ">", "100")
    pdf = tmp_path / "p.pdf"

    crm.ok("report", "pipeline", "--view", "big deals", "--pdf", str(pdf), env=ENGLISH_US)

    shown = text(pdf)
    assert "Records: saved view “Big deals”" in shown
    assert "€1,200.00" in shown  # open EUR deals over 100: 1,000.00 + 200.00
    assert "€1,230.00" not in shown  # every open EUR deal


def test_report_with_a_view_of_another_kind_is_one_line_error(
    crm: Crm, db_path: Path, tmp_path: Path
) -> None:
    crm.ok("views", "add", "Urgent", "--entity", "tickets", "--where", "priority", "=", "urgent")

    result = crm.run("report", "pipeline", "--view", "Urgent", "--pdf", str(tmp_path / "x.pdf"))

    assert result.returncode == 1
    assert result.stderr.strip() == (
        "crm: error: --view: the saved view 'Urgent' is of tickets;"
        " the pipeline report takes views of deals"
    )


def test_report_with_a_missing_view_is_one_line_error(crm: Crm, tmp_path: Path) -> None:
    result = crm.run("report", "tickets", "--view", "Nope", "--pdf", str(tmp_path / "x.pdf"))

    assert result.returncode == 1
    assert result.stderr.strip() == "crm: error: --view: there is no saved view 'Nope'"
