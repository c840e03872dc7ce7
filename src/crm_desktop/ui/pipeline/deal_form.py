"""The deal dialog: a new deal, or a stored one with its stage history and Won/Lost."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
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

from crm_desktop.domain.errors import ConflictError, CrmError, ValidationError
from crm_desktop.domain.ids import CompanyId, ContactId, PipelineId, StageId, UserId
from crm_desktop.domain.pipeline import LOST, OPEN, WON, Deal, DealDraft, Pipeline
from crm_desktop.services.conflicts import Choice, Conflict, find_conflict
from crm_desktop.services.deals import create_deal, update_deal
from crm_desktop.services.orders import today
from crm_desktop.services.settings import get_settings
from crm_desktop.services.users import list_users
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.pipeline.deal_history import StageHistory
from crm_desktop.ui.pipeline.formatting import MoneyFormat
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.choosers import CurrencyCombo, OwnerCombo
from crm_desktop.ui.widgets.form_fields import ErrorLabel, FieldErrors
from crm_desktop.ui.widgets.formatting import (
    date_edit_format,
    day_text,
    iso_to_qdate,
    qdate_to_iso,
)
from crm_desktop.ui.widgets.history_view import HistoryView
from crm_desktop.ui.widgets.record_form import form_layout
from crm_desktop.ui.widgets.record_picker import RecordPicker

# Service error keys -> the form field whose label shows the reason.
_FIELD_OF = {
    "value_text": "value",
    "value_minor": "value",
    "currency": "value",  # the currency sits in the value's row
    "contact_id": "contact",
    "company_id": "company",
    "owner_id": "owner",
    "stage_id": "stage",
    "pipeline_id": "stage",
}

# Closes the deal as won or lost after asking; True when it was closed.
CloseDeal = Callable[[Deal, str], bool]


def _row(widgets: Sequence[QWidget], stretch: QWidget) -> QWidget:
    """Widgets side by side in one form field; focusing the row focuses the first."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is stretch else 0)
    row.setFocusProxy(widgets[0])
    return row


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
        self.money = MoneyFormat()
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
        self.currency = CurrencyCombo()
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
        users = list_users(db)
        self.owner = OwnerCombo(self.tr("Unassigned"))
        self.owner.fill(users)
        self.lost_reason = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.errors = FieldErrors(_FIELD_OF)
        self.general = ErrorLabel("error_form")
        me = next((int(user.id) for user in users if user.login == db.user), None)
        self._fill(deal, default_currency, me)
        self._build(deal)

    # -- building ------------------------------------------------------------------
    def _fill(self, deal: Deal | None, default_currency: str, me: int | None) -> None:
        stage_probability = 0
        if deal is None:
            self.currency.set_code(default_currency)
            self.owner.set_owner_id(me)
            self.has_close_date.setChecked(False)
            self.close_date.setDate(iso_to_qdate(today(self.state.db)))
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
            self.currency.set_code(deal.currency)
            self.contact.set_record("contact", deal.contact_id, deal.contact)
            self.company.set_record("company", deal.company_id, deal.company)
            self.stage_text.setText(self._stage_line(deal))
            self.has_close_date.setChecked(deal.expected_close_date is not None)
            self.close_date.setDate(iso_to_qdate(deal.expected_close_date or today(self.state.db)))
            self.probability.setValue(-1 if deal.probability is None else deal.probability)
            self.owner.set_owner_id(deal.owner_id)
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
        currency_label = QLabel(self.tr("C&urrency:"))
        currency_label.setBuddy(self.currency)
        value_row = _row([self.value, currency_label, self.currency], stretch=self.value)
        close_row = _row([self.has_close_date, self.close_date], stretch=self.close_date)
        add = self.errors.add
        form = form_layout()
        form.addRow(self.tr("&Title:"), add("title", self.title))
        form.addRow(self.tr("&Value:"), add("value", value_row))
        form.addRow(self.tr("Co&ntact:"), add("contact", self.contact))
        form.addRow(self.tr("Co&mpany:"), add("company", self.company))
        stage_widget: QWidget = self.stage if deal is None else self.stage_text
        form.addRow(self.tr("St&age:"), add("stage", stage_widget))
        form.addRow(self.tr("E&xpected close:"), add("expected_close_date", close_row))
        form.addRow(self.tr("&Probability:"), add("probability", self.probability))
        form.addRow(self.tr("&Owner:"), add("owner", self.owner))
        if deal is not None and deal.status == LOST:
            form.addRow(self.tr("Lost &reason:"), add("lost_reason", self.lost_reason))
        form.addRow(self.tr("Not&es:"), add("notes", self.notes))

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
        details_layout.addWidget(self.general)
        layout = QVBoxLayout(self)
        if deal is None:
            layout.addWidget(details)
        else:
            self.tabs = QTabWidget()
            self.tabs.addTab(details, self.tr("&Details"))
            self.stages = StageHistory(self.state, deal.id)
            self.tabs.addTab(self.stages, self.tr("&Stages"))
            self.history = HistoryView(self.state)
            self.history.show_record("deal", deal.id)
            self.tabs.addTab(self.history, self.tr("&History"))
            layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.title.setFocus()

    # -- reading the form ---------------------------------------------------------------
    def _values(self) -> dict[str, object]:
        probability = self.probability.value()
        return {
            "title": self.title.text().strip(),
            "value_text": self.value.text().strip(),
            "currency": self.currency.code(),
            "contact_id": self.contact.record_id(),
            "company_id": self.company.record_id(),
            "expected_close_date": self._close_date(),
            "probability": None if probability < 0 else probability,
            "owner_id": self.owner.owner_id(),
            "lost_reason": self.lost_reason.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    def _close_date(self) -> str | None:
        return qdate_to_iso(self.close_date.date()) if self.has_close_date.isChecked() else None

    def _changes(self) -> dict[str, object]:
        """The fields that differ from the stored deal, as update_deal takes them."""
        now = self._values()
        return self._as_update({k: v for k, v in now.items() if v != self._original[k]}, now)

    @staticmethod
    def _as_update(changed: dict[str, object], now: Mapping[str, object]) -> dict[str, object]:
        if "currency" in changed and now["value_text"]:
            changed["value_text"] = now["value_text"]  # read again in the new currency
        if "value_text" in changed and not now["value_text"]:
            del changed["value_text"]
            changed["value_minor"] = 0
        return changed

    def _draft(self) -> DealDraft:
        stage = self.stage.currentData()
        contact, company = self.contact.record_id(), self.company.record_id()
        owner = self.owner.owner_id()
        probability = self.probability.value()
        return DealDraft(
            title=self.title.text().strip(),
            value_text=self.value.text().strip(),
            currency=self.currency.code() or None,
            contact_id=None if contact is None else ContactId(contact),
            company_id=None if company is None else CompanyId(company),
            pipeline_id=None if self.pipeline is None else PipelineId(self.pipeline.id),
            stage_id=None if stage is None else StageId(int(stage[0])),
            probability=None if probability < 0 else probability,
            owner_id=None if owner is None else UserId(owner),
            expected_close_date=self._close_date(),
            notes=self.notes.toPlainText().strip(),
        )

    # -- saving -------------------------------------------------------------------------
    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Each reason under its field; everything typed stays as it is."""
        left = self.errors.show(errors)
        # No field of the form shows these: name the field they are about.
        self.general.set_message("\n".join(f"{key}: {reason}" for key, reason in left.items()))
        if self.deal is not None and errors:
            self.tabs.setCurrentIndex(0)

    def _store(self) -> Deal | None:
        """Create or update the deal from the form; None (errors shown) when refused."""
        errors: dict[str, str] = {}
        for name, picker in (("contact", self.contact), ("company", self.company)):
            if picker.has_unmatched_text():
                errors[name] = (
                    self.tr("pick the contact from the list, or leave it empty")
                    if name == "contact"
                    else self.tr("pick the company from the list, or leave it empty")
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
        except ConflictError:
            return self._resolve_conflict()
        except ValidationError as error:
            self.show_errors(error.errors)
        except CrmError as error:
            show_error(self, error)
        return None

    def _resolve_conflict(self) -> Deal | None:
        """Someone saved the deal meanwhile: keep mine or take theirs per field, then save."""
        assert self.deal is not None
        mine = self._values()
        try:
            conflict = find_conflict(
                self.state.db, "deal", self.deal.id, mine, self._original, self._values_of
            )
            choices = self.ask_resolution(conflict) if conflict.fields else {}
            if choices is None:
                self.general.set_message(
                    self.tr("Not saved: someone else changed this deal. Save again to compare.")
                )
                return None
            changes = self._as_update(conflict.resolve(choices), mine)
            if not changes:
                return conflict.record
            return update_deal(self.state.db, self.deal.id, changes, conflict.version)
        except ConflictError:
            return self._resolve_conflict()
        except ValidationError as error:
            self.show_errors(error.errors)
        except CrmError as error:
            show_error(self, error)
        return None

    def _values_of(self, deal: Deal) -> dict[str, object]:
        """``deal`` as this dialog's fields would read it (a hidden twin loads it)."""
        twin = DealDialog(self.state, deal, self.pipeline)
        try:
            return twin._values()
        finally:
            twin.deleteLater()

    def ask_resolution(self, conflict: Conflict) -> dict[str, Choice] | None:
        """Mine or theirs for each differing field; None when cancelled (tests replace)."""
        from crm_desktop.ui.dialogs.conflict import ask_resolution

        return ask_resolution(self, conflict)

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
