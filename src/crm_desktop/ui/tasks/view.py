"""The Tasks view: my tasks as Overdue / Today / Upcoming; tick them off, open their records."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.activities import TaskRow
from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.activities import (
    complete_task,
    delete_activity,
    list_tasks,
    reopen_task,
    restore_activity,
)
from crm_desktop.services.activity_lists import ActivityFilter
from crm_desktop.services.users import current_user, list_users
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.export_list import ListExport
from crm_desktop.ui.state import AppState
from crm_desktop.ui.tasks.form import TaskForm
from crm_desktop.ui.tasks.model import COLUMNS, Section, TaskTreeModel
from crm_desktop.ui.views import MainView
from crm_desktop.ui.widgets.empty_state import placeholder_label

EVERYONE = -1
# Done tasks shown under "Show done", the most recently finished first.
DONE_LIMIT = 50


class TasksView(MainView):
    key = "tasks"

    # kind ("contact", "company", "deal", "ticket"), id: the record a task is about
    open_requested = Signal(str, int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.form: TaskForm | None = None
        self.model = TaskTreeModel(self)
        self.model.toggle_requested.connect(self.set_done)

        self.new_button = QPushButton(self.tr("&New task"))
        self.new_button.setObjectName("newTaskButton")
        self.new_button.clicked.connect(self.new_record)
        self.owner = QComboBox()
        self.owner.setObjectName("ownerChooser")
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.owner.currentIndexChanged.connect(lambda _i: self.reload_tasks())
        owner_label = QLabel(self.tr("Tasks &of:"))
        owner_label.setBuddy(self.owner)
        self.show_done = QCheckBox(self.tr("Show &done"))
        self.show_done.setObjectName("showDone")
        self.show_done.toggled.connect(lambda _on: self.reload_tasks())
        self.count_label = QLabel()
        self.count_label.setObjectName("taskCount")

        self.tree = QTreeView()
        self.tree.setObjectName("taskTree")
        self.tree.setModel(self.model)
        self._setup_tree()
        self.empty_label = placeholder_label()
        self.empty_label.setObjectName("emptyState")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty_label)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addSpacing(12)
        top.addWidget(owner_label)
        top.addWidget(self.owner)
        top.addSpacing(6)
        top.addWidget(self.show_done)
        top.addStretch(1)
        self.list_export = ListExport(
            self, state, "activities", self.task_filter, ("ical", "csv", "json"), "tasks"
        )
        self.export_button = self.list_export.make_button(self.tr("E&xport…"))
        top.addWidget(self.export_button)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.reload()

    def _setup_tree(self) -> None:
        tree = self.tree
        tree.setHeaderHidden(True)
        tree.setRootIsDecorated(False)
        tree.setItemsExpandable(False)
        tree.setAllColumnsShowFocus(True)
        tree.setAlternatingRowColors(False)
        tree.setIndentation(0)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setStyleSheet("QTreeView#taskTree::item { padding: 5px 4px; }")
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)
        em = tree.fontMetrics().averageCharWidth()
        header.resizeSection(COLUMNS.index("linked"), 34 * em)
        header.resizeSection(COLUMNS.index("due"), 24 * em)
        tree.doubleClicked.connect(self._double_clicked)
        tree.installEventFilter(self)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)

    def title(self) -> str:
        return self.tr("Tasks")

    # -- loading ---------------------------------------------------------------
    def reload(self) -> None:
        self._fill_owners(keep=False)  # user ids of another file mean other people
        self.reload_tasks()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches("users"):
            self._fill_owners()
        if changes.touches("activities", "contacts", "companies", "deals", "tickets", "users"):
            self.reload_tasks()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        # Coming back to the view on another day moves tasks between sections.
        self.reload_tasks()
        super().showEvent(event)

    def _fill_owners(self, keep: bool = True) -> None:
        chosen = self.owner.currentData() if keep else None
        me = current_user(self.state.db)
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Me ({name})").format(name=me.name), int(me.id))
        for user in list_users(self.state.db):
            if user.id != me.id:
                self.owner.addItem(user.name, int(user.id))
        self.owner.addItem(self.tr("Everyone"), EVERYONE)
        self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)) if chosen else 0)
        self.owner.blockSignals(False)

    def owner_id(self) -> int | None:
        """The user whose tasks are shown; None for everyone."""
        chosen = self.owner.currentData()
        if chosen is None:
            return int(current_user(self.state.db).id)
        return None if chosen == EVERYONE else int(chosen)

    def task_filter(self) -> ActivityFilter:
        """The tasks shown: the chosen owner's, done ones too when "Show done" is on."""
        state = "" if self.show_done.isChecked() else "open"
        return ActivityFilter(kinds=("task",), owner_id=self.owner_id(), state=state)

    def show_section(self, key: str) -> None:
        """Everyone's tasks, the first of section ``key`` ("today", ...) chosen and in view."""
        self.owner.setCurrentIndex(self.owner.findData(EVERYONE))  # reloads when it changes
        tasks = self.model.tasks_in(key)
        if tasks:
            index = self.model.index_of(tasks[0].id)
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def reload_tasks(self) -> None:
        db = self.state.db
        owner = self.owner_id()
        keys = ["overdue", "today", "upcoming"]
        sections = [Section(key, tuple(list_tasks(db, owner, key))) for key in keys]
        if self.show_done.isChecked():
            done = list_tasks(db, owner, "done", limit=DONE_LIMIT)
            sections.append(Section("done", tuple(done)))
        selected = self.selected_task()
        scroll = self.tree.verticalScrollBar().value()  # kept when a colleague's edit reloads
        self.model.show_owner = owner is None
        self.model.set_sections(sections, db.now())
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        if selected is not None:
            index = self.model.index_of(selected.id)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self.tree.verticalScrollBar().setValue(scroll)
        self._update_counts()

    def _update_counts(self) -> None:
        open_count = self.model.task_count("overdue", "today", "upcoming")
        late = self.model.task_count("overdue")
        if late:
            text = self.tr("%Ln open tasks, {late} overdue", "", open_count).format(late=late)
        else:
            text = self.tr("%Ln open tasks", "", open_count)
        self.count_label.setText(text)
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.tree)
            return
        self.empty_label.setText(
            self.tr("Nothing to do: no open tasks.\nAdd one with “New task” (Ctrl+Shift+A).")
        )
        self.stack.setCurrentWidget(self.empty_label)

    # -- acting on tasks ---------------------------------------------------------
    def selected_task(self) -> TaskRow | None:
        return self.model.task_at(self.tree.currentIndex())

    def set_done(self, task: TaskRow, done: bool) -> None:
        db = self.state.db
        try:
            if done:
                complete_task(db, task.id, expected_version=task.version)
            else:
                reopen_task(db, task.id, expected_version=task.version)
        except CrmError as error:
            show_error(self, error)
            self.reload_tasks()
            return
        if done:
            self.state.offer_undo(
                self.tr("Task done: {subject}").format(subject=task.subject),
                lambda: reopen_task(db, task.id),
            )

    def open_linked(self, task: TaskRow) -> None:
        """Show the record the task is about, in its own view."""
        if task.linked_type is None or task.linked_id is None:
            self.state.say(self.tr("This task is not about a particular record."))
            return
        self.open_requested.emit(task.linked_type, task.linked_id)
        window = self.window()
        opener = getattr(window, "open_record", None)
        if window is not self and callable(opener):
            opener(task.linked_type, task.linked_id)

    def delete_task(self, task: TaskRow) -> None:
        db = self.state.db
        try:
            delete_activity(db, task.id, expected_version=task.version)
        except CrmError as error:
            show_error(self, error)
            return
        self.state.offer_undo(self.tr("Task deleted."), lambda: restore_activity(db, task.id))

    def new_record(self) -> None:
        self.form = TaskForm(self.state, self.owner_id(), self)
        self.form.saved.connect(self._created)
        self.form.open()

    def open_record(self, record_id: int) -> None:
        index = self.model.index_of(record_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _created(self, task_id: int) -> None:
        self.open_record(task_id)

    def _double_clicked(self, index: QModelIndex) -> None:
        task = self.model.task_at(index)
        if task is not None:
            self.open_linked(task)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            task = self.selected_task()
            if task is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_linked(task)
                return True
            if task is not None and event.matches(QKeySequence.StandardKey.Delete):
                self.delete_task(task)
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, position: QPoint) -> None:
        task = self.model.task_at(self.tree.indexAt(position))
        if task is None:
            return
        menu = QMenu(self)
        opener = menu.addAction(self.tr("&Open {what}").format(what=task.linked_title or "…"))
        opener.setEnabled(task.linked_type is not None)
        opener.triggered.connect(lambda: self.open_linked(task))
        toggle = menu.addAction(self.tr("&Reopen") if task.done_at else self.tr("&Mark done"))
        toggle.triggered.connect(lambda: self.set_done(task, not task.done_at))
        menu.addSeparator()
        menu.addAction(self.tr("&Delete task")).triggered.connect(lambda: self.delete_task(task))
        menu.popup(self.tree.viewport().mapToGlobal(position))

    # -- layout ------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/header", self.tree.header().saveState())
        settings.setValue(f"{self.key}/show_done", self.show_done.isChecked())

    def restore_layout(self, settings: QSettings) -> None:
        header = settings.value(f"{self.key}/header")
        if header is not None:
            self.tree.header().restoreState(header)
        self.show_done.setChecked(bool(settings.value(f"{self.key}/show_done", False, type=bool)))
