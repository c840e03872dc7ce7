"""Kept for old imports only: time formatting lives in ``ui/widgets/formatting.py``."""

from __future__ import annotations

from crm_desktop.ui.widgets.formatting import to_stored

__all__ = ["to_stored"]
