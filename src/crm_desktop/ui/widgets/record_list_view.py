"""The shape Contacts and Companies share: filters, a lazy table, a count, a detail pane.

Subclasses supply the model, the filter bar, the detail and the form, the
texts, and the bulk service functions (see ``BulkOps``); this class does the
layout, selection, keyboard, reloading on changes and the bulk actions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.saved_views import SavedView
from crm_desktop.ui.export_list import ListExport
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.bulk import BulkActions, BulkOps, Chosen
from crm_desktop.ui.widgets.filter_bar import FilterBar
from crm_desktop.ui.widgets.formatting import count_text
from crm_desktop.ui.widgets.lazy_table_model import LazyTableModel
from crm_desktop.ui.widgets.list_detail_view import ListDetailView
from crm_desktop.ui.widgets.record_detail import RecordDetail
from crm_desktop.ui.widgets.record_table import RecordTable

__all__ = ["BulkOps", "ListTexts", "RecordListView"]


@dataclass(frozen=True)
class ListTexts:
    """The words a list view shows, already translated by the subclass."""

    new_button: str
    placeholder: str  # detail pane with nothing chosen
    nothing_yet: str  # empty file
    nothing_matches: str  # filters leave nothing
    count: Callable[[int], str]  # "1,234 contacts"


class RecordListView(ListDetailView):
    """A filtered, lazily loaded table of records with a detail pane beside it."""

    # Changes to these tables can alter what the rows say; the others only the detail.
    row_tables: tuple[str, ...] = ()
    detail_tables: tuple[str, ...] = ()
    column_widths: dict[str, int] = {}  # noqa: RUF012 - in average characters
    hidden_columns: tuple[str, ...] = ()
    stretch_column = ""  # none: the last visible column takes the room left

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.form: QDialog | None = None
        self.model = self.make_model()
        self.filters = self.make_filter_bar()
        self.detail = self.make_detail()
        self.texts = self.make_texts()
        self.all_matching = False  # "select all N" chosen: every row the filter matches
        self.bulk = BulkActions(self, state, self.bulk_ops(), self.chosen)
        self.list_export = ListExport(
            self, state, self.key, self.filters.current_filter, self.export_formats()
        )
        self._build()
        self.filters.changed.connect(self._filters_changed)
        self.detail.edit_requested.connect(self.edit_record)
        self.detail.delete_requested.connect(lambda record_id: self.bulk.delete([record_id]))
        self.detail.closed.connect(self._detail_closed)
        self.model.set_filter(self.filters.current_filter())
        self.update_counts()

    # -- what subclasses provide ------------------------------------------------------------
    def make_model(self) -> LazyTableModel[Any]:
        raise NotImplementedError

    def make_filter_bar(self) -> FilterBar:
        raise NotImplementedError

    def make_detail(self) -> RecordDetail:
        raise NotImplementedError

    def make_texts(self) -> ListTexts:
        raise NotImplementedError

    def bulk_ops(self) -> BulkOps:
        raise NotImplementedError

    def make_form(self, record_id: int | None) -> QDialog:
        """The create (None) or edit form; it emits ``saved(int)`` with the record's id."""
        raise NotImplementedError

    def export_formats(self) -> tuple[str, ...]:
        """The file formats "Export list…" offers, the first one the default."""
        return ("csv", "json")

    def extra_buttons(self) -> list[QWidget]:
        """Buttons a view adds at the end of its top row (e.g. "Find duplicates…")."""
        return []

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.new_button = QPushButton(self.texts.new_button)
        self.new_button.setObjectName("newRecordButton")
        self.new_button.clicked.connect(self.new_record)
        self.count_label = QLabel()
        self.count_label.setObjectName("recordCount")
        self.select_all_label = QLabel()
        self.select_all_label.setObjectName("selectAllMatching")
        self.select_all_label.setTextFormat(Qt.TextFormat.RichText)
        self.select_all_label.linkActivated.connect(self._select_all_link)
        self.select_all_label.hide()
        self.table = RecordTable(
            self.model, self.column_widths, self.hidden_columns, self.stretch_column
        )
        self.table.setObjectName(f"{self.key}Table")
        self._connect_table()

        self.build_split(self.detail, self.texts.placeholder, (680, 400))
        self.empty_button.clicked.connect(self._empty_action)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addSpacing(12)
        top.addWidget(self.filters, 1)
        self.export_list_button = self.list_export.make_button()
        top.addWidget(self.export_list_button)
        for button in self.extra_buttons():
            top.addWidget(button)
        actions = QHBoxLayout()
        for button in self.bulk.buttons():
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.select_all_label)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

    def _connect_table(self) -> None:
        table = self.table
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda index: self.edit_record(table.id_at(index.row())))
        table.installEventFilter(self)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.horizontalHeader().sectionClicked.connect(lambda _c: self.update_counts())
        find = QAction(self.tr("Filter the list"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.filters.focus_text)
        self.addAction(find)

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.all_matching = False
        self.filters.reload_choices()
        self.detail.show_record(None)
        self.side.setCurrentWidget(self.placeholder)
        self.model.reload()
        self.update_counts()

    def on_changes(self, changes: Changes) -> None:
        # Taggings alone never change the set of tag names the tag chooser offers.
        if changes.touches("users"):
            self.filters.reload_owners()
        if changes.touches("tags"):
            self.filters.reload_tags()
        if changes.touches(*self.row_tables):
            self.refresh_rows(changes)
        if changes.touches(*self.row_tables, *self.detail_tables):
            self.detail.reload()

    def refresh_rows(self, changes: Changes | None = None) -> None:
        """Bring the rows up to date, keeping selection and scroll position where possible.

        Only what ``changes`` updated is read again, or the pages down to the
        last row in view: never every row loaded (100,000 after a long scroll).
        """
        selected = self.selected_ids()
        current = self.current_id()
        scroll = self.table.verticalScrollBar().value()
        last = self.table.rowAt(self.table.viewport().height() - 1)
        keep = last if last >= 0 else self.model.rowCount() - 1
        if self.model.refresh(changes, keep):
            self.table.select_ids(selected, current)
            self.table.verticalScrollBar().setValue(scroll)
        self.update_counts()

    def _filters_changed(self) -> None:
        self.all_matching = False
        shown = self.detail.record_id
        self.model.set_filter(self.filters.current_filter())
        if shown is not None:
            self.table.select_ids([shown], shown)
        self.update_counts()

    def update_counts(self) -> None:
        total = self.model.total
        text = self.texts.count(total)
        chosen = self.chosen().count
        if chosen > 1:
            text = self.tr("{count} · {n} selected").format(count=text, n=count_text(chosen))
        self.count_label.setText(text)
        self.bulk.set_enabled(chosen > 0)
        self._update_select_all(chosen)
        if total:
            self.rows.setCurrentIndex(0)
            return
        if self.filters.is_default():
            self.empty.show_text(self.texts.nothing_yet, self.texts.new_button.replace("&", ""))
        else:
            self.empty.show_text(self.texts.nothing_matches, self.tr("Clear filters"))
        self.rows.setCurrentIndex(1)

    def _update_select_all(self, chosen: int) -> None:
        """Offer to go past the loaded rows when every one of them is selected."""
        loaded = self.model.rowCount()
        if self.all_matching and not self.table.selectionModel().hasSelection():
            self.all_matching = False  # what was chosen is gone (deleted, filtered away)
        if self.all_matching:
            self.select_all_label.setText(
                self.tr("All {records} are selected. <a href='clear'>Clear selection</a>").format(
                    records=self.texts.count(self.model.total)
                )
            )
        elif loaded > 1 and chosen == loaded and self.model.total > loaded:
            text = self.tr("All {n} shown are selected. <a href='all'>Select all {records}</a>")
            self.select_all_label.setText(
                text.format(n=count_text(loaded), records=self.texts.count(self.model.total))
            )
        else:
            self.select_all_label.hide()
            return
        self.select_all_label.show()

    def _select_all_link(self, link: str) -> None:
        if link == "all":
            self.all_matching = True
            self.update_counts()
            self.detail.show_many(self.model.total)
        else:
            self.table.clearSelection()

    def _empty_action(self) -> None:
        if self.filters.is_default():
            self.new_record()
        else:
            self.filters.reset()

    # -- selection and the detail ------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return self.table.selected_ids()

    def chosen(self) -> Chosen:
        """What the bulk actions act on: the selected rows, or all that match."""
        if self.all_matching:
            return Chosen(self.model.total, reader=self.model.ids_reader())
        return Chosen.of(self.selected_ids())

    def current_id(self) -> int | None:
        return self.table.current_id()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self.table.quiet:
            self.all_matching = False  # the user chose rows themselves again
        self.update_counts()
        if self.table.quiet:
            return
        ids = self.selected_ids()
        if len(ids) == 1:
            self.show_detail(ids[0])
        elif len(ids) > 1:
            self.detail.show_many(len(ids))
            self.side.setCurrentWidget(self.detail)
        else:
            self.detail.show_record(None)
            self.side.setCurrentWidget(self.placeholder)

    def show_detail(self, record_id: int) -> None:
        if self.detail.show_record(record_id):
            self.side.setCurrentWidget(self.detail)
        else:
            self.side.setCurrentWidget(self.placeholder)

    def _detail_closed(self) -> None:
        self.side.setCurrentWidget(self.placeholder)

    def open_record(self, record_id: int) -> None:
        """Select the record if its row is loaded; otherwise show it in the detail directly.

        Loading batch after batch to reach a row far down a big list would
        stall the window, and the detail is what the user came for.
        """
        row = self.model.row_of(record_id)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        else:
            self.table.select_ids([], None)
            self.update_counts()
        self.show_detail(record_id)
        if self.detail.record_id != record_id:
            self.state.say(self.tr("That record is no longer there (it may be in the trash)."))
        self.table.setFocus()

    def show_saved_view(self, view: SavedView) -> None:
        self.filters.show_saved_view(view.name, view.filter)

    def export_saved_view(self, view: SavedView) -> None:
        """Every record of the smart list to CSV: the list's own Export, all rows chosen."""
        self.show_saved_view(view)
        self.table.selectAll()  # as a user would: every row, then "select all N"
        self.all_matching = True
        self.update_counts()
        self.bulk.export(self.chosen())

    # -- creating and editing -----------------------------------------------------------------
    def new_record(self) -> None:
        self._open_form(None)

    def edit_record(self, record_id: int | None = None) -> None:
        if record_id is None:
            record_id = self.current_id() or self.detail.record_id
        if record_id is not None:
            self._open_form(record_id)

    def _open_form(self, record_id: int | None) -> None:
        self.form = self.make_form(record_id)
        self.form.saved.connect(self.open_record)  # type: ignore[attr-defined]
        self.form.open()

    def chosen_for_key(self) -> Chosen:
        """The chosen rows, or the record in the detail when no row is selected."""
        chosen = self.chosen()
        if not chosen.count and self.detail.record_id is not None:
            chosen = Chosen.of([self.detail.record_id])
        return chosen

    # -- keyboard and menus -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Delete):
                self.bulk.delete(self.chosen_for_key())
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.edit_record()
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit…"), lambda: self.edit_record(self.table.id_at(index.row())))
        menu.addSeparator()
        self.bulk.fill_menu(menu)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        self.table.sort_by(column, order)
        self.update_counts()
