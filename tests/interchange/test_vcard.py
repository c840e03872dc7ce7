"""Reading vCard files: the real exports of the shared corpus and hand-made 2.1/3.0/4.0 cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.domain.errors import ImportFileError
from crm_desktop.interchange.vcard import parse_vcards, read_vcards
from tests.interchange.corpus import corpus_file


def test_android_file_gives_every_card_with_utf8_quoted_printable_names() -> None:
    cards = read_vcards(corpus_file("vcard/ezvcard_John_Doe_ANDROID.vcf"))

    assert len(cards) == 6
    assert cards[0].fields["emails"] == [("work", "john.doe@company.com")]
    assert cards[0].fields["tags"] == ["My Contacts"]
    # A name split over a soft line break ("=" at the end of the line) comes out whole.
    assert cards[3].fields["last_name"] == " ".join(["Ñ"] * 11)
    assert cards[3].fields["phones"] == [
        ("mobile", "123456"),
        ("home", "234567"),
        ("mobile", "3456789"),
        ("home", "45678901"),
    ]
    assert cards[4].fields["phones"][-1] == ("work fax", "123456")  # type: ignore[index]
    assert [c.line for c in cards] == [1, 6, 11, 18, 36, 71]


def test_gmail_card_gives_name_company_title_birthday_and_note() -> None:
    [card] = read_vcards(corpus_file("vcard/ezvcard_John_Doe_GMAIL.vcf"))

    fields = card.fields
    assert (fields["first_name"], fields["last_name"]) == ("John Richter James", "Doe")
    assert fields["company"] == "IBM"
    assert fields["job_title"] == "Money Counter"
    assert fields["birthday"] == "1980-03-22"
    assert fields["emails"] == [("home", "john.doe@ibm.com")]
    assert str(fields["notes"]).startswith("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS")
    assert "Favotire Color: Blue" in str(fields["notes"])  # after an escaped \n


def test_iphone_card_uses_x_ablabel_of_its_item_group_and_skips_the_photo() -> None:
    [card] = read_vcards(corpus_file("vcard/ezvcard_John_Doe_IPHONE.vcf"))

    phones = card.fields["phones"]
    assert len(phones) == 7
    assert phones[0] == ("mobile", "905-555-1234")
    assert ("assistantphone", "905-222-1234") in phones
    assert ("home fax", "905-888-1234") in phones
    assert card.fields["city"] == "New York"
    assert card.fields["country"] == "US"
    assert "PHOTO" not in card.original


def test_outlook_card_reads_its_bare_21_types_and_compact_birthday() -> None:
    [card] = read_vcards(corpus_file("vcard/ezvcard_John_Doe_MS_OUTLOOK.vcf"))

    assert card.fields["phones"] == [("work", "(905) 555-1234"), ("home", "(905) 666-1234")]
    assert card.fields["birthday"] == "1980-03-22"
    assert card.fields["emails"] == [("work", "john.doe@ibm.cm")]


def test_outlook_2007_note_in_quoted_printable_keeps_its_line_breaks() -> None:
    [card] = read_vcards(corpus_file("vcard/ezvcard_outlook-2007.vcf"))

    notes = str(card.fields["notes"])
    assert notes.splitlines()[1] == "I assume it encodes this text inside a NOTE vCard type."
    assert notes.endswith("It does not preserve the formatting")
    assert card.fields["company"] == "TheCompany"
    assert card.fields["street"] == "TheOffice, 222 Broadway"


def test_card_without_end_is_refused_naming_file_and_line() -> None:
    path = corpus_file("vcard/khard_unparsable.vcf")

    with pytest.raises(ImportFileError) as caught:
        read_vcards(path)

    assert caught.value.line == 1
    assert "no END:VCARD" in str(caught.value)
    assert str(path) in str(caught.value)


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "cards.vcf"
    path.write_bytes(data)
    return path


def test_latin1_quoted_printable_card_is_decoded_by_its_charset(tmp_path: Path) -> None:
    card = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:=C5berg;Nicol=F2\r\n"
        b"TEL;HOME;VOICE:+46 8 123 456\r\nEND:VCARD\r\n"
    )

    [record] = read_vcards(_write(tmp_path, card))

    assert (record.fields["first_name"], record.fields["last_name"]) == ("Nicolò", "Åberg")
    assert record.fields["phones"] == [("home", "+46 8 123 456")]


def test_folded_30_lines_and_escapes_are_unfolded(tmp_path: Path) -> None:
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Bianchi;Giulia\nNOTE:first line\\nsecond\\, with a co\n"
        " mma\\; and more\nCATEGORIES:VIP,Roma\\, centro\nEND:VCARD\n"
    )

    [record] = parse_vcards(text)

    assert record.fields["notes"] == "first line\nsecond, with a comma; and more"
    assert record.fields["tags"] == ["VIP", "Roma, centro"]


def test_40_card_with_quoted_type_list_and_fn_only(tmp_path: Path) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Svensson\r\n"
        'TEL;TYPE="home,fax":+46 8 12 34 56\r\nEMAIL;TYPE=work:anna@x.se\r\nEND:VCARD\r\n'
    )

    [record] = parse_vcards(text)

    assert record.fields["full_name"] == "Anna Svensson"
    assert record.fields["phones"] == [("home fax", "+46 8 12 34 56")]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "no vCard found"),
        (b"\x00\x01\x02garbage\xff" * 50, "binary data"),
        (b"FN:Loose\r\n", "outside any BEGIN:VCARD"),
        (b"BEGIN:VCARD\r\nFN:A\r\nBEGIN:VCARD\r\nFN:B\r\nEND:VCARD\r\n", "no END:VCARD"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nthis line has no colon\r\nEND:VCARD\r\n", "line 3"),
    ],
    ids=["empty", "binary", "outside", "unclosed", "no-colon"],
)
def test_broken_files_are_refused_with_a_clear_message(
    tmp_path: Path, data: bytes, words: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_vcards(_write(tmp_path, data))

    assert words in str(caught.value)
    assert str(tmp_path / "cards.vcf") in str(caught.value)
