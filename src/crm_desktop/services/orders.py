"""Products and orders: what was sold to whom, with totals computed from the lines."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from crm_desktop.domain.errors import NotFoundError, ValidationError, no_such
from crm_desktop.domain.ids import CompanyId, ContactId, DealId, OrderId, ProductId
from crm_desktop.domain.money import is_currency, not_a_currency
from crm_desktop.domain.orders import (
    PRODUCT_EDITABLE_FIELDS,
    Order,
    OrderDraft,
    OrderLine,
    Product,
)
from crm_desktop.i18n import translate
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso_date(value: date | str | None, field: str, errors: dict[str, str]) -> str | None:
    """A date as "YYYY-MM-DD", or None; a bad one is noted in ``errors`` under ``field``."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if _DATE.match(text):
            return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    errors[field] = translate("validation", "{date} is not a date as YYYY-MM-DD").format(
        date=repr(text)
    )
    return None


def today(db: Database) -> str:
    """The date on the user's calendar now (local time, not UTC)."""
    return db.clock().astimezone().date().isoformat()


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# -- products -----------------------------------------------------------------


def _product(row: Mapping[str, object]) -> Product:
    return Product(
        id=ProductId(int(str(row["id"]))),
        name=str(row["name"]),
        sku=str(row["sku"]),
        unit_price_minor=int(str(row["unit_price_minor"])),
        currency=str(row["currency"]),
        active=bool(row["active"]),
        version=int(str(row["version"])),
        deleted_at=None if row["deleted_at"] is None else str(row["deleted_at"]),
    )


def get_product(db: Database, product_id: int) -> Product:
    row = db.query_one("SELECT * FROM products WHERE id = ? AND deleted_at IS NULL", (product_id,))
    if row is None:
        raise NotFoundError("product", product_id)
    return _product(row)


def list_products(db: Database, include_inactive: bool = True) -> list[Product]:
    sql = "SELECT * FROM products WHERE deleted_at IS NULL"
    if not include_inactive:
        sql += " AND active = 1"
    return [_product(r) for r in db.query(sql + " ORDER BY name COLLATE NOCASE, id")]


def find_product_by_sku(db: Database, sku: str) -> Product | None:
    row = db.query_one(
        "SELECT * FROM products WHERE sku = ? COLLATE NOCASE AND deleted_at IS NULL",
        (sku.strip(),),
    )
    return _product(row) if row else None


def _check_product(
    db: Database, values: Mapping[str, object], product_id: int | None
) -> dict[str, object]:
    """Validate and normalise product fields present in ``values``."""
    errors: dict[str, str] = {}
    clean: dict[str, object] = {}
    if "name" in values:
        clean["name"] = str(values["name"] or "").strip()
        if not clean["name"]:
            errors["name"] = translate("validation", "a name is required")
    if "sku" in values:
        sku = str(values["sku"] or "").strip()
        clean["sku"] = sku
        # The UNIQUE index covers trashed products too, so look at every row.
        holder = db.query_one(
            "SELECT name, deleted_at FROM products WHERE sku = ? COLLATE NOCASE AND id IS NOT ?",
            (sku, product_id),
        )
        if not sku:
            errors["sku"] = translate("validation", "a SKU (article code) is required")
        elif holder is not None:
            used = (
                translate("validation", "SKU {sku} is used already by {product} (in the trash)")
                if holder["deleted_at"]
                else translate("validation", "SKU {sku} is used already by {product}")
            )
            errors["sku"] = used.format(sku=repr(sku), product=holder["name"])
    if "unit_price_minor" in values:
        price = values["unit_price_minor"]
        clean["unit_price_minor"] = price
        if not _is_int(price) or int(str(price)) < 0:
            errors["unit_price_minor"] = translate(
                "validation", "must be a whole number of minor units, 0 or more"
            )
    if "currency" in values:
        code = str(values["currency"] or "").strip().upper()
        clean["currency"] = code
        if not is_currency(code):
            errors["currency"] = not_a_currency(code)
    if "active" in values:
        clean["active"] = int(bool(values["active"]))
    if errors:
        raise ValidationError(errors)
    return clean


def create_product(
    db: Database, name: str, sku: str, unit_price_minor: int, currency: str | None = None
) -> Product:
    """Add a product; ``currency`` defaults to the business's currency.

    Raises:
        ValidationError: keys ``name``, ``sku`` (missing or in use), ``unit_price_minor``,
            ``currency``.
    """
    values = _check_product(
        db,
        {
            "name": name,
            "sku": sku,
            "unit_price_minor": unit_price_minor,
            "currency": currency or get_settings(db).default_currency,
        },
        None,
    )
    with UnitOfWork(db) as uow:
        product_id = uow.insert("products", {**values, "active": 1})
        uow.commit()
    return get_product(db, product_id)


def update_product(
    db: Database,
    product_id: int,
    changes: Mapping[str, object],
    expected_version: int | None = None,
) -> Product:
    """Change some of name, sku, unit_price_minor, currency, active.

    Orders already recorded keep the prices they were made at.
    """
    get_product(db, product_id)
    unknown = {
        k: translate("validation", "cannot be changed")
        for k in changes
        if k not in PRODUCT_EDITABLE_FIELDS
    }
    if unknown:
        raise ValidationError(unknown)
    values = _check_product(db, changes, product_id)
    with UnitOfWork(db) as uow:
        uow.check_version("products", product_id, expected_version)
        if values:
            uow.update("products", product_id, values)
        uow.commit()
    return get_product(db, product_id)


# -- orders -------------------------------------------------------------------


def record_order(uow: UnitOfWork, draft: OrderDraft) -> OrderId:
    """Validate and insert an order inside a running unit of work.

    ``create_order`` uses it, and so does winning a deal with an order, so the
    order and the deal's move commit or roll back together.

    Raises:
        ValidationError: keys ``contact_id``, ``company_id``, ``deal_id``, ``ordered_on``,
            ``currency``, ``lines`` and ``lines[i].<field>``.
    """
    db = uow.database
    errors: dict[str, str] = {}
    if draft.contact_id is None and draft.company_id is None:
        errors["contact_id"] = translate("validation", "an order needs a contact or a company")
    if draft.contact_id is not None and not uow.is_live("contacts", draft.contact_id):
        errors["contact_id"] = no_such("contact", draft.contact_id)
    if draft.company_id is not None and not uow.is_live("companies", draft.company_id):
        errors["company_id"] = no_such("company", draft.company_id)
    if draft.deal_id is not None and not uow.is_live("deals", draft.deal_id):
        errors["deal_id"] = no_such("deal", draft.deal_id)
    ordered_on = iso_date(draft.ordered_on, "ordered_on", errors) or today(db)
    if not draft.lines:
        errors["lines"] = translate("validation", "an order needs at least one line")
    products: dict[int, Product] = {}
    for line in draft.lines:
        if line.product_id is not None and line.product_id not in products:
            rows = uow.query(
                "SELECT * FROM products WHERE id = ? AND deleted_at IS NULL", (line.product_id,)
            )
            if rows:
                products[line.product_id] = _product(rows[0])
    currency = (draft.currency or "").strip().upper()
    if not currency:
        priced = [products[ln.product_id] for ln in draft.lines if ln.product_id in products]
        currency = priced[0].currency if priced else get_settings(db).default_currency
    elif not is_currency(currency):
        errors["currency"] = not_a_currency(currency)
    lines: list[tuple[object, ...]] = []
    for index, line in enumerate(draft.lines):
        key = f"lines[{index}]"
        product = products.get(line.product_id) if line.product_id is not None else None
        if line.product_id is not None and product is None:
            errors[f"{key}.product_id"] = no_such("product", line.product_id)
        elif product is not None and product.currency != currency:
            errors[f"{key}.product_id"] = translate(
                "validation",
                "{product} is priced in {product_currency} but the order is in {currency}; "
                "all lines of an order must be in one currency",
            ).format(product=product.name, product_currency=product.currency, currency=currency)
        elif line.product_id is None and not line.description.strip():
            errors[f"{key}.description"] = translate(
                "validation", "a line needs a product or a description"
            )
        if not _is_int(line.quantity) or line.quantity <= 0:
            errors[f"{key}.quantity"] = translate("validation", "must be a whole number above 0")
        price = line.unit_price_minor
        if price is None and product is not None:
            price = product.unit_price_minor
        if price is None:
            if line.product_id is None:
                errors[f"{key}.unit_price_minor"] = translate(
                    "validation", "a line without a product needs a price"
                )
        elif not _is_int(price) or price < 0:
            errors[f"{key}.unit_price_minor"] = translate(
                "validation", "must be a whole number of minor units, 0 or more"
            )
        if f"{key}.quantity" not in errors and _is_int(price):
            unit = int(str(price))
            lines.append(
                (
                    line.product_id,
                    line.description.strip(),
                    line.quantity,
                    unit,
                    line.quantity * unit,
                )
            )
    if errors:
        raise ValidationError(errors)
    order_id = uow.insert(
        "orders",
        {
            "contact_id": draft.contact_id,
            "company_id": draft.company_id,
            "deal_id": draft.deal_id,
            "ordered_on": ordered_on,
            "currency": currency,
            # Computed here from the lines; a total passed in is never trusted.
            "total_minor": sum(int(str(row[4])) for row in lines),
            "notes": draft.notes.strip(),
        },
    )
    uow.insert_many(
        "order_lines",
        [
            "order_id",
            "product_id",
            "description",
            "quantity",
            "unit_price_minor",
            "line_total_minor",
        ],
        [(order_id, *row) for row in lines],
    )
    return OrderId(order_id)


def create_order(db: Database, draft: OrderDraft) -> Order:
    with UnitOfWork(db) as uow:
        order_id = record_order(uow, draft)
        uow.commit()
    return get_order(db, order_id)


_ORDER_SELECT = """
SELECT o.*, coalesce(co.name, '') AS company,
       coalesce(trim(c.first_name || ' ' || c.last_name), '') AS contact
FROM orders o
LEFT JOIN companies co ON co.id = o.company_id AND co.deleted_at IS NULL
LEFT JOIN contacts c ON c.id = o.contact_id AND c.deleted_at IS NULL
"""


def _orders(db: Database, where: str, params: Sequence[object]) -> list[Order]:
    rows = db.query(f"{_ORDER_SELECT} WHERE {where} ORDER BY o.ordered_on DESC, o.id DESC", params)
    if not rows:
        return []
    ids = [int(r["id"]) for r in rows]
    lines: dict[int, list[OrderLine]] = {i: [] for i in ids}
    for row in db.query(
        "SELECT l.*, coalesce(p.name, '') AS product, coalesce(p.sku, '') AS sku"
        " FROM order_lines l LEFT JOIN products p ON p.id = l.product_id"
        f" WHERE l.deleted_at IS NULL AND l.order_id IN ({', '.join('?' for _ in ids)})"
        " ORDER BY l.id",
        ids,
    ):
        lines[int(row["order_id"])].append(
            OrderLine(
                id=int(row["id"]),
                order_id=OrderId(int(row["order_id"])),
                product_id=None if row["product_id"] is None else ProductId(row["product_id"]),
                description=str(row["description"]),
                quantity=int(row["quantity"]),
                unit_price_minor=int(row["unit_price_minor"]),
                line_total_minor=int(row["line_total_minor"]),
                product=str(row["product"]),
                sku=str(row["sku"]),
            )
        )
    return [
        Order(
            id=OrderId(int(r["id"])),
            contact_id=None if r["contact_id"] is None else ContactId(r["contact_id"]),
            company_id=None if r["company_id"] is None else CompanyId(r["company_id"]),
            deal_id=None if r["deal_id"] is None else DealId(r["deal_id"]),
            ordered_on=str(r["ordered_on"]),
            currency=str(r["currency"]),
            total_minor=int(r["total_minor"]),
            notes=str(r["notes"]),
            lines=tuple(lines[int(r["id"])]),
            created_at=str(r["created_at"]),
            version=int(r["version"]),
            deleted_at=r["deleted_at"],
            contact=str(r["contact"]),
            company=str(r["company"]),
        )
        for r in rows
    ]


def get_order(db: Database, order_id: int) -> Order:
    found = _orders(db, "o.id = ? AND o.deleted_at IS NULL", (order_id,))
    if not found:
        raise NotFoundError("order", order_id)
    return found[0]


def list_orders(
    db: Database,
    contact_id: int | None = None,
    company_id: int | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    deal_id: int | None = None,
) -> list[Order]:
    """Live orders, newest first, narrowed by customer, deal and order date (inclusive)."""
    errors: dict[str, str] = {}
    start = iso_date(date_from, "date_from", errors)
    end = iso_date(date_to, "date_to", errors)
    if errors:
        raise ValidationError(errors)
    where = ["o.deleted_at IS NULL"]
    params: list[object] = []
    for column, value in (
        ("o.contact_id = ?", contact_id),
        ("o.company_id = ?", company_id),
        ("o.deal_id = ?", deal_id),
        ("o.ordered_on >= ?", start),
        ("o.ordered_on <= ?", end),
    ):
        if value is not None:
            where.append(column)
            params.append(value)
    return _orders(db, " AND ".join(where), params)


def delete_order(db: Database, order_id: int, expected_version: int | None = None) -> None:
    with UnitOfWork(db) as uow:
        uow.soft_delete("orders", order_id, expected_version)
        uow.commit()


def restore_order(db: Database, order_id: int) -> Order:
    with UnitOfWork(db) as uow:
        uow.restore("orders", order_id)
        uow.commit()
    return get_order(db, order_id)
