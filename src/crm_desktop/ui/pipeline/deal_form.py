"""The deal dialog: a new deal, or a stored one with its stage history and Won/Lost."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.domain.ids import CompanyId, ContactId, PipelineId, StageId, UserId
from crm_desktop.domain.pipeline import LOST, OPEN, WON, Deal, DealDraft, Pipeline
from crm_desktop.services.deals import create_deal, update_deal
from crm_desktop.services.orders import today
from crm_desktop.services.settings import get_settings
from crm_desktop.services.users import list_users
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.pipeline.deal_history import StageHistory
from crm_desktop.ui.pipeline.formatting import MoneyFormat
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import date_edit_format, day_text
from crm_desktop.ui.widgets.record_picker import RecordPicker

COMMON_CURRENCIES = ("EUR", "SEK", "USD", "GBP", "CHF", "DKK", "NOK", "PLN")
FIELDS = (
    "title",
    "value",
    "currency",
    "contact",
    "company",
    "stage",
    "expected_close_date",
    "probability",
    "owner",
    "lost_reason",
    "notes",
    "form",
)
# Service error keys -> the form field whose label shows the reason.
_FIELD_OF = {
    "value_text": "value",
    "value_minor": "value",
    "contact_id": "contact",
    "company_id": "company",
    "owner_id": "owner",
    "stage_id": "stage",
    "pipeline_id": "stage",
}

# Closes the deal as won or lost after asking; True when it was closed.
CloseDeal = Callable[[Deal, str], bool]


def field_for(key: str) -> str:
    """The form field an error key belongs to: ``value_text`` -> ``value``, ``custom.x`` -> form."""
    base = key.split("[", 1)[0]
    base = _FIELD_OF.get(base, base)
    return base if base in FIELDS else "form"


class DealDialog(QDialog):
    """Edit ``deal``, or create one in ``pipeline`` when ``deal`` is None."""

    def __init__(
        self,
        state: AppState,
        deal: Deal | None = None,
        pipeline: Pipeline | None = None,
        close_deal: CloseDeal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.deal = deal
        self.pipeline = pipeline
        self.close_deal = close_deal
        self.saved_deal: Deal | None = None
        db = state.db
        self.money = MoneyFormat(get_settings(db).default_region)
        default_currency = get_settings(db).default_currency
        self.setWindowTitle(
            self.tr("New deal")
            if deal is None
            else self.tr("Deal: {title}").format(title=deal.title)
        )
        self.setMinimumWidth(520)

        self.title = QLineEdit()
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.money.amount_text(0, default_currency))
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(COMMON_CURRENCIES)
        self.currency.setMinimumContentsLength(4)
        self.contact = RecordPicker(state, {"contact"})
        self.company = RecordPicker(state, {"company"})
        self.stage = QComboBox()
        self.stage_text = QLabel()
        self.has_close_date = QCheckBox(self.tr("Set"))
        self.close_date = QDateEdit()
        self.close_date.setCalendarPopup(True)
        self.close_date.setDisplayFormat(date_edit_format())
        self.has_close_date.toggled.connect(self.close_date.setEnabled)
        self.probability = QSpinBox()
        self.probability.setRange(-1, 100)
        self.probability.setSuffix("%")
        self.owner = QComboBox()
        self.lost_reason = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.error_labels: dict[str, QLabel] = {}
        for name in FIELDS:
            label = QLabel()
            label.setObjectName(f"error_{name}")
            label.setStyleSheet("color: #b00020")
            label.setWordWrap(True)
            label.hide()
            self.error_labels[name] = label

        self.owner.addItem(self.tr("Nobody"), None)
        me = None
        for user in list_users(db):
            self.owner.addItem(user.name, int(user.id))
            if user.login == db.user:
                me = int(user.id)
        self._fill(deal, default_currency, me)
        self._build(deal)

    # -- building ------------------------------------------------------------------
    def _fill(self, deal: Deal | None, default_currency: str, me: int | None) -> None:
        stage_probability = 0
        if deal is None:
            self.currency.setCurrentText(default_currency)
            self.owner.setCurrentIndex(max(0, self.owner.findData(me)))
            self.has_close_date.setChecked(False)
            self.close_date.setDate(QDate.fromString(today(self.state.db), "yyyy-MM-dd"))
            if self.pipeline is not None:
                for stage in self.pipeline.stages:
                    if stage.outcome == OPEN:
                        self.stage.addItem(
                            f"{stage.name} ({stage.probability}%)",
                            (int(stage.id), stage.probability),
                        )
                self.stage.currentIndexChanged.connect(self._stage_chosen)
                stage_probability = self.pipeline.first_stage.probability
            self.probability.setValue(-1)
        else:
            self.title.setText(deal.title)
            if deal.value_minor:
                self.value.setText(self.money.amount_text(deal.value_minor, deal.currency))
            self.currency.setCurrentText(deal.currency)
            self.contact.set_record("contact", deal.contact_id, deal.contact)
            self.company.set_record("company", deal.company_id, deal.company)
            self.stage_text.setText(self._stage_line(deal))
            self.has_close_date.setChecked(deal.expected_close_date is not None)
            self.close_date.setDate(
                QDate.fromString(deal.expected_close_date or today(self.state.db), "yyyy-MM-dd")
            )
            self.probability.setValue(-1 if deal.probability is None else deal.probability)
            self.owner.setCurrentIndex(max(0, self.owner.findData(deal.owner_id)))
            self.lost_reason.setText(deal.lost_reason)
            self.notes.setPlainText(deal.notes)
            stage_probability = deal.stage_probability
        self.close_date.setEnabled(self.has_close_date.isChecked())
        self._set_default_probability(stage_probability)
        self._original = self._values()

    def _stage_line(self, deal: Deal) -> str:
        if deal.status == OPEN:
            return self.tr("{stage} ({probability}%), {days} days in stage").format(
                stage=deal.stage, probability=deal.stage_probability, days=deal.days_in_stage
            )
        closed = day_text(deal.closed_at)
        if deal.status == WON:
            return self.tr("Won on {date}").format(date=closed)
        return self.tr("Lost on {date}").format(date=closed)

    def _stage_chosen(self, _index: int) -> None:
        data = self.stage.currentData()
        if data is not None:
            self._set_default_probability(int(data[1]))

    def _set_default_probability(self, probability: int) -> None:
        self.probability.setSpecialValueText(
            self.tr("Stage default ({probability}%)").format(probability=probability)
        )

    def _build(self, deal: Deal | None) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        currency_label = QLabel(self.tr("C&urrency:"))
        currency_label.setBuddy(self.currency)
        value_row.addWidget(currency_label)
        value_row.addWidget(self.currency)
        close_row = QHBoxLayout()
        close_row.addWidget(self.has_close_date)
        close_row.addWidget(self.close_date, 1)
        stage_widget: QWidget = self.stage if deal is None else self.stage_text
        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget, tuple[str, ...]]] = [
            (self.tr("&Title:"), self.title, self.title, ("title",)),
            (self.tr("&Value:"), value_row, self.value, ("value", "currency")),
            (self.tr("Co&ntact:"), self.contact, self.contact, ("contact",)),
            (self.tr("Co&mpany:"), self.company, self.company, ("company",)),
            (self.tr("St&age:"), stage_widget, stage_widget, ("stage",)),
            (self.tr("E&xpected close:"), close_row, self.has_close_date, ("expected_close_date",)),
            (self.tr("&Probability:"), self.probability, self.probability, ("probability",)),
            (self.tr("&Owner:"), self.owner, self.owner, ("owner",)),
        ]
        if deal is not None and deal.status == LOST:
            rows.append(
                (self.tr("Lost &reason:"), self.lost_reason, self.lost_reason, ("lost_reason",))
            )
        rows.append((self.tr("Not&es:"), self.notes, self.notes, ("notes",)))
        for text, field, buddy, names in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            holder = QVBoxLayout()
            holder.setSpacing(2)
            if isinstance(field, QHBoxLayout):
                holder.addLayout(field)
            else:
                holder.addWidget(field)
            for name in names:
                holder.addWidget(self.error_labels[name])
            form.addRow(label, holder)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.won_button: QPushButton | None = None
        self.lost_button: QPushButton | None = None
        if deal is not None and self.close_deal is not None:
            self.won_button = self.buttons.addButton(
                self.tr("Mark as &won"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.lost_button = self.buttons.addButton(
                self.tr("Mark as &lost"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.won_button.setEnabled(deal.status != WON)
            self.lost_button.setEnabled(deal.status != LOST)
            self.won_button.clicked.connect(lambda: self._close(WON))
            self.lost_button.clicked.connect(lambda: self._close(LOST))

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)
        details_layout.addWidget(self.error_labels["form"])
        layout = QVBoxLayout(self)
        if deal is None:
            layout.addWidget(details)
        else:
            self.tabs = QTabWidget()
            self.tabs.addTab(details, self.tr("&Details"))
            self.history = StageHistory(self.state, deal.id)
            self.tabs.addTab(self.history, self.tr("&History"))
            layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.title.setFocus()

    # -- reading the form ---------------------------------------------------------------
    def _values(self) -> dict[str, object]:
        probability = self.probability.value()
        owner = self.owner.currentData()
        return {
            "title": self.title.text().strip(),
            "value_text": self.value.text().strip(),
            "currency": self.currency.currentText().strip().upper(),
            "contact_id": self.contact.record_id(),
            "company_id": self.company.record_id(),
            "expected_close_date": (
                self.close_date.date().toString("yyyy-MM-dd")
                if self.has_close_date.isChecked()
                else None
            ),
            "probability": None if probability < 0 else probability,
            "owner_id": None if owner is None else int(owner),
            "lost_reason": self.lost_reason.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    def _changes(self) -> dict[str, object]:
        """The fields that differ from the stored deal, as update_deal takes them."""
        now = self._values()
        changed = {k: v for k, v in now.items() if v != self._original[k]}
        if "currency" in changed and now["value_text"]:
            changed["value_text"] = now["value_text"]  # read again in the new currency
        if "value_text" in changed and not now["value_text"]:
            del changed["value_text"]
            changed["value_minor"] = 0
        return changed

    def _draft(self) -> DealDraft:
        stage = self.stage.currentData()
        contact, company = self.contact.record_id(), self.company.record_id()
        owner = self.owner.currentData()
        probability = self.probability.value()
        return DealDraft(
            title=self.title.text().strip(),
            value_text=self.value.text().strip(),
            currency=self.currency.currentText().strip().upper() or None,
            contact_id=None if contact is None else ContactId(contact),
            company_id=None if company is None else CompanyId(company),
            pipeline_id=None if self.pipeline is None else PipelineId(self.pipeline.id),
            stage_id=None if stage is None else StageId(int(stage[0])),
            probability=None if probability < 0 else probability,
            owner_id=None if owner is None else UserId(int(owner)),
            expected_close_date=(
                self.close_date.date().toString("yyyy-MM-dd")
                if self.has_close_date.isChecked()
                else None
            ),
            notes=self.notes.toPlainText().strip(),
        )

    # -- saving -------------------------------------------------------------------------
    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Each reason under its field; everything typed stays as it is."""
        texts: dict[str, list[str]] = {}
        for key, reason in errors.items():
            field = field_for(key)
            texts.setdefault(field, []).append(reason if field != "form" else f"{key}: {reason}")
        for name, label in self.error_labels.items():
            label.setText("\n".join(texts.get(name, [])))
            label.setVisible(name in texts)
        if self.deal is not None and texts:
            self.tabs.setCurrentIndex(0)

    def _store(self) -> Deal | None:
        """Create or update the deal from the form; None (errors shown) when refused."""
        errors: dict[str, str] = {}
        for name, picker in (("contact", self.contact), ("company", self.company)):
            if picker.has_unmatched_text():
                errors[name] = self.tr(
                    "Pick one from the list that opens as you type, or leave it empty."
                )
        if errors:
            self.show_errors(errors)
            return None
        db = self.state.db
        try:
            if self.deal is None:
                return create_deal(db, self._draft())
            changes = self._changes()
            if not changes:
                return self.deal
            return update_deal(db, self.deal.id, changes, expected_version=self.deal.version)
        except ValidationError as error:
            self.show_errors(error.errors)
        except CrmError as error:
            show_error(self, error)
        return None

    def save(self) -> None:
        deal = self._store()
        if deal is None:
            return
        self.saved_deal = deal
        self.state.say(self.tr("Deal “{title}” saved.").format(title=deal.title))
        self.accept()

    def _close(self, outcome: str) -> None:
        """Won or Lost: store what was edited first, then close the deal."""
        deal = self._store()
        if deal is None or self.close_deal is None:
            return
        self.deal = deal
        self._original = self._values()
        if self.close_deal(deal, outcome):
            self.saved_deal = deal
            self.accept()
