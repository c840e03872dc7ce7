"""What a new file is seeded with is written in the language spoken when it is made."""

from __future__ import annotations

from pathlib import Path

from crm_desktop.services.files import open_crm_file
from crm_desktop.services.pipeline import default_pipeline
from tests.translated import Speak

ITALIAN_PIPELINE = {
    ("pipeline", "Sales", "default pipeline"): "Vendite",
    ("pipeline", "Lead", "default stage"): "Contatto",
    ("pipeline", "Qualified", "default stage"): "Qualificato",
    ("pipeline", "Proposal", "default stage"): "Proposta",
    ("pipeline", "Negotiation", "default stage"): "Trattativa",
    ("pipeline", "Won", "default stage"): "Vinto",
    ("pipeline", "Lost", "default stage"): "Perso all'ultimo",  # an apostrophe in SQL
}


def test_a_file_made_in_italian_starts_with_an_italian_pipeline(
    tmp_path: Path, speak: Speak
) -> None:
    speak(ITALIAN_PIPELINE)

    db = open_crm_file(tmp_path / "nuovo.sqlite3", user="ada")
    pipeline = default_pipeline(db)
    db.close()

    assert pipeline.name == "Vendite"
    assert [s.name for s in pipeline.stages] == [
        "Contatto",
        "Qualificato",
        "Proposta",
        "Trattativa",
        "Vinto",
        "Perso all'ultimo",
    ]


def test_an_existing_file_keeps_its_stage_names_in_another_language(
    tmp_path: Path, speak: Speak
) -> None:
    path = tmp_path / "old.sqlite3"
    open_crm_file(path, user="ada").close()
    speak(ITALIAN_PIPELINE)

    db = open_crm_file(path, user="ada")
    pipeline = default_pipeline(db)
    db.close()

    assert pipeline.name == "Sales"
    assert pipeline.stages[0].name == "Lead"
