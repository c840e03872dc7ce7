"""The filter builder: name a smart list, pick all/any, add conditions, see the count live."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.saved_views import ENTITIES, MATCHES, SavedView, ViewFilter
from crm_desktop.services.saved_views import count_view, create_saved_view, update_saved_view
from crm_desktop.services.tags import tag_names
from crm_desktop.services.view_filters import check_filter
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.operations import Operation, run_in_background
from crm_desktop.ui.smart_lists.condition_row import ConditionRow
from crm_desktop.ui.smart_lists.panel import entity_title
from crm_desktop.ui.state import AppState

COUNT_PAUSE_MS = 300


class SmartListDialog(QDialog):
    """Creates (``view`` None) or changes a saved view; ``saved(SavedView)`` when stored."""

    saved = Signal(object)
    count_shown = Signal(str)

    def __init__(
        self,
        state: AppState,
        view: SavedView | None = None,
        entity: str = "contacts",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.view = view
        self.rows: list[ConditionRow] = []
        self._tags = tag_names(state.db)
        self._counting: Operation | None = None
        self._count_again = False
        self.setWindowTitle(self.tr("Edit smart list") if view else self.tr("New smart list"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)

        self.name = QLineEdit()
        self.name.setObjectName("smartListName")
        self.name.setPlaceholderText(self.tr("e.g. Customers in Milan"))
        self.name_error = QLabel()
        self.name_error.setProperty("role", "error")
        self.name_error.hide()
        self.entity = QComboBox()
        self.entity.setObjectName("smartListEntity")
        for key in ENTITIES:
            self.entity.addItem(entity_title(key), key)
        self.entity.setCurrentIndex(max(0, self.entity.findData(view.entity if view else entity)))
        self.entity.setEnabled(view is None)  # a list of deals stays a list of deals
        self.match = QComboBox()
        self.match.setObjectName("smartListMatch")
        texts = (self.tr("all of these conditions"), self.tr("any of these conditions"))
        for text, key in zip(texts, MATCHES, strict=True):
            self.match.addItem(text, key)

        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_box)
        scroll.setMinimumHeight(self.fontMetrics().height() * 12)
        self.add_button = QPushButton(self.tr("+ Add condition"))
        self.add_button.setObjectName("addCondition")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.count_label = QLabel()
        self.count_label.setObjectName("smartListCount")
        self.count_label.setProperty("role", "muted")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Show:"), self.entity)
        form.addRow(self.tr("&Matching:"), self.match)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_PAUSE_MS)
        self._timer.timeout.connect(self.refresh_count)
        self.entity.currentIndexChanged.connect(self._entity_chosen)
        self.match.currentIndexChanged.connect(lambda _i: self._timer.start())
        if view is not None:
            self.name.setText(view.name)
            self.match.setCurrentIndex(max(0, self.match.findData(view.match)))
            for condition in view.conditions:
                self.add_row().set_condition(condition)
        else:
            self.add_row()
        self._timer.start()

    # -- rows ----------------------------------------------------------------------------------
    def current_entity(self) -> str:
        return str(self.entity.currentData())

    def add_row(self) -> ConditionRow:
        row = ConditionRow(self.current_entity(), self._tags)
        row.changed.connect(self._timer.start)
        row.remove_requested.connect(self.remove_row)
        self.rows_layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        self._timer.start()
        return row

    def remove_row(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._timer.start()

    def _entity_chosen(self, _index: int) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        self.add_row()

    def current_filter(self) -> ViewFilter:
        return ViewFilter(
            self.current_entity(),
            str(self.match.currentData()),
            tuple(row.condition() for row in self.rows),
        )

    # -- live count ------------------------------------------------------------------------------
    def refresh_count(self) -> None:
        if self._counting is not None:
            self._count_again = True
            return
        view = self.current_filter()
        try:
            checked = check_filter(view.entity, view.match, view.conditions)
        except ValidationError as error:
            self._show_errors(error.errors)
            self._show_count(self.tr("Complete the conditions to see how many match."))
            return
        self._show_errors({})
        db = self.state.db
        self._counting = run_in_background(
            self, lambda _p: count_view(db, checked), self._counted, self._count_failed
        )

    def _counted(self, count: int) -> None:
        self._counting = None
        if self._count_again:
            self._count_again = False
            self.refresh_count()
            return
        self._show_count(self._matching(self.current_entity(), count))

    def _matching(self, entity: str, count: int) -> str:
        """One whole sentence per kind and count ("%Ln" writes the count with grouping)."""
        if entity == "companies":
            return self.tr("%Ln companies match now", "", count)
        if entity == "deals":
            return self.tr("%Ln deals match now", "", count)
        if entity == "tickets":
            return self.tr("%Ln tickets match now", "", count)
        return self.tr("%Ln contacts match now", "", count)

    def _count_failed(self, error: BaseException) -> None:
        self._counting = None
        if self.state.db.closed:
            return  # the file was closed while counting: the count is moot
        if not isinstance(error, CrmError):
            raise error
        self._show_count(str(error))

    def _show_count(self, text: str) -> None:
        self.count_label.setText(text)
        self.count_shown.emit(text)

    def _show_errors(self, errors: dict[str, str]) -> None:
        for index, row in enumerate(self.rows):
            prefix = f"conditions[{index}]."
            row.show_error(" ".join(v for k, v in errors.items() if k.startswith(prefix)))
        self.name_error.setText(errors.get("name", ""))
        self.name_error.setVisible("name" in errors)

    # -- saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        view = self.current_filter()
        try:
            if self.view is None:
                saved = create_saved_view(
                    self.state.db, self.name.text(), view.entity, view.conditions, view.match
                )
            else:
                saved = update_saved_view(
                    self.state.db,
                    self.view.id,
                    self.name.text(),
                    view.conditions,
                    view.match,
                    self.view.version,
                )
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        except CrmError as error:
            show_error(self, error)
            return
        self.saved.emit(saved)
        self.accept()
