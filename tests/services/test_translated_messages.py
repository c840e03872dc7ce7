"""Service messages speak the user's language: a small Italian catalogue, real calls, real files."""

from __future__ import annotations

import pytest

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.services.checks import run_checks
from crm_desktop.services.contacts import MAX_BAD_ROWS, create_contact, create_contacts, get_contact
from crm_desktop.services.deals import create_deal, update_deal
from crm_desktop.services.history import record_history
from crm_desktop.services.trash import purge
from crm_desktop.storage.database import Database
from tests.services.records import add_contact
from tests.translated import Speak

NOT_VALID_AFTER_AT = "{address} is not a valid e-mail address: there is nothing after the @ sign"


def test_a_bad_email_is_explained_in_italian_under_its_field(db: Database, speak: Speak) -> None:
    speak(
        {
            ("validation", NOT_VALID_AFTER_AT): (
                "{address} non è un indirizzo e-mail valido: manca la parte dopo la @"
            ),
            ("errors", "Invalid input ({detail})"): "Dati non validi ({detail})",
        }
    )

    with pytest.raises(ValidationError) as caught:
        create_contact(db, ContactDraft(first_name="Bob", emails=["bob@example.com", "bob@"]))

    assert caught.value.errors == {
        "emails[1]": "'bob@' non è un indirizzo e-mail valido: manca la parte dopo la @"
    }
    assert str(caught.value) == (
        "Dati non validi (emails[1]: 'bob@' non è un indirizzo e-mail valido: "
        "manca la parte dopo la @)"
    )


def test_a_missing_record_is_reported_in_italian(db: Database, speak: Speak) -> None:
    speak({("errors", "No contact with id {id}"): "Nessun contatto con id {id}"})

    with pytest.raises(NotFoundError) as caught:
        get_contact(db, 99)

    assert str(caught.value) == "Nessun contatto con id 99"
    assert caught.value.kind == "contact"  # what callers compare stays English


def test_too_many_decimals_counts_them_in_italian(db: Database, speak: Speak) -> None:
    speak(
        {
            ("validation", "{amount} has more than %n decimals for {currency}"): (
                "{amount} ha più di un decimale per {currency}",
                "{amount} ha più di %n decimali per {currency}",
            ),
            ("validation", "a title is required"): "serve un titolo",
        }
    )

    with pytest.raises(ValidationError) as caught:
        create_deal(db, DealDraft(title=" ", value_text="12,345", currency="EUR"))

    assert caught.value.errors["title"] == "serve un titolo"
    assert caught.value.errors["value_text"] == "'12,345' ha più di 2 decimali per EUR"


def test_english_stays_the_source_without_a_catalogue(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_contact(db, ContactDraft(first_name="Bob", emails=["bob@"]))

    assert caught.value.errors["emails[0]"] == NOT_VALID_AFTER_AT.format(address="'bob@'")


def test_history_names_fields_and_amounts_in_italian(db: Database, speak: Speak) -> None:
    deal = create_deal(db, DealDraft(title="Vendita", value_text="100"))
    update_deal(db, deal.id, {"value_text": "1234,5"})
    speak({("history", "Value"): "Valore"})

    [change] = record_history(db, "deal", deal.id)[0].changes

    assert (change.label, change.old, change.new) == ("Valore", "100,00\xa0€", "1.234,50\xa0€")


def test_purging_what_is_not_in_the_trash_says_so_in_italian(db: Database, speak: Speak) -> None:
    contact_id = add_contact(db)
    speak(
        {
            ("records", "contact"): "contatto",
            ("errors", "No {kind} in the trash with id {id}"): (
                "Nessun {kind} con id {id} nel cestino"
            ),
        }
    )

    with pytest.raises(NotFoundError) as caught:
        purge(db, "contact", contact_id)

    assert str(caught.value) == f"Nessun contatto con id {contact_id} nel cestino"


def test_search_index_problems_are_listed_in_italian(db: Database, speak: Speak) -> None:
    contact_id = add_contact(db)
    db.conn.execute("DELETE FROM search_index")
    speak(
        {
            ("records", "contact"): "contatto",
            ("checks", "{kind} {id} is missing from the search index"): (
                "{kind} {id} manca dall'indice di ricerca"
            ),
            ("checks", "search index"): "indice di ricerca",
        }
    )

    [result] = [r for r in run_checks(db) if r.name == "search index"]

    assert result.title == "indice di ricerca"
    assert result.problems == (f"contatto {contact_id} manca dall'indice di ricerca",)


def test_bad_rows_past_those_named_are_counted_in_italian(db: Database, speak: Speak) -> None:
    speak(
        {
            ("validation", "%n more rows have errors too"): (
                "anche un'altra riga ha errori",
                "anche altre %n righe hanno errori",
            ),
        }
    )
    drafts = [ContactDraft(first_name="Bad", emails=["bad@"]) for _ in range(MAX_BAD_ROWS + 3)]

    with pytest.raises(ValidationError) as caught:
        create_contacts(db, drafts)

    assert caught.value.errors["rows"] == "anche altre 3 righe hanno errori"
