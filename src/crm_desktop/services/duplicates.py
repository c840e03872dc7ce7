"""Finding contacts and companies that are probably the same person or firm.

Candidates share an e-mail address, a phone number (compared in E.164), a
website (companies) or a name: exactly, or closely (rapidfuzz) when they work
at the same company or, for companies, when their names begin alike. Records
are grouped by those keys first ("blocking"), so 100,000 contacts are never
compared pair by pair. Pairs a user called "not a duplicate" are not offered
again (table ``not_duplicates``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.i18n import translate
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

ENTITIES = {"contacts": "contact", "companies": "company"}  # table -> kind in messages
# Names this similar (0-100, rapidfuzz token_sort_ratio) are offered as candidates.
CLOSE_NAME = 88
# Words that say what kind of firm it is, not which: "Rossi Srl" = "Rossi S.r.l." = "Rossi".
_LEGAL_FORMS = frozenset(
    [
        "srl",
        "srls",
        "spa",
        "sas",
        "snc",
        "sapa",
        "ab",
        "hb",
        "kb",
        "oy",
        "as",
        "asa",
        "aps",
        "gmbh",
        "ag",
        "kg",
        "ug",
        "ohg",
        "bv",
        "nv",
        "sa",
        "sarl",
        "sas",
        "ltd",
        "limited",
        "llc",
        "llp",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "pty",
        "lda",
        "sl",
    ]
)
# Letters NFKD does not split into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d"})
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Reason:
    """Why two records look alike: ``kind`` is email, phone, website, name or similar_name."""

    kind: str
    value: str  # the shared address, number, site or name
    score: int = 100  # name similarity, 0-100


@dataclass(frozen=True)
class DuplicatePair:
    """Two live records of ``entity`` that may be one; ``first_id`` < ``second_id``."""

    entity: str
    first_id: int
    second_id: int
    reasons: tuple[Reason, ...]

    @property
    def score(self) -> int:
        """How sure: 100 for a shared e-mail or phone, the name similarity otherwise."""
        return max(r.score for r in self.reasons)


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A name folded for comparing: no accents, case, punctuation or extra spaces.

    Cached: names repeat (many Marco Rossi), and 100,000 are folded per search.
    """
    if text.isascii():
        return " ".join(_NOT_WORD.sub(" ", text.lower()).split())
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold()).split())


def company_key(name: str) -> str:
    """A company name folded as ``name_key``, its legal form ("Srl", "AB", "Ltd") left out.

    "S.r.l." becomes "s r l" after folding, so dotted forms are joined back first.
    """
    words = name_key(
        re.sub(r"\b(\w)\.(?=\w\.)", r"\1", name).replace(".", "").replace("/", "")
    ).split()
    kept = [w for w in words if w not in _LEGAL_FORMS]
    return " ".join(kept or words)


def website_key(url: str) -> str:
    """The host of a web address without scheme and "www.": ``https://www.x.it/a`` -> ``x.it``."""
    host = re.sub(r"^[a-z]+://", "", url.strip().casefold()).split("/")[0].split("?")[0]
    return host.removeprefix("www.")


class _Pairs:
    """Collects reasons per pair of ids, leaving out pairs users dismissed."""

    def __init__(self, entity: str, dismissed: set[tuple[int, int]]) -> None:
        self.entity = entity
        self.dismissed = dismissed
        self.reasons: dict[tuple[int, int], list[Reason]] = defaultdict(list)

    def add(self, a: int, b: int, reason: Reason) -> None:
        pair = (a, b) if a < b else (b, a)
        if a == b or pair in self.dismissed:
            return
        if reason not in self.reasons[pair]:
            self.reasons[pair].append(reason)

    def add_group(self, ids: Sequence[int], reason: Reason) -> None:
        """Every record of a group sharing a key pairs with the oldest (lowest id).

        A star, not every pair: 40 contacts sharing "info@" give 39 pairs, and
        merging each into the first still brings them all together.
        """
        ordered = sorted(set(ids))
        for other in ordered[1:]:
            self.add(ordered[0], other, reason)

    def result(self) -> list[DuplicatePair]:
        pairs = [
            DuplicatePair(self.entity, a, b, tuple(reasons))
            for (a, b), reasons in self.reasons.items()
        ]
        pairs.sort(key=lambda p: (-p.score, p.first_id, p.second_id))
        return pairs


def _dismissed(db: Database, entity: str) -> set[tuple[int, int]]:
    rows = db.query(
        "SELECT first_id, second_id FROM not_duplicates WHERE entity = ? AND deleted_at IS NULL",
        (entity,),
    )
    return {(int(r["first_id"]), int(r["second_id"])) for r in rows}


def _shared_points(db: Database, table: str, column: str, path: str) -> list[tuple[str, list[int]]]:
    """(value, ids) for every e-mail or phone held by more than one live record.

    Grouped by SQLite itself: one pass over the JSON lists, no Python per record.
    """
    rows = db.query(
        f"SELECT lower(json_extract(p.value, '$.{path}')) AS point,"
        " json_group_array(DISTINCT r.id) AS ids"
        f" FROM {table} r, json_each(r.{column}) p"
        " WHERE r.deleted_at IS NULL AND coalesce(json_extract(p.value, ?), '') != ''"
        " GROUP BY point HAVING count(DISTINCT r.id) > 1",
        (f"$.{path}",),
    )
    return [(str(r["point"]), [int(i) for i in json.loads(r["ids"])]) for r in rows]


def _close_names(
    pairs: _Pairs,
    ids: Sequence[int],
    keys: Sequence[str],
    shown: Sequence[str],
    where: str,
    cutoff: int,
) -> None:
    """Pairs of a block whose names (folded ``keys``) are alike; exact equals were found already.

    One ``process.extract`` per name over the names after it: the comparing
    runs in rapidfuzz's C++, the block is small (blocking), and numpy (which
    ``cdist`` needs) is not a dependency.
    """
    for i in range(len(keys) - 1):
        found = process.extract(
            keys[i], keys[i + 1 :], scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, limit=None
        )
        for other, score, offset in found:
            if other != keys[i]:
                j = i + 1 + offset
                label = f"{shown[i]} ~ {shown[j]}" + (f" ({where})" if where else "")
                pairs.add(ids[i], ids[j], Reason("similar_name", label, int(score)))


def find_duplicate_contacts(db: Database) -> list[DuplicatePair]:
    """Live contacts that share an e-mail or phone, or a close name at the same company."""
    pairs = _Pairs("contacts", _dismissed(db, "contacts"))
    for email, ids in _shared_points(db, "contacts", "emails", "address"):
        pairs.add_group(ids, Reason("email", email))
    for phone, ids in _shared_points(db, "contacts", "phones", "e164"):
        pairs.add_group(ids, Reason("phone", phone))
    rows = db.query(
        "SELECT c.id, c.first_name, c.last_name, c.company_id, co.name AS company"
        " FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
        " WHERE c.deleted_at IS NULL AND (c.first_name != '' OR c.last_name != '')"
    )
    by_company: dict[int | None, list[tuple[int, str, str]]] = defaultdict(list)
    company_names: dict[int | None, str] = {}
    for row in rows:
        company_names[row["company_id"]] = row["company"] or ""
        shown = " ".join(p for p in (row["first_name"], row["last_name"]) if p)
        by_company[row["company_id"]].append((int(row["id"]), name_key(shown), shown))
    for company_id, members in by_company.items():
        company = company_names.get(company_id, "")
        exact: dict[str, list[int]] = defaultdict(list)
        first_shown: dict[str, str] = {}
        for record_id, key, shown in members:
            exact[key].append(record_id)
            first_shown.setdefault(key, shown)
        for key, ids in exact.items():
            if len(ids) > 1:
                shown = first_shown[key]
                pairs.add_group(ids, Reason("name", f"{shown} ({company})" if company else shown))
        if company_id is not None:
            # Without a company, a close name alone says too little ("Anna Rossi", "Anna Russo").
            _close_names(
                pairs,
                [m[0] for m in members],
                [m[1] for m in members],
                [m[2] for m in members],
                company or "",
                CLOSE_NAME,
            )
    return pairs.result()


def find_duplicate_companies(db: Database) -> list[DuplicatePair]:
    """Live companies sharing an e-mail, phone, website or name, or with close names."""
    pairs = _Pairs("companies", _dismissed(db, "companies"))
    for email, ids in _shared_points(db, "companies", "emails", "address"):
        pairs.add_group(ids, Reason("email", email))
    for phone, ids in _shared_points(db, "companies", "phones", "e164"):
        pairs.add_group(ids, Reason("phone", phone))
    rows = db.query("SELECT id, name, website FROM companies WHERE deleted_at IS NULL")
    sites: dict[str, list[int]] = defaultdict(list)
    exact: dict[str, list[int]] = defaultdict(list)
    shown: dict[str, str] = {}
    for row in rows:
        if row["website"]:
            sites[website_key(row["website"])].append(int(row["id"]))
        key = company_key(row["name"])
        if key:
            exact[key].append(int(row["id"]))
            shown.setdefault(key, row["name"])
    for site, ids in sites.items():
        if site and len(ids) > 1:
            pairs.add_group(ids, Reason("website", site))
    # Close names are looked for among names that begin alike: "Rossi Impianti"
    # and "Rosi Impianti" are compared, "Rossi" and "Bianchi" never.
    blocks: dict[str, list[str]] = defaultdict(list)
    for key, ids in exact.items():
        if len(ids) > 1:
            pairs.add_group(ids, Reason("name", shown[key]))
        blocks[key[:3]].append(key)
    for keys in blocks.values():
        if len(keys) < 2:
            continue
        block_ids = [exact[k][0] for k in keys]
        _close_names(pairs, block_ids, keys, [shown[k] for k in keys], "", CLOSE_NAME)
    return pairs.result()


def find_duplicates(db: Database, entity: str) -> list[DuplicatePair]:
    """``find_duplicate_contacts`` or ``find_duplicate_companies`` by ``entity`` name.

    Raises:
        ValidationError: ``entity`` is neither "contacts" nor "companies".
    """
    if entity == "contacts":
        return find_duplicate_contacts(db)
    if entity == "companies":
        return find_duplicate_companies(db)
    raise ValidationError.single("entity", _not_an_entity(entity))


def _not_an_entity(entity: str) -> str:
    text = translate("duplicates", "{entity} is not contacts or companies")
    return text.format(entity=repr(entity))


def mark_not_duplicate(db: Database, entity: str, first_id: int, second_id: int) -> Changes:
    """Remember that two records are different, so they are not offered again.

    Raises:
        ValidationError: a bad entity, or the same id twice.
        NotFoundError: one of them is not a live record.
    """
    if entity not in ENTITIES:
        raise ValidationError.single("entity", _not_an_entity(entity))
    if first_id == second_id:
        raise ValidationError.single(
            "second_id", translate("duplicates", "a record cannot be a duplicate of itself")
        )
    low, high = sorted((int(first_id), int(second_id)))
    with UnitOfWork(db) as uow:
        for record_id in (low, high):
            if not uow.is_live(entity, record_id):
                raise NotFoundError(ENTITIES[entity], record_id)
        known = uow.query(
            "SELECT id FROM not_duplicates WHERE entity = ? AND first_id = ? AND second_id = ?",
            (entity, low, high),
        )
        if known:  # said before: nothing to add (the pair is unique)
            return uow.commit()
        uow.insert("not_duplicates", {"entity": entity, "first_id": low, "second_id": high})
        return uow.commit()


def ids_of(pairs: Iterable[DuplicatePair]) -> list[int]:
    """Every record id the pairs mention, each once, in order of first mention."""
    return list(dict.fromkeys(i for p in pairs for i in (p.first_id, p.second_id)))
