"""The Customers view and the customer-value section, on the hand-built shops of the
service tests (their figures are worked out there)."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.ids import ProductId
from crm_desktop.domain.orders import OrderDraft, OrderLineDraft
from crm_desktop.services.analytics.rfm import rfm_report
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.orders import create_order, create_product
from crm_desktop.ui.analytics.columns import segment_columns
from crm_desktop.ui.analytics.customer_value import CustomerValueSection
from crm_desktop.ui.analytics.rows_model import RowsModel
from crm_desktop.ui.analytics.view import CustomersView
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.state import AppState
from tests.services.analytics.shop import AS_OF, basket_order, order, rfm_shop


def loaded_view(qtbot: QtBot, state: AppState) -> CustomersView:
    view = CustomersView(state)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show()
    return view


def test_segment_table_model_passes_the_model_tester(
    qtmodeltester: ModelTester, qtbot: QtBot, state: AppState
) -> None:
    rfm_shop(state.db)
    model = RowsModel(segment_columns(lambda: "EUR"))
    model.set_rows(rfm_report(state.db, as_of=AS_OF).segments)
    qtmodeltester.check(model)


def test_view_shows_every_segment_with_its_count(qtbot: QtBot, state: AppState) -> None:
    rfm_shop(state.db)
    view = loaded_view(qtbot, state)
    counts = {s.rule.name: s.customers for s in view.segments.source.rows}
    # As of today every hand-built order is long past; all five still count.
    assert sum(counts.values()) == 5
    assert "Champions" in counts and "Lost" in counts
    assert "5 customers with orders in EUR" in view.summary.text()
    assert "1 in USD" in view.summary.text()  # Gino's order, not summed in


def test_a_file_without_orders_says_how_to_get_analytics(qtbot: QtBot, state: AppState) -> None:
    view = loaded_view(qtbot, state)
    assert view.summary.text().startswith("No orders yet: import or record orders")


def test_one_customer_is_counted_in_the_singular(qtbot: QtBot, state: AppState) -> None:
    order(state.db, create_contact(state.db, ContactDraft(first_name="Solo")).id, AS_OF, 1000)
    view = loaded_view(qtbot, state)
    assert view.summary.text().startswith("1 customer with orders in EUR")


def test_clicking_a_segment_lists_its_customers(qtbot: QtBot, state: AppState) -> None:
    rfm_shop(state.db)
    view = loaded_view(qtbot, state)
    rows = view.segments.source.rows
    wanted = next(i for i, s in enumerate(rows) if s.customers)
    with qtbot.waitSignal(view.segment_loaded, timeout=10000):
        view.segments.selectRow(
            view.segments.proxy.mapFromSource(view.segments.source.index(wanted, 0)).row()
        )
    assert len(view.members.source.rows) == rows[wanted].customers
    assert rows[wanted].rule.name in view.members_title.text()


def test_switching_currency_recomputes_for_it(qtbot: QtBot, state: AppState) -> None:
    rfm_shop(state.db)
    view = loaded_view(qtbot, state)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.currency.setCurrentIndex(view.currency.findData("USD"))
    assert [v.name for v in view.top.source.rows] == ["Gino Test"]


def test_a_new_order_updates_the_figures(qtbot: QtBot, state: AppState) -> None:
    ids = rfm_shop(state.db)
    view = loaded_view(qtbot, state)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        order(state.db, ids["Fabio"], "2024-06-30", 100)
    assert view.figures is not None and view.figures.report.customers == 6


def test_double_click_opens_the_customer(qtbot: QtBot, state: AppState) -> None:
    ids = rfm_shop(state.db)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("customers")
    assert isinstance(view, CustomersView)
    qtbot.waitUntil(lambda: bool(view.top.source.rows), timeout=10000)
    first = view.top.proxy.index(0, 0)
    view.top.doubleClicked.emit(first)
    contacts = window.current_view()
    assert contacts.key == "contacts"
    assert contacts.detail.record_id == ids["Carla"]  # the top spender


def test_section_shows_lifetime_value_and_why_to_offer_a_product(
    qtbot: QtBot, state: AppState
) -> None:
    toner = ProductId(create_product(state.db, "Toner", "T", 1000).id)
    paper = ProductId(create_product(state.db, "Paper", "P", 500).id)
    buyers = [
        create_contact(state.db, ContactDraft(first_name=f"B{n}", last_name="X")).id
        for n in range(4)
    ]
    for buyer in buyers[:3]:
        basket_order(state.db, buyer, toner, paper)
    basket_order(state.db, buyers[3], toner)
    section = CustomerValueSection(state, "contact")
    qtbot.addWidget(section)
    with qtbot.waitSignal(section.shown, timeout=10000):
        section.show_customer(buyers[3])
    # Toner 4 customers, both 3: confidence 3/4.
    assert "75% of customers who bought Toner also bought Paper (3 customers)" in (
        section.suggestions.text()
    )
    # Support: 3 of the 4 customers bought both = 75%; lift 0.75 / (3/4 bought Paper) = 1.
    assert "support 75%, confidence 75%, lift 1.00" in section.suggestions.text()
    assert section.value.text() == "Lifetime value: €10 from one order."


def test_the_detail_panes_orders_list_their_products(qtbot: QtBot, state: AppState) -> None:
    toner = ProductId(create_product(state.db, "Toner", "T", 1000).id)
    paper = ProductId(create_product(state.db, "Paper", "P", 500).id)
    buyer = create_contact(state.db, ContactDraft(first_name="Bea", last_name="X")).id
    create_order(
        state.db,
        OrderDraft(
            lines=(OrderLineDraft(product_id=toner, quantity=2), OrderLineDraft(product_id=paper)),
            contact_id=buyer,
            ordered_on="2024-05-01",
        ),
    )
    window = MainWindow(state)
    qtbot.addWidget(window)
    contacts = window.show_view("contacts")

    contacts.open_record(buyer)

    tree = contacts.detail.orders.tree  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    assert tree.topLevelItem(0).text(2) == "Toner \u00d7 2, Paper"
