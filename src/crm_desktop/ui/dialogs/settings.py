"""Settings: who I am, my language (this computer's), and the business defaults in the file."""

from __future__ import annotations

import phonenumbers
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import i18n
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.tickets import PRIORITIES
from crm_desktop.services.settings import get_settings, update_settings
from crm_desktop.services.users import current_user, rename_user
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.restart import request_restart
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tickets.labels import priority_label
from crm_desktop.ui.translation import language_setting, set_language_setting, system_language
from crm_desktop.ui.widgets.choosers import CurrencyCombo
from crm_desktop.ui.widgets.form_fields import ErrorLabel, sentence
from crm_desktop.ui.widgets.formatting import country_name


class SettingsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Settings"))
        settings = get_settings(state.db)
        me = current_user(state.db)

        self.user_name = QLineEdit(me.name)
        self.company_name = QLineEdit(settings.company_name)
        self.region = QComboBox()
        regions = sorted(phonenumbers.SUPPORTED_REGIONS, key=country_name)
        for code in regions:
            self.region.addItem(f"{country_name(code)} ({code})", code)
        self.region.setCurrentIndex(max(0, self.region.findData(settings.default_region)))
        self.currency = CurrencyCombo()
        self.currency.set_code(settings.default_currency)
        self.language = QComboBox()
        self.language.setObjectName("language")
        system = i18n.LANGUAGES[system_language()]
        self.language.addItem(
            self.tr("Use the system language ({language})").format(language=system), ""
        )
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(language_setting())))
        self.language_note = QLabel(
            self.tr("The new language is used from the next start of crm-desktop.")
        )
        self.language_note.setProperty("role", "muted")
        self.language_note.hide()
        self.language.currentIndexChanged.connect(self._language_picked)
        # Hours until a ticket of each priority is due (its SLA), most urgent first.
        self.sla_hours: dict[str, QSpinBox] = {}
        sla_row = QHBoxLayout()
        for priority in reversed(PRIORITIES):
            hours = QSpinBox()
            hours.setObjectName(f"sla_{priority}")
            hours.setRange(1, 24 * 365)
            hours.setSuffix(self.tr(" h"))
            hours.setValue(int(settings.sla_hours.get(priority, 24)))
            hours.setAccessibleName(
                self.tr("Hours to resolve a {priority} ticket").format(
                    priority=priority_label(priority)
                )
            )
            self.sla_hours[priority] = hours
            sla_row.addWidget(QLabel(priority_label(priority)))
            sla_row.addWidget(hours)
        sla_row.addStretch(1)
        self.errors = ErrorLabel("formErrors")

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.user_name)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Company name for &reports:"), self.company_name)
        form.addRow(self.tr("Default &country for phone numbers:"), self.region)
        form.addRow(self.tr("Default c&urrency:"), self.currency)
        form.addRow(self.tr("Tickets due within (SLA):"), sla_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            update_settings(
                self.state.db,
                company_name=self.company_name.text().strip(),
                default_region=str(self.region.currentData()),
                default_currency=self.currency.code(),
                sla_hours={p: box.value() for p, box in self.sla_hours.items()},
            )
            me = current_user(self.state.db)
            if self.user_name.text().strip() != me.name:
                rename_user(self.state.db, me.id, self.user_name.text())
        except ValidationError as error:
            self.errors.set_message("\n".join(sentence(r) for r in error.errors.values()))
            return
        except Exception as error:
            show_error(self, error)
            return
        self.state.say(self.tr("Settings saved."))
        self.accept()
        if self.language_changed():
            set_language_setting(self.chosen_language())
            if self.ask_restart():
                self.restart()

    def _language_picked(self, _index: int) -> None:
        self.language_note.setVisible(self.language_changed())
        self.adjustSize()  # room for the note

    def chosen_language(self) -> str:
        """The language picked here: "en", "it", "sv", or "" to follow the system."""
        return str(self.language.currentData() or "")

    def language_changed(self) -> bool:
        return self.chosen_language() != language_setting()

    def ask_restart(self) -> bool:
        """True to start again now in the new language (tests replace)."""
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        box.setText(self.tr("The new language is used from the next start of crm-desktop."))
        # Forms are modal, so none is open while Settings is; what was saved stays.
        box.setInformativeText(
            self.tr(
                "Restart now? crm-desktop closes and starts again; everything you saved is kept."
            )
        )
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.exec()
        return box.clickedButton() is restart

    def restart(self) -> None:
        """Quit and start again with the same arguments (tests replace)."""
        request_restart()
