"""The wizard's first steps: which file and how it is written, then which column fills what."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.interchange.mappings import (
    mapping_source_label,
    read_mapping_file,
    write_mapping_file,
)
from crm_desktop.interchange.sniff import read_rows
from crm_desktop.services.imports import (
    import_fields,
    is_vcard,
    with_format,
    with_mapping,
)
from crm_desktop.services.settings import get_settings
from crm_desktop.ui.imports.fields import field_label
from crm_desktop.ui.widgets.choosers import CountryCombo

if TYPE_CHECKING:
    from crm_desktop.ui.imports.wizard import ImportWizard

SAMPLE_ROWS = 3


def error_label() -> QLabel:
    """A red line under a step that says what is wrong and where (file, line)."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class FilePage(QWizardPage):
    """Choose what to import (contacts or companies) and the file."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV file from a spreadsheet, Google Contacts, Outlook or another CRM, "
                "or a vCard (.vcf) file from a phone."
            )
        )
        self.contacts = QRadioButton(self.tr("&Contacts"))
        self.companies = QRadioButton(self.tr("C&ompanies"))
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.contacts)
        self.kinds.addButton(self.companies)
        self.contacts.setChecked(wizard.entity == "contacts")
        self.companies.setChecked(wizard.entity == "companies")
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.contacts)
        kind_row.addWidget(self.companies)
        kind_row.addStretch(1)

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Path of the file to import"))
        self.path.textChanged.connect(lambda _text: self.completeChanged.emit())
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        # Phone numbers without +code (and day/month order of dates) are read for this
        # country unless the row names its own.
        self.region = CountryCombo(self.tr("(the file's country)"))
        self.region.set_code(get_settings(wizard.db).default_region)

        self.problem = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Import:"), kind_row)
        # A layout cannot take the accelerator: the label points at the path field itself.
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_row)
        form.addRow(self.tr("Numbers &without a country code are from:"), self.region)
        form.addRow(self.problem)

    def entity(self) -> str:
        return "companies" if self.companies.isChecked() else "contacts"

    def _browse(self) -> None:
        chosen = self.wiz.choose_file(self)
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        path = Path(self.path.text().strip()).expanduser()
        entity = self.entity()
        if not path.is_file():
            show_problem(self.problem, self.tr("{path} is not a file.").format(path=path))
            return False
        if is_vcard(path) and entity != "contacts":
            show_problem(self.problem, self.tr("A vCard file holds contacts: choose Contacts."))
            return False
        try:
            self.wiz.start_with(path, entity, self.region.code())
        except CrmError as error:
            show_problem(self.problem, str(error))
            return False
        show_problem(self.problem, "")
        return True


class MappingPage(QWizardPage):
    """How the file is written (encoding, separator, header) and which column fills which field."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self._filling = False
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Each column of the file fills the field chosen for it; (skip) leaves it out.")
        )
        self.encoding = QComboBox()
        for codec, name in (
            ("utf-8", self.tr("UTF-8")),
            ("utf-8-sig", self.tr("UTF-8 with BOM")),
            ("cp1252", self.tr("Windows-1252 (Latin-1)")),
            ("utf-16", self.tr("UTF-16 (Excel Unicode text)")),
            ("utf-16-le", self.tr("UTF-16 little-endian without BOM")),
            ("utf-16-be", self.tr("UTF-16 big-endian without BOM")),
        ):
            self.encoding.addItem(name, codec)
        self.delimiter = QComboBox()
        for mark, name in (
            (",", self.tr("Comma")),
            (";", self.tr("Semicolon")),
            ("\t", self.tr("Tab")),
            ("|", self.tr("Vertical bar")),
        ):
            self.delimiter.addItem(name, mark)
        self.has_header = QCheckBox(self.tr("First row holds the column names"))
        for combo in (self.encoding, self.delimiter):
            combo.currentIndexChanged.connect(lambda _i: self._reformat())
        self.has_header.toggled.connect(lambda _on: self._reformat())
        format_row = QHBoxLayout()
        format_row.addWidget(QLabel(self.tr("Encoding:")))
        format_row.addWidget(self.encoding)
        format_row.addWidget(QLabel(self.tr("Separator:")))
        format_row.addWidget(self.delimiter)
        format_row.addWidget(self.has_header)
        format_row.addStretch(1)

        self.origin = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Field")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.remember = QCheckBox(self.tr("&Remember this matching for files with these columns"))
        self.remember.setChecked(True)
        load = QPushButton(self.tr("&Load matching…"))
        load.clicked.connect(self._load)
        save = QPushButton(self.tr("&Save matching as…"))
        save.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remember)
        buttons.addStretch(1)
        buttons.addWidget(load)
        buttons.addWidget(save)
        self.problem = error_label()

        layout = QVBoxLayout(self)
        layout.addLayout(format_row)
        layout.addWidget(self.origin)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)

    # -- filling ---------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._fill()

    def _fill(self) -> None:
        source = self.wiz.source
        if source is None:
            return
        self._filling = True
        try:
            fmt = source.format
            self._select(self.encoding, fmt.encoding)
            self._select(self.delimiter, fmt.delimiter)
            self.has_header.setChecked(fmt.has_header)
            self.origin.setText(
                self.tr("Read as {format}; columns matched by: {origin}.").format(
                    format=fmt.description, origin=mapping_source_label(source.mapping_source)
                )
            )
            samples = self._samples()
            fields = import_fields(self.wiz.db, source.entity)
            self.table.setRowCount(len(source.headers))
            for row, header in enumerate(source.headers):
                self.table.setItem(row, 0, _read_only(header))
                values = " · ".join(s[row] for s in samples if row < len(s) and s[row].strip())
                self.table.setItem(row, 1, _read_only(values))
                self.table.setCellWidget(row, 2, self._field_combo(fields, source.mapping, header))
        finally:
            self._filling = False
        show_problem(self.problem, "")

    def _samples(self) -> list[tuple[str, ...]]:
        source = self.wiz.source
        assert source is not None
        samples: list[tuple[str, ...]] = []
        try:
            for row in read_rows(source.path, source.format):
                samples.append(row.cells)
                if len(samples) >= SAMPLE_ROWS:
                    break
        except CrmError as error:
            show_problem(self.problem, str(error))
        return samples

    def _field_combo(
        self, fields: list[str], mapping: dict[str, str | None], header: str
    ) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(skip)"), None)
        for name in fields:
            combo.addItem(field_label(name), name)
        self._select(combo, mapping.get(header))
        return combo

    @staticmethod
    def _select(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def _reformat(self) -> None:
        if self._filling or self.wiz.source is None:
            return
        try:
            self.wiz.source = with_format(
                self.wiz.db,
                self.wiz.source,
                encoding=self.encoding.currentData(),
                delimiter=self.delimiter.currentData(),
                has_header=self.has_header.isChecked(),
            )
        except CrmError as error:
            show_problem(self.problem, str(error))
            return
        self._fill()

    # -- reading the choices -----------------------------------------------------
    def mapping(self) -> dict[str, str | None]:
        source = self.wiz.source
        assert source is not None
        result: dict[str, str | None] = {}
        for row, header in enumerate(source.headers):
            combo = self.table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            result[header] = combo.currentData()
        return result

    def set_field(self, header: str, field: str | None) -> None:
        """Choose the field of one column (tests and keyboard users)."""
        source = self.wiz.source
        assert source is not None
        combo = self.table.cellWidget(source.headers.index(header), 2)
        assert isinstance(combo, QComboBox)
        self._select(combo, field)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        source = self.wiz.source
        assert source is not None
        try:
            self.wiz.source = with_mapping(self.wiz.db, source, self.mapping())
        except CrmError as error:
            show_problem(self.problem, _validation_text(error))
            return False
        self.wiz.remember_mapping = self.remember.isChecked()
        return True

    def _load(self) -> None:
        path = self.wiz.choose_mapping_file(self, False)
        if not path or self.wiz.source is None:
            return
        try:
            loaded = read_mapping_file(path)
            self.wiz.source = with_mapping(self.wiz.db, self.wiz.source, loaded)
        except CrmError as error:
            show_problem(self.problem, _validation_text(error))
            return
        self._fill()

    def _save(self) -> None:
        path = self.wiz.choose_mapping_file(self, True)
        if not path or self.wiz.source is None:
            return
        try:
            write_mapping_file(path, self.wiz.source.entity, self.mapping())
        except CrmError as error:
            show_problem(self.problem, str(error))


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _validation_text(error: CrmError) -> str:
    errors = getattr(error, "errors", None)
    if isinstance(errors, dict):
        return "\n".join(f"{field}: {reason}" for field, reason in errors.items())
    return str(error)


def choose_file_dialog(parent: QWidget) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Import from"),
        "",
        parent.tr("Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)"),
    )
    return path


def choose_errors_dialog(parent: QWidget, suggested: Path) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Save rejected rows to"),
        str(suggested),
        parent.tr("CSV files (*.csv)"),
    )
    return path


def choose_mapping_dialog(parent: QWidget, save: bool) -> str:
    title = parent.tr("Save matching as") if save else parent.tr("Load matching")
    pattern = parent.tr("Matching files (*.json)")
    if save:
        path, _filter = QFileDialog.getSaveFileName(parent, title, "", pattern)
    else:
        path, _filter = QFileDialog.getOpenFileName(parent, title, "", pattern)
    return path
