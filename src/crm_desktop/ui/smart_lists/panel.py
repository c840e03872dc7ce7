"""The side bar's smart lists: saved views under their kind of record, with live counts.

Counts are computed off the GUI thread and at most once per ``COUNT_PAUSE_MS``
after writes: a bulk job of many writes costs one recount, not one per write.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.saved_views import ENTITIES, SavedView
from crm_desktop.services.saved_views import (
    delete_saved_view,
    describe_filter,
    list_saved_views,
    view_counts,
)
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.operations import Operation, run_in_background
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.formatting import count_text
from crm_desktop.ui.widgets.icons import svg_icon

COUNT_PAUSE_MS = 500
# Lists whose Export a smart list can hand its records to: every kind.
EXPORTABLE = ENTITIES
VIEW_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def entity_title(entity: str) -> str:
    titles = {
        "contacts": QCoreApplication.translate("SmartLists", "Contacts"),
        "companies": QCoreApplication.translate("SmartLists", "Companies"),
        "deals": QCoreApplication.translate("SmartLists", "Deals"),
        "tickets": QCoreApplication.translate("SmartLists", "Tickets"),
    }
    return titles.get(entity, entity)


def ask_delete(parent: QWidget, name: str) -> bool:
    """Whether the user confirms deleting the smart list (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SmartLists", "Delete smart list"),
        QCoreApplication.translate(
            "SmartLists", "Delete the smart list “{name}”? The records in it stay."
        ).format(name=name),
    )
    return answer == QMessageBox.StandardButton.Yes


class SmartListsPanel(QWidget):
    """Lists the saved views; ``view_chosen(SavedView)`` when one is clicked."""

    view_chosen = Signal(object)
    export_requested = Signal(object)  # a SavedView to export through its list
    counts_shown = Signal()  # after fresh counts are on screen

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smartLists")
        self.state = state
        self.views: list[SavedView] = []
        self.counts: dict[int, int] = {}
        self._counting: Operation | None = None
        self._count_again = False
        self.dialog: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_PAUSE_MS)
        self._timer.timeout.connect(self.refresh_counts)

        title = QLabel(self.tr("SMART LISTS"))
        title.setObjectName("smartListsTitle")
        self.add_button = QToolButton()
        self.add_button.setObjectName("newSmartList")
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(self.tr("New smart list…"))
        self.add_button.clicked.connect(lambda: self.edit_view(None))
        self.tree = QTreeWidget()
        self.tree.setObjectName("smartListTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(10)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.empty = QLabel(self.tr("Save a filter as a smart list with +."))
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)

        head = QHBoxLayout()
        head.setContentsMargins(14, 6, 6, 0)
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self.empty.setContentsMargins(14, 0, 8, 8)

        state.changed.connect(self.on_changes)
        state.file_opened.connect(lambda _db: self.reload())
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the saved views again and count them (in the background)."""
        self.views = list_saved_views(self.state.db)
        self.counts = {k: v for k, v in self.counts.items() if k in {v.id for v in self.views}}
        self._fill()
        self.refresh_counts()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("saved_views"):
            self.reload()
        elif self.views:
            self._timer.start()  # any write may change a count; recount after a pause

    def refresh_counts(self) -> None:
        self._timer.stop()
        if not self.views:
            return
        if self._counting is not None:
            self._count_again = True  # one more round once the running one ends
            return
        db = self.state.db
        self._counting = run_in_background(
            self, lambda _progress: view_counts(db), self._counted, self._count_failed
        )

    def _counted(self, counts: dict[int, int]) -> None:
        self._counting = None
        self.counts = counts
        self._fill()
        self.counts_shown.emit()
        if self._count_again:
            self._count_again = False
            self.refresh_counts()

    def _count_failed(self, error: BaseException) -> None:
        self._counting = None
        if self.state.db.closed:
            return  # the file was closed while counting: the counts are moot
        if isinstance(error, CrmError):
            self.state.say(str(error))
        else:
            raise error

    def _fill(self) -> None:
        self.tree.clear()
        for entity in ENTITIES:
            views = [v for v in self.views if v.entity == entity]
            if not views:
                continue
            group = QTreeWidgetItem([entity_title(entity), ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for view in views:
                count = self.counts.get(view.id)
                item = QTreeWidgetItem([view.name, "" if count is None else count_text(count)])
                item.setIcon(0, svg_icon("smart-list"))
                item.setData(0, VIEW_ROLE, view.id)
                item.setToolTip(0, describe_filter(view.filter))
                item.setTextAlignment(1, RIGHT)
                group.addChild(item)
            group.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.empty.setVisible(not self.views)
        self.tree.setVisible(bool(self.views))

    # -- using ---------------------------------------------------------------------------------
    def view_of(self, item: QTreeWidgetItem | None) -> SavedView | None:
        if item is None:
            return None
        view_id = item.data(0, VIEW_ROLE)
        return next((v for v in self.views if v.id == view_id), None)

    def item_of(self, view_id: int) -> QTreeWidgetItem | None:
        found = self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        return next((i for i in found if i.data(0, VIEW_ROLE) == view_id), None)

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        view = self.view_of(item)
        if view is not None:
            self.view_chosen.emit(view)

    def _context_menu(self, position: QPoint) -> None:
        menu = self.menu_for(self.view_of(self.tree.itemAt(position)))
        menu.popup(self.tree.viewport().mapToGlobal(position))

    def menu_for(self, view: SavedView | None) -> QMenu:
        """The context menu of a smart list (or of the empty tree when ``view`` is None)."""
        menu = QMenu(self)
        if view is not None:
            menu.addAction(self.tr("&Open"), lambda: self.view_chosen.emit(view))
            menu.addAction(self.tr("&Edit…"), lambda: self.edit_view(view))
            if view.entity in EXPORTABLE:
                menu.addAction(self.tr("E&xport…"), lambda: self.export_requested.emit(view))
            menu.addAction(self.tr("&Delete"), lambda: self.delete_view(view))
            menu.addSeparator()
        menu.addAction(self.tr("&New smart list…"), lambda: self.edit_view(None))
        return menu

    def edit_view(self, view: SavedView | None, entity: str = "contacts") -> None:
        from crm_desktop.ui.smart_lists.dialog import SmartListDialog

        self.dialog = SmartListDialog(self.state, view, entity, self)
        self.dialog.open()

    def delete_view(self, view: SavedView) -> None:
        if not ask_delete(self, view.name):
            return
        try:
            delete_saved_view(self.state.db, view.id, view.version)
        except CrmError as error:
            show_error(self, error)
