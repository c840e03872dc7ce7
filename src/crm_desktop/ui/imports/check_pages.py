"""The wizard's last steps: preview, check every row and choose about duplicates, then import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from crm_desktop.domain.errors import ImportCancelledError
from crm_desktop.services.imports import ImportReport, PreviewRow, RowOutcome, preview_import
from crm_desktop.ui.errors import error_text
from crm_desktop.ui.imports.fields import action_label, field_label
from crm_desktop.ui.imports.source_pages import error_label, show_problem

if TYPE_CHECKING:
    from crm_desktop.ui.imports.wizard import ImportWizard

PREVIEW_ROWS = 20
PROBLEM_COLOUR = QColor("#f9dedc")
WARNING_COLOUR = QColor("#fff4d6")


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PreviewPage(QWizardPage):
    """The first rows as they will be stored; problems in red, doubts in yellow (hover for why)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "The first rows as they will be stored. Red cells will be rejected, yellow ones"
                " are stored with a note; point at a cell to read why."
            )
        )
        self.table = _table([])
        self.problem = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        source = self.wiz.source
        assert source is not None
        try:
            rows = preview_import(self.wiz.db, source, limit=PREVIEW_ROWS)
        except Exception as error:  # shown on the page; the bug kind keeps its message
            show_problem(self.problem, error_text(error))
            rows = []
        else:
            show_problem(self.problem, "")
        fields = list(dict.fromkeys(f for f in source.mapping.values() if f))
        shown = [f for f in fields if not f.endswith("_label")]
        if "full_name" in shown:  # stored split in two
            shown = list(dict.fromkeys(["first_name", "last_name", *shown]))
            shown.remove("full_name")
        self.table.clear()
        self.table.setColumnCount(len(shown) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), *map(field_label, shown)])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, _item(str(row.line)))
            for c, field in enumerate(shown, start=1):
                self.table.setItem(r, c, _preview_cell(row, field))


def _about(notes: dict[str, str], field: str) -> list[str]:
    """The notes on ``field`` itself and on its items (``emails[1]``)."""
    return [text for key, text in notes.items() if key == field or key.startswith(field + "[")]


def _preview_cell(row: PreviewRow, field: str) -> QTableWidgetItem:
    """The value as stored; a dropped or bad value shows its reason in the cell, coloured."""
    text = row.values.get(field, "")
    for notes, colour in ((row.problems, PROBLEM_COLOUR), (row.warnings, WARNING_COLOUR)):
        about = _about(notes, field)
        if about:
            cell = _item("; ".join(filter(None, [text, *about])))
            cell.setBackground(QBrush(colour))
            cell.setToolTip("\n".join(about))
            return cell
    return _item(text)


class CheckPage(QWizardPage):
    """Every row checked and matched against the file; choose what duplicates do."""

    analysed = Signal(object)  # ImportReport

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.report: ImportReport | None = None
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Nothing has been stored yet. Choose what happens to duplicates."))
        self.skip = QRadioButton(self.tr("&Skip duplicates"))
        self.merge = QRadioButton(self.tr("&Merge into the existing record (fill empty fields)"))
        self.create_anyway = QRadioButton(self.tr("Create &anyway"))
        self.choices = QButtonGroup(self)
        for button, action in (
            (self.skip, "skip"),
            (self.merge, "merge"),
            (self.create_anyway, "create"),
        ):
            self.choices.addButton(button)
            button.setProperty("action", action)
            button.toggled.connect(self._choice_toggled)
        choice_row = QHBoxLayout()
        for button in (self.skip, self.merge, self.create_anyway):
            choice_row.addWidget(button)
        choice_row.addStretch(1)
        self.progress = QProgressBar()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = _table(
            [self.tr("Line"), self.tr("Name"), self.tr("What happens"), self.tr("Why")]
        )
        self.errors_path = QLabel()
        self.errors_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QPushButton(self.tr("C&hange…"))
        change.clicked.connect(self._choose_errors_path)
        errors_row = QHBoxLayout()
        errors_row.addWidget(QLabel(self.tr("Rejected rows go to:")))
        errors_row.addWidget(self.errors_path, 1)
        errors_row.addWidget(change)
        self.problem = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(choice_row)
        layout.addLayout(errors_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)

    def _choice_toggled(self, on: bool) -> None:
        if on:
            self._analyse()

    def on_duplicate(self) -> str:
        checked = self.choices.checkedButton()
        return str(checked.property("action")) if checked is not None else "skip"

    def _choose_errors_path(self) -> None:
        current = self.wiz.errors_path
        chosen = self.wiz.choose_errors_file(self, current or Path("rejected.csv"))
        if chosen:
            self.wiz.errors_path = Path(chosen)
            self.errors_path.setText(chosen)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.errors_path.setText(str(self.wiz.errors_path or ""))
        if self.choices.checkedButton() is None:
            self.skip.setChecked(True)  # analyses through toggled
        else:
            self._analyse()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.report is not None and self.wiz.running is None

    def _analyse(self) -> None:
        if self.wiz.source is None and self.wiz.vcard_path is None:
            return
        self.report = None
        self.completeChanged.emit()
        self.summary.setText(self.tr("Checking every row…"))
        self.progress.show()
        self.wiz.analyse(self.on_duplicate(), self._progressed, self._done, self._failed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.progress.hide()
        show_problem(self.problem, "")
        self.summary.setText(
            self.tr(
                "{rows} rows: {created} to create, {merged} to merge, {skipped} to skip,"
                " {rejected} rejected (they go to an error file with the reason)."
            ).format(
                rows=report.rows,
                created=report.created,
                merged=report.merged,
                skipped=report.skipped,
                rejected=report.rejected,
            )
        )
        fill_outcomes(self.table, report.outcomes)
        self.completeChanged.emit()
        self.analysed.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.summary.setText("")
        show_problem(self.problem, error_text(error))
        self.completeChanged.emit()


def outcome_reason(outcome: RowOutcome) -> str:
    parts = [f"{field_label(k)}: {v}" for k, v in {**outcome.problems, **outcome.warnings}.items()]
    if outcome.duplicate_reason:
        parts.insert(0, outcome.duplicate_reason)
    return "; ".join(parts)


def fill_outcomes(table: QTableWidget, outcomes: tuple[RowOutcome, ...]) -> None:
    table.setRowCount(len(outcomes))
    for row, outcome in enumerate(outcomes):
        table.setItem(row, 0, _item(str(outcome.line)))
        table.setItem(row, 1, _item(outcome.name))
        action = _item(action_label(outcome.action))
        if outcome.action == "reject":
            action.setBackground(QBrush(PROBLEM_COLOUR))
        table.setItem(row, 2, action)
        table.setItem(row, 3, _item(outcome_reason(outcome)))


class RunPage(QWizardPage):
    """The import itself, in one transaction, with progress and Cancel (nothing kept then)."""

    finished = Signal(object)  # ImportReport, or the error that stopped it

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.result: ImportReport | BaseException | None = None
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar()
        self.cancel = QPushButton(self.tr("&Cancel import"))
        self.cancel.clicked.connect(self.wiz.cancel_running)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.result = None
        self.cancel.show()
        self.progress.show()
        self.summary.setText(self.tr("Importing… nothing is kept if you cancel."))
        self.wiz.run(self._progressed, self._done, self._failed)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.result is not None

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finish(self, text: str) -> None:
        self.cancel.hide()
        self.progress.hide()
        self.summary.setText(text)
        self.completeChanged.emit()
        self.finished.emit(self.result)

    def _done(self, report: ImportReport) -> None:
        self.result = report
        text = self.tr(
            "Done: {created} created, {merged} merged, {skipped} skipped, {rejected} rejected."
        ).format(
            created=report.created,
            merged=report.merged,
            skipped=report.skipped,
            rejected=report.rejected,
        )
        if report.errors_path is not None:
            text += "\n" + self.tr("Rejected rows and the reasons are in {path}").format(
                path=report.errors_path
            )
        self._finish(text)

    def _failed(self, error: BaseException) -> None:
        self.result = error
        if isinstance(error, ImportCancelledError):
            text = self.tr("Import cancelled: nothing was stored.")
        else:
            text = self.tr("The import stopped and nothing was stored:") + "\n" + error_text(error)
        self._finish(text)
