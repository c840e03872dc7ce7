"""``python -m crm_desktop`` runs the command line."""

from crm_desktop.cli import run

run()
