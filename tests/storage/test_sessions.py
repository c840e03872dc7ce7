"""Who else has the file open, and telling others' edits from heartbeats."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.contacts import create_contact, update_contact
from crm_desktop.services.files import open_crm_file
from crm_desktop.storage import sessions
from crm_desktop.storage.database import Database


def test_other_clients_are_listed_by_name_but_not_oneself(db: Database, db_path: Path) -> None:
    mine = sessions.register(db)
    other = open_crm_file(db_path, user="anna")
    try:
        sessions.register(other)

        names = [s.name for s in sessions.others(db, mine)]
    finally:
        other.close()

    assert len(names) == 1
    assert names[0].startswith("anna@")


def test_closing_removes_the_clients_row(db: Database) -> None:
    client = sessions.register(db)

    sessions.unregister(db, client)

    assert sessions.others(db, None) == []


def test_rows_not_refreshed_expire_and_are_swept(db: Database) -> None:
    crashed = sessions.register(db)
    later = db.clock() + timedelta(seconds=sessions.STALE_SECONDS + 5)

    with db.clock_at(later):
        mine = sessions.register(db)
        assert sessions.others(db, mine) == []
    assert db.scalar("SELECT count(*) FROM sessions WHERE client_id = ?", (crashed,)) == 0


def test_beat_re_adds_a_row_swept_while_asleep(db: Database) -> None:
    client = sessions.register(db)
    db.conn.execute("DELETE FROM sessions")

    sessions.beat(db, client)

    assert [s.client_id for s in sessions.others(db, None)] == [client]


def test_watch_sees_another_clients_edit_once(db: Database, db_path: Path) -> None:
    watch = sessions.ChangeWatch(db)
    other = open_crm_file(db_path, user="anna")
    try:
        create_contact(other, ContactDraft(first_name="Ada"))
    finally:
        other.close()

    assert watch.changed_elsewhere() is True
    assert watch.changed_elsewhere() is False


def test_watch_ignores_heartbeats_and_own_writes(db: Database, db_path: Path) -> None:
    other = open_crm_file(db_path, user="anna")
    watch = sessions.ChangeWatch(db)
    try:
        create_contact(db, ContactDraft(first_name="Ada"))
        client = sessions.register(other)
        sessions.beat(other, client)
    finally:
        other.close()

    assert watch.changed_elsewhere() is False


def test_everything_changed_names_record_tables_not_bookkeeping(db: Database) -> None:
    changes = sessions.everything_changed(db)

    assert changes.touches("contacts", "deals", "users")
    assert not changes.touches("sessions", "meta", "search_index", "search_index_data")


def test_watch_names_the_records_another_client_changed(db: Database, db_path: Path) -> None:
    other = open_crm_file(db_path, user="anna")
    try:
        ada = create_contact(other, ContactDraft(first_name="Ada"))
        watch = sessions.ChangeWatch(db)
        update_contact(other, ada.id, {"city": "Roma"})
        bo = create_contact(other, ContactDraft(first_name="Bo"))
    finally:
        other.close()

    changes = watch.changes_elsewhere()

    assert changes is not None
    assert changes.updated["contacts"] == {ada.id}
    assert changes.created["contacts"] == {bo.id}
