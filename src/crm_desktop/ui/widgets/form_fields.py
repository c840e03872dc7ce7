"""Pieces of record forms: red error labels per field, and the fields contacts and companies share.

A service's ``ValidationError`` names fields the way the draft does
(``emails[1]``, ``custom.size``); ``FieldErrors.show`` puts each reason under
the field it belongs to, and never touches what the user typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from crm_desktop.domain.companies import Company
from crm_desktop.domain.contact_points import EmailAddress, PhoneNumber
from crm_desktop.domain.contacts import Contact
from crm_desktop.ui.widgets.choosers import CountryCombo
from crm_desktop.ui.widgets.formatting import (
    date_edit_format,
    iso_to_qdate,
    point_labels,
    qdate_to_iso,
    shown_word,
    stored_word,
)

ERROR_COLOUR = "#c92a2a"
_ITEM_KEY = re.compile(r"^(?P<field>[a-z_]+)\[(?P<index>\d+)\]")
# "home: 06 1234 5678" -> label "home"; an e-mail's local part never matches (no "@").
_LABELLED = re.compile(r"^\s*(?P<label>[^\W\d][\w .-]{0,19}?)\s*:\s*(?P<value>.+)$")


def sentence(reason: str) -> str:
    """A service reason ("give a first name...") as a sentence on screen."""
    reason = reason.strip()
    return reason[:1].upper() + reason[1:] if reason else reason


class ErrorLabel(QLabel):
    """A small red message under a field; hidden while empty so forms stay compact."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.hide()

    def set_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FieldErrors:
    """The error label of each field of a form, by the service's field name.

    ``aliases`` name the form field of service keys that differ from it
    (``{"contact_id": "contact"}``).
    """

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self.aliases = dict(aliases or {})
        self.labels: dict[str, ErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.line_numbers: dict[str, ContactPointsEdit] = {}
        self.dates: dict[str, DateField] = {}

    def add(self, field: str, widget: QWidget) -> QWidget:
        """``widget`` with its error label under it, ready for ``QFormLayout.addRow``."""
        label = ErrorLabel(f"error_{field}")
        target = widget.edit if isinstance(widget, DateField) else widget
        self.labels[field] = label
        self.fields[field] = target
        if isinstance(widget, ContactPointsEdit):
            self.line_numbers[field] = widget
        if isinstance(widget, DateField):
            self.dates[field] = widget
        holder = QWidget()
        holder.setFocusProxy(target)  # a label's mnemonic focuses the field itself
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(label)
        return holder

    def clear(self) -> None:
        for label in self.labels.values():
            label.set_message("")

    def show(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Put each reason under its field; returns the errors no field of this form shows."""
        self.clear()
        messages: dict[str, list[str]] = {}
        left: dict[str, str] = {}
        for key, reason in errors.items():
            field, index = _split(key)
            field = self.aliases.get(field, field)
            if field not in self.labels:
                left[key] = reason
                continue
            text = sentence(reason)
            if index is not None:
                edit = self.line_numbers.get(field)
                line = edit.line_number(index) if edit is not None else index + 1
                text = QCoreApplication.translate("form", "Line {n}: {reason}").format(
                    n=line, reason=text
                )
            messages.setdefault(field, []).append(text)
        for field, texts in messages.items():
            # A date the field could not read: say how to type it here, in the user's
            # format, rather than the service's "YYYY-MM-DD".
            problem = self.dates[field].problem() if field in self.dates else ""
            self.labels[field].set_message(problem or "\n".join(texts))
        return left

    def first_field_with_error(self) -> QWidget | None:
        for field, label in self.labels.items():
            if label.text():
                return self.fields[field]
        return None


def _split(key: str) -> tuple[str, int | None]:
    """("emails", 1) for "emails[1]"; ("custom.size", None) for "custom.size"."""
    match = _ITEM_KEY.match(key)
    if match:
        return match["field"], int(match["index"])
    return key, None


class AddressFields:
    """Street, postcode and city, region and country: the address contacts and companies have."""

    def __init__(self) -> None:
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(self.postcode.fontMetrics().averageCharWidth() * 12)
        self.city = QLineEdit()
        self.region = QLineEdit()
        self.country = CountryCombo(QCoreApplication.translate("form", "(none)"))
        for name in FIELDS_OF_ADDRESS:
            getattr(self, name).setObjectName(name)

    def add_rows(self, form: QFormLayout, errors: FieldErrors) -> None:
        form.addRow(
            QCoreApplication.translate("form", "S&treet:"), errors.add("street", self.street)
        )
        place = QWidget()
        row = QHBoxLayout(place)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(errors.add("postcode", self.postcode))
        row.addWidget(errors.add("city", self.city), 1)
        place.setFocusProxy(self.postcode)
        form.addRow(QCoreApplication.translate("form", "Postcode, cit&y:"), place)
        form.addRow(
            QCoreApplication.translate("form", "&Region:"), errors.add("region", self.region)
        )
        form.addRow(
            QCoreApplication.translate("form", "Cou&ntry:"), errors.add("country", self.country)
        )

    def values(self) -> dict[str, str]:
        return {
            "street": self.street.text(),
            "postcode": self.postcode.text(),
            "city": self.city.text(),
            "region": self.region.text(),
            "country": self.country.code(),
        }

    def load(self, record: Contact | Company) -> None:
        self.street.setText(record.street)
        self.postcode.setText(record.postcode)
        self.city.setText(record.city)
        self.region.setText(record.region)
        self.country.set_code(record.country)


FIELDS_OF_ADDRESS = ("street", "postcode", "city", "region", "country")


class ContactPointsEdit(QPlainTextEdit):
    """E-mails or phones, one per line, each optionally "label: value"."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        lines = 3
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def _lines(self) -> list[tuple[int, str]]:
        return [
            (number, line.strip())
            for number, line in enumerate(self.toPlainText().splitlines(), start=1)
            if line.strip()
        ]

    def items(self) -> list[str | tuple[str, str]]:
        """What the service takes: "value" or (label, value) per non-empty line."""
        result: list[str | tuple[str, str]] = []
        labels = point_labels()
        for _, line in self._lines():
            match = _LABELLED.match(line)
            if match and "@" not in match["label"]:
                result.append((stored_word(match["label"], labels), match["value"].strip()))
            else:
                result.append(line)
        return result

    def line_number(self, index: int) -> int:
        """The line (from 1) that holds the ``index``-th item the service saw."""
        lines = self._lines()
        return lines[index][0] if 0 <= index < len(lines) else index + 1

    def set_emails(self, emails: Sequence[EmailAddress]) -> None:
        labels = point_labels()
        self.setPlainText("\n".join(f"{shown_word(e.label, labels)}: {e.address}" for e in emails))

    def set_phones(self, phones: Sequence[PhoneNumber]) -> None:
        labels = point_labels()
        self.setPlainText("\n".join(f"{shown_word(p.label, labels)}: {p.raw}" for p in phones))


class DateField(QWidget):
    """A date that may be empty: typed in the local format or ISO, or picked from a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        example = QLocale().toString(QDate(1985, 4, 23), date_edit_format())
        self.edit.setPlaceholderText(
            QCoreApplication.translate("form", "e.g. {date}").format(date=example)
        )
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.menu = menu
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.button.setToolTip(QCoreApplication.translate("form", "Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(menu)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        # No focus proxy here: with the form's holder proxying to it too, Tab
        # would stay trapped in the line edit. Forms focus ``edit`` directly.

    def value(self) -> str | None:
        """ISO "YYYY-MM-DD"; the text as typed if it is no date (the service says why)."""
        text = self.edit.text().strip()
        if not text:
            return None
        day = parse_date(text)
        return qdate_to_iso(day) if day.isValid() else text

    def problem(self) -> str:
        """Why the typed text is no date ("" when it is one, or empty)."""
        text = self.edit.text().strip()
        if not text or parse_date(text).isValid():
            return ""
        example = QLocale().toString(QDate(1985, 4, 23), date_edit_format())
        return QCoreApplication.translate(
            "form", "Not a date. Type it like {example}, or pick it with ▾."
        ).format(example=example)

    def set_value(self, iso: str | None) -> None:
        day = iso_to_qdate(iso)
        self.edit.setText(QLocale().toString(day, date_edit_format()) if day.isValid() else "")

    def _prepare_calendar(self) -> None:
        day = parse_date(self.edit.text().strip())
        if day.isValid():
            self.calendar.setSelectedDate(day)

    def _picked(self, day: QDate) -> None:
        self.edit.setText(QLocale().toString(day, date_edit_format()))
        self.menu.close()
        self.edit.setFocus()


def parse_date(text: str) -> QDate:
    """A typed date in ISO, the local short format, or d/m/y with / . or - (invalid if none)."""
    locale = QLocale()
    for fmt in (
        "yyyy-MM-dd",
        date_edit_format(),
        locale.dateFormat(QLocale.FormatType.ShortFormat),
    ):
        day = locale.toDate(text, fmt)
        if day.isValid():
            return day
    for fmt in ("d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "d MMM yyyy", "d MMMM yyyy"):
        day = locale.toDate(text, fmt)
        if day.isValid():
            return day
    return QDate()
