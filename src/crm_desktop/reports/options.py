"""What a report is asked for (options) and what a report module hands back (content).

A dialog or the command line only fills ``ReportOptions``; ``registry.run_report``
does the rest without Qt, so the app, the CLI and tests run the same code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from crm_desktop.domain.periods import Period
from crm_desktop.domain.saved_views import ViewFilter
from crm_desktop.storage.database import Database

if TYPE_CHECKING:
    # Only for the annotation: listing reports must not load reportlab.
    from reportlab.platypus import Flowable


@dataclass(frozen=True)
class ReportOptions:
    name: str  # a registry name: pipeline, forecast, win-loss, tickets, customer, customers
    period: Period | None = None  # None: the report's default preset as of today
    record_id: int | None = None  # the customer report's contact or company
    record_kind: str = "contact"  # contact | company
    pdf_path: Path | None = None
    csv_path: Path | None = None
    limit: int = 20  # rows of ranked lists (top customers per currency)
    view_id: int | None = None  # a saved view (smart list) whose records the report covers


def view_filter_of(db: Database, options: ReportOptions) -> ViewFilter | None:
    """The filter of the saved view the report is narrowed to (None: every record).

    Raises:
        NotFoundError: the view is gone.
    """
    if options.view_id is None:
        return None
    from crm_desktop.services.saved_views import get_saved_view

    return get_saved_view(db, options.view_id).filter


@dataclass(frozen=True)
class ReportContent:
    """A report's body: flowables for the PDF and the same figures as CSV rows."""

    story: list[Flowable]
    csv_header: tuple[str, ...]
    csv_rows: list[Sequence[object]] = field(default_factory=list)
    subtitle: str = ""  # whom the report is about, shown under the title before the period
