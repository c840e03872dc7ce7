"""Settings: who I am, and the business defaults stored in the file."""

from __future__ import annotations

import phonenumbers
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.settings import get_settings, update_settings
from crm_desktop.services.users import current_user, rename_user
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.state import AppState
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
        self.errors = ErrorLabel("formErrors")

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.user_name)
        form.addRow(self.tr("Company name for &reports:"), self.company_name)
        form.addRow(self.tr("Default &country for phone numbers:"), self.region)
        form.addRow(self.tr("Default c&urrency:"), self.currency)
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
