"""Entry script of the PyInstaller bundle: the desktop app, as ``crm-desktop`` runs it."""

from crm_desktop.ui.app import run

run()
