"""A stale --expected-version fails, changes nothing and says how to retry."""

from __future__ import annotations

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.contacts import create_contact, get_contact, update_contact
from crm_desktop.storage.database import Database
from tests.cli.cli_runner import Crm


def test_conflict_names_the_show_command_and_the_version_to_retry_with(
    crm: Crm, db: Database
) -> None:
    contact = create_contact(db, ContactDraft(first_name="Anna"))
    update_contact(db, contact.id, {"city": "Malmö"})

    result = crm.run(
        "contacts", "update", str(contact.id), "--city", "Lund", "--expected-version", "1"
    )

    assert result.returncode == 1
    assert f"crm contacts show {contact.id}" in result.stderr
    assert "--expected-version 2" in result.stderr
    assert get_contact(db, contact.id).city == "Malmö"


def test_retrying_with_the_version_named_succeeds(crm: Crm, db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Anna"))
    update_contact(db, contact.id, {"city": "Malmö"})

    result = crm.run(
        "contacts", "update", str(contact.id), "--city", "Lund", "--expected-version", "2"
    )

    assert result.returncode == 0, result.stderr
    assert get_contact(db, contact.id).city == "Lund"
