"""The "Export list…" actions of the list views and the "Find duplicates…" review."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import vobject
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crm_desktop.domain.activities import ActivityDraft
from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.pipeline import DealDraft
from crm_desktop.services.activities import log_activity
from crm_desktop.services.companies import create_company, get_company
from crm_desktop.services.contacts import create_contact, get_contact
from crm_desktop.services.deals import create_deal
from crm_desktop.services.duplicates import find_duplicate_contacts
from crm_desktop.ui.companies.view import CompaniesView
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.duplicates.dialog import DuplicatesDialog
from crm_desktop.ui.duplicates.model import PairListModel
from crm_desktop.ui.pipeline.view import PipelineView
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tasks.view import TasksView
from crm_desktop.ui.tickets.view import TicketsView


def _contact(state: AppState, first: str, country: str = "", email: str = "") -> int:
    draft = ContactDraft(first_name=first, country=country, emails=[email] if email else [])
    return int(create_contact(state.db, draft).id)


@pytest.fixture
def contacts_view(qtbot: QtBot, state: AppState) -> ContactsView:
    view = ContactsView(state)
    qtbot.addWidget(view)
    view.show()
    return view


def _excel_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))  # an English user's Excel: "," (the locale decides)


def test_export_list_writes_what_the_filter_shows(
    qtbot: QtBot, contacts_view: ContactsView, state: AppState, tmp_path: Path
) -> None:
    _contact(state, "Giulia", "IT")
    _contact(state, "Sven", "SE")
    _contact(state, "Marco", "IT")
    contacts_view.reload()
    contacts_view.filters.country.set_code("IT")
    target = tmp_path / "shown.csv"
    contacts_view.list_export.ask_path = lambda: target

    with qtbot.waitSignal(contacts_view.list_export.exported, timeout=10000) as exported:
        qtbot.mouseClick(contacts_view.export_list_button, Qt.MouseButton.LeftButton)

    assert exported.args == [str(target), 2]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert sorted(r[0] for r in _excel_rows(target)[1:]) == ["Giulia", "Marco"]


def test_export_list_as_vcard_by_the_file_suffix(
    qtbot: QtBot, contacts_view: ContactsView, state: AppState, tmp_path: Path
) -> None:
    _contact(state, "Nicolò", email="n@x.it")
    target = tmp_path / "people.vcf"
    contacts_view.list_export.ask_path = lambda: target

    with qtbot.waitSignal(contacts_view.list_export.exported, timeout=10000):
        contacts_view.list_export.export()

    card = vobject.readOne(target.read_text(encoding="utf-8"))
    assert card.n.value.given == "Nicolò"


def test_cancelled_file_choice_writes_nothing(
    qtbot: QtBot, contacts_view: ContactsView, state: AppState, tmp_path: Path
) -> None:
    contacts_view.list_export.ask_path = lambda: None

    contacts_view.list_export.export()

    assert contacts_view.list_export.operation is None
    assert list(tmp_path.glob("*.csv")) == []


def test_tickets_pipeline_and_tasks_views_export_their_lists(
    qtbot: QtBot, state: AppState, tmp_path: Path
) -> None:
    person = _contact(state, "Giulia")
    create_deal(state.db, DealDraft(title="Boiler"))
    log_activity(
        state.db,
        ActivityDraft(
            kind="task", subject="Call back", due_at="2026-12-01T09:00:00Z", contact_id=person
        ),
    )
    views = [TicketsView(state), PipelineView(state), TasksView(state)]
    names = ["tickets.csv", "deals.csv", "tasks.ics"]
    for view, name in zip(views, names, strict=True):
        qtbot.addWidget(view)
        target = tmp_path / name
        view.list_export.ask_path = lambda target=target: target  # type: ignore[misc]
        with qtbot.waitSignal(view.list_export.exported, timeout=10000):
            qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        assert target.exists()
    assert _excel_rows(tmp_path / "deals.csv")[1][0] == "Boiler"
    todo = vobject.readOne((tmp_path / "tasks.ics").read_text(encoding="utf-8")).vtodo
    assert todo.summary.value == "Call back"


# -- duplicates -------------------------------------------------------------------------------
def _open_review(qtbot: QtBot, state: AppState, entity: str = "contacts") -> DuplicatesDialog:
    dialog = DuplicatesDialog(state, entity)
    qtbot.addWidget(dialog)
    dialog.confirm_merge = lambda kept, other: True
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.start()
    return dialog


def test_pair_model_passes_the_model_tester(qtmodeltester: ModelTester, state: AppState) -> None:
    _contact(state, "Giulia", email="g@rossi.it")
    _contact(state, "Giulia R.", email="G@Rossi.it")
    model = PairListModel()

    model.set_pairs(find_duplicate_contacts(state.db), {1: "Giulia", 2: "Giulia R."})

    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert "same e-mail g@rossi.it" in str(model.index(0, 2).data())


def test_review_lists_pairs_and_compares_them_side_by_side(qtbot: QtBot, state: AppState) -> None:
    a = _contact(state, "Giulia", email="g@rossi.it")
    b = _contact(state, "Giulia R.", email="G@Rossi.it")

    dialog = _open_review(qtbot, state)

    assert dialog.summary.text() == "1 possible duplicate to review."
    assert dialog.current_pair() is not None
    assert (dialog.current_pair().first_id, dialog.current_pair().second_id) == (a, b)  # type: ignore[union-attr]
    labels = [dialog.compare.verticalHeaderItem(r).text() for r in range(dialog.compare.rowCount())]
    assert labels[0] == "Name"
    assert dialog.compare.item(0, 0).text() == "Giulia"
    assert dialog.compare.item(0, 1).text() == "Giulia R."
    assert "same e-mail" in dialog.why.text()


def test_merge_button_merges_in_the_background_and_trashes_the_other(
    qtbot: QtBot, state: AppState
) -> None:
    a = _contact(state, "Giulia", email="g@rossi.it")
    b = _contact(state, "Giulia R.", email="G@Rossi.it")
    create_deal(state.db, DealDraft(title="Boiler", contact_id=b))  # type: ignore[arg-type]
    dialog = _open_review(qtbot, state)

    with qtbot.waitSignal(dialog.merged, timeout=10000) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert merged.args == [a, b]
    with pytest.raises(NotFoundError):
        get_contact(state.db, b)
    assert state.db.scalar("SELECT contact_id FROM deals WHERE title = 'Boiler'") == a
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text() == "No likely duplicates found."


def test_keeping_the_second_record_merges_the_first_into_it(qtbot: QtBot, state: AppState) -> None:
    a = _contact(state, "Giulia", email="g@rossi.it")
    b = _contact(state, "Giulia R.", email="G@Rossi.it")
    dialog = _open_review(qtbot, state)
    dialog.keep_second.setChecked(True)

    with qtbot.waitSignal(dialog.merged, timeout=10000) as merged:
        dialog.merge_current()

    assert merged.args == [b, a]
    assert get_contact(state.db, b).first_name == "Giulia R."


def test_declining_the_merge_question_changes_nothing(qtbot: QtBot, state: AppState) -> None:
    _contact(state, "Giulia", email="g@rossi.it")
    b = _contact(state, "Giulia R.", email="G@Rossi.it")
    dialog = _open_review(qtbot, state)
    dialog.confirm_merge = lambda kept, other: False

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert dialog.operation is None
    assert get_contact(state.db, b).first_name == "Giulia R."


def test_not_a_duplicate_is_remembered(qtbot: QtBot, state: AppState) -> None:
    a = _contact(state, "Giulia", email="g@rossi.it")
    b = _contact(state, "Giulia R.", email="G@Rossi.it")
    dialog = _open_review(qtbot, state)

    with qtbot.waitSignal(dialog.dismissed) as dismissed:
        qtbot.mouseClick(dialog.different_button, Qt.MouseButton.LeftButton)

    assert dismissed.args == [a, b]
    assert find_duplicate_contacts(state.db) == []
    assert dialog.model.rowCount() == 0


def test_skip_moves_to_the_next_pair_without_deciding(qtbot: QtBot, state: AppState) -> None:
    _contact(state, "Giulia", email="g@rossi.it")
    _contact(state, "Giulia R.", email="G@Rossi.it")
    _contact(state, "Marco", email="m@bianchi.it")
    _contact(state, "Marco B.", email="M@Bianchi.it")
    dialog = _open_review(qtbot, state)
    first = dialog.current_pair()

    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)

    assert dialog.current_pair() != first
    assert dialog.model.rowCount() == 2


def test_companies_view_opens_the_review_from_its_button(qtbot: QtBot, state: AppState) -> None:
    keep = create_company(state.db, CompanyDraft(name="Rossi Srl")).id
    other = create_company(state.db, CompanyDraft(name="ROSSI S.R.L.")).id
    view = CompaniesView(state)
    qtbot.addWidget(view)
    button = view.findChild(type(view.new_button), "companiesDuplicatesButton")
    assert button is not None

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog: DuplicatesDialog = view.duplicates_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    dialog.confirm_merge = lambda kept, other: True
    with qtbot.waitSignal(dialog.merged, timeout=10000):
        dialog.merge_current()

    assert get_company(state.db, keep).name == "Rossi Srl"
    with pytest.raises(NotFoundError):
        get_company(state.db, other)
    dialog.close()
