"""The Tickets view."""
