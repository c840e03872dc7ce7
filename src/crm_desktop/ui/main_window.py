"""The main window: side bar of views, global search, File menu, status bar with Undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.periods import Period
from crm_desktop.domain.saved_views import SavedView
from crm_desktop.services.files import open_crm_file
from crm_desktop.ui.dashboard.links import ListLink
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.file_safety import FileSafety
from crm_desktop.ui.live_updates import LiveUpdates
from crm_desktop.ui.operations import Operation
from crm_desktop.ui.orders.list_dialog import OrderListDialog
from crm_desktop.ui.pipeline.view import PipelineView
from crm_desktop.ui.preferences import app_settings, recent_files, remember_file
from crm_desktop.ui.reports.menu import ReportsMenu
from crm_desktop.ui.search_popup import SearchField
from crm_desktop.ui.smart_lists.panel import SmartListsPanel
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tasks.view import TasksView
from crm_desktop.ui.theme import ThemeFollower
from crm_desktop.ui.tickets.view import TicketsView
from crm_desktop.ui.views import MainView
from crm_desktop.ui.widgets.icons import app_icon, svg_icon, view_icon

UNDO_SECONDS = 15
# Which main view lists the records of a saved view's entity.
SAVED_VIEW_KEYS = {
    "contacts": "contacts",
    "companies": "companies",
    "deals": "pipeline",
    "tickets": "tickets",
}


class MainWindow(QMainWindow):
    """Everything a user works in; views come from ``view_factories``."""

    view_changed = Signal(str)

    def __init__(self, state: AppState, views: list[MainView] | None = None) -> None:
        super().__init__()
        self.state = state
        self.settings = app_settings()
        self.theme = ThemeFollower(self)  # app.qss, plus dark.qss on a dark palette
        self.setWindowIcon(app_icon())
        self.views: dict[str, MainView] = {}
        self.orders_dialog: OrderListDialog | None = None
        self._undo: Callable[[], None] | None = None
        # Demo data being created on the first run (ui/app.py), kept until it ends.
        self.demo_loading: Operation | None = None

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setMinimumWidth(150)
        # Never a scroll bar under the views: the list is made wide enough in _fit_sidebar.
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.smart_lists = SmartListsPanel(state)
        self.smart_lists.view_chosen.connect(self.show_saved_view)
        self.smart_lists.export_requested.connect(self.export_saved_view)
        # The views on top, the smart lists below them (a splitter the user can move).
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setObjectName("sideBar")
        self.side.addWidget(self.sidebar)
        self.side.addWidget(self.smart_lists)
        self.side.setCollapsible(0, False)
        self.side.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([190, 1090])
        self.safety = FileSafety(self, state)  # checks, backups, the read-only banner
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.safety.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        for view in views if views is not None else default_views(state):
            self.add_view(view)
        self._fit_sidebar()
        self.sidebar.currentRowChanged.connect(self._show_row)

        self.guide: QDialog | None = None  # Help > User guide, made on first use
        self.search = SearchField(state, self)
        self.search.result_chosen.connect(self.open_record)
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self.live = LiveUpdates(state, self)
        self.live.others_changed.connect(self._show_others)
        self._show_others(self.live.others)  # those already in: found before we listened
        self.live.busy_elsewhere.connect(self.show_message)
        state.file_opened.connect(lambda _db: self._update_title())
        self._update_title()
        self._restore_layout()
        if self.sidebar.currentRow() < 0 and self.sidebar.count():
            self.sidebar.setCurrentRow(0)

    # -- building ----------------------------------------------------------
    def add_view(self, view: MainView) -> None:
        self.views[view.key] = view
        requests = getattr(view, "list_requested", None)
        if requests is not None:  # the dashboard: its figures open other views' lists
            requests.connect(self.show_list)
        item = QListWidgetItem(view_icon(view.key), view.title())
        item.setData(Qt.ItemDataRole.UserRole, view.key)
        self.sidebar.addItem(item)
        self.stack.addWidget(view)

    def _fit_sidebar(self) -> None:
        """The views list as tall and as wide as its items (Italian and Swedish run longer)."""
        rows = self.sidebar.count()
        wide = self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 24
        self.sidebar.setMinimumWidth(max(150, wide))
        height = sum(self.sidebar.sizeHintForRow(r) for r in range(rows)) if rows else 0
        self.sidebar.setMaximumHeight(height + 2 * self.sidebar.frameWidth() + 16)
        self.sidebar.setMinimumHeight(self.sidebar.maximumHeight())

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Search"))
        bar.setObjectName("searchToolbar")
        bar.setMovable(False)
        bar.addWidget(self.search)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&New file…"), self.new_file, QKeySequence.StandardKey.New, "new"
        )
        self._action(
            file_menu,
            self.tr("&Open file…"),
            self.choose_file,
            QKeySequence.StandardKey.Open,
            "open",
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Import…"), self.open_import, QKeySequence("Ctrl+Shift+I"), "import"
        )
        file_menu.addSeparator()
        self.safety.add_actions(file_menu)
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Settings…"), self.open_settings, QKeySequence("Ctrl+,"), "settings"
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self._action(
            go_menu, self.tr("&Search"), self.focus_search, QKeySequence("Ctrl+K"), "search"
        )
        for number, key in enumerate(self.views, start=1):
            self._action(
                go_menu, self.views[key].title(), self._shower(key), QKeySequence(f"Ctrl+{number}")
            ).setIcon(view_icon(key))

        new_menu = self.menuBar().addMenu(self.tr("&New"))
        self._action(
            new_menu,
            self.tr("New &contact"),
            lambda: self.new_record("contacts"),
            QKeySequence("Ctrl+Shift+C"),
            "contacts",
        )
        self._action(
            new_menu,
            self.tr("New c&ompany"),
            lambda: self.new_record("companies"),
            QKeySequence("Ctrl+Shift+O"),
            "companies",
        )
        self._action(
            new_menu,
            self.tr("New &deal"),
            lambda: self.new_record("pipeline"),
            QKeySequence("Ctrl+Shift+D"),
            "deal",
        )
        self._action(
            new_menu,
            self.tr("New &ticket"),
            lambda: self.new_record("tickets"),
            QKeySequence("Ctrl+Shift+T"),
            "tickets",
        )
        self._action(
            new_menu,
            self.tr("New t&ask"),
            lambda: self.new_record("tasks"),
            QKeySequence("Ctrl+Shift+A"),
            "tasks",
        )
        self.reports = ReportsMenu(self.state, self)
        self.menuBar().addMenu(self.reports.menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("&User guide"),
            self.open_guide,
            QKeySequence.StandardKey.HelpContents,
        )

    def open_guide(self) -> None:
        from crm_desktop.ui.help import GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self)
        self.guide.show()
        self.guide.activateWindow()

    def _shower(self, key: str) -> Callable[[], object]:
        return lambda: self.show_view(key)

    def _action(
        self,
        menu: object,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        icon: str = "",
    ) -> QAction:
        action = QAction(svg_icon(icon), text, self) if icon else QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_status_bar(self) -> None:
        self.status_label = QLabel()
        self.undo_button = QPushButton(svg_icon("undo"), self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)  # the button stays as wide as its text, next to the message
        self.statusBar().addWidget(holder, 1)
        self.presence_label = QLabel()
        self.presence_label.setObjectName("presenceLabel")
        self.statusBar().addPermanentWidget(self.presence_label)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._expire_undo)
        self.state.message.connect(self.show_message)
        self.state.undo_offered.connect(self.offer_undo)

    # -- status bar and undo -----------------------------------------------
    def show_message(self, text: str) -> None:
        self.status_label.setText(text)

    def _show_others(self, names: list[str]) -> None:
        """Who else has the file open, from their heartbeats."""
        text = self.tr("Also open: {names}").format(names=", ".join(names))
        self.presence_label.setText(text if names else "")

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        self.status_label.setText(text)
        self._undo = undo
        self.undo_button.show()
        self._undo_timer.start(UNDO_SECONDS * 1000)

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.undo_button.hide()
        if action is None:
            return
        try:
            action()
        except CrmError as error:
            show_error(self, error)
            return
        self.status_label.setText(self.tr("Undone."))

    def _expire_undo(self) -> None:
        self._undo = None
        self.undo_button.hide()

    # -- navigation --------------------------------------------------------
    def current_view(self) -> MainView:
        widget = self.stack.currentWidget()
        assert isinstance(widget, MainView)
        return widget

    def show_view(self, key: str) -> MainView:
        view = self.views[key]
        row = list(self.views).index(key)
        self.sidebar.setCurrentRow(row)
        return view

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.view_changed.emit(list(self.views)[row])

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_record(self, kind: str, record_id: int) -> None:
        key = {
            "contact": "contacts",
            "company": "companies",
            "deal": "pipeline",
            "ticket": "tickets",
        }.get(kind, kind)
        if key in self.views:
            self.show_view(key).open_record(record_id)

    def show_list(self, link: ListLink) -> None:
        """Switch to the view of ``link`` narrowed to the records behind a figure."""
        if link.orders is not None:
            self.show_orders(link.orders, link.caption)
            return
        if link.view not in self.views:
            return
        view = self.show_view(link.view)
        if link.deals is not None and isinstance(view, PipelineView):
            view.show_deals(link.deals, link.caption)
        elif link.tickets is not None and isinstance(view, TicketsView):
            view.show_tickets(link.tickets, link.caption)
        elif link.task_section is not None and isinstance(view, TasksView):
            view.show_section(link.task_section)

    def show_orders(self, period: Period, caption: str) -> OrderListDialog:
        """The read-only list of the orders placed in ``period`` (orders have no view)."""
        dialog = OrderListDialog(self.state, period, caption, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.customer_requested.connect(self.open_record)
        self.orders_dialog = dialog
        dialog.show()
        return dialog

    def show_saved_view(self, view: SavedView) -> None:
        """Open the list of the smart list's records, narrowed by it."""
        key = SAVED_VIEW_KEYS.get(view.entity, view.entity)
        if key in self.views:
            self.show_view(key).show_saved_view(view)

    def export_saved_view(self, view: SavedView) -> None:
        """Open the smart list's records and export all of them through the list's Export."""
        key = SAVED_VIEW_KEYS.get(view.entity, view.entity)
        if key in self.views:
            self.show_view(key).export_saved_view(view)

    def new_record(self, key: str) -> None:
        if key in self.views:
            self.show_view(key).new_record()

    # -- files -------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{file} — crm-desktop").format(file=str(self.state.db.path)))
        remember_file(self.settings, self.state.db.path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for name in recent_files(self.settings):
            action = self.recent_menu.addAction(name)
            action.triggered.connect(lambda _c=False, n=name: self.open_file(Path(n)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(no recent files)")).setEnabled(False)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a CRM file"),
            str(self.state.db.path.parent),
            self.tr("CRM files (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if name:
            self.open_file(Path(name))

    def new_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New CRM file"),
            str(self.state.db.path.parent / "crm.sqlite3"),
            self.tr("CRM files (*.sqlite3)"),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        """Open ``path`` (created if new) in place of the current file; False if refused."""
        try:
            db = open_crm_file(path)
        except CrmError as error:
            show_error(self, error)
            return False
        self.state.switch_to(db)
        self.show_message(self.tr("Opened {file}").format(file=str(path)))
        self.safety.check_on_open()
        return True

    def open_import(self) -> None:
        """The import wizard, for contacts unless the Companies view is showing."""
        from crm_desktop.ui.imports.wizard import ImportWizard

        entity = "companies" if self.current_view().key == "companies" else "contacts"
        self.import_wizard = ImportWizard(self.state, self, entity)
        self.import_wizard.open()

    def open_settings(self) -> None:
        from crm_desktop.ui.dialogs.settings import SettingsDialog

        SettingsDialog(self.state, self).open()

    # -- layout ------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        for view in self.views.values():
            view.restore_layout(self.settings)
        last = self.settings.value("window/view")
        if isinstance(last, str) and last in self.views:
            self.show_view(last)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self.sidebar.currentRow() >= 0:
            self.settings.setValue("window/view", list(self.views)[self.sidebar.currentRow()])
        for view in self.views.values():
            view.save_layout(self.settings)
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_sidebar()  # rows have their styled height only once shown

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_layout()
        self.live.stop()
        super().closeEvent(event)


def default_views(state: AppState) -> list[MainView]:
    from crm_desktop.ui.analytics.view import CustomersView
    from crm_desktop.ui.companies.view import CompaniesView
    from crm_desktop.ui.contacts.view import ContactsView
    from crm_desktop.ui.dashboard.view import DashboardView
    from crm_desktop.ui.trash.view import TrashView

    return [
        DashboardView(state),
        ContactsView(state),
        CompaniesView(state),
        PipelineView(state),
        TicketsView(state),
        TasksView(state),
        CustomersView(state),
        TrashView(state),
    ]
