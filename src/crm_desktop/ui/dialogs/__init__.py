"""Dialogs that ask the user something; each fills plain values for a service call."""
