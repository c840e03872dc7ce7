"""The "Find duplicates…" review of contacts and companies."""
