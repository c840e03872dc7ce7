from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft, ContactFilter
from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.pipeline import DealFilter
from crm_desktop.services.activities import log_activity, timeline
from crm_desktop.services.companies import create_company, find_company_by_name
from crm_desktop.services.contacts import (
    count_contacts,
    create_contact,
    create_contacts,
    get_contact,
    list_contacts,
    update_contact,
)
from crm_desktop.services.deal_lists import count_deals
from crm_desktop.services.tags import tag_records, tags_for, tags_for_many
from crm_desktop.services.users import create_user
from crm_desktop.ui.contacts.form import ContactForm
from crm_desktop.ui.contacts.model import COLUMNS, ContactTableModel
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.preferences import app_settings
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.lazy_table_model import BATCH
from tests.ui.record_lists import click_row, shown_ids

STAGES = ("lead", "prospect", "customer", "former")


def _people(state: AppState, n: int) -> list[int]:
    drafts = [
        ContactDraft(
            first_name=f"Name{i:04d}",
            last_name=f"Surname{i:04d}",
            lifecycle_stage=STAGES[i % 4],
            country="SE" if i % 3 == 0 else "IT",
        )
        for i in range(n)
    ]
    return [int(i) for i in create_contacts(state.db, drafts)]


@pytest.fixture
def view(qtbot: QtBot, state: AppState) -> ContactsView:
    widget = ContactsView(state)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _form(view: ContactsView) -> ContactForm:
    assert isinstance(view.form, ContactForm)
    return view.form


def _click_header(qtbot: QtBot, view: ContactsView, key: str) -> None:
    header = view.table.horizontalHeader()
    column = COLUMNS.index(key)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


# -- the form ---------------------------------------------------------------------------------
def test_creating_a_contact_through_the_form_stores_it(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    view.new_record()
    form = _form(view)
    qtbot.keyClicks(form.first_name, "Giulia")
    qtbot.keyClicks(form.last_name, "Bianchi")
    qtbot.keyClicks(form.job_title, "Buyer")
    qtbot.keyClicks(form.emails, "giulia@example.it")
    qtbot.keyClicks(form.phones, "mobile: 333 123 4567")

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    contact = get_contact(state.db, saved.args[0])
    assert (contact.first_name, contact.last_name, contact.job_title) == (
        "Giulia",
        "Bianchi",
        "Buyer",
    )
    assert [e.address for e in contact.emails] == ["giulia@example.it"]
    assert [(p.label, p.e164) for p in contact.phones] == [("mobile", "+393331234567")]
    assert not form.isVisible()
    assert view.detail.record_id == contact.id


def test_a_bad_email_shows_its_message_beside_the_field_and_keeps_the_form(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    view.new_record()
    form = _form(view)
    qtbot.keyClicks(form.first_name, "Giulia")
    qtbot.keyClicks(form.emails, "giulia(at)example")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    label = form.findChild(QLabel, "error_emails")
    assert label is not None
    assert "not a valid e-mail address" in label.text()
    assert label.isVisible()
    assert count_contacts(state.db, ContactFilter()) == 0
    assert form.isVisible()
    assert form.emails.toPlainText() == "giulia(at)example"
    assert form.first_name.text() == "Giulia"


def test_a_new_company_name_is_created_once_the_user_agrees(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    view.new_record()
    form = _form(view)
    asked: list[str] = []
    form.confirm_new_company = lambda name: asked.append(name) or True  # type: ignore[method-assign]
    qtbot.keyClicks(form.last_name, "Verdi")
    qtbot.keyClicks(form.company, "Officine Verdi Srl")

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    company = find_company_by_name(state.db, "Officine Verdi Srl")
    assert asked == ["Officine Verdi Srl"]
    assert company is not None
    assert get_contact(state.db, saved.args[0]).company_id == company.id


def test_declining_a_new_company_saves_nothing(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    view.new_record()
    form = _form(view)
    form.confirm_new_company = lambda name: False  # type: ignore[method-assign]
    qtbot.keyClicks(form.last_name, "Verdi")
    qtbot.keyClicks(form.company, "Nowhere Spa")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert count_contacts(state.db, ContactFilter()) == 0
    assert find_company_by_name(state.db, "Nowhere Spa") is None
    assert form.errors.labels["company_id"].text()


def test_editing_a_contact_saves_the_changed_field(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    acme = create_company(state.db, CompanyDraft(name="Acme Srl"))
    contact = create_contact(
        state.db, ContactDraft(first_name="Ada", emails=["ada@acme.it"], company_id=acme.id)
    )
    view.edit_record(contact.id)
    form = _form(view)
    form.job_title.setFocus()
    qtbot.keyClicks(form.job_title, "CFO")

    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form.job_title, Qt.Key.Key_Return)

    stored = get_contact(state.db, contact.id)
    assert (stored.job_title, stored.company_id, stored.version) == ("CFO", acme.id, 2)


def test_an_edit_that_clashes_keeps_both_changes_after_asking(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Ada"))
    view.edit_record(contact.id)
    form = _form(view)
    asked: list[set[str]] = []
    form.ask_resolution = lambda conflict: (  # type: ignore[method-assign]
        asked.append({f.field for f in conflict.fields}) or conflict.suggested_choices()
    )
    update_contact(state.db, contact.id, {"job_title": "Boss"})  # someone else
    qtbot.keyClicks(form.last_name, "Rossi")

    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    stored = get_contact(state.db, contact.id)
    assert asked == [{"last_name", "job_title"}]
    assert (stored.last_name, stored.job_title, stored.version) == ("Rossi", "Boss", 3)


def test_tab_walks_the_form_in_reading_order(qtbot: QtBot, view: ContactsView) -> None:
    view.new_record()
    form = _form(view)
    form.activateWindow()
    qtbot.waitUntil(lambda: form.first_name.hasFocus())
    seen = []
    for _ in range(17):
        widget = QApplication.focusWidget()
        seen.append(widget.objectName() or widget.parent().objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)

    assert seen == [
        "first_name",
        "last_name",
        "job_title",
        "company",
        "emails",
        "phones",
        "lifecycle_stage",
        "owner",
        "lead_source",
        "consent",
        "street",
        "postcode",
        "city",
        "region",
        "country",
        "birthday",
        "notes",
    ]


def test_a_birthday_typed_in_the_local_format_is_stored(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    view.new_record()
    form = _form(view)
    qtbot.keyClicks(form.first_name, "Ada")
    qtbot.keyClicks(form.birthday.edit, "1985-04-23")

    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert get_contact(state.db, saved.args[0]).birthday == "1985-04-23"


def test_a_birthday_that_is_no_date_says_how_to_type_it(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    view.new_record()
    form = _form(view)
    qtbot.keyClicks(form.first_name, "Ada")
    qtbot.keyClicks(form.birthday.edit, "31/02/1985")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    label = form.findChild(QLabel, "error_birthday")
    assert label is not None and label.text().startswith("Not a date.")
    assert form.birthday.edit.text() == "31/02/1985"
    assert count_contacts(state.db, ContactFilter()) == 0


# -- the table --------------------------------------------------------------------------------
def test_rows_load_a_batch_at_a_time(view: ContactsView, state: AppState) -> None:
    _people(state, 1000)
    view.reload()

    assert view.model.rowCount() == BATCH
    assert view.model.canFetchMore()
    view.model.fetchMore()
    assert view.model.rowCount() == 2 * BATCH
    assert view.model.total == 1000
    assert view.count_label.text() == f"{QLocale().toString(1000)} contacts"


def test_clicking_a_column_header_sorts_in_the_file(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    _people(state, 300)
    view.reload()
    first = view.model.row_at(0).last_name

    _click_header(qtbot, view, "name")  # already sorted by name: now descending

    newest = list_contacts(state.db, ContactFilter(), 0, 1, "last_name", descending=True)[0]
    assert first == "Surname0000"
    assert view.model.row_at(0).id == newest.id
    assert view.model.row_at(0).last_name == "Surname0299"


def test_sorting_by_stage_requeries_the_rows(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    _people(state, 12)
    view.reload()

    _click_header(qtbot, view, "stage")

    stages = [view.model.row_at(r).lifecycle_stage for r in range(view.model.rowCount())]
    assert stages == sorted(stages, key=STAGES.index)


def test_stage_filter_narrows_the_rows(qtbot: QtBot, view: ContactsView, state: AppState) -> None:
    _people(state, 40)
    view.reload()

    qtbot.keyClicks(view.filters.stage, "Customer")

    expected = count_contacts(state.db, ContactFilter(lifecycle_stage="customer"))
    assert view.model.rowCount() == expected == 10
    assert view.count_label.text() == "10 contacts"


def test_country_and_text_filters_narrow_the_rows(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    _people(state, 30)
    view.reload()
    view.filters.country.set_code("SE")

    assert view.model.rowCount() == count_contacts(state.db, ContactFilter(country="SE")) == 10
    qtbot.keyClicks(view.filters.text, "Surname0003")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.row_at(0).last_name == "Surname0003"


def test_owner_and_tag_filters_narrow_the_rows(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    ids = _people(state, 6)
    anna = create_user(state.db, login="anna", name="Anna Berg")
    update_contact(state.db, ids[1], {"owner_id": anna.id})
    update_contact(state.db, ids[2], {"owner_id": anna.id})
    tag_records(state.db, "contact", [ids[2], ids[4]], ["vip"])

    qtbot.keyClicks(view.filters.owner, "Anna")
    assert set(shown_ids(view)) == {ids[1], ids[2]}
    qtbot.keyClicks(view.filters.tag, "vip")
    assert shown_ids(view) == [ids[2]]


def test_an_empty_filter_result_says_so(qtbot: QtBot, view: ContactsView, state: AppState) -> None:
    _people(state, 4)
    view.reload()

    qtbot.keyClicks(view.filters.stage, "Former")
    view.filters.country.set_code("FR")

    assert view.rows.currentIndex() == 1
    assert view.empty_label.text() == "No contacts match these filters."


def test_contact_model_passes_the_model_tester(qtmodeltester: Any, state: AppState) -> None:
    _people(state, 250)
    model = ContactTableModel(state)
    model.reload()

    qtmodeltester.check(model)


# -- bulk actions ------------------------------------------------------------------------------
def test_bulk_tag_tags_exactly_the_selected_rows(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    ids = _people(state, 6)
    view.reload()
    view.bulk.ask_tag_name = lambda count: "fiera 2026"  # type: ignore[method-assign]
    click_row(qtbot, view, 0)
    click_row(qtbot, view, 2, ctrl=True)
    click_row(qtbot, view, 4, ctrl=True)

    qtbot.mouseClick(view.bulk.tag_button, Qt.MouseButton.LeftButton)

    tagged = {i for i, names in tags_for_many(state.db, "contact", ids).items() if names}
    assert tagged == {shown_ids(view)[r] for r in (0, 2, 4)}
    assert view.count_label.text() == "6 contacts · 3 selected"


def test_bulk_assign_owner_sets_it_on_the_selected_rows(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    ids = _people(state, 3)
    anna = create_user(state.db, login="anna", name="Anna Berg")
    view.reload()
    click_row(qtbot, view, 0)
    click_row(qtbot, view, 1, ctrl=True)

    view.bulk.assign_owner(view.selected_ids(), anna.id)

    assert [get_contact(state.db, i).owner for i in ids] == ["Anna Berg", "Anna Berg", ""]
    assert view.model.row_at(0).owner == "Anna Berg"
    assert view.selected_ids() == ids[:2]  # the selection survives the refresh


def test_delete_key_then_undo_in_the_window_brings_the_contact_back(
    qtbot: QtBot, state: AppState
) -> None:
    ids = _people(state, 3)
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("contacts")
    assert isinstance(view, ContactsView)
    click_row(qtbot, view, 1)

    qtbot.keyClick(view.table, Qt.Key.Key_Delete)

    assert count_contacts(state.db, ContactFilter()) == 2
    with pytest.raises(NotFoundError):
        get_contact(state.db, ids[1])
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert get_contact(state.db, ids[1]).first_name == "Name0001"
    assert view.model.rowCount() == 3


def test_select_all_matching_then_delete_runs_in_the_background_and_undo_restores_all(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    _people(state, 620)
    view.reload()
    asked: list[int] = []
    view.bulk.confirm_delete = lambda count: asked.append(count) or True  # type: ignore[method-assign]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert view.select_all_label.isVisible()  # 200 loaded rows selected: offer all 620
    view.select_all_label.linkActivated.emit("all")
    assert view.count_label.text() == "620 contacts · 620 selected"
    assert view.model.rowCount() == BATCH  # the other rows are never loaded for it
    undo: list[Any] = []
    state.undo_offered.connect(lambda text, action: undo.append((text, action)))

    with qtbot.waitSignal(view.bulk.finished, timeout=20000):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)

    assert asked == [620]
    assert count_contacts(state.db, ContactFilter()) == 0
    assert undo[0][0] == "620 contacts deleted."
    with qtbot.waitSignal(view.bulk.finished, timeout=20000):
        undo[0][1]()
    assert count_contacts(state.db, ContactFilter()) == 620


def test_export_selection_writes_a_csv_with_bom_and_the_rows(
    qtbot: QtBot, view: ContactsView, state: AppState, tmp_path: Path
) -> None:
    _people(state, 5)
    view.reload()
    target = tmp_path / "chosen.csv"
    view.bulk.ask_export_path = lambda count: target  # type: ignore[method-assign]
    click_row(qtbot, view, 1)
    click_row(qtbot, view, 3, ctrl=True)

    with qtbot.waitSignal(view.bulk.exported, timeout=10000) as exported:
        qtbot.mouseClick(view.bulk.export_button, Qt.MouseButton.LeftButton)

    assert exported.args == [str(target), 2]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [(r[0], r[1]) for r in rows[1:]] == [
        ("Name0001", "Surname0001"),
        ("Name0003", "Surname0003"),
    ]


# -- the detail ---------------------------------------------------------------------------------
def test_choosing_a_row_shows_the_contact_with_company_link(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    acme = create_company(state.db, CompanyDraft(name="Acme Srl"))
    create_contact(
        state.db,
        ContactDraft(first_name="Ada", last_name="Rossi", job_title="CFO", company_id=acme.id),
    )
    view.reload()

    click_row(qtbot, view, 0)

    assert view.detail.title.text() == "Ada Rossi"
    assert f'href="company:{acme.id}"' in view.detail.subtitle.text()
    assert "CFO" in view.detail.subtitle.text()


def test_inline_add_note_adds_it_to_the_timeline(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Ada"))
    view.reload()
    view.open_record(contact.id)
    line = view.detail.timeline

    qtbot.mouseClick(line.note_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(line.editor.body, "Wants the new price list")
    qtbot.mouseClick(line.editor.save_button, Qt.MouseButton.LeftButton)

    stored = timeline(state.db, "contact", contact.id)
    assert [(a.kind, a.body) for a in stored] == [("note", "Wants the new price list")]
    assert len(line.items) == 1
    assert not line.editor.isVisible()


def test_schedule_task_needs_a_subject_and_stores_the_due_time(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Ada"))
    view.open_record(contact.id)
    line = view.detail.timeline
    qtbot.mouseClick(line.task_button, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(line.editor.save_button, Qt.MouseButton.LeftButton)
    assert line.editor.error.text()  # nothing typed: refused, editor stays
    qtbot.keyClicks(line.editor.subject, "Send the offer")
    qtbot.keyClick(line.editor.subject, Qt.Key.Key_Return)

    (task,) = timeline(state.db, "contact", contact.id)
    assert (task.kind, task.subject) == ("task", "Send the offer")
    assert task.due_at is not None and task.due_at > state.db.now()


def test_mark_done_completes_a_task_on_the_timeline(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Ada"))
    log_activity(state.db, ActivityDraft(kind="task", subject="Call back", contact_id=contact.id))
    view.open_record(contact.id)
    (item,) = view.detail.timeline.items

    qtbot.mouseClick(item.done_button, Qt.MouseButton.LeftButton)

    (task,) = timeline(state.db, "contact", contact.id)
    assert task.done_at is not None
    assert not hasattr(view.detail.timeline.items[0], "done_button")


def test_tags_are_added_and_removed_in_the_detail(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    contact = create_contact(state.db, ContactDraft(first_name="Ada"))
    view.open_record(contact.id)
    tags = view.detail.tags

    qtbot.keyClicks(tags.add_field, "partner")
    qtbot.keyClick(tags.add_field, Qt.Key.Key_Return)
    assert tags_for(state.db, "contact", contact.id) == ["partner"]
    qtbot.mouseClick(tags.chips[0].remove_button, Qt.MouseButton.LeftButton)

    assert tags_for(state.db, "contact", contact.id) == []


def test_the_tag_field_completes_over_tags_the_contact_lacks(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    ada, ugo = _people(state, 2)
    tag_records(state.db, "contact", [ugo], ["vip", "newsletter"])
    tag_records(state.db, "contact", [ada], ["newsletter"])
    view.open_record(ada)
    view.activateWindow()

    view.detail.tags.add_field.setFocus()
    qtbot.waitUntil(view.detail.tags.add_field.hasFocus)

    completer = view.detail.tags.add_field.completer()
    assert completer.model().stringList() == ["vip"]  # type: ignore[attr-defined]


def test_a_change_elsewhere_updates_the_row_and_keeps_the_selection(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    ids = _people(state, 3)
    view.reload()
    click_row(qtbot, view, 1)

    update_contact(state.db, ids[1], {"job_title": "Buyer", "city": "Lund"})

    assert view.selected_ids() == [ids[1]]
    assert view.model.row_at(1).city == "Lund"
    assert "Buyer" in view.detail.subtitle.text()


def test_enter_on_a_row_opens_its_edit_form(
    qtbot: QtBot, view: ContactsView, state: AppState
) -> None:
    ids = _people(state, 2)
    view.reload()
    click_row(qtbot, view, 1)

    qtbot.keyClick(view.table, Qt.Key.Key_Return)

    form = _form(view)
    assert form.record_id == ids[1]
    assert form.first_name.text() == "Name0001"


def test_open_record_shows_a_contact_beyond_the_loaded_rows(
    view: ContactsView, state: AppState
) -> None:
    ids = _people(state, 450)
    view.reload()

    view.open_record(ids[-1])

    assert view.model.rowCount() == BATCH  # nothing more was loaded for it
    assert view.detail.record_id == ids[-1]
    assert view.side.currentWidget() is view.detail


def test_layout_is_remembered(qtbot: QtBot, state: AppState) -> None:
    first = ContactsView(state)
    qtbot.addWidget(first)
    header = first.table.horizontalHeader()
    header.setSectionHidden(COLUMNS.index("city"), False)
    first.sort_by(COLUMNS.index("company"), Qt.SortOrder.DescendingOrder)
    settings = app_settings()
    first.save_layout(settings)

    second = ContactsView(state)
    qtbot.addWidget(second)
    second.restore_layout(settings)

    assert not second.table.horizontalHeader().isSectionHidden(COLUMNS.index("city"))
    assert (second.model.sort_key, second.model.descending) == ("company", True)


def test_screenshot_of_the_contacts_view(
    qtbot: QtBot, demo_state: AppState, tmp_path: Path
) -> None:
    window = MainWindow(demo_state)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    view = window.show_view("contacts")
    assert isinstance(view, ContactsView)
    # A contact with deals and history, so the page shows what it can hold.
    shown = next(
        contact_id
        for contact_id in shown_ids(view)
        if count_deals(demo_state.db, DealFilter(contact_id=contact_id)) >= 2
        and len(timeline(demo_state.db, "contact", contact_id)) >= 3
    )
    view.open_record(shown)
    qtbot.waitExposed(window)
    page = view.detail.page
    # Settled: the page as tall as its contents need at its width, not a passing layout.
    qtbot.waitUntil(lambda: page.height() == page.heightForWidth(page.width()))
    path = Path(os.environ.get("CRM_SCREENSHOTS", tmp_path)) / "contacts.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab().toImage()
    image.save(str(path))

    assert path.exists()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 40) for y in range(0, 800, 40)}
    assert len(colours) > 5


def test_ctrl_f_focuses_the_filter_field(qtbot: QtBot, view: ContactsView, state: AppState) -> None:
    _people(state, 2)
    view.reload()
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)

    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    assert view.filters.text.hasFocus()


def test_ctrl_shift_c_in_the_window_opens_a_new_contact_form(qtbot: QtBot, state: AppState) -> None:
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_view("companies")

    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    view = window.current_view()
    assert isinstance(view, ContactsView)
    assert isinstance(view.form, ContactForm) and view.form.isVisible()
    assert view.form.record_id is None
