"""The Trash view: deleted records of every kind, restored or purged for good."""
