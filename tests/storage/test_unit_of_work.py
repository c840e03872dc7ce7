from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import ConflictError, NotFoundError, StorageError
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork


def test_insert_stamps_author_time_and_version(db: Database) -> None:
    moment = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)
    with db.clock_at(moment), UnitOfWork(db) as uow:
        tag_id = uow.insert("tags", {"name": "vip"})
        uow.commit()

    row = db.query_one("SELECT * FROM tags WHERE id = ?", (tag_id,))

    assert row is not None
    assert row["created_at"] == row["updated_at"] == "2025-03-04T05:06:07Z"
    assert row["created_by"] == row["updated_by"] == "tester"
    assert row["version"] == 1


def test_leaving_without_commit_rolls_back(db: Database) -> None:
    with UnitOfWork(db) as uow:
        uow.insert("tags", {"name": "lost"})

    assert db.scalar("SELECT count(*) FROM tags") == 0


def test_an_error_inside_rolls_back_everything(db: Database) -> None:
    with pytest.raises(RuntimeError), UnitOfWork(db) as uow:
        uow.insert("tags", {"name": "first"})
        raise RuntimeError("boom")

    assert db.scalar("SELECT count(*) FROM tags") == 0


def test_update_bumps_version_and_checks_the_expected_one(db: Database) -> None:
    with UnitOfWork(db) as uow:
        tag_id = uow.insert("tags", {"name": "a"})
        uow.commit()
    with UnitOfWork(db) as uow:
        assert uow.update("tags", tag_id, {"name": "b"}, expected_version=1) == 2
        uow.commit()

    with pytest.raises(ConflictError) as caught, UnitOfWork(db) as uow:
        uow.update("tags", tag_id, {"name": "c"}, expected_version=1)

    assert caught.value.actual == 2
    assert db.scalar("SELECT name FROM tags WHERE id = ?", (tag_id,)) == "b"


def test_soft_deleted_record_cannot_be_updated_until_restored(db: Database) -> None:
    with UnitOfWork(db) as uow:
        tag_id = uow.insert("tags", {"name": "a"})
        uow.soft_delete("tags", tag_id)
        uow.commit()

    with pytest.raises(NotFoundError), UnitOfWork(db) as uow:
        uow.update("tags", tag_id, {"name": "b"})
    with UnitOfWork(db) as uow:
        uow.restore("tags", tag_id)
        uow.update("tags", tag_id, {"name": "b"})
        uow.commit()

    assert db.scalar("SELECT name FROM tags WHERE id = ?", (tag_id,)) == "b"


def test_insert_many_returns_consecutive_ids_in_order(db: Database) -> None:
    with UnitOfWork(db) as uow:
        ids = uow.insert_many("tags", ["name"], [("x",), ("y",), ("z",)])
        uow.commit()

    names = [db.scalar("SELECT name FROM tags WHERE id = ?", (i,)) for i in ids]

    assert names == ["x", "y", "z"]


def test_commit_publishes_what_changed(db: Database) -> None:
    heard: list[Changes] = []
    db.subscribe(heard.append)
    with UnitOfWork(db) as uow:
        tag_id = uow.insert("tags", {"name": "a"})
        uow.commit()

    assert len(heard) == 1
    assert heard[0].created == {"tags": frozenset({tag_id})}
    assert heard[0].touches("tags")


def test_trashed_and_missing_records_are_not_live(db: Database) -> None:
    with UnitOfWork(db) as uow:
        kept = uow.insert("tags", {"name": "kept"})
        trashed = uow.insert("tags", {"name": "trashed"})
        uow.soft_delete("tags", trashed)

        assert [uow.is_live("tags", i) for i in (kept, trashed, 999, "abc")] == [
            True,
            False,
            False,
            False,
        ]


def test_live_row_reads_a_record_and_refuses_a_trashed_one(db: Database) -> None:
    with UnitOfWork(db) as uow:
        kept = uow.insert("tags", {"name": "kept"})
        trashed = uow.insert("tags", {"name": "trashed"})
        uow.soft_delete("tags", trashed)

        assert uow.live_row("tags", kept)["name"] == "kept"
        with pytest.raises(NotFoundError, match="No tag with id"):
            uow.live_row("tags", trashed)


def test_check_version_refuses_another_version_and_accepts_none(db: Database) -> None:
    with UnitOfWork(db) as uow:
        tag_id = uow.insert("tags", {"name": "vip"})
        uow.update("tags", tag_id, {"color": "#ff0000"})

        uow.check_version("tags", tag_id, 2)
        uow.check_version("tags", tag_id, None)
        with pytest.raises(ConflictError) as caught:
            uow.check_version("tags", tag_id, 1)

    assert (caught.value.expected, caught.value.actual) == (1, 2)


def test_a_unit_of_work_inside_another_is_a_bug_and_the_outer_rolls_back(db: Database) -> None:
    with pytest.raises(RuntimeError, match="already open"), UnitOfWork(db) as outer:
        outer.insert("tags", {"name": "outer"})
        with UnitOfWork(db):
            pass

    assert db.scalar("SELECT count(*) FROM tags") == 0


def test_a_file_another_program_is_writing_says_so(db: Database) -> None:
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    db.conn.execute("PRAGMA busy_timeout = 0")  # fail at once instead of waiting 5 s
    try:
        with pytest.raises(StorageError) as caught, UnitOfWork(db):
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert "cannot start writing: another program or window is using it" in str(caught.value)
