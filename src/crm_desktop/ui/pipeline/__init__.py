"""The Pipeline view."""
