"""Products and orders: unique SKUs, totals computed from lines, one currency per order."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from crm_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.domain.ids import CompanyId, ProductId
from crm_desktop.domain.orders import OrderDraft, OrderLineDraft
from crm_desktop.services.orders import (
    create_order,
    create_product,
    delete_order,
    find_product_by_sku,
    get_order,
    get_product,
    list_orders,
    list_products,
    restore_order,
    update_product,
)
from crm_desktop.storage.database import Database
from tests.services.records import add_company, add_contact


def line(product_id: int, quantity: int = 1) -> OrderLineDraft:
    return OrderLineDraft(product_id=ProductId(product_id), quantity=quantity)


def test_product_gets_the_default_currency(db: Database) -> None:
    product = create_product(db, "Desk", "DK-1", 34900)
    assert (product.currency, product.unit_price_minor, product.active) == ("EUR", 34900, True)


def test_duplicate_sku_is_refused_in_any_case(db: Database) -> None:
    create_product(db, "Desk", "DK-1", 34900)
    with pytest.raises(ValidationError) as caught:
        create_product(db, "Desk, oak", "dk-1", 39900)
    assert caught.value.errors == {"sku": "SKU 'dk-1' is used already by Desk"}


def test_product_without_name_sku_or_valid_price_reports_each(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_product(db, "", "", -1, currency="EURO")
    assert set(caught.value.errors) == {"name", "sku", "unit_price_minor", "currency"}


def test_find_product_by_sku(db: Database) -> None:
    desk = create_product(db, "Desk", "DK-1", 34900)
    assert find_product_by_sku(db, " dk-1 ") == desk
    assert find_product_by_sku(db, "nope") is None


def test_update_product_price(db: Database) -> None:
    desk = create_product(db, "Desk", "DK-1", 34900)
    assert update_product(db, desk.id, {"unit_price_minor": 29900}).unit_price_minor == 29900


def test_update_product_to_a_taken_sku_is_refused(db: Database) -> None:
    create_product(db, "Desk", "DK-1", 34900)
    chair = create_product(db, "Chair", "CH-1", 9900)
    with pytest.raises(ValidationError) as caught:
        update_product(db, chair.id, {"sku": "DK-1"})
    assert set(caught.value.errors) == {"sku"}


def test_update_product_with_stale_version_conflicts(db: Database) -> None:
    desk = create_product(db, "Desk", "DK-1", 34900)
    update_product(db, desk.id, {"name": "Desk, oak"}, expected_version=desk.version)
    with pytest.raises(ConflictError):
        update_product(db, desk.id, {"name": "Desk, ash"}, expected_version=desk.version)


def test_an_empty_product_update_with_a_stale_version_conflicts(db: Database) -> None:
    desk = create_product(db, "Desk", "DK-1", 34900)
    update_product(db, desk.id, {"name": "Desk, oak"})
    with pytest.raises(ConflictError):
        update_product(db, desk.id, {}, expected_version=desk.version)


def test_inactive_products_can_be_left_out_of_the_list(db: Database) -> None:
    desk = create_product(db, "Desk", "DK-1", 34900)
    create_product(db, "Chair", "CH-1", 9900)
    update_product(db, desk.id, {"active": False})
    assert [p.name for p in list_products(db, include_inactive=False)] == ["Chair"]
    assert not get_product(db, desk.id).active


def test_order_total_is_computed_from_the_lines(db: Database) -> None:
    desk = create_product(db, "Desk", "DK-1", 34900)
    chair = create_product(db, "Chair", "CH-1", 9950)
    draft = OrderDraft(
        company_id=add_company(db),
        lines=(
            line(desk.id),
            line(chair.id, 4),
            OrderLineDraft(description="Assembly", quantity=2, unit_price_minor=4500),
        ),
    )
    order = create_order(db, draft)
    assert [ln.line_total_minor for ln in order.lines] == [34900, 39800, 9000]
    assert order.total_minor == 83700
    assert order.total.format("it_IT") == "837,00\u00a0€"


def test_line_price_can_differ_from_the_product_price(db: Database) -> None:
    desk = create_product(db, "Desk", "DK-1", 34900)
    draft = OrderDraft(
        contact_id=add_contact(db, "Lars", "Berg"),
        lines=(OrderLineDraft(product_id=desk.id, quantity=2, unit_price_minor=30000),),
    )
    order = create_order(db, draft)
    assert (order.lines[0].product, order.lines[0].sku, order.total_minor) == (
        "Desk",
        "DK-1",
        60000,
    )


def test_order_takes_the_currency_of_its_products(db: Database) -> None:
    lamp = create_product(db, "Lampa", "LA-1", 49900, currency="SEK")
    order = create_order(
        db, OrderDraft(contact_id=add_contact(db, "Lars", "Berg"), lines=(line(lamp.id),))
    )
    assert order.currency == "SEK"


def test_mixed_currencies_are_refused(db: Database) -> None:
    desk = create_product(db, "Desk", "DK-1", 34900)
    lamp = create_product(db, "Lampa", "LA-1", 49900, currency="SEK")
    draft = OrderDraft(company_id=add_company(db), lines=(line(desk.id), line(lamp.id)))
    with pytest.raises(ValidationError) as caught:
        create_order(db, draft)
    assert set(caught.value.errors) == {"lines[1].product_id"}
    assert "one currency" in caught.value.errors["lines[1].product_id"]


def test_order_needs_a_customer_and_lines(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_order(db, OrderDraft())
    assert set(caught.value.errors) == {"contact_id", "lines"}


def test_order_for_a_missing_company_is_refused(db: Database) -> None:
    draft = OrderDraft(
        company_id=CompanyId(404), lines=(OrderLineDraft(description="X", unit_price_minor=1),)
    )
    with pytest.raises(ValidationError) as caught:
        create_order(db, draft)
    assert caught.value.errors == {"company_id": "there is no company with id 404"}


def test_bad_lines_are_reported_one_by_one(db: Database) -> None:
    draft = OrderDraft(
        company_id=add_company(db),
        lines=(
            OrderLineDraft(description="Work", quantity=0, unit_price_minor=100),
            OrderLineDraft(quantity=1, unit_price_minor=100),
            OrderLineDraft(description="Travel"),
            OrderLineDraft(product_id=ProductId(99)),
        ),
    )
    with pytest.raises(ValidationError) as caught:
        create_order(db, draft)
    assert set(caught.value.errors) == {
        "lines[0].quantity",
        "lines[1].description",
        "lines[2].unit_price_minor",
        "lines[3].product_id",
    }


def test_order_date_defaults_to_today(db: Database) -> None:
    with db.clock_at(datetime(2024, 3, 15, 12, 0, tzinfo=UTC)):
        order = create_order(
            db,
            OrderDraft(
                company_id=add_company(db),
                lines=(OrderLineDraft(description="X", unit_price_minor=1),),
            ),
        )
    assert order.ordered_on == "2024-03-15"


def test_bad_order_date_is_refused(db: Database) -> None:
    draft = OrderDraft(
        company_id=add_company(db),
        ordered_on="15/03/2024",
        lines=(OrderLineDraft(description="X", unit_price_minor=1),),
    )
    with pytest.raises(ValidationError) as caught:
        create_order(db, draft)
    assert set(caught.value.errors) == {"ordered_on"}


def test_list_orders_by_customer_and_date_range(db: Database) -> None:
    acme, other = add_company(db), add_company(db, "Other AB")
    work = (OrderLineDraft(description="Work", unit_price_minor=100),)
    for company, day in (
        (acme, date(2024, 1, 10)),
        (acme, date(2024, 2, 10)),
        (other, date(2024, 2, 11)),
    ):
        create_order(db, OrderDraft(company_id=company, ordered_on=day, lines=work))
    found = list_orders(db, company_id=acme, date_from="2024-02-01", date_to="2024-02-29")
    assert [(o.ordered_on, o.company) for o in found] == [("2024-02-10", "ACME Srl")]


def test_deleted_order_is_hidden_and_can_be_restored(db: Database) -> None:
    contact = add_contact(db, "Lars", "Berg")
    order = create_order(
        db,
        OrderDraft(
            contact_id=contact, lines=(OrderLineDraft(description="X", unit_price_minor=1),)
        ),
    )
    delete_order(db, order.id)
    with pytest.raises(NotFoundError):
        get_order(db, order.id)
    assert list_orders(db, contact_id=contact) == []
    restored = restore_order(db, order.id)
    assert (restored.contact, len(restored.lines)) == ("Lars Berg", 1)
