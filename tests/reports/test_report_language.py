"""Reports in the chosen language: Italian and Swedish words, month names and amounts.

The words come from a small catalogue written here (the shipped ones change as
translators work); month names come from Babel; amounts from the chosen locale.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from crm_desktop import i18n
from crm_desktop.domain.periods import Period
from crm_desktop.storage.database import Database
from tests.reports.conftest import make
from tests.reports.pdf_text import text
from tests.reports.test_sales_reports import read_csv
from tests.services.figures_data import build_sales, deal
from tests.translated import Messages, write_ts

ITALIAN: Messages = {
    ("reports", "Pipeline by stage"): "Pipeline per fase",
    ("reports", "Deals by stage"): "Trattative per fase",
    ("reports", "Stage"): "Fase",
    ("reports", "Probability"): "Probabilità",
    ("reports", "Deals"): "Trattative",
    ("reports", "Currency"): "Valuta",
    ("reports", "Value"): "Valore",
    ("reports", "Weighted value"): "Valore ponderato",
    ("reports", "Page {number} of {total}"): "Pagina {number} di {total}",
    ("reports", "Made on {when}"): "Creato il {when}",
    ("reports", "Sales forecast"): "Previsione di vendita",
    # Numerus: the one/other forms of the English source (two sources, as the code asks).
    ("reports", "%n open deal without an expected close date"): (
        "%n trattativa aperta senza data di chiusura prevista",
        "%n trattative aperte senza data di chiusura prevista",
    ),
}
SWEDISH: Messages = {
    ("reports", "Pipeline by stage"): "Pipeline per steg",
    ("reports", "Stage"): "Steg",
    ("reports", "Value"): "Värde",
    ("reports", "Weighted value"): "Viktat värde",
    ("reports", "Page {number} of {total}"): "Sida {number} av {total}",
}


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Italian and Swedish catalogues of a few report strings; English again afterwards."""
    written = {
        "it": write_ts(tmp_path / "crm_desktop_it.ts", "it_IT", ITALIAN),
        "sv": write_ts(tmp_path / "crm_desktop_sv.ts", "sv_SE", SWEDISH),
    }
    real = i18n.translation_file

    def translation_file(language: str, suffix: str = ".ts") -> Path:
        if suffix == ".ts" and language in written:
            return written[language]
        return real(language, suffix)

    monkeypatch.setattr(i18n, "translation_file", translation_file)
    yield
    monkeypatch.setattr(i18n, "translation_file", real)  # English reads its own catalogue again
    i18n.set_language("en")


def plain(shown: str) -> str:
    """No-break and narrow no-break spaces (Babel's groups and currency gaps) as spaces."""
    return shown.replace("\u00a0", " ").replace("\u202f", " ")


def big_deals(db: Database) -> None:
    """The figure tests' deals and two more of 1,234.56, each alone in its stage and currency."""
    build_sales(db)
    deal(db, "Big EUR", 123456, "Qualified", expected="2026-11-25")
    deal(db, "Big SEK", 123456, "Proposal", currency="SEK", expected="2026-11-25")


def test_pipeline_pdf_in_italian(db: Database, tmp_path: Path, catalogues: None) -> None:
    big_deals(db)
    i18n.set_language("it")

    pdf, _ = make(db, tmp_path, "pipeline")

    shown = plain(text(pdf))
    assert "Pipeline per fase" in shown  # the title, from the catalogue
    assert "Trattative per fase" in shown and "Valore ponderato" in shown
    assert "Novembre 2026" in shown  # the period's name: Babel's Italian month
    assert "1 nov 2026 – 30 nov 2026" in shown
    assert "1.234,56 €" in shown  # it_IT money; the file's region plays no part
    assert "1.234,56 SEK" in shown  # each amount keeps its own currency
    assert "Pagina 1 di 2" in shown and "Creato il 1 dic 2026" in shown
    assert "Page 1 of" not in shown and "Made on" not in shown


def test_pipeline_pdf_in_swedish(db: Database, tmp_path: Path, catalogues: None) -> None:
    big_deals(db)
    i18n.set_language("sv")

    pdf, _ = make(db, tmp_path, "pipeline")

    shown = plain(text(pdf))
    assert "Pipeline per steg" in shown and "Viktat värde" in shown
    assert "November 2026" in shown and "1 nov. 2026 – 30 nov. 2026" in shown
    assert "1 234,56 kr" in shown  # sv_SE: a space between thousands, "kr" after
    assert "1 234,56 €" in shown
    assert "Sida 1 av 2" in shown


def test_pipeline_csv_in_italian_has_an_italian_header_and_decimal_commas(
    db: Database, tmp_path: Path, catalogues: None
) -> None:
    big_deals(db)
    i18n.set_language("it")

    _, path = make(db, tmp_path, "pipeline")

    raw = path.read_text(encoding="utf-8-sig")
    assert raw.splitlines()[0].startswith("Pipeline;Fase;")  # ";": Excel in Italy splits on it
    rows = read_csv(path)
    assert rows[0][4:] == ["Valuta", "Trattative", "Valore", "Valore ponderato"]
    by_stage = {(r[1], r[4]): r for r in rows[1:]}
    # Plain numbers with the decimal comma: a spreadsheet in Italy reads them as numbers;
    # no grouping or symbol (the currency has its own column).
    assert by_stage[("Qualified", "EUR")][6] == "1234,56"
    assert by_stage[("Proposal", "SEK")][6] == "1234,56"


def test_forecast_counts_in_italian_take_the_catalogues_singular(
    db: Database, tmp_path: Path, catalogues: None
) -> None:
    build_sales(db)  # one open deal without an expected close date
    i18n.set_language("it")

    pdf, _ = make(db, tmp_path, "forecast", period=Period(date(2026, 10, 1), date(2026, 12, 31)))

    shown = plain(text(pdf)).replace("\n", " ")
    assert "Previsione di vendita" in shown
    assert "1 trattativa aperta senza data di chiusura prevista" in shown
    assert "T4 2026" in shown  # Babel's Italian quarter (trimestre), not "Q4"


def test_untranslated_text_stays_english_with_italian_values(
    db: Database, tmp_path: Path, catalogues: None
) -> None:
    build_sales(db)
    i18n.set_language("it")

    pdf, _ = make(db, tmp_path, "win-loss")

    shown = plain(text(pdf))
    assert "Won and lost deals" in shown  # not in the small catalogue: English, not blank
    assert "300,00 €" in shown and "33,3%" in shown


def test_english_reports_of_an_italian_file_write_english_values(
    db: Database, tmp_path: Path
) -> None:
    build_sales(db)
    i18n.set_language("en", "en_US")

    pdf, path = make(db, tmp_path, "win-loss")

    shown = plain(text(pdf))
    assert "€300.00" in shown and "Nov 1, 2026" in shown  # the user's locale, not Italy's
    assert ["Value won", "", "EUR", "300.00"] in read_csv(path)
