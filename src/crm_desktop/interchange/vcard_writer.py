"""Writing contacts as vCard 3.0 or 4.0 with vobject (folding, escaping, UTF-8).

Labels become TYPE parameters: vCard's own words where there is one (work,
home, cell, fax, pager), the label itself otherwise (read back by ``vcard.py``).
Tags are written as CATEGORIES; the country as its English name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TextIO

import vobject
from babel import Locale

from crm_desktop.domain.contacts import Contact
from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import translate
from crm_desktop.interchange.csv_export import portable_phone

VERSIONS = ("3.0", "4.0")
_TYPES = {
    "work": ("work",),
    "home": ("home",),
    "mobile": ("cell",),
    "cell": ("cell",),
    "fax": ("fax",),
    "work fax": ("work", "fax"),
    "home fax": ("home", "fax"),
    "pager": ("pager",),
}
_ENGLISH = Locale("en")


def country_name(code: str) -> str:
    """The English name of a country code ("IT": "Italy"); anything else as it is."""
    return str(_ENGLISH.territories.get(code.upper(), code)) if code else ""


class _Card:
    """One vobject card being filled."""

    def __init__(self, version: str) -> None:
        self.card = vobject.vCard()
        self.card.add("version").value = version
        self.version = version

    def add(self, name: str, value: object, label: str | None = None) -> None:
        line = self.card.add(name)
        line.value = value
        if not label:
            return
        # A label vCard has no word for ("assistant") is written as a TYPE of
        # its own: an x-name readers keep, and the lines stay in their order
        # (an itemN group would be sorted apart by vobject).
        words = list(_TYPES.get(label.lower(), (_type_word(label),)))
        if self.version == "3.0":
            line.params["TYPE"] = [w.upper() for w in words]
        else:
            line.params["TYPE"] = [",".join(words)]

    def text(self) -> str:
        return str(self.card.serialize())


def _type_word(label: str) -> str:
    """A free label as a TYPE value: letters, digits and "-" only ("Assistant phone" -> x-...)."""
    word = "-".join("".join(ch for ch in part if ch.isalnum()) for part in label.split())
    return word.lower() or "other"


def contact_card(contact: Contact, tags: Sequence[str], version: str = "3.0") -> str:
    """One contact as a vCard (CRLF line ends, folded at 75 octets)."""
    if version not in VERSIONS:
        text = translate("export", "vCard {version} cannot be written; use 3.0 or 4.0")
        raise ValidationError.single("version", text.format(version=version))
    card = _Card(version)
    card.add("uid", f"urn:crm-desktop:contact:{contact.id}")
    card.add("n", vobject.vcard.Name(family=contact.last_name, given=contact.first_name))
    card.add("fn", contact.name or contact.primary_email or "?")
    if contact.company:
        card.add("org", [contact.company])
    if contact.job_title:
        card.add("title", contact.job_title)
    for email in contact.emails:
        card.add("email", email.address, email.label)
    for phone in contact.phones:
        card.add("tel", portable_phone(phone, contact.country), phone.label)
    if any((contact.street, contact.city, contact.postcode, contact.region, contact.country)):
        address = vobject.vcard.Address(
            street=contact.street,
            city=contact.city,
            region=contact.region,
            code=contact.postcode,
            country=country_name(contact.country),
        )
        card.add("adr", address)
    if contact.birthday:
        card.add("bday", contact.birthday)
    if contact.notes:
        card.add("note", contact.notes)
    if tags:
        card.add("categories", list(tags))
    if contact.updated_at:
        card.add("rev", contact.updated_at.replace("-", "").replace(":", ""))
    return card.text()


def write_vcards(
    cards: Iterable[tuple[Contact, Sequence[str]]], handle: TextIO, version: str = "3.0"
) -> int:
    """Write each (contact, tags) as a card; returns how many were written."""
    count = 0
    for contact, tags in cards:
        handle.write(contact_card(contact, tags, version))
        count += 1
    return count


def write_vcard_file(
    path: Path,
    cards: Iterable[tuple[Contact, Sequence[str]]],
    version: str = "3.0",
    progress: Callable[[int], None] | None = None,
) -> int:
    """``write_vcards`` to a UTF-8 file with CRLF line ends as vCard wants."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        for contact, tags in cards:
            handle.write(contact_card(contact, tags, version))
            count += 1
            if progress is not None:
                progress(count)
    return count
