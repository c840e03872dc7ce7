"""A read-only list of the orders placed in a period; double-click opens the customer."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.orders import Order
from crm_desktop.domain.periods import Period
from crm_desktop.services.orders import list_orders
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import count_text, day_text, money_text

Index = QModelIndex | QPersistentModelIndex


class OrderListModel(QAbstractTableModel):
    """Orders as rows: number, date, customer, total with its currency (small lists, in memory)."""

    COLUMNS = ("number", "date", "customer", "total")

    def __init__(self, orders: list[Order], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.orders = orders

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.orders)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        titles = (self.tr("Order"), self.tr("Date"), self.tr("Customer"), self.tr("Total"))
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.orders):
            return None
        order = self.orders[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return self.tr("#{number}").format(number=order.id)
            if column == "date":
                return day_text(order.ordered_on)
            if column == "customer":
                return customer_text(order)
            return money_text(order.total_minor, order.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and order.lines:
            return "\n".join(line.product or line.description for line in order.lines)
        return None


def customer_text(order: Order) -> str:
    """Who placed the order: the contact, and the company when there is one."""
    parts = [name for name in (order.contact, order.company) if name]
    return " · ".join(parts)


class OrderListDialog(QDialog):
    """The orders of ``period``, newest first; ``customer_requested(kind, id)`` on double-click.

    The contact opens when the order has one, else its company.
    """

    customer_requested = Signal(str, int)

    def __init__(
        self, state: AppState, period: Period, caption: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orderListDialog")
        self.setWindowTitle(self.tr("Orders"))
        orders = list_orders(state.db, date_from=period.start, date_to=period.end)
        self.model = OrderListModel(orders, self)
        heading = QLabel(
            self.tr("{caption}: {orders}").format(caption=caption, orders=orders_text(len(orders)))
        )
        heading.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("orderTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_customer)
        hint = QLabel(self.tr("Double-click an order to open its customer."))
        hint.setProperty("role", "tileNote")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def open_customer(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        order = self.model.orders[index.row()]
        if order.contact_id is not None and order.contact:
            self.customer_requested.emit("contact", int(order.contact_id))
        elif order.company_id is not None and order.company:
            self.customer_requested.emit("company", int(order.company_id))


def orders_text(n: int) -> str:
    """'1 order', '3 orders' (count_text writes the number the user's way)."""
    if n == 1:
        return QCoreApplication.translate("OrderListDialog", "1 order")
    return QCoreApplication.translate("OrderListDialog", "{n} orders").format(n=count_text(n))
