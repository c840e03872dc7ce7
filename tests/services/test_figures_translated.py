"""Analytics, smart-list and demo texts speak the app's language.

A small Italian catalogue is written for each test (``speak``; the real one is
the translators'), the language is switched with ``i18n.set_language`` as the app
does at start, and the texts come out of real computations on a real file.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crm_desktop import i18n
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.ids import ProductId
from crm_desktop.domain.saved_views import Condition
from crm_desktop.services.analytics.customer_value import customers_at_risk
from crm_desktop.services.analytics.rfm import rfm_report
from crm_desktop.services.analytics.upsell import suggest_for_customer
from crm_desktop.services.demo import demo_locale, generate_demo_data
from crm_desktop.services.demo_texts import TEXTS
from crm_desktop.services.orders import create_product
from crm_desktop.services.saved_views import create_saved_view, describe_filter
from crm_desktop.services.settings import get_settings, update_settings
from crm_desktop.services.view_fields import view_fields
from crm_desktop.storage.database import Database
from tests.services.analytics.shop import AS_OF, basket_order, contact, rfm_shop
from tests.services.records import add_contact
from tests.translated import Messages, Speak

ANCHOR = datetime(2026, 6, 15, 10, 0, tzinfo=UTC)

ITALIAN: Messages = {
    ("analytics", "Champions"): "Campioni",
    ("analytics", "bought very recently and often"): "acquisti recentissimi e frequenti",
    (
        "analytics",
        "recency {recency} and frequency {frequency}",
    ): "recenza {recency} e frequenza {frequency}",
    (
        "analytics",
        "{share} of customers who bought {bought} also bought {offer} (%n customers)",
    ): (
        "il {share} di chi ha comprato {bought} ha comprato anche {offer} (%n cliente)",
        "il {share} di chi ha comprato {bought} ha comprato anche {offer} (%n clienti)",
    ),
    (
        "analytics",
        "No order for %n days, where this customer usually orders every {gap}",
    ): (
        "Nessun ordine da %n giorno, di solito ordina ogni {gap}",
        "Nessun ordine da %n giorni, di solito ordina ogni {gap}",
    ),
    ("analytics", "{n} days"): "{n} giorni",
    ("view fields", "City"): "Città",
    ("view fields", "Lifecycle stage"): "Fase",
    ("view fields", "Customer", "lifecycle"): "Cliente",
    ("view fields", "Created"): "Creazione",
    ("smart lists", "{field} is {value}"): "{field} è {value}",
    ("smart lists", "{left} and {right}"): "{left} e {right}",
    ("smart lists", "{field}: {reason}"): "{field}: {reason}",
    (
        "smart lists",
        "{text} is not a date as YYYY-MM-DD",
    ): "{text} non è una data nella forma AAAA-MM-GG",
}


@pytest.fixture
def italian(speak: Speak) -> None:
    speak(ITALIAN)


@pytest.fixture
def swedish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Swedish without a catalogue: the demo's words are Swedish data, not translations."""
    real = i18n.translation_file
    missing = tmp_path / "crm_desktop_sv.ts"
    monkeypatch.setattr(
        i18n,
        "translation_file",
        lambda lang, suffix=".ts": missing if lang == "sv" else real(lang, suffix),
    )
    i18n.set_language("sv")
    yield
    monkeypatch.setattr(i18n, "translation_file", real)  # English reads its own catalogue
    i18n.set_language("en")


@pytest.mark.usefixtures("italian")
def test_rfm_segments_are_named_and_explained_in_italian(db: Database) -> None:
    rfm_shop(db)

    report = rfm_report(db, as_of=AS_OF)

    champions = next(s for s in report.segments if s.rule.key == "champions")
    assert champions.customers == 1  # Anna
    assert champions.rule.name == "Campioni"
    assert champions.rule.description == "acquisti recentissimi e frequenti"
    assert champions.rule.rule == "recenza 5 e frequenza 4\u20135"


def test_at_risk_reason_gives_the_customers_own_figures(db: Database) -> None:
    rfm_shop(db)

    carla = customers_at_risk(db, as_of=AS_OF)[0]

    assert carla.reason == (
        "No order for 168 days, where this customer usually orders every 31 days"
    )


@pytest.mark.usefixtures("italian")
def test_at_risk_reason_reads_in_italian(db: Database) -> None:
    rfm_shop(db)

    carla = customers_at_risk(db, as_of=AS_OF)[0]

    assert carla.reason == "Nessun ordine da 168 giorni, di solito ordina ogni 31 giorni"


@pytest.mark.usefixtures("italian")
def test_upsell_reason_is_an_italian_sentence_with_the_count_and_percent(db: Database) -> None:
    toner = create_product(db, "Toner", "SKU-T", 1000).id
    paper = create_product(db, "Carta A4", "SKU-A", 1000).id
    cable = create_product(db, "Cavo", "SKU-C", 1000).id
    for basket in ((toner, paper), (toner, paper), (toner, paper), (cable,), (cable,)):
        basket_order(db, contact(db, "Cliente"), *(ProductId(p) for p in basket))
    only_toner = contact(db, "Ugo")
    basket_order(db, only_toner, ProductId(toner))

    (suggestion,) = suggest_for_customer(db, "contact", only_toner, min_confidence=0.5)

    assert suggestion.product_name == "Carta A4"
    assert suggestion.rule.reason == (
        "il 75% di chi ha comprato Toner ha comprato anche Carta A4 (3 clienti)"
    )


@pytest.mark.usefixtures("italian")
def test_smart_list_reads_in_italian_with_choices_by_name(db: Database) -> None:
    view = create_saved_view(
        db,
        "Clienti di Milano",
        "contacts",
        [Condition("city", "eq", "Milano"), Condition("lifecycle_stage", "eq", "customer")],
    )

    assert describe_filter(view.filter) == "Città è Milano e Fase è Cliente"
    assert view.filter.conditions[1].value == "customer"  # stored as the id
    assert view_fields("contacts")[0].label == "First name"  # untranslated stays English


@pytest.mark.usefixtures("italian")
def test_a_bad_condition_is_refused_in_italian(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        create_saved_view(db, "Ieri", "contacts", [Condition("created_at", "eq", "ieri")])

    assert refused.value.errors["conditions[0].value"] == (
        "Creazione: 'ieri' non è una data nella forma AAAA-MM-GG"
    )


@pytest.mark.usefixtures("italian")
def test_demo_made_in_italian_is_an_italian_business(db: Database) -> None:
    generate_demo_data(db, contacts=20, seed=3, anchor=ANCHOR)

    texts = TEXTS["it_IT"]
    settings = get_settings(db)
    subjects = {r["subject"] for r in db.query("SELECT subject FROM tickets")}
    titles = {r["title"].split()[0] for r in db.query("SELECT title FROM deals")}
    jobs = {r["job_title"] for r in db.query("SELECT job_title FROM contacts")}
    assert (settings.default_region, settings.default_currency) == ("IT", "EUR")
    assert subjects and subjects <= {subject for subject, _ in texts.tickets}
    assert titles and titles <= set(texts.deal_words)
    assert jobs and jobs <= set(texts.job_titles)


@pytest.mark.usefixtures("swedish")
def test_demo_made_in_swedish_is_a_swedish_business(db: Database) -> None:
    generate_demo_data(db, contacts=20, seed=3, anchor=ANCHOR)

    texts = TEXTS["sv_SE"]
    settings = get_settings(db)
    subjects = {r["subject"] for r in db.query("SELECT subject FROM tickets")}
    notes = {r["body"] for r in db.query("SELECT body FROM activities WHERE kind = 'note'")}
    assert (settings.default_region, settings.default_currency) == ("SE", "SEK")
    assert subjects and subjects <= {subject for subject, _ in texts.tickets}
    assert notes and notes <= set(texts.note_bodies)


def test_demo_for_a_file_with_italian_data_stays_italian_in_english(db: Database) -> None:
    update_settings(db, default_region="IT", default_currency="EUR")
    add_contact(db)

    assert i18n.current_language() == "en"
    assert demo_locale(db) == "it_IT"
    assert demo_locale(db, "sv") == "it_IT"  # Swedish prices would not fit a EUR file


def test_demo_for_an_empty_file_follows_the_language(db: Database) -> None:
    assert demo_locale(db) == "en_US"
    assert demo_locale(db, "it") == "it_IT"
    assert demo_locale(db, "sv") == "sv_SE"
