"""The Companies view."""
