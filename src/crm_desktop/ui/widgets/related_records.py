"""The deals, tickets and orders of a contact or company, as rows of ``RelatedList``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.orders import Order
from crm_desktop.domain.pipeline import DealFilter
from crm_desktop.domain.tickets import FINISHED_STATUSES, TicketFilter
from crm_desktop.services.deal_lists import count_deals, list_deals
from crm_desktop.services.orders import list_orders
from crm_desktop.services.tickets import count_tickets, list_tickets
from crm_desktop.storage.database import Database
from crm_desktop.ui.tickets.labels import status_icon, status_label
from crm_desktop.ui.widgets.formatting import day_text, money_text
from crm_desktop.ui.widgets.icons import dot_icon
from crm_desktop.ui.widgets.related import RelatedList, RelatedRow

SHOWN = 50  # a detail pane lists the latest; the views show them all

_DEAL_COLOURS = {"won": "#3aa757", "lost": "#9a9a9a", "open": "#5b8def"}


def deals_list() -> RelatedList:
    return RelatedList(
        "deal",
        [
            QCoreApplication.translate("related", "Deal"),
            QCoreApplication.translate("related", "Stage"),
            QCoreApplication.translate("related", "Value"),
        ],
        QCoreApplication.translate("related", "No deals yet."),
    )


def tickets_list() -> RelatedList:
    return RelatedList(
        "ticket",
        [
            QCoreApplication.translate("related", "Ticket"),
            QCoreApplication.translate("related", "Status"),
        ],
        QCoreApplication.translate("related", "No tickets yet."),
    )


def orders_list() -> RelatedList:
    return RelatedList(
        "order",
        [
            QCoreApplication.translate("related", "Order"),
            QCoreApplication.translate("related", "Date"),
            QCoreApplication.translate("related", "Products"),
            QCoreApplication.translate("related", "Total"),
        ],
        QCoreApplication.translate("related", "No orders yet."),
        stretch=2,  # the products take the room left
    )


def deal_rows(db: Database, spec: DealFilter) -> tuple[list[RelatedRow], int]:
    """The latest deals matching ``spec`` and how many there are in all."""
    rows = []
    for deal in list_deals(db, spec, 0, SHOWN, "-updated_at"):
        stage = {
            "won": QCoreApplication.translate("related", "Won"),
            "lost": QCoreApplication.translate("related", "Lost"),
        }.get(deal.status, deal.stage)
        rows.append(
            RelatedRow(
                record_id=int(deal.id),
                cells=(deal.title, stage, money_text(deal.value_minor, deal.currency)),
                icon=dot_icon(_DEAL_COLOURS.get(deal.status, "#5b8def")),
                dimmed=deal.status == "lost",
            )
        )
    return rows, count_deals(db, spec)


def ticket_rows(db: Database, spec: TicketFilter) -> tuple[list[RelatedRow], int]:
    rows = [
        RelatedRow(
            record_id=int(ticket.id),
            cells=(ticket.subject, status_label(ticket.status)),
            icon=status_icon(ticket.status),
            tooltip=QCoreApplication.translate("related", "#{number} {subject}").format(
                number=ticket.id, subject=ticket.subject
            ),
            dimmed=ticket.status in FINISHED_STATUSES,
        )
        for ticket in list_tickets(db, spec, 0, SHOWN, "-created_at")
    ]
    return rows, count_tickets(db, spec)


def products_text(order: Order) -> str:
    """What the order holds: "Toner × 2, Paper" (a line without a product by its description)."""
    parts = []
    for line in order.lines:
        name = line.product or line.description
        parts.append(f"{name} \u00d7 {line.quantity}" if line.quantity != 1 else name)
    return ", ".join(parts)


def order_rows(
    db: Database, contact_id: int | None = None, company_id: int | None = None
) -> tuple[list[RelatedRow], int]:
    orders = list_orders(db, contact_id=contact_id, company_id=company_id)
    rows = [
        RelatedRow(
            record_id=int(order.id),
            cells=(
                QCoreApplication.translate("related", "#{number}").format(number=order.id),
                day_text(order.ordered_on),
                products_text(order),
                money_text(order.total_minor, order.currency),
            ),
            tooltip="\n".join(t for t in (products_text(order), order.notes) if t),
        )
        for order in orders[:SHOWN]
    ]
    return rows, len(orders)


def titled(text: str, count: int) -> str:
    return (
        QCoreApplication.translate("related", "{title} ({count})").format(title=text, count=count)
        if count
        else text
    )
