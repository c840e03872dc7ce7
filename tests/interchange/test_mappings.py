from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.domain.errors import ImportFileError, ValidationError
from crm_desktop.interchange.mappings import (
    check_mapping,
    header_signature,
    label_from_header,
    propose_mapping,
    read_mapping_file,
    write_mapping_file,
)


def test_italian_headers_map_by_name() -> None:
    headers = ["Nome", "Cognome", "Ragione sociale", "Telefono", "Cellulare", "Indirizzo",
               "CAP", "Città", "Provincia", "E-mail"]  # fmt: skip

    mapping = propose_mapping(headers, "contacts").mapping

    assert mapping == {
        "Nome": "first_name",
        "Cognome": "last_name",
        "Ragione sociale": "company",
        "Telefono": "phones",
        "Cellulare": "phones",
        "Indirizzo": "street",
        "CAP": "postcode",
        "Città": "city",
        "Provincia": "region",
        "E-mail": "emails",
    }


def test_swedish_headers_map_by_name() -> None:
    headers = ["Förnamn", "Efternamn", "Företag", "Telefon", "Mobil", "E-post", "Postnummer", "Ort"]

    mapping = propose_mapping(headers, "contacts").mapping

    assert list(mapping.values()) == [
        "first_name", "last_name", "company", "phones", "phones", "emails", "postcode", "city"
    ]  # fmt: skip


def test_company_headers_map_partita_iva_to_the_vat_number() -> None:
    mapping = propose_mapping(["Ragione sociale", "Partita IVA", "Sito web"], "companies").mapping

    assert mapping == {"Ragione sociale": "name", "Partita IVA": "vat_id", "Sito web": "website"}


def test_a_misspelt_header_still_maps_by_similarity() -> None:
    mapping = propose_mapping(["Frist Name", "Emial Address"], "contacts").mapping

    assert mapping == {"Frist Name": "first_name", "Emial Address": "emails"}


def test_unknown_headers_are_left_out() -> None:
    assert propose_mapping(["foo", "Zodiac sign"], "contacts").mapping == {
        "foo": None,
        "Zodiac sign": None,
    }


@pytest.mark.parametrize(
    ("headers", "preset"),
    [
        (["Given Name", "Family Name", "E-mail 1 - Type", "E-mail 1 - Value"], "Google Contacts"),
        (["First Name", "Last Name", "E-mail Address", "E-mail 2 Address", "Business Phone"],
         "Outlook"),
        (["First Name", "Last Name", "Email", "Lifecycle Stage", "Contact owner"], "HubSpot"),
        (["First Name", "Last Name", "Account Name", "Mailing City", "Lead Source"], "Salesforce"),
        (["Person - Name", "Person - Email - Work", "Person - Organization"], "Pipedrive"),
    ],
)  # fmt: skip
def test_known_exports_are_recognised(headers: list[str], preset: str) -> None:
    assert propose_mapping(headers, "contacts").source == preset


def test_custom_fields_are_matched_by_label() -> None:
    mapping = propose_mapping(["Shoe size"], "contacts", [("shoe_size", "Shoe size")]).mapping

    assert mapping == {"Shoe size": "custom.shoe_size"}


def test_labels_come_from_headers() -> None:
    assert [label_from_header(h) for h in ("Mobile Phone", "Home Phone", "Telefono")] == [
        "mobile",
        "home",
        "",
    ]


def test_signature_ignores_order_case_and_accents() -> None:
    assert header_signature(["Città", "Nome"]) == header_signature(["nome", "CITTA"])
    assert header_signature(["Nome"]) != header_signature(["Nome", "Città"])


def test_check_mapping_names_an_unknown_field() -> None:
    with pytest.raises(ValidationError) as raised:
        check_mapping({"A": "shoe"}, ["A"], "contacts", [])

    assert raised.value.errors == {"mapping.A": "'shoe' is not a field of contacts one can import"}


def test_mapping_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    write_mapping_file(path, "contacts", {"Nome": "first_name", "Note": None})

    assert read_mapping_file(path) == {"Nome": "first_name", "Note": None}


def test_a_broken_mapping_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text("{nope", encoding="utf-8")

    with pytest.raises(ImportFileError, match=r"m\.json: not a JSON mapping file"):
        read_mapping_file(path)
