"""Widgets and models shared by the record views (contacts, companies, and later others)."""
