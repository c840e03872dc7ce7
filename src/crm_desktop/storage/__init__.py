"""Keeps the one SQLite file: connection, pragmas, migrations, transactions."""
