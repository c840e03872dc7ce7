"""One line of the filter builder: field, operator, value(s), a remove button, its error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from crm_desktop.domain.saved_views import CHOICE, DATE, TAG, Condition, operators_for
from crm_desktop.services.view_fields import ViewField, choice_label, view_fields
from crm_desktop.ui.widgets.formatting import typed_number_text


def operator_label(key: str, kind: str) -> str:
    """The operator as the builder shows it; dates read "is on", "is before"."""
    labels = {
        "eq": QCoreApplication.translate("SmartLists", "is on")
        if kind == DATE
        else QCoreApplication.translate("SmartLists", "is"),
        "ne": QCoreApplication.translate("SmartLists", "is not"),
        "contains": QCoreApplication.translate("SmartLists", "contains"),
        "not_contains": QCoreApplication.translate("SmartLists", "does not contain"),
        "starts_with": QCoreApplication.translate("SmartLists", "starts with"),
        "gt": QCoreApplication.translate("SmartLists", "is more than"),
        "lt": QCoreApplication.translate("SmartLists", "is less than"),
        "between": QCoreApplication.translate("SmartLists", "is between"),
        "before": QCoreApplication.translate("SmartLists", "is before"),
        "after": QCoreApplication.translate("SmartLists", "is after"),
        "in_last_days": QCoreApplication.translate("SmartLists", "is in the last (days)"),
        "is_empty": QCoreApplication.translate("SmartLists", "is empty"),
        "not_empty": QCoreApplication.translate("SmartLists", "is not empty"),
        "has_tag": QCoreApplication.translate("SmartLists", "has tag"),
        "no_tag": QCoreApplication.translate("SmartLists", "does not have tag"),
        "is_true": QCoreApplication.translate("SmartLists", "is yes"),
        "is_false": QCoreApplication.translate("SmartLists", "is no"),
    }
    return labels.get(key, key)


class ConditionRow(QWidget):
    """Emits ``changed`` on any edit and ``remove_requested`` from its ✕."""

    changed = Signal()
    remove_requested = Signal(object)  # self

    def __init__(self, entity: str, tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.fields: tuple[ViewField, ...] = view_fields(entity)
        self.tags = tags
        self.field = QComboBox()
        self.field.setObjectName("conditionField")
        for field in self.fields:
            self.field.addItem(field.label, field.key)
        self.op = QComboBox()
        self.op.setObjectName("conditionOp")
        self.value = QLineEdit()
        self.value.setObjectName("conditionValue")
        self.choice = QComboBox()
        self.choice.setObjectName("conditionChoice")
        self.and_label = QLabel(self.tr("and"))
        self.value2 = QLineEdit()
        self.value2.setObjectName("conditionValue2")
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove this condition"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        # The free value and the list of choices share a column: one shows at a time.
        for column, widget in (
            (0, self.field),
            (1, self.op),
            (2, self.value),
            (2, self.choice),
            (3, self.and_label),
            (4, self.value2),
            (5, self.remove),
        ):
            grid.addWidget(widget, 0, column)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(4, 1)
        grid.addWidget(self.error, 1, 0, 1, 6)

        self.field.currentIndexChanged.connect(self._field_chosen)
        self.op.currentIndexChanged.connect(self._op_chosen)
        self.value.textChanged.connect(lambda _t: self.changed.emit())
        self.value2.textChanged.connect(lambda _t: self.changed.emit())
        self.choice.currentTextChanged.connect(lambda _t: self.changed.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._field_chosen()

    def current_field(self) -> ViewField:
        return self.fields[max(0, self.field.currentIndex())]

    def _field_chosen(self, _index: int = 0) -> None:
        field = self.current_field()
        self.op.blockSignals(True)
        self.op.clear()
        for op in operators_for(field.kind):
            self.op.addItem(operator_label(op.key, field.kind), op.key)
        self.op.blockSignals(False)
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.setEditable(field.kind == TAG)
        if field.kind == CHOICE:  # shown by name, kept as the stored value
            for value in field.choices:
                self.choice.addItem(choice_label(self.entity, field.key, value), value)
        else:
            self.choice.addItems(self.tags)
        self.choice.blockSignals(False)
        self._op_chosen()

    def _op_chosen(self, _index: int = 0) -> None:
        field = self.current_field()
        op = next(o for o in operators_for(field.kind) if o.key == self.op.currentData())
        picks = field.kind in (CHOICE, TAG)
        self.value.setVisible(op.arity >= 1 and not picks)
        self.choice.setVisible(op.arity >= 1 and picks)
        self.and_label.setVisible(op.arity == 2)
        self.value2.setVisible(op.arity == 2)
        hint = self.tr("YYYY-MM-DD") if field.kind == DATE and op.key != "in_last_days" else ""
        self.value.setPlaceholderText(hint)
        self.value2.setPlaceholderText(hint)
        self.changed.emit()

    def condition(self) -> Condition:
        field = self.current_field()
        op = next(o for o in operators_for(field.kind) if o.key == self.op.currentData())
        value: object = None
        if op.arity == 2:
            value = (self.value.text(), self.value2.text())
        elif op.arity == 1:
            if field.kind == CHOICE:  # the stored value, not the name shown
                value = self.choice.currentData()
            elif field.kind == TAG:
                value = self.choice.currentText()
            else:
                value = self.value.text()
        return Condition(field.key, op.key, value)

    def set_condition(self, condition: Condition) -> None:
        self.field.setCurrentIndex(max(0, self.field.findData(condition.field)))
        self.op.setCurrentIndex(max(0, self.op.findData(condition.op)))
        value = condition.value
        if isinstance(value, tuple | list) and len(value) == 2:
            self.value.setText(typed_number_text(value[0]))
            self.value2.setText(typed_number_text(value[1]))
        elif value is not None:
            text = typed_number_text(value)  # 12,5 in Italian, as it is typed there
            self.value.setText(text)
            if self.current_field().kind == CHOICE:
                self.choice.setCurrentIndex(max(0, self.choice.findData(text)))
            else:
                self.choice.setCurrentText(text)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
