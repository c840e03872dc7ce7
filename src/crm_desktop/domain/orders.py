"""Products a business sells and the orders its customers place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from crm_desktop.domain.ids import CompanyId, ContactId, DealId, OrderId, ProductId
from crm_desktop.domain.money import Money


@dataclass(frozen=True)
class Product:
    id: ProductId
    name: str
    sku: str
    unit_price_minor: int
    currency: str
    active: bool
    version: int
    deleted_at: str | None = None

    @property
    def unit_price(self) -> Money:
        return Money(self.unit_price_minor, self.currency)


# Fields update_product accepts in its ``changes`` mapping.
PRODUCT_EDITABLE_FIELDS = frozenset({"name", "sku", "unit_price_minor", "currency", "active"})


@dataclass(frozen=True)
class OrderLineDraft:
    """A product (its price is the default) or a free description, times a quantity."""

    product_id: ProductId | None = None
    description: str = ""
    quantity: int = 1
    unit_price_minor: int | None = None  # None: the product's price


@dataclass(frozen=True)
class OrderDraft:
    """An order to record. Totals are always computed from the lines.

    At least one of ``contact_id`` and ``company_id``; when the order is recorded
    while a deal is won, both default to the deal's and the currency to its own.
    """

    lines: tuple[OrderLineDraft, ...] = ()
    contact_id: ContactId | None = None
    company_id: CompanyId | None = None
    ordered_on: date | str | None = None  # None: today
    currency: str | None = None  # None: the products', else the business default
    notes: str = ""
    deal_id: DealId | None = None


@dataclass(frozen=True)
class OrderLine:
    id: int
    order_id: OrderId
    product_id: ProductId | None
    description: str
    quantity: int
    unit_price_minor: int
    line_total_minor: int
    product: str  # product name, "" for a free line
    sku: str


@dataclass(frozen=True)
class Order:
    id: OrderId
    contact_id: ContactId | None
    company_id: CompanyId | None
    deal_id: DealId | None
    ordered_on: str
    currency: str
    total_minor: int
    notes: str
    lines: tuple[OrderLine, ...]
    created_at: str
    version: int
    deleted_at: str | None
    # read side
    contact: str
    company: str

    @property
    def total(self) -> Money:
        return Money(self.total_minor, self.currency)
