"""``crm check``: is the file sound, its history whole, its search index in step?

Four checks, each reporting readable problems: SQLite's ``integrity_check``,
``foreign_key_check``, the audit log's hash chain, and the search index
against what the live records say it should hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.domain.errors import kind_name
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.services.companies import stored_company_entry
from crm_desktop.services.contact_checks import stored_contact_entry
from crm_desktop.services.deals import deal_entries
from crm_desktop.services.tickets import ticket_entries
from crm_desktop.storage import audit, search_index
from crm_desktop.storage.database import Database
from crm_desktop.storage.search_index import IndexEntry

# Problems of one kind listed at most this many times, then counted.
MAX_LISTED = 20

# What each check is called where people read it (``name`` stays the machine word).
TITLES = {
    "integrity": QT_TRANSLATE_NOOP("checks", "integrity"),
    "foreign keys": QT_TRANSLATE_NOOP("checks", "foreign keys"),
    "audit chain": QT_TRANSLATE_NOOP("checks", "audit chain"),
    "search index": QT_TRANSLATE_NOOP("checks", "search index"),
}


@dataclass(frozen=True)
class CheckResult:
    name: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def title(self) -> str:
        """The check's name in the current language."""
        known = TITLES.get(self.name)
        return translate("checks", known) if known else self.name


def run_checks(db: Database) -> list[CheckResult]:
    """Every check, in order; a file is sound when none has problems."""
    return [
        CheckResult("integrity", tuple(check_integrity(db))),
        CheckResult("foreign keys", tuple(check_foreign_keys(db))),
        CheckResult("audit chain", tuple(_capped(check_audit_chain(db)))),
        CheckResult("search index", tuple(_capped(check_search_index(db)))),
    ]


def _capped(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_LISTED:
        return problems
    more = translate("checks", "... and %n more", "", len(problems) - MAX_LISTED)
    return [*problems[:MAX_LISTED], more]


def check_integrity(db: Database) -> list[str]:
    with db.reading(), db.lock:  # file lock first, as everywhere
        rows = db.conn.execute("PRAGMA integrity_check").fetchall()
    return [str(r[0]) for r in rows if r[0] != "ok"]


def check_foreign_keys(db: Database) -> list[str]:
    with db.reading(), db.lock:  # file lock first, as everywhere
        rows = db.conn.execute("PRAGMA foreign_key_check").fetchall()
    # Table names as SQLite gives them: they name the file's tables, not words to translate.
    text = translate("checks", "{table} row {row} points at a missing {parent} row")
    return [text.format(table=table, row=rowid, parent=parent) for table, rowid, parent, _ in rows][
        :MAX_LISTED
    ]


def check_audit_chain(db: Database) -> list[str]:
    """Entries altered or removed (the hash chain, the ids, the recorded head)."""
    with db.reading(), db.lock:  # file lock first, as everywhere
        return [str(p) for p in audit.verify(db.conn)]


def expected_index(db: Database) -> dict[int, IndexEntry]:
    """The entries the index should hold, by index row id, read from the live records."""
    contacts = db.query(
        "SELECT c.*, coalesce(co.name, '') AS company FROM contacts c"
        " LEFT JOIN companies co ON co.id = c.company_id AND co.deleted_at IS NULL"
        " WHERE c.deleted_at IS NULL"
    )
    companies = db.query("SELECT * FROM companies WHERE deleted_at IS NULL")
    entries = [
        *(stored_contact_entry(r, r["company"]) for r in contacts),
        *(stored_company_entry(r) for r in companies),
        *deal_entries(db.query, "1"),
        *ticket_entries(db.query, "1"),
    ]
    return {search_index.rowid(e.kind, e.record_id): e for e in entries}


def check_search_index(db: Database) -> list[str]:
    """Live records missing from the index, and entries stale or for no live record."""
    expected = expected_index(db)
    with db.reading(), db.lock:  # file lock first, as everywhere
        stored = {
            int(rowid): (str(kind), int(record_id), title, body)
            for rowid, kind, record_id, title, body in db.conn.execute(
                "SELECT rowid, kind, record_id, title, body FROM search_index"
            )
        }
    problems = []
    for rowid, entry in expected.items():
        found = stored.get(rowid)
        if found is None:
            problems.append(
                translate("checks", "{kind} {id} is missing from the search index").format(
                    kind=kind_name(entry.kind), id=entry.record_id
                )
            )
        elif (found[2], found[3]) != (entry.title, entry.body):
            problems.append(
                translate("checks", "{kind} {id} has a stale search entry").format(
                    kind=kind_name(entry.kind), id=entry.record_id
                )
            )
    for rowid, (kind, record_id, _, _) in stored.items():
        if rowid not in expected:
            problems.append(
                translate(
                    "checks", "search index holds {kind} {id}, which is not a live {kind}"
                ).format(kind=kind_name(kind), id=record_id)
            )
    return problems
