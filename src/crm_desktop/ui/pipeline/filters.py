"""The Pipeline view's filter row: which pipeline, whose deals, closing when."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from crm_desktop.domain.ids import PipelineId, UserId
from crm_desktop.domain.pipeline import OPEN, DealFilter, Pipeline
from crm_desktop.domain.saved_views import ViewFilter
from crm_desktop.services.orders import today
from crm_desktop.services.pipeline import list_pipelines
from crm_desktop.services.users import list_users
from crm_desktop.ui.smart_lists.chip import SavedViewChip
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.choosers import OwnerCombo
from crm_desktop.ui.widgets.formatting import date_edit_format, iso_to_qdate, qdate_to_iso

ANY_TIME = "any"
THIS_MONTH = "this_month"
NEXT_MONTH = "next_month"
THIS_QUARTER = "this_quarter"
OVERDUE = "overdue"
CUSTOM = "custom"


def _month_start(day: date, months_ahead: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + months_ahead
    return date(index // 12, index % 12 + 1, 1)


def close_range(period: str, on: date) -> tuple[str | None, str | None]:
    """The expected-close dates (from, to; inclusive) a period means on day ``on``."""
    if period == THIS_MONTH:
        start, end = _month_start(on), _month_start(on, 1) - timedelta(days=1)
    elif period == NEXT_MONTH:
        start, end = _month_start(on, 1), _month_start(on, 2) - timedelta(days=1)
    elif period == THIS_QUARTER:
        first = _month_start(on, -((on.month - 1) % 3))
        start, end = first, _month_start(first, 3) - timedelta(days=1)
    elif period == OVERDUE:
        return None, (on - timedelta(days=1)).isoformat()
    else:
        return None, None
    return start.isoformat(), end.isoformat()


class DealFilterBar(QWidget):
    """Pipeline, owner and expected-close choosers; ``changed`` after any of them moves."""

    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._pipelines: list[Pipeline] = []
        self.pipeline_box = QComboBox()
        self.pipeline_box.setObjectName("pipelineChooser")
        self.pipeline_box.setMinimumContentsLength(12)
        self.pipeline_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner_box = OwnerCombo(self.tr("Any owner"))
        self.owner_box.setObjectName("ownerFilter")
        self.close_box = QComboBox()
        self.close_box.setObjectName("closeFilter")
        for text, period in (
            (self.tr("Any time"), ANY_TIME),
            (self.tr("This month"), THIS_MONTH),
            (self.tr("Next month"), NEXT_MONTH),
            (self.tr("This quarter"), THIS_QUARTER),
            (self.tr("Overdue"), OVERDUE),
            (self.tr("From – to…"), CUSTOM),
        ):
            self.close_box.addItem(text, period)
        self.close_from = QDateEdit()
        self.close_to = QDateEdit()
        self.dash = QLabel("–")
        for edit in (self.close_from, self.close_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.dateChanged.connect(lambda _d: self.changed.emit())
            edit.hide()
        self.dash.hide()

        pipeline_label = QLabel(self.tr("&Pipeline:"))
        pipeline_label.setBuddy(self.pipeline_box)
        owner_label = QLabel(self.tr("O&wner:"))
        owner_label.setBuddy(self.owner_box)
        close_label = QLabel(self.tr("&Closing:"))
        close_label.setBuddy(self.close_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        groups: list[list[QWidget]] = [
            [pipeline_label, self.pipeline_box],
            [owner_label, self.owner_box],
            [close_label, self.close_box, self.close_from, self.dash, self.close_to],
        ]
        for number, group in enumerate(groups):
            if number:
                layout.addSpacing(12)
            for widget in group:
                layout.addWidget(widget)
        self.saved_view = SavedViewChip()
        self.saved_view.cleared.connect(self.changed)
        layout.addSpacing(12)
        layout.addWidget(self.saved_view)

        self.pipeline_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.owner_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.close_box.currentIndexChanged.connect(self._period_chosen)

    # -- choices from the file ---------------------------------------------------------
    def reload_choices(self) -> None:
        """Read pipelines and users again, keeping what was chosen when it still exists."""
        db = self.state.db
        pipeline_id = self.pipeline_id()
        self._pipelines = list_pipelines(db)
        self.pipeline_box.blockSignals(True)
        self.pipeline_box.clear()
        for pipeline in self._pipelines:
            self.pipeline_box.addItem(pipeline.name, int(pipeline.id))
        self.pipeline_box.setCurrentIndex(max(0, self.pipeline_box.findData(pipeline_id)))
        self.pipeline_box.blockSignals(False)
        self.owner_box.fill(list_users(db))

    def pipeline(self) -> Pipeline | None:
        index = self.pipeline_box.currentIndex()
        return self._pipelines[index] if 0 <= index < len(self._pipelines) else None

    def pipeline_id(self) -> int | None:
        data = self.pipeline_box.currentData()
        return None if data is None else int(data)

    def set_pipeline(self, pipeline_id: int) -> None:
        index = self.pipeline_box.findData(int(pipeline_id))
        if index >= 0:
            self.pipeline_box.setCurrentIndex(index)

    def set_owner(self, user_id: int | None) -> None:
        self.owner_box.set_owner_id(user_id)

    def set_period(self, period: str) -> None:
        self.close_box.setCurrentIndex(max(0, self.close_box.findData(period)))

    def clear_filters(self) -> None:
        """Show every deal of the pipeline: any owner, closing any time."""
        had_view = self.saved_view.view_filter is not None
        self.saved_view.set_view("", None)
        self.set_owner(None)
        self.set_period(ANY_TIME)
        if had_view:
            self.changed.emit()

    def show_saved_view(self, name: str, view_filter: ViewFilter) -> None:
        """Narrow to a smart list: any owner, closing any time, the chip shown."""
        self.saved_view.set_view(name, view_filter)
        self.set_owner(None)
        self.set_period(ANY_TIME)
        self.changed.emit()

    def is_filtered(self) -> bool:
        return (
            self.owner_box.owner_id() is not None
            or self.close_box.currentData() != ANY_TIME
            or self.saved_view.view_filter is not None
        )

    # -- the filter ----------------------------------------------------------------------
    def _period_chosen(self, _index: int) -> None:
        custom = self.close_box.currentData() == CUSTOM
        if custom and not self.close_from.isVisible():
            on = date.fromisoformat(today(self.state.db))
            start, end = close_range(THIS_MONTH, on)
            for edit, value in ((self.close_from, start), (self.close_to, end)):
                edit.blockSignals(True)
                edit.setDate(iso_to_qdate(value))
                edit.blockSignals(False)
        for widget in (self.close_from, self.dash, self.close_to):
            widget.setVisible(custom)
        self.changed.emit()

    def deal_filter(self) -> DealFilter:
        period = str(self.close_box.currentData())
        if period == CUSTOM:
            start: str | None = qdate_to_iso(self.close_from.date())
            end: str | None = qdate_to_iso(self.close_to.date())
        else:
            start, end = close_range(period, date.fromisoformat(today(self.state.db)))
        pipeline_id = self.pipeline_id()
        owner = self.owner_box.owner_id()
        return DealFilter(
            pipeline_id=None if pipeline_id is None else PipelineId(pipeline_id),
            owner_id=None if owner is None else UserId(owner),
            expected_close_from=start,
            expected_close_to=end,
            # A won or lost deal is never late, whatever date it was expected.
            status=OPEN if period == OVERDUE else None,
            view=self.saved_view.view_filter,
        )
