"""A large CRM file for the analytics benchmarks, built fast and kept between runs.

``scaled_file(path)`` returns a file with 100,000 contacts, 2,000 companies,
50,000 deals, 200,000 orders (with about 400,000 order lines over 60
products), 20,000 tickets and 1,000,000 activities, spread over the three years
before ``ANCHOR``. Rows go in with bare ``executemany`` (no services, no audit
log, no search index): the benchmarks measure reads, and the services would
take minutes to write this much. The same seed writes the same rows, and a
file already built by the same ``VERSION`` is reused as it is.

Deals are mostly in EUR with some SEK and USD, so figures per currency are
exercised; orders likewise.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from _common import OUT, fresh_database, remove_file

# Bump when the generator changes so a cached file from before is rebuilt.
VERSION = "1"
# "Today" of the data: benchmarks compute their figures as of this moment.
ANCHOR = datetime(2026, 11, 15, 12, 0, tzinfo=UTC)
DEFAULT_FILE = OUT / "scaled.sqlite3"

CONTACTS = 100_000
COMPANIES = 2_000
DEALS = 50_000
ORDERS = 200_000
PRODUCTS = 60
TICKETS = 20_000
ACTIVITIES = 1_000_000
OWNERS = ("bench", "anna", "marco", "erik", "sara")
HISTORY_DAYS = 3 * 365
SEED = 20261115

_FIRST = ("Marco", "Giulia", "Luca", "Erik", "Anna", "Lars", "Sara", "James", "Chiara", "Björn")
_LAST = ("Rossi", "Bianchi", "Ferrari", "Johansson", "Nilsson", "Smith", "Greco", "Lindqvist")
_SOURCES = ("Website", "Referral", "Trade show", "LinkedIn", "Cold call", "Newsletter", "")
_LIFECYCLE = ("lead", "prospect", "customer", "customer", "former")
_CURRENCIES = ("EUR",) * 8 + ("SEK", "USD")
_PRIORITIES = ("low", "normal", "normal", "high", "urgent")
_SLA_HOURS = {"urgent": 4, "high": 8, "normal": 24, "low": 72}
_KINDS = ("call", "meeting", "email", "note", "task")


def scaled_file(path: Path = DEFAULT_FILE) -> Path:
    """The scaled file at ``path``, built on first use (about a minute) and then reused."""
    if _is_current(path):
        return path
    building = path.with_name(path.name + ".building")
    db = fresh_database(building)
    db.close()
    conn = sqlite3.connect(building, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        _fill(conn, random.Random(SEED))
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('scaled_data', ?)", (VERSION,)
        )
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    remove_file(path)
    building.rename(path)
    remove_file(building)
    return path


def _is_current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'scaled_data'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == VERSION


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _moment(rng: random.Random, days_back: int = HISTORY_DAYS) -> datetime:
    return ANCHOR - timedelta(seconds=rng.randrange(days_back * 86_400))


def _stamps(when: str, user: str = "bench") -> tuple[str, str, str, str]:
    return (when, when, user, user)


_STAMP_COLUMNS = "created_at, updated_at, created_by, updated_by"


def _insert(conn: sqlite3.Connection, table: str, columns: str, rows: Iterator[tuple]) -> None:
    width = len(_STAMP_COLUMNS.split(",")) + len(columns.split(","))
    marks = ", ".join("?" * width)
    conn.executemany(f"INSERT INTO {table} ({_STAMP_COLUMNS}, {columns}) VALUES ({marks})", rows)


def _fill(conn: sqlite3.Connection, rng: random.Random) -> None:
    start = _iso(ANCHOR - timedelta(days=HISTORY_DAYS + 1))
    for login in OWNERS[1:]:
        conn.execute(
            f"INSERT INTO users ({_STAMP_COLUMNS}, login, name) VALUES (?, ?, ?, ?, ?, ?)",
            (*_stamps(start), login, login.title()),
        )
    owner_ids = [row[0] for row in conn.execute("SELECT id FROM users ORDER BY id")]
    _insert(
        conn,
        "companies",
        "name, country",
        ((*_stamps(start), f"Company {i} Srl", "IT") for i in range(COMPANIES)),
    )
    _insert(conn, "contacts", _CONTACT_COLUMNS, _contacts(rng, owner_ids))
    stages = conn.execute("SELECT id, probability, outcome FROM stages WHERE pipeline_id = 1")
    _insert(conn, "deals", _DEAL_COLUMNS, _deals(rng, stages.fetchall(), owner_ids))
    _insert(
        conn,
        "products",
        "name, sku, unit_price_minor, currency",
        (
            (*_stamps(start), f"Product {i}", f"SKU-{i:04d}", rng.randrange(500, 50_000), "EUR")
            for i in range(PRODUCTS)
        ),
    )
    prices = dict(conn.execute("SELECT id, unit_price_minor FROM products").fetchall())
    lines: list[tuple] = []
    _insert(conn, "orders", _ORDER_COLUMNS, _orders(rng, prices, lines))
    _insert(conn, "order_lines", _LINE_COLUMNS, iter(lines))
    _insert(conn, "tickets", _TICKET_COLUMNS, _tickets(rng, owner_ids))
    _insert(conn, "activities", _ACTIVITY_COLUMNS, _activities(rng, owner_ids))


_CONTACT_COLUMNS = (
    "first_name, last_name, company_id, emails, lead_source, lifecycle_stage, owner_id, country"
)


def _contacts(rng: random.Random, owner_ids: list[int]) -> Iterator[tuple]:
    for index in range(CONTACTS):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        email = json.dumps([{"label": "work", "address": f"c{index}@example.com"}])
        company = rng.randrange(1, COMPANIES + 1) if rng.random() < 0.7 else None
        yield (
            *_stamps(_iso(_moment(rng))),
            first,
            last,
            company,
            email,
            rng.choice(_SOURCES),
            rng.choice(_LIFECYCLE),
            rng.choice(owner_ids),
            rng.choice(("IT", "SE", "GB")),
        )


_DEAL_COLUMNS = (
    "title, contact_id, company_id, pipeline_id, stage_id, value_minor, currency,"
    " expected_close_date, owner_id, status, stage_entered_at, closed_at"
)


def _deals(
    rng: random.Random, stages: list[tuple[int, int, str]], owner_ids: list[int]
) -> Iterator[tuple]:
    open_stages = [s for s in stages if s[2] == "open"]
    won = next(s for s in stages if s[2] == "won")
    lost = next(s for s in stages if s[2] == "lost")
    for index in range(DEALS):
        created = _moment(rng)
        age_days = (ANCHOR - created).days
        # Deals older than a few months have mostly been decided.
        roll = rng.random()
        if (age_days > 120 and roll < 0.85) or roll < 0.25:
            stage = won if rng.random() < 0.4 else lost
            closed = created + timedelta(days=rng.randrange(1, max(2, min(age_days, 180))))
            closed = min(closed, ANCHOR - timedelta(hours=1))
            status, closed_at, entered = stage[2], _iso(closed), _iso(closed)
            expected = closed.date().isoformat()
        else:
            stage = rng.choice(open_stages)
            status, closed_at, entered = "open", None, _iso(created)
            expected = (ANCHOR.date() + timedelta(days=rng.randrange(-30, 200))).isoformat()
        yield (
            *_stamps(_iso(created)),
            f"Deal {index}",
            rng.randrange(1, CONTACTS + 1),
            None,
            1,
            stage[0],
            rng.randrange(10, 5_000) * 1000,
            rng.choice(_CURRENCIES),
            expected,
            rng.choice(owner_ids),
            status,
            entered,
            closed_at,
        )


_ORDER_COLUMNS = "contact_id, ordered_on, currency, total_minor"
_LINE_COLUMNS = "order_id, product_id, quantity, unit_price_minor, line_total_minor"


def _orders(rng: random.Random, prices: dict[int, int], lines: list[tuple]) -> Iterator[tuple]:
    product_ids = list(prices)
    # Customers buy at their own pace: a fifth of the contacts place all orders.
    buyers = rng.sample(range(1, CONTACTS + 1), CONTACTS // 5)
    for order_id in range(1, ORDERS + 1):
        when = _moment(rng)
        total = 0
        for product in rng.sample(product_ids, rng.choice((1, 1, 2, 2, 3, 4))):
            quantity = rng.randrange(1, 6)
            line_total = quantity * prices[product]
            total += line_total
            lines.append(
                (*_stamps(_iso(when)), order_id, product, quantity, prices[product], line_total)
            )
        yield (
            *_stamps(_iso(when)),
            rng.choice(buyers),
            when.date().isoformat(),
            rng.choice(_CURRENCIES),
            total,
        )


_TICKET_COLUMNS = (
    "subject, contact_id, status, priority, assignee_id, sla_due_at,"
    " first_response_at, resolved_at, closed_at"
)


def _tickets(rng: random.Random, owner_ids: list[int]) -> Iterator[tuple]:
    for index in range(TICKETS):
        opened = _moment(rng, 365)
        priority = rng.choice(_PRIORITIES)
        due = opened + timedelta(hours=_SLA_HOURS[priority])
        age_days = (ANCHOR - opened).days
        responded = opened + timedelta(hours=rng.uniform(0.2, 2 * _SLA_HOURS[priority]))
        status, resolved, closed = "open", None, None
        if age_days > 14 or rng.random() < 0.5:
            done = min(responded + timedelta(hours=rng.uniform(1, 96)), ANCHOR)
            status, resolved = rng.choice(("resolved", "closed")), _iso(done)
            closed = resolved if status == "closed" else None
        elif rng.random() < 0.3:
            status = rng.choice(("new", "pending"))
        first_response = _iso(min(responded, ANCHOR)) if status != "new" else None
        yield (
            *_stamps(_iso(opened)),
            f"Ticket {index}",
            rng.randrange(1, CONTACTS + 1),
            status,
            priority,
            rng.choice(owner_ids),
            _iso(due),
            first_response,
            resolved,
            closed,
        )


_ACTIVITY_COLUMNS = "kind, subject, due_at, done_at, owner_id, contact_id, deal_id"


def _activities(rng: random.Random, owner_ids: list[int]) -> Iterator[tuple]:
    today = ANCHOR.date()
    for index in range(ACTIVITIES):
        kind = _KINDS[index % 5]
        created = _moment(rng)
        due_at = done_at = None
        if kind == "task":
            due = created + timedelta(days=rng.randrange(0, 30))
            due_at = _iso(due)
            if due.date() < today - timedelta(days=7) or rng.random() < 0.3:
                done_at = _iso(min(due, ANCHOR))
        else:
            done_at = _iso(created)
        deal = rng.randrange(1, DEALS + 1) if rng.random() < 0.3 else None
        yield (
            *_stamps(_iso(created)),
            kind,
            f"{kind} {index}",
            due_at,
            done_at,
            rng.choice(owner_ids),
            rng.randrange(1, CONTACTS + 1),
            deal,
        )


if __name__ == "__main__":
    import time

    begun = time.perf_counter()
    built = scaled_file()
    print(f"{built} ready in {time.perf_counter() - begun:.1f} s")
