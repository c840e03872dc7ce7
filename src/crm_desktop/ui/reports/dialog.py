"""A report's options: period (presets or custom days), customer, records, where to write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.periods import PRESETS, Period, preset_period
from crm_desktop.reports.options import ReportOptions
from crm_desktop.reports.registry import ReportKind, today_of
from crm_desktop.services.saved_views import list_saved_views
from crm_desktop.ui.smart_lists.panel import entity_title
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.form_fields import ErrorLabel, sentence
from crm_desktop.ui.widgets.formatting import date_edit_format
from crm_desktop.ui.widgets.record_picker import RecordPicker

CUSTOM = "custom"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportOptionsDialog(QDialog):
    """Fills a ``ReportOptions`` for one report; ``options()`` is it once accepted."""

    def __init__(
        self, state: AppState, kind: ReportKind, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.kind = kind
        self.today = today_of(state.db)
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

        self.preset = QComboBox()
        labels = {
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_quarter": self.tr("This quarter"),
            "this_year": self.tr("This year"),
        }
        for key in PRESETS:
            self.preset.addItem(labels[key], key)
        self.preset.addItem(self.tr("Custom"), CUSTOM)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())  # 29/11/2026 in Italian
        days = QHBoxLayout()
        days.addWidget(self.start)
        days.addWidget(self.end)
        days.addStretch(1)

        self.customer = RecordPicker(state, ("contact", "company"))
        self.customer.setPlaceholderText(self.tr("Type a contact's or company's name"))

        # Records: every one, or those of a saved view the report can be narrowed to.
        self.records = QComboBox()
        self.records.setObjectName("reportRecords")
        self.records.addItem(self.tr("All"), None)
        several = len(kind.view_entities) > 1
        for entity in kind.view_entities:
            for view in list_saved_views(state.db, entity):
                label = f"{view.name} ({entity_title(entity)})" if several else view.name
                self.records.addItem(label, view.id)

        self.pdf_path = QLineEdit(str(self._default_path()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.pdf_path, 1)
        where.addWidget(browse)
        self.with_csv = QCheckBox(self.tr("Also write the figures as CSV, beside the PDF"))
        self.errors = ErrorLabel("formErrors")

        form = QFormLayout()
        if kind.needs_record:
            form.addRow(self.tr("&Customer:"), self.customer)
        if kind.view_entities:
            form.addRow(self.tr("&Records:"), self.records)
        else:
            self.records.hide()
        if kind.uses_period:
            form.addRow(self.tr("&Period:"), self.preset)
            form.addRow(self.tr("From – to:"), days)
        else:
            # The profile covers the customer's whole history: no period to ask.
            self.preset.hide()
            self.start.hide()
            self.end.hide()
        form.addRow(self.tr("Save as:"), where)
        form.addRow("", self.with_csv)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Create report"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.preset.setCurrentIndex(self.preset.findData(kind.default_period))
        self._preset_chosen()
        self.start.userDateChanged.connect(self._days_edited)
        self.end.userDateChanged.connect(self._days_edited)

    # -- period ----------------------------------------------------------------
    def _preset_chosen(self) -> None:
        key = str(self.preset.currentData())
        if key == CUSTOM:
            return
        period = preset_period(key, self.today)
        for edit, day in ((self.start, period.start), (self.end, period.end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _days_edited(self) -> None:
        # Days typed by hand are a custom period, whatever preset was showing.
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self.preset.blockSignals(False)

    def period(self) -> Period:
        return Period(_day(self.start.date()), _day(self.end.date()))

    # -- output ----------------------------------------------------------------
    def _default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / f"{self.kind.name}-{self.today.isoformat()}.pdf"

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.pdf_path.text(), self.tr("PDF files (*.pdf)")
        )
        if name:
            self.pdf_path.setText(name)

    # -- result ----------------------------------------------------------------
    def options(self) -> ReportOptions:
        """The options as filled in.

        Raises:
            ValidationError: no customer picked, no file named, or the period is backwards.
        """
        errors: dict[str, str] = {}
        record = self.customer.record() if self.kind.needs_record else None
        if self.kind.needs_record and record is None:
            errors["customer"] = self.tr("pick a contact or company from the list")
        try:
            period = self.period()
        except ValidationError as error:
            errors.update(error.errors)
        text = self.pdf_path.text().strip()
        if not text:
            errors["pdf"] = self.tr("say where to save the report")
        if errors:
            raise ValidationError(errors)
        pdf = Path(text).expanduser()
        pdf = pdf if pdf.suffix.lower() == ".pdf" else pdf.with_name(pdf.name + ".pdf")
        return ReportOptions(
            name=self.kind.name,
            period=period,
            record_id=record[1] if record is not None else None,
            record_kind=record[0] if record is not None else "contact",
            pdf_path=pdf,
            csv_path=pdf.with_suffix(".csv") if self.with_csv.isChecked() else None,
            view_id=self.records.currentData() if self.kind.view_entities else None,
        )

    def _accept(self) -> None:
        try:
            self.options()
        except ValidationError as error:
            self.errors.set_message("\n".join(sentence(r) for r in error.errors.values()))
            return
        self.accept()
