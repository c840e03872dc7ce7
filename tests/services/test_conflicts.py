"""Comparing my edit with what someone else saved, and merging per field."""

from __future__ import annotations

import pytest

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import NotFoundError
from crm_desktop.services.conflicts import MINE, THEIRS, compare, find_conflict
from crm_desktop.services.contacts import create_contact, delete_contact, update_contact
from crm_desktop.storage.database import Database


def test_only_fields_where_mine_and_theirs_differ_are_listed() -> None:
    base = {"city": "Roma", "notes": "", "job_title": "CEO"}
    mine = {"city": "Milano", "notes": "", "job_title": "CEO"}
    theirs = {"city": "Roma", "notes": "call back", "job_title": "CEO"}

    fields = compare(base, mine, theirs)

    assert [(f.field, f.mine, f.theirs, f.suggested) for f in fields] == [
        ("city", "Milano", "Roma", MINE),
        ("notes", "", "call back", THEIRS),
    ]


def test_a_field_both_changed_suggests_keeping_mine() -> None:
    (field,) = compare({"city": "Roma"}, {"city": "Milano"}, {"city": "Torino"})

    assert (field.i_changed, field.they_changed, field.suggested) == (True, True, MINE)


def test_conflict_reads_the_stored_record_and_its_new_version(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Ada", city="Roma"))
    update_contact(db, contact.id, {"city": "Torino", "job_title": "CFO"})

    conflict = find_conflict(
        db, "contact", contact.id, {"city": "Milano", "job_title": ""}, {"city": "Roma"}
    )

    assert conflict.version == 2
    assert {f.field: (f.mine, f.theirs) for f in conflict.fields} == {
        "city": ("Milano", "Torino"),
        "job_title": ("", "CFO"),
    }


def test_resolving_sends_only_the_fields_where_i_keep_mine(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Ada", city="Roma"))
    update_contact(db, contact.id, {"city": "Torino", "notes": "theirs"})
    conflict = find_conflict(
        db,
        "contact",
        contact.id,
        {"city": "Milano", "notes": "mine"},
        {"city": "Roma", "notes": ""},
    )

    changes = conflict.resolve({"city": MINE, "notes": THEIRS})
    saved = update_contact(db, contact.id, changes, expected_version=conflict.version)

    assert changes == {"city": "Milano"}
    assert (saved.city, saved.notes, saved.version) == ("Milano", "theirs", 3)


def test_a_record_deleted_meanwhile_is_reported_as_not_found(db: Database) -> None:
    contact = create_contact(db, ContactDraft(first_name="Ada"))
    delete_contact(db, contact.id)

    with pytest.raises(NotFoundError):
        find_conflict(db, "contact", contact.id, {"city": "Milano"}, {"city": ""})
