"""The record commands: ``crm contacts``, ``companies``, ``deals`` and ``tickets``."""

from __future__ import annotations

import argparse

from crm_desktop.cli import companies, contacts, deals, tickets
from crm_desktop.cli.record_args import Subparsers


def register(commands: Subparsers, parent: argparse.ArgumentParser) -> None:
    """Add each record kind's command group to the ``crm`` parser."""
    for module in (contacts, companies, deals, tickets):
        module.register(commands, parent)
