"""Small hand-built shops for the analytics tests, made through the services."""

from __future__ import annotations

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.ids import ContactId, ProductId
from crm_desktop.domain.orders import OrderDraft, OrderLineDraft
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.deals import create_deal, move_deal_to_stage
from crm_desktop.services.orders import create_order
from crm_desktop.storage.database import Database

AS_OF = "2024-07-01"

# name -> [(ordered_on, total in cents)], all in EUR; see test_rfm.py for the
# scores worked out by hand.
RFM_ORDERS: dict[str, list[tuple[str, int]]] = {
    "Anna": [
        ("2024-04-10", 10000),
        ("2024-04-30", 10000),
        ("2024-05-20", 10000),
        ("2024-06-10", 20000),
        ("2024-06-28", 10000),
    ],
    "Bruno": [("2024-03-01", 5000), ("2024-06-20", 5000)],
    "Carla": [
        ("2023-10-01", 30000),
        ("2023-11-01", 30000),
        ("2023-12-01", 30000),
        ("2024-01-15", 90000),
    ],
    "Dario": [("2023-09-01", 2000)],
    "Elena": [("2024-03-01", 40000), ("2024-04-01", 40000), ("2024-05-01", 40000)],
}


def contact(db: Database, first: str, lead_source: str = "") -> ContactId:
    return create_contact(
        db, ContactDraft(first_name=first, last_name="Test", lead_source=lead_source)
    ).id


def order(db: Database, who: ContactId, day: str, cents: int, currency: str = "EUR") -> None:
    line = OrderLineDraft(description="Service", quantity=1, unit_price_minor=cents)
    create_order(db, OrderDraft(lines=(line,), contact_id=who, ordered_on=day, currency=currency))


def basket_order(db: Database, who: ContactId, *products: ProductId) -> None:
    lines = tuple(OrderLineDraft(product_id=p) for p in products)
    create_order(db, OrderDraft(lines=lines, contact_id=who, ordered_on="2024-05-01"))


def rfm_shop(db: Database) -> dict[str, ContactId]:
    """The five EUR customers of RFM_ORDERS, Fabio without orders, Gino in USD only."""
    ids = {}
    for name, orders in RFM_ORDERS.items():
        ids[name] = contact(db, name)
        for day, cents in orders:
            order(db, ids[name], day, cents)
    ids["Fabio"] = contact(db, "Fabio")
    ids["Gino"] = contact(db, "Gino")
    order(db, ids["Gino"], "2024-06-30", 50000, "USD")
    return ids


def deal(
    db: Database, who: ContactId | None, outcome: str, cents: int, currency: str = "EUR"
) -> None:
    made = create_deal(
        db, DealDraft(title="Deal", contact_id=who, value_minor=cents, currency=currency)
    )
    if outcome == "won":
        move_deal_to_stage(db, made.id, "Won")
    elif outcome == "lost":
        move_deal_to_stage(db, made.id, "Lost", lost_reason="price")
