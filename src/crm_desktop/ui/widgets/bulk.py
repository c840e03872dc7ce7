"""Bulk actions on the selected rows of a list view: tag, assign owner, export, delete.

Small selections run at once; big ones go to the background in chunks with a
progress dialog and Cancel. A delete always offers Undo for what was deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QToolButton, QWidget

from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.tags import tag_names, tag_records
from crm_desktop.services.users import list_users
from crm_desktop.storage.database import Database
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.operations import Operation, Progress, run_in_background
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.tag_editor import TagNameDialog

# Up to this many records an action runs at once on the GUI thread (well under 100 ms).
CHUNK = 500

ExportFunction = Callable[[Database, Sequence[int], Path, Callable[[int, int], None]], int]


@dataclass(frozen=True)
class Chosen:
    """What a bulk action acts on: ids at hand, or every record the filter matches."""

    count: int
    ids: tuple[int, ...] = ()
    # Reads the ids on the worker thread ("all 100,000 contacts" are never in the table).
    reader: Callable[[], list[int]] | None = None

    @classmethod
    def of(cls, ids: Sequence[int] | Chosen) -> Chosen:
        return ids if isinstance(ids, Chosen) else cls(len(ids), tuple(int(i) for i in ids))

    def resolve(self) -> list[int]:
        return self.reader() if self.reader is not None else list(self.ids)


@dataclass(frozen=True)
class BulkOps:
    """The service functions and words of one kind of record."""

    entity_type: str  # "contact", as tags know it
    delete: Callable[[Database, Sequence[int]], object]
    restore: Callable[[Database, Sequence[int]], object]
    assign_owner: Callable[[Database, Sequence[int], int | None], object]
    export: ExportFunction
    default_file_name: str  # "contacts.csv"
    selection_text: Callable[[int], str]  # "3 contacts"
    deleted_text: Callable[[int], str]  # "3 contacts deleted."


class BulkActions(QObject):
    """Buttons and menu entries acting on ``selected()`` ids of a list view."""

    exported = Signal(str, int)  # path, rows written
    finished = Signal()  # a background action ended (done, failed or cancelled)

    def __init__(
        self,
        view: QWidget,
        state: AppState,
        ops: BulkOps,
        selected: Callable[[], Chosen],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.state = state
        self.ops = ops
        self.selected = selected
        self._operations: list[Operation] = []

        self.tag_button = QPushButton(self.tr("Add &tag…"))
        self.tag_button.setObjectName("bulkTagButton")
        self.tag_button.clicked.connect(lambda: self.add_tag(self.selected()))
        self.owner_button = QToolButton()
        self.owner_button.setObjectName("bulkOwnerButton")
        self.owner_button.setText(self.tr("Assign &owner"))
        self.owner_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.owner_menu = QMenu(self.owner_button)
        self.owner_menu.aboutToShow.connect(lambda: self._fill_owner_menu(self.owner_menu))
        self.owner_button.setMenu(self.owner_menu)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("bulkExportButton")
        self.export_button.clicked.connect(lambda: self.export(self.selected()))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("bulkDeleteButton")
        self.delete_button.clicked.connect(lambda: self.delete(self.selected()))

    def buttons(self) -> list[QWidget]:
        return [self.tag_button, self.owner_button, self.export_button, self.delete_button]

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons():
            button.setEnabled(enabled)

    def fill_menu(self, menu: QMenu) -> None:
        """The bulk entries of a table's context menu."""
        menu.addAction(self.tr("Add &tag…"), lambda: self.add_tag(self.selected()))
        owners = menu.addMenu(self.tr("Assign &owner"))
        self._fill_owner_menu(owners)
        menu.addAction(self.tr("E&xport to CSV…"), lambda: self.export(self.selected()))
        menu.addSeparator()
        menu.addAction(self.tr("&Delete"), lambda: self.delete(self.selected()))

    def _fill_owner_menu(self, menu: QMenu) -> None:
        menu.clear()
        for user in list_users(self.state.db):
            menu.addAction(user.name, self._assigner(int(user.id)))
        menu.addSeparator()
        menu.addAction(self.tr("Unassigned"), self._assigner(None))

    def _assigner(self, owner_id: int | None) -> Callable[[], None]:
        return lambda: self.assign_owner(self.selected(), owner_id)

    # -- questions (tests replace these) --------------------------------------------------------
    def ask_tag_name(self, count: int) -> str | None:
        names = tag_names(self.state.db)
        prompt = self.tr("Tag to add to {records}:").format(records=self.ops.selection_text(count))
        dialog = TagNameDialog(names, prompt, self.view)
        if dialog.exec() != TagNameDialog.DialogCode.Accepted:
            return None
        return dialog.name() or None

    def confirm_delete(self, count: int) -> bool:
        answer = QMessageBox.question(
            self.view,
            self.tr("Delete"),
            self.tr("Move {records} to the trash? You can undo this right after.").format(
                records=self.ops.selection_text(count)
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_export_path(self, count: int) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self.view,
            self.tr("Export {records}").format(records=self.ops.selection_text(count)),
            str(Path(folder) / self.ops.default_file_name),
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".csv")

    # -- the actions ---------------------------------------------------------------------------
    def add_tag(self, ids: Sequence[int] | Chosen) -> None:
        chosen = Chosen.of(ids)
        if not chosen.count:
            return
        name = self.ask_tag_name(chosen.count)
        if not name:
            return
        db, kind = self.state.db, self.ops.entity_type

        def done(tagged: list[int]) -> None:
            self.state.say(
                self.tr("Added the tag “{tag}” to {records}.").format(
                    records=self.ops.selection_text(len(tagged)), tag=name
                )
            )

        self._run(chosen, lambda chunk: tag_records(db, kind, chunk, [name]), done)

    def assign_owner(self, ids: Sequence[int] | Chosen, owner_id: int | None) -> None:
        chosen = Chosen.of(ids)
        if not chosen.count:
            return
        db = self.state.db

        def done(changed: list[int]) -> None:
            self.state.say(
                self.tr("Owner changed on {records}.").format(
                    records=self.ops.selection_text(len(changed))
                )
            )

        self._run(chosen, lambda chunk: self.ops.assign_owner(db, chunk, owner_id), done)

    def delete(self, ids: Sequence[int] | Chosen) -> None:
        chosen = Chosen.of(ids)
        if not chosen.count or (chosen.count > 1 and not self.confirm_delete(chosen.count)):
            return
        db = self.state.db

        def done(deleted: list[int]) -> None:
            if deleted:
                self.state.offer_undo(
                    self.ops.deleted_text(len(deleted)), lambda: self.restore(list(deleted))
                )

        self._run(chosen, lambda chunk: self.ops.delete(db, chunk), done)

    def restore(self, ids: Sequence[int]) -> None:
        """Undo of a delete: back from the trash, all of them."""
        db = self.state.db
        self._run(Chosen.of(ids), lambda chunk: self.ops.restore(db, chunk), lambda _done: None)

    def export(self, ids: Sequence[int] | Chosen) -> None:
        chosen = Chosen.of(ids)
        if not chosen.count:
            return
        path = self.ask_export_path(chosen.count)
        if path is None:
            return
        db = self.state.db

        def work(progress: Progress) -> int:
            def report(done: int, total: int) -> None:
                progress.check()
                progress.report(done, total)

            return self.ops.export(db, chosen.resolve(), path, report)

        def written(count: int) -> None:
            self.state.say(
                self.tr("Exported {records} to {file}.").format(
                    records=self.ops.selection_text(count), file=str(path)
                )
            )
            self.exported.emit(str(path), count)

        self._start(work, written, self.tr("Exporting…"))

    # -- running ----------------------------------------------------------------------------
    def _run(
        self,
        chosen: Chosen,
        action: Callable[[list[int]], object],
        done: Callable[[Any], None],
    ) -> None:
        """``action`` over the chosen ids in chunks; ``done`` gets the ids it was done for."""
        if chosen.reader is None and chosen.count <= CHUNK:
            ids = list(chosen.ids)
            try:
                action(ids)
            except ValidationError as error:
                self.state.say(next(iter(error.errors.values())))
                return
            except CrmError as error:
                show_error(self.view, error)
                return
            done(ids)
            return

        finished: list[int] = []

        def work(progress: Progress) -> list[int]:
            ids = chosen.resolve()
            for start in range(0, len(ids), CHUNK):
                progress.check()  # Cancel stops between chunks; finished ones stay done
                chunk = ids[start : start + CHUNK]
                action(chunk)
                finished.extend(chunk)
                progress.report(len(finished), len(ids))
            return finished

        def failed(error: BaseException) -> None:
            done(list(finished))  # what was done before the failure can still be undone
            show_error(self.view, error)

        label = self.tr("Working on {records}…").format(
            records=self.ops.selection_text(chosen.count)
        )
        self._start(work, done, label, failed, on_cancel=lambda: done(list(finished)), writes=True)

    def _start(
        self,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        label: str,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        writes: bool = False,
    ) -> None:
        """Run ``work`` in the background; a job that ``writes`` holds change notices.

        Views then reload at most every few hundred milliseconds while it runs,
        and once when it ends, instead of once per chunk.
        """
        outcome: list[str] = []

        def succeeded(result: object) -> None:
            outcome.append("done")
            on_success(result)

        def failed(error: BaseException) -> None:
            outcome.append("failed")
            if on_failure is not None:
                on_failure(error)
            else:
                show_error(self.view, error)

        if writes:
            self.state.hold()
        operation = run_in_background(
            self.view, work, succeeded, failed, label=label, cancellable=True
        )
        self._operations.append(operation)

        def ended() -> None:
            self._operations.remove(operation)
            if writes:
                self.state.release()
            if not outcome and on_cancel is not None:  # neither done nor failed: cancelled
                on_cancel()
            self.finished.emit()

        operation.finished.connect(ended)
