from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.domain.companies import CompanyDraft, CompanyFilter
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import NotFoundError
from crm_desktop.services.activities import timeline
from crm_desktop.services.companies import (
    count_companies,
    create_company,
    get_company,
    list_companies,
    update_company,
)
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.custom_fields import define_custom_field
from crm_desktop.services.tags import tags_for_many
from crm_desktop.ui.companies.form import CompanyForm
from crm_desktop.ui.companies.model import COLUMNS, CompanyTableModel
from crm_desktop.ui.companies.view import CompaniesView
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.lazy_table_model import BATCH
from tests.ui.record_lists import click_row, shown_ids


def _companies(state: AppState, n: int) -> list[int]:
    return [
        int(
            create_company(
                state.db,
                CompanyDraft(name=f"Firm {i:03d}", country="SE" if i % 2 else "IT"),
            ).id
        )
        for i in range(n)
    ]


@pytest.fixture
def view(qtbot: QtBot, state: AppState) -> CompaniesView:
    widget = CompaniesView(state)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _form(view: CompaniesView) -> CompanyForm:
    assert isinstance(view.form, CompanyForm)
    return view.form


def test_creating_a_company_through_the_form_stores_it(
    qtbot: QtBot, view: CompaniesView, state: AppState
) -> None:
    view.new_record()
    form = _form(view)
    qtbot.keyClicks(form.name, "Officine Rossi Srl")
    qtbot.keyClicks(form.website, "www.officinerossi.it")
    qtbot.keyClicks(form.vat_id, "IT 01234567890")
    qtbot.keyClicks(form.emails, "billing: fatture@officinerossi.it")

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    company = get_company(state.db, saved.args[0])
    assert (company.name, company.website, company.vat_id) == (
        "Officine Rossi Srl",
        "www.officinerossi.it",
        "IT01234567890",
    )
    assert [(e.label, e.address) for e in company.emails] == [
        ("billing", "fatture@officinerossi.it")
    ]
    assert view.detail.record_id == company.id


def test_bad_fields_show_their_messages_and_nothing_is_stored(
    qtbot: QtBot, view: CompaniesView, state: AppState
) -> None:
    view.new_record()
    form = _form(view)
    qtbot.keyClicks(form.website, "not a website")
    qtbot.keyClicks(form.emails, "info@ok.it")
    qtbot.keyClick(form.emails, Qt.Key.Key_Return)
    qtbot.keyClicks(form.emails, "broken@")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    name_error = form.findChild(QLabel, "error_name")
    email_error = form.findChild(QLabel, "error_emails")
    website_error = form.findChild(QLabel, "error_website")
    assert name_error is not None and "name is required" in name_error.text()
    assert email_error is not None and email_error.text().startswith("Line 2:")
    assert website_error is not None and website_error.text()
    assert count_companies(state.db, CompanyFilter()) == 0
    assert form.isVisible()
    assert form.emails.toPlainText() == "info@ok.it\nbroken@"


def test_custom_fields_are_typed_in_the_form_and_shown_in_the_detail(
    qtbot: QtBot, view: CompaniesView, state: AppState
) -> None:
    define_custom_field(state.db, "company", "employees", "Employees", "number")
    define_custom_field(state.db, "company", "segment", "Segment", "choice", ["SMB", "Enterprise"])
    view.new_record()
    form = _form(view)
    qtbot.keyClicks(form.name, "Big Spa")
    qtbot.keyClicks(form.custom.widgets["employees"], "1200")
    qtbot.keyClicks(form.custom.widgets["segment"], "Enterprise")

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert get_company(state.db, saved.args[0]).custom == {
        "employees": 1200,
        "segment": "Enterprise",
    }
    assert view.detail.custom.values["custom.segment"].text() == "Enterprise"


def test_a_bad_custom_value_shows_under_its_field(
    qtbot: QtBot, view: CompaniesView, state: AppState
) -> None:
    define_custom_field(state.db, "company", "employees", "Employees", "number")
    view.new_record()
    form = _form(view)
    qtbot.keyClicks(form.name, "Big Spa")
    qtbot.keyClicks(form.custom.widgets["employees"], "many")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    label = form.findChild(QLabel, "error_custom.employees")
    assert label is not None and "must be a number" in label.text()
    assert count_companies(state.db, CompanyFilter()) == 0


def test_editing_a_company_saves_the_new_name(
    qtbot: QtBot, view: CompaniesView, state: AppState
) -> None:
    company = create_company(state.db, CompanyDraft(name="Acme"))
    view.edit_record(company.id)
    form = _form(view)
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Acme Srl")

    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.name, Qt.Key.Key_Return)

    assert get_company(state.db, company.id).name == "Acme Srl"
    assert view.model.row_at(0).name == "Acme Srl"


def test_rows_load_a_batch_at_a_time_and_sort_in_the_file(
    qtbot: QtBot, view: CompaniesView, state: AppState
) -> None:
    _companies(state, BATCH + 10)
    view.reload()
    assert view.model.rowCount() == BATCH
    view.model.fetchMore()
    assert view.model.rowCount() == BATCH + 10

    header = view.table.horizontalHeader()
    column = COLUMNS.index("name")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    last = list_companies(state.db, CompanyFilter(), 0, 1, "name", descending=True)[0]
    assert view.model.row_at(0).id == last.id
    assert view.model.rowCount() == BATCH  # a new sort starts from the first batch again


def test_country_filter_narrows_the_rows(view: CompaniesView, state: AppState) -> None:
    _companies(state, 7)
    view.reload()

    view.filters.country.set_code("SE")

    assert view.model.rowCount() == count_companies(state.db, CompanyFilter(country="SE")) == 3


def test_sorting_by_contacts_puts_the_biggest_first_when_descending(
    view: CompaniesView, state: AppState
) -> None:
    small, big = _companies(state, 2)
    for i in range(3):
        create_contact(state.db, ContactDraft(first_name=f"P{i}", company_id=big))
    create_contact(state.db, ContactDraft(first_name="Q", company_id=small))

    view.sort_by(COLUMNS.index("contacts"), Qt.SortOrder.DescendingOrder)

    assert [view.model.row_at(r).contact_count for r in range(2)] == [3, 1]


def test_company_model_passes_the_model_tester(qtmodeltester: Any, state: AppState) -> None:
    _companies(state, 5)
    model = CompanyTableModel(state)
    model.reload()

    qtmodeltester.check(model)


def test_bulk_tag_tags_exactly_the_selected_companies(
    qtbot: QtBot, view: CompaniesView, state: AppState
) -> None:
    ids = _companies(state, 5)
    view.reload()
    view.bulk.ask_tag_name = lambda count: "partner"  # type: ignore[method-assign]
    for row, ctrl in ((0, False), (1, True), (3, True)):
        click_row(qtbot, view, row, ctrl)

    qtbot.mouseClick(view.bulk.tag_button, Qt.MouseButton.LeftButton)

    tagged = {i for i, names in tags_for_many(state.db, "company", ids).items() if names}
    assert tagged == {ids[0], ids[1], ids[3]}


def test_delete_then_undo_in_the_window_brings_the_company_back(
    qtbot: QtBot, state: AppState
) -> None:
    ids = _companies(state, 2)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("companies")
    assert isinstance(view, CompaniesView)
    view.open_record(ids[0])

    qtbot.mouseClick(view.detail.delete_button, Qt.MouseButton.LeftButton)

    with pytest.raises(NotFoundError):
        get_company(state.db, ids[0])
    assert view.side.currentWidget() is view.placeholder
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert get_company(state.db, ids[0]).name == "Firm 000"
    assert shown_ids(view) == ids


def test_export_selection_writes_the_companies(
    qtbot: QtBot, view: CompaniesView, state: AppState, tmp_path: Path
) -> None:
    _companies(state, 3)
    view.reload()
    target = tmp_path / "firms.csv"
    view.bulk.ask_export_path = lambda count: target  # type: ignore[method-assign]
    click_row(qtbot, view, 2)

    with qtbot.waitSignal(view.bulk.exported, timeout=10000):
        qtbot.mouseClick(view.bulk.export_button, Qt.MouseButton.LeftButton)

    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert [row[0] for row in csv.reader(handle)] == ["Name", "Firm 002"]


def test_the_detail_lists_the_companys_people_and_opens_one(qtbot: QtBot, state: AppState) -> None:
    (firm,) = _companies(state, 1)
    ada = create_contact(state.db, ContactDraft(first_name="Ada", company_id=firm))
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("companies")
    assert isinstance(view, CompaniesView)
    view.open_record(firm)
    people = view.detail.people

    assert [row.cells[0] for row in people.rows] == ["Ada"]
    people.tree.setCurrentItem(people.tree.topLevelItem(0))
    qtbot.keyClick(people.tree, Qt.Key.Key_Return)

    contacts = window.current_view()
    assert isinstance(contacts, ContactsView)
    assert contacts.detail.record_id == ada.id


def test_the_company_link_in_a_contact_opens_the_company(qtbot: QtBot, state: AppState) -> None:
    (firm,) = _companies(state, 1)
    ada = create_contact(state.db, ContactDraft(first_name="Ada", company_id=firm))
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    contacts = window.show_view("contacts")
    assert isinstance(contacts, ContactsView)
    contacts.open_record(ada.id)

    contacts.detail.subtitle.linkActivated.emit(f"company:{firm}")

    companies = window.current_view()
    assert isinstance(companies, CompaniesView)
    assert companies.detail.record_id == firm
    assert companies.selected_ids() == [firm]


def test_a_note_on_a_company_lands_in_its_timeline(
    qtbot: QtBot, view: CompaniesView, state: AppState
) -> None:
    (firm,) = _companies(state, 1)
    view.open_record(firm)
    line = view.detail.timeline

    qtbot.mouseClick(line.call_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(line.editor.subject, "Renewal")
    qtbot.keyClicks(line.editor.body, "They will renew in March")
    # The editor has just appeared: click its button once the layout gave it a size.
    qtbot.waitUntil(lambda: not line.editor.save_button.rect().isEmpty())
    qtbot.mouseClick(line.editor.save_button, Qt.MouseButton.LeftButton)

    (call,) = timeline(state.db, "company", firm)
    assert (call.kind, call.subject, call.company_id) == ("call", "Renewal", firm)


def test_a_rename_elsewhere_updates_the_row(view: CompaniesView, state: AppState) -> None:
    ids = _companies(state, 2)
    view.reload()

    update_company(state.db, ids[1], {"name": "Firm 001 Renamed"})

    assert view.model.row_at(1).name == "Firm 001 Renamed"


def test_screenshot_of_the_companies_view(
    qtbot: QtBot, demo_state: AppState, tmp_path: Path
) -> None:
    window = MainWindow(demo_state)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    view = window.show_view("companies")
    assert isinstance(view, CompaniesView)
    # The company with the most people: the page shows what it can hold.
    view.sort_by(COLUMNS.index("contacts"), Qt.SortOrder.DescendingOrder)
    view.open_record(view.model.row_id(view.model.row_at(0)))
    qtbot.waitExposed(window)
    page = view.detail.page
    qtbot.waitUntil(lambda: page.height() == page.heightForWidth(page.width()))
    path = Path(os.environ.get("CRM_SCREENSHOTS", tmp_path)) / "companies.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab().toImage()
    image.save(str(path))

    assert path.exists()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 40) for y in range(0, 800, 40)}
    assert len(colours) > 5
