"""The Contacts view."""
