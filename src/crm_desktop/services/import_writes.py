"""Writing what an import decided, inside its one unit of work: bulk inserts, merges, tags.

A merge fills the empty fields of the record it meets and adds new e-mails,
phones, custom values and tags; a field filled on both sides keeps the stored
value, and the difference is reported, never overwritten silently.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from operator import itemgetter

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.tags import tag_key
from crm_desktop.i18n import translate
from crm_desktop.interchange.values import fold
from crm_desktop.services.companies import (
    CheckedCompany,
    check_company,
    company_entry,
    stored_company_entry,
)
from crm_desktop.services.contact_checks import (
    COLUMN_DEFAULTS,
    CONTACT_COLUMNS,
    CheckedContact,
    contact_entry,
    stored_contact_entry,
)
from crm_desktop.services.contact_validation import (
    Checker,
    Errors,
    decode_emails,
    decode_phones,
    emails_json,
    phones_json,
    stored_phone_tokens,
    to_json,
)
from crm_desktop.services.import_duplicates import CompanyRef
from crm_desktop.services.import_rows import PreparedRow, empty_value
from crm_desktop.services.related_index import reindex_around_contacts
from crm_desktop.storage import search_index
from crm_desktop.storage.database import IN_IDS, ids_param
from crm_desktop.storage.unit_of_work import UnitOfWork

_COMPANY_DEFAULTS = {f.name: f.default for f in fields(CompanyDraft) if f.name != "custom"}
# Filled together or not at all: consent without its date and method proves nothing.
_CONSENT = ("marketing_consent", "consent_at", "consent_method")
_NEVER_FILLED = {"lifecycle_stage"}  # every record has one; the stored one stands


def fill_values(
    target: dict[str, object], incoming: Mapping[str, object], conflicts: Errors
) -> None:
    """Fill ``target``'s empty columns from ``incoming`` (both as stored); note disagreements."""
    for column, value in incoming.items():
        if column in _NEVER_FILLED or empty_value(value) or column in _CONSENT[1:]:
            continue
        current = target.get(column)
        if column == "emails":
            have = decode_emails(current)
            known = {e.address.casefold() for e in have}
            extra = [e for e in decode_emails(value) if e.address.casefold() not in known]
            target[column] = emails_json([*have, *extra])
        elif column == "phones":
            phones = decode_phones(current)
            known = {p.e164 for p in phones}
            more = [p for p in decode_phones(value) if p.e164 not in known]
            target[column] = phones_json([*phones, *more])
        elif column == "custom":
            mine = json.loads(str(current or "{}"))
            theirs = json.loads(str(value))
            for key, item in theirs.items():
                if key in mine and mine[key] != item:
                    conflicts[f"custom.{key}"] = _kept(mine[key], item)
            target[column] = to_json({**theirs, **mine}) if {**theirs, **mine} else "{}"
        elif column == "marketing_consent":
            if not current:
                for name in _CONSENT:
                    target[name] = incoming.get(name)
        elif empty_value(current):
            target[column] = value
        elif current != value and column != "company_id":
            conflicts[column] = _kept(current, value)


def _kept(stored: object, incoming: object) -> str:
    """A merge's disagreement said: the stored value stays, the file's is named."""
    text = translate("import", "kept {stored}; the file has {incoming}")
    return text.format(stored=repr(stored), incoming=repr(incoming))


def merge_rows(target: PreparedRow, incoming: PreparedRow, company: str) -> Errors:
    """Fold a later row of the import into an earlier one it duplicates."""
    conflicts: Errors = {}
    fill_values(target.values, incoming.values, conflicts)
    target.emails = list(decode_emails(target.values["emails"]))
    target.phone_tokens = stored_phone_tokens(target.values["phones"])
    target.forget_phones()
    target.company = target.company or company
    keys = {tag_key(t) for t in target.tags}
    target.tags += [t for t in incoming.tags if tag_key(t) not in keys]
    return conflicts


@dataclass
class WritePlan:
    """What a real run stores, gathered while the rows are read."""

    entity: str
    creates: list[PreparedRow] = field(default_factory=list)
    create_companies: list[CompanyRef] = field(default_factory=list)  # per create
    merges: dict[int, PreparedRow] = field(default_factory=dict)  # stored id -> rows folded
    merge_companies: dict[int, CompanyRef] = field(default_factory=dict)
    new_companies: dict[str, str] = field(default_factory=dict)  # folded name -> name


class CompanyNames:
    """Companies by name, case and accents aside (the oldest of a name wins)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.ids: dict[str, int] = {}
        self.names: dict[int, str] = {}
        for row in uow.query("SELECT id, name FROM companies WHERE deleted_at IS NULL ORDER BY id"):
            self.ids.setdefault(fold(row["name"]), int(row["id"]))
            self.names[int(row["id"])] = row["name"]

    def ref(self, name: str) -> CompanyRef:
        """("db", id) of the company called ``name``, ("new", its key) when there is none."""
        if not name:
            return ("", None)
        key = fold(name)
        if key in self.ids:
            return ("db", self.ids[key])
        return ("new", key)


def write_plan(uow: UnitOfWork, plan: WritePlan, checker: Checker) -> dict[str, list[int]]:
    """Store the plan; returns the ids created and merged per table."""
    company_ids = _create_companies(uow, plan.new_companies, checker)
    table = plan.entity
    kind = "contact" if table == "contacts" else "company"

    def company_id(ref: CompanyRef) -> int | None:
        if ref[0] == "db":
            return int(str(ref[1]))
        return company_ids.get(str(ref[1])) if ref[0] == "new" else None

    if table == "contacts":
        for row, ref in zip(plan.creates, plan.create_companies, strict=True):
            row.values["company_id"] = company_id(ref)
        # Columns no row sets stay at the table's default: fewer values to convert and bind.
        values = [r.values for r in plan.creates]
        columns: Sequence[str] = [
            c for c in CONTACT_COLUMNS if c not in COLUMN_DEFAULTS or _set_anywhere(c, values)
        ]
    else:
        columns = list(plan.creates[0].values) if plan.creates else []
    ids = uow.insert_many(table, columns, [[r.values[c] for c in columns] for r in plan.creates])
    names = {fold(k): v for k, v in plan.new_companies.items()}
    if table == "contacts":
        entries = [
            contact_entry(
                i, CheckedContact(r.values, r.emails, names.get(fold(r.company), r.company),
                                  r.phone_tokens)
            )
            for i, r in zip(ids, plan.creates, strict=True)
        ]  # fmt: skip
    else:
        entries = [
            company_entry(i, _checked_company(r)) for i, r in zip(ids, plan.creates, strict=True)
        ]
    search_index.put(uow.conn, entries)
    merged = _merge_stored(uow, plan, company_id)
    tagged = [(i, r.tags) for i, r in zip(ids, plan.creates, strict=True) if r.tags]
    tagged += [(i, r.tags) for i, r in plan.merges.items() if r.tags]
    _tag(uow, kind, tagged)
    return {table: ids, "merged": merged, "companies": list(company_ids.values())}


def _set_anywhere(column: str, values: Sequence[Mapping[str, object]]) -> bool:
    """Whether any row's ``column`` differs from the table's default."""
    default = COLUMN_DEFAULTS[column]
    if any(v[column] != default for v in values[:50]):
        return True  # most columns that are used at all are used early
    # The rest in C (a set of the values) rather than a Python loop over 100,000 rows.
    return bool(set(map(itemgetter(column), values)) - {default})


def _checked_company(row: PreparedRow) -> CheckedCompany:
    return CheckedCompany(row.values, row.emails, row.phone_tokens)


def _create_companies(
    uow: UnitOfWork, names: Mapping[str, str], checker: Checker
) -> dict[str, int]:
    if not names:
        return {}
    checked = []
    for name in names.values():
        errors: Errors = {}
        checked.append(check_company(checker, {**_COMPANY_DEFAULTS, "name": name, "custom": {}},
                                     errors))  # fmt: skip
    columns = list(checked[0].values)
    ids = uow.insert_many("companies", columns, [[c.values[k] for k in columns] for c in checked])
    search_index.put(uow.conn, [company_entry(i, c) for i, c in zip(ids, checked, strict=True)])
    return dict(zip(names, ids, strict=True))


def _merge_stored(
    uow: UnitOfWork, plan: WritePlan, company_id: Callable[[CompanyRef], int | None]
) -> list[int]:
    table = plan.entity
    changed_names: list[int] = []
    for record_id, row in plan.merges.items():
        current = uow.live_row(table, record_id)
        target = dict(current)
        incoming = dict(row.values)
        if table == "contacts":
            incoming["company_id"] = company_id(plan.merge_companies.get(record_id, ("", None)))
        fill_values(target, incoming, {})
        altered = {k: v for k, v in target.items() if v != current[k]}
        if altered:
            uow.update(table, record_id, altered)
            if {"first_name", "last_name"} & altered.keys():
                changed_names.append(record_id)
    ids = list(plan.merges)
    if not ids:
        return []
    if table == "contacts":
        rows = uow.query(
            "SELECT c.*, co.name AS company FROM contacts c LEFT JOIN companies co"
            f" ON co.id = c.company_id AND co.deleted_at IS NULL WHERE c.id {IN_IDS}",
            (ids_param(ids),),
        )
        search_index.put(uow.conn, [stored_contact_entry(r, r["company"] or "") for r in rows])
        if changed_names:
            reindex_around_contacts(uow, changed_names)
    else:
        rows = uow.query(f"SELECT * FROM companies WHERE id {IN_IDS}", (ids_param(ids),))
        search_index.put(uow.conn, [stored_company_entry(r) for r in rows])
    return ids


def _tag(uow: UnitOfWork, kind: str, tagged: Iterable[tuple[int, list[str]]]) -> None:
    pairs = [(record_id, name) for record_id, names in tagged for name in names]
    if not pairs:
        return
    rows = uow.query("SELECT id, name, deleted_at FROM tags")
    live = {tag_key(r["name"]): int(r["id"]) for r in rows if r["deleted_at"] is None}
    trashed = {tag_key(r["name"]): int(r["id"]) for r in rows if r["deleted_at"] is not None}
    for _, name in pairs:
        key = tag_key(name)
        if key in live:
            continue
        if key in trashed:  # the name's slot is taken by the trashed tag: bring it back
            uow.restore("tags", trashed[key])
            live[key] = trashed[key]
        else:
            live[key] = uow.insert("tags", {"name": name, "color": ""})
    ids = sorted({i for i, _ in pairs})
    present = {
        (r["tag_id"], r["entity_id"])
        for r in uow.query(
            f"SELECT tag_id, entity_id FROM taggings WHERE entity_type = ? AND entity_id {IN_IDS}",
            (kind, ids_param(ids)),
        )
    }
    wanted = dict.fromkeys(
        (live[tag_key(name)], kind, record_id)
        for record_id, name in pairs
        if (live[tag_key(name)], record_id) not in present
    )
    uow.insert_many("taggings", ["tag_id", "entity_type", "entity_id"], list(wanted))
