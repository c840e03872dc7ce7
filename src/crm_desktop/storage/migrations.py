"""Numbered schema migrations, recorded in ``PRAGMA user_version``.

Each migration is one small function that returns the SQL of its step. They run
in order, each in its own transaction together with the version bump, so a
failure leaves the file at the previous version. A file with a version above
``LATEST`` is refused in ``database.py`` before we get here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from crm_desktop.i18n import translate

# Columns every record table carries: who and when, optimistic-concurrency
# version, and soft delete.
STANDARD_COLUMNS = """
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT"""

ADDRESS_COLUMNS = """
    street TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT ''"""


def _001_users_and_settings() -> str:
    return f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE users ({STANDARD_COLUMNS},
        login TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('admin', 'user'))
    );
    CREATE TABLE settings ({STANDARD_COLUMNS},
        key TEXT NOT NULL UNIQUE,
        value TEXT NOT NULL  -- JSON
    );
    """


def _002_companies_and_contacts() -> str:
    return f"""
    CREATE TABLE companies ({STANDARD_COLUMNS},
        name TEXT NOT NULL,
        industry TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        phones TEXT NOT NULL DEFAULT '[]',   -- JSON [{{label, raw, e164}}]
        emails TEXT NOT NULL DEFAULT '[]',   -- JSON [{{label, address}}]
        {ADDRESS_COLUMNS},
        vat_id TEXT NOT NULL DEFAULT '',
        owner_id INTEGER REFERENCES users(id),
        notes TEXT NOT NULL DEFAULT '',
        custom TEXT NOT NULL DEFAULT '{{}}'  -- JSON {{field key: value}}
    );
    CREATE INDEX companies_name ON companies(name COLLATE NOCASE);
    CREATE TABLE contacts ({STANDARD_COLUMNS},
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        job_title TEXT NOT NULL DEFAULT '',
        company_id INTEGER REFERENCES companies(id),
        emails TEXT NOT NULL DEFAULT '[]',
        phones TEXT NOT NULL DEFAULT '[]',
        {ADDRESS_COLUMNS},
        birthday TEXT,
        lead_source TEXT NOT NULL DEFAULT '',
        lifecycle_stage TEXT NOT NULL DEFAULT 'lead'
            CHECK (lifecycle_stage IN ('lead', 'prospect', 'customer', 'former')),
        owner_id INTEGER REFERENCES users(id),
        marketing_consent INTEGER NOT NULL DEFAULT 0 CHECK (marketing_consent IN (0, 1)),
        consent_at TEXT,
        consent_method TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        custom TEXT NOT NULL DEFAULT '{{}}'
    );
    CREATE INDEX contacts_company ON contacts(company_id);
    CREATE INDEX contacts_name ON contacts(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
    """


def _003_pipelines_and_deals() -> str:
    return f"""
    CREATE TABLE pipelines ({STANDARD_COLUMNS},
        name TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE stages ({STANDARD_COLUMNS},
        pipeline_id INTEGER NOT NULL REFERENCES pipelines(id),
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
        outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost'))
    );
    CREATE INDEX stages_pipeline ON stages(pipeline_id, position);
    CREATE TABLE deals ({STANDARD_COLUMNS},
        title TEXT NOT NULL,
        contact_id INTEGER REFERENCES contacts(id),
        company_id INTEGER REFERENCES companies(id),
        pipeline_id INTEGER NOT NULL REFERENCES pipelines(id),
        stage_id INTEGER NOT NULL REFERENCES stages(id),
        value_minor INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL,
        expected_close_date TEXT,
        probability INTEGER CHECK (probability IS NULL OR probability BETWEEN 0 AND 100),
        owner_id INTEGER REFERENCES users(id),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
        stage_entered_at TEXT NOT NULL,
        closed_at TEXT,
        lost_reason TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        custom TEXT NOT NULL DEFAULT '{{}}'
    );
    CREATE INDEX deals_stage ON deals(pipeline_id, stage_id);
    CREATE INDEX deals_contact ON deals(contact_id);
    CREATE INDEX deals_company ON deals(company_id);
    CREATE TABLE deal_stage_changes ({STANDARD_COLUMNS},
        deal_id INTEGER NOT NULL REFERENCES deals(id),
        from_stage_id INTEGER REFERENCES stages(id),
        to_stage_id INTEGER NOT NULL REFERENCES stages(id),
        changed_at TEXT NOT NULL
    );
    CREATE INDEX deal_stage_changes_deal ON deal_stage_changes(deal_id, changed_at);
    """ + _default_sales_pipeline()


def _default_sales_pipeline() -> str:
    """Every new file starts with the "Sales" pipeline users expect.

    Its names are written in the language spoken when the file is made: they are
    the office's own data from then on (renamed freely, never translated again),
    so a file made in Italian starts with "Vendite" and keeps it.
    """
    now = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
    audit = f"{now}, {now}, 'system', 'system'"
    stages = [
        (translate("pipeline", "Lead", "default stage"), 10, "open"),
        (translate("pipeline", "Qualified", "default stage"), 25, "open"),
        (translate("pipeline", "Proposal", "default stage"), 50, "open"),
        (translate("pipeline", "Negotiation", "default stage"), 75, "open"),
        (translate("pipeline", "Won", "default stage"), 100, "won"),
        (translate("pipeline", "Lost", "default stage"), 0, "lost"),
    ]
    pipeline = _literal(translate("pipeline", "Sales", "default pipeline"))
    sql = (
        "INSERT INTO pipelines (id, created_at, updated_at, created_by, updated_by, name, position)"
        f" VALUES (1, {audit}, {pipeline}, 0);\n"
    )
    for position, (name, probability, outcome) in enumerate(stages):
        sql += (
            "INSERT INTO stages (created_at, updated_at, created_by, updated_by,"
            " pipeline_id, name, position, probability, outcome)"
            f" VALUES ({audit}, 1, {_literal(name)}, {position}, {probability}, '{outcome}');\n"
        )
    return sql


def _literal(text: str) -> str:
    """``text`` as an SQL string literal (a translation may hold an apostrophe)."""
    return "'" + text.replace("'", "''") + "'"


def _004_products_and_orders() -> str:
    return f"""
    CREATE TABLE products ({STANDARD_COLUMNS},
        name TEXT NOT NULL,
        sku TEXT NOT NULL UNIQUE,
        unit_price_minor INTEGER NOT NULL DEFAULT 0,
        currency TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
    );
    CREATE TABLE orders ({STANDARD_COLUMNS},
        contact_id INTEGER REFERENCES contacts(id),
        company_id INTEGER REFERENCES companies(id),
        deal_id INTEGER REFERENCES deals(id),
        ordered_on TEXT NOT NULL,
        currency TEXT NOT NULL,
        total_minor INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        CHECK (contact_id IS NOT NULL OR company_id IS NOT NULL)
    );
    CREATE INDEX orders_contact ON orders(contact_id, ordered_on);
    CREATE INDEX orders_company ON orders(company_id, ordered_on);
    CREATE TABLE order_lines ({STANDARD_COLUMNS},
        order_id INTEGER NOT NULL REFERENCES orders(id),
        product_id INTEGER REFERENCES products(id),
        description TEXT NOT NULL DEFAULT '',
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_price_minor INTEGER NOT NULL,
        line_total_minor INTEGER NOT NULL
    );
    CREATE INDEX order_lines_order ON order_lines(order_id);
    CREATE INDEX order_lines_product ON order_lines(product_id);
    """


def _005_tickets() -> str:
    return f"""
    CREATE TABLE tickets ({STANDARD_COLUMNS},
        subject TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        contact_id INTEGER REFERENCES contacts(id),
        company_id INTEGER REFERENCES companies(id),
        status TEXT NOT NULL DEFAULT 'new'
            CHECK (status IN ('new', 'open', 'pending', 'resolved', 'closed')),
        priority TEXT NOT NULL DEFAULT 'normal'
            CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        channel TEXT NOT NULL DEFAULT 'email'
            CHECK (channel IN ('email', 'phone', 'web', 'in_person')),
        assignee_id INTEGER REFERENCES users(id),
        sla_due_at TEXT NOT NULL,
        first_response_at TEXT,
        resolved_at TEXT,
        closed_at TEXT,
        custom TEXT NOT NULL DEFAULT '{{}}'
    );
    CREATE INDEX tickets_queue ON tickets(status, priority);
    CREATE INDEX tickets_contact ON tickets(contact_id);
    CREATE TABLE ticket_messages ({STANDARD_COLUMNS},
        ticket_id INTEGER NOT NULL REFERENCES tickets(id),
        kind TEXT NOT NULL CHECK (kind IN ('incoming', 'reply', 'note')),
        author TEXT NOT NULL,
        body TEXT NOT NULL
    );
    CREATE INDEX ticket_messages_ticket ON ticket_messages(ticket_id, created_at);
    """


def _006_activities() -> str:
    return f"""
    CREATE TABLE activities ({STANDARD_COLUMNS},
        kind TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'email', 'note', 'task')),
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        due_at TEXT,
        done_at TEXT,
        owner_id INTEGER REFERENCES users(id),
        contact_id INTEGER REFERENCES contacts(id),
        company_id INTEGER REFERENCES companies(id),
        deal_id INTEGER REFERENCES deals(id),
        ticket_id INTEGER REFERENCES tickets(id)
    );
    CREATE INDEX activities_contact ON activities(contact_id, created_at);
    CREATE INDEX activities_company ON activities(company_id, created_at);
    CREATE INDEX activities_deal ON activities(deal_id, created_at);
    CREATE INDEX activities_ticket ON activities(ticket_id, created_at);
    CREATE INDEX activities_due ON activities(owner_id, done_at, due_at);
    """


def _007_tags_and_custom_fields() -> str:
    return f"""
    CREATE TABLE tags ({STANDARD_COLUMNS},
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        color TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE taggings ({STANDARD_COLUMNS},
        tag_id INTEGER NOT NULL REFERENCES tags(id),
        entity_type TEXT NOT NULL CHECK (entity_type IN ('contact', 'company', 'deal', 'ticket')),
        entity_id INTEGER NOT NULL,
        UNIQUE (tag_id, entity_type, entity_id)
    );
    CREATE INDEX taggings_entity ON taggings(entity_type, entity_id);
    CREATE TABLE custom_fields ({STANDARD_COLUMNS},
        entity_type TEXT NOT NULL CHECK (entity_type IN ('contact', 'company', 'deal', 'ticket')),
        key TEXT NOT NULL,
        label TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('text', 'number', 'date', 'choice', 'boolean')),
        choices TEXT NOT NULL DEFAULT '[]',
        required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0,
        UNIQUE (entity_type, key)
    );
    """


def _008_search_index() -> str:
    # One full-text index over every searchable record. remove_diacritics 2
    # folds "Niccolò" to "niccolo" and "Örebro" to "orebro"; prefix indexes keep
    # search-as-you-type fast. Rows are written by storage/search_index.py.
    return """
    CREATE VIRTUAL TABLE search_index USING fts5(
        kind UNINDEXED, record_id UNINDEXED, title, body,
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2 3'
    );
    CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_index, 'row');
    """


def _009_audit_log() -> str:
    # Append-only history of every write. Each entry carries the hash of the
    # one before it, so an entry altered or removed later breaks the chain
    # (storage/audit.py writes and checks it). ``changes`` is JSON
    # {field: [old, new]}.
    return """
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        table_name TEXT NOT NULL,
        record_id INTEGER NOT NULL,
        action TEXT NOT NULL
            CHECK (action IN ('create', 'update', 'delete', 'restore', 'purge', 'merge')),
        changes TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
    """


def _010_sessions() -> str:
    # Who has the file open: each running client refreshes its row (heartbeat);
    # rows not seen for a while are stale and ignored or swept.
    return """
    CREATE TABLE sessions (
        client_id TEXT PRIMARY KEY,
        user TEXT NOT NULL,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        opened_at TEXT NOT NULL,
        seen_at TEXT NOT NULL
    );
    """


def _011_saved_views() -> str:
    # "Smart lists": a named filter (field, operator, value; all or any) over
    # one kind of record. ``conditions`` is JSON [{field, op, value}].
    return f"""
    CREATE TABLE saved_views ({STANDARD_COLUMNS},
        name TEXT NOT NULL,
        entity TEXT NOT NULL CHECK (entity IN ('contacts', 'companies', 'deals', 'tickets')),
        match TEXT NOT NULL DEFAULT 'all' CHECK (match IN ('all', 'any')),
        conditions TEXT NOT NULL DEFAULT '[]',
        position INTEGER NOT NULL DEFAULT 0
    );
    """


def _012_import_mappings() -> str:
    # Column mappings the user saved in the import wizard, found again by the
    # set of headers of the next file. ``mapping`` is JSON {header: field}.
    return f"""
    CREATE TABLE import_mappings ({STANDARD_COLUMNS},
        entity TEXT NOT NULL,
        signature TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        mapping TEXT NOT NULL DEFAULT '{{}}',
        UNIQUE (entity, signature)
    );
    """


def _013_dashboard_indexes() -> str:
    # The dashboard reads deals, orders and tickets by when they closed, were
    # placed or opened; without these it scans whole tables (about 1 s on
    # 50,000 deals and 200,000 orders, against a target of 300 ms). Each index
    # holds every column its figures read, so SQLite never visits the table
    # rows; ``deals_open`` only holds open deals, the live pipeline.
    return """
    CREATE INDEX deals_closed
        ON deals(closed_at, status, currency, value_minor, created_at, deleted_at);
    CREATE INDEX deals_open
        ON deals(stage_id, currency, value_minor, probability, pipeline_id, expected_close_date)
        WHERE deleted_at IS NULL AND status = 'open';
    CREATE INDEX orders_day ON orders(ordered_on, currency, total_minor) WHERE deleted_at IS NULL;
    CREATE INDEX tickets_created ON tickets(created_at, deleted_at);
    CREATE INDEX tickets_resolved ON tickets(resolved_at, deleted_at);
    """


def _014_not_duplicates() -> str:
    # Pairs a user looked at in "Find duplicates" and called different people
    # or firms: they are not offered again. ``first_id`` < ``second_id``.
    return f"""
    CREATE TABLE not_duplicates ({STANDARD_COLUMNS},
        entity TEXT NOT NULL CHECK (entity IN ('contacts', 'companies')),
        first_id INTEGER NOT NULL,
        second_id INTEGER NOT NULL,
        CHECK (first_id < second_id),
        UNIQUE (entity, first_id, second_id)
    );
    """


def _015_customer_value_indexes() -> str:
    # RFM, spenders and customers at risk read every live order grouped by
    # customer and currency. Without these SQLite walks orders_contact and
    # visits each of 200,000 table rows (about 2.5 s); with every column those
    # figures read in the index, in that order, it never leaves the index.
    return """
    CREATE INDEX orders_contact_value
        ON orders(contact_id, currency, ordered_on, total_minor) WHERE deleted_at IS NULL;
    CREATE INDEX orders_company_value
        ON orders(company_id, currency, ordered_on, total_minor) WHERE deleted_at IS NULL;
    """


Migration = Callable[[], str]

MIGRATIONS: list[Migration] = [
    _001_users_and_settings,
    _002_companies_and_contacts,
    _003_pipelines_and_deals,
    _004_products_and_orders,
    _005_tickets,
    _006_activities,
    _007_tags_and_custom_fields,
    _008_search_index,
    _009_audit_log,
    _010_sessions,
    _011_saved_views,
    _012_import_mappings,
    _013_dashboard_indexes,
    _014_not_duplicates,
    _015_customer_value_indexes,
]
LATEST = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, application_id: int, target: int = LATEST) -> int:
    """Bring the file up to ``target``; returns the number of steps applied."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    applied = 0
    for number in range(current + 1, target + 1):
        step = MIGRATIONS[number - 1]
        conn.execute("BEGIN IMMEDIATE")
        try:
            # executescript would commit first; run statement by statement instead.
            for statement in _split(step()):
                conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {int(application_id)}")
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied += 1
    return applied


def _split(script: str) -> list[str]:
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
