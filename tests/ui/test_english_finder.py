"""The judge of the walk in test_no_english.py: what counts as English on an Italian screen."""

from __future__ import annotations

import pytest

from tests.ui.english_finder import Catalogue, EnglishFinder, Shown


def _catalogue() -> Catalogue:
    """A tiny Italian catalogue: two finished messages, one unfinished, one loan."""
    catalogue = Catalogue("it")
    for source, translation in (
        ("&Save", "&Salva"),
        ("{n} contacts selected", "{n} contatti selezionati"),
        ("Export PDF…", "Esporta PDF…"),
        ("Delete the contact", ""),
    ):
        catalogue.add_message(source, [translation] if translation else [])
    return catalogue


def _judge(text: str, data: tuple[str, ...] = ()) -> str | None:
    return EnglishFinder(_catalogue(), data).judge(Shown(text, "Test", "QLabel", "text"))


def test_an_untranslated_source_text_is_english() -> None:
    assert _judge("Delete the contact") == (
        "an English source text of the catalogue, not translated yet"
    )


def test_a_source_shown_although_translated_names_the_translation() -> None:
    assert "(translation: 'Salva')" in str(_judge("&Save"))


def test_a_filled_in_source_template_is_english() -> None:
    assert str(_judge("3 contacts selected")).startswith("the English source '{n} contacts")


@pytest.mark.parametrize("text", ["Salva", "3 contatti selezionati", "Esporta PDF…"])
def test_the_translations_pass(text: str) -> None:
    assert _judge(text) is None


def test_an_unmarked_sentence_is_caught_by_its_english_words() -> None:
    assert _judge("Delete this contact for good") == "English words: contact, delete, for, this"


def test_stored_data_is_left_out_even_when_it_is_english() -> None:
    assert _judge("Contatto: Delete Corp", data=("Delete Corp",)) is None


def test_a_word_both_languages_use_is_no_english() -> None:
    assert _judge("Stampa PDF") is None  # "PDF" is in an Italian translation
