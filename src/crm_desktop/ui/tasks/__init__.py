"""The Tasks view."""
