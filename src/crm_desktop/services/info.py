"""What a file holds: the figures ``crm info`` and the About box show."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.storage.database import Database

COUNTED_TABLES = (
    "contacts",
    "companies",
    "deals",
    "tickets",
    "activities",
    "orders",
    "products",
    "users",
)


@dataclass(frozen=True)
class FileInfo:
    path: str
    schema_version: int
    journal_mode: str
    size_bytes: int
    counts: dict[str, int]
    in_trash: int
    storage_mode: str = "local"  # local (WAL) or shared (rollback journal + lock file)


def file_info(db: Database) -> FileInfo:
    counts = {
        table: int(db.scalar(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"))
        for table in COUNTED_TABLES
    }
    trashed = sum(
        int(db.scalar(f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL"))
        for table in COUNTED_TABLES
    )
    page_size = int(db.scalar("PRAGMA page_size"))
    page_count = int(db.scalar("PRAGMA page_count"))
    return FileInfo(
        path=str(db.path),
        schema_version=db.schema_version,
        journal_mode=str(db.scalar("PRAGMA journal_mode")),
        size_bytes=page_size * page_count,
        counts=counts,
        in_trash=trashed,
        storage_mode=db.mode.value,
    )
