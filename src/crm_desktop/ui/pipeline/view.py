"""The Pipeline view: a kanban board (or a list) of the deals of one pipeline."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.pipeline import LOST, OPEN, WON, Deal, DealFilter, Pipeline, Stage
from crm_desktop.domain.saved_views import SavedView
from crm_desktop.services.deal_lists import board_deals, board_totals, lost_reasons
from crm_desktop.services.deals import delete_deal, get_deal, move_deal_to_stage, restore_deal
from crm_desktop.services.orders import today
from crm_desktop.services.pipeline import get_pipeline
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.export_list import ListExport
from crm_desktop.ui.pipeline.board import PipelineBoard
from crm_desktop.ui.pipeline.card import Card
from crm_desktop.ui.pipeline.close_dialog import ask_lost_reason, confirm_won
from crm_desktop.ui.pipeline.deal_form import DealDialog
from crm_desktop.ui.pipeline.deal_list import DealListView
from crm_desktop.ui.pipeline.filters import DealFilterBar
from crm_desktop.ui.pipeline.formatting import MoneyFormat
from crm_desktop.ui.state import AppState
from crm_desktop.ui.views import MainView
from crm_desktop.ui.widgets.formatting import money_sum_text
from crm_desktop.ui.widgets.shown_list_banner import ShownListBanner

CARDS_PER_STAGE = 100
CLOSED_WITHIN_DAYS = 90
BOARD, LIST = "board", "list"
_TABLES = ("deals", "stages", "pipelines", "companies", "contacts", "users")


class PipelineView(MainView):
    """Deals of the chosen pipeline, filtered by owner and expected close date.

    ``ask_lost_reason(title)`` and ``ask_won(title)`` ask the user before a deal
    is closed; tests replace them.
    """

    key = "pipeline"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.ask_lost_reason: Callable[[str], str | None] = lambda title: ask_lost_reason(
            self, title, lost_reasons(self.state.db)
        )
        self.ask_won: Callable[[str], bool] = lambda title: confirm_won(self, title)
        self.dialog: DealDialog | None = None
        self.cards_per_stage = CARDS_PER_STAGE
        self._stale = True

        self.filters = DealFilterBar(state)
        self.board_button = QToolButton()
        self.board_button.setText(self.tr("&Board"))
        self.list_button = QToolButton()
        self.list_button.setText(self.tr("L&ist"))
        self.modes = QButtonGroup(self)
        for button in (self.board_button, self.list_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.modes.addButton(button)
        self.board_button.setChecked(True)
        self.new_button = QPushButton(self.tr("&New deal"))
        self.new_button.setObjectName("newDeal")

        self.board = PipelineBoard()
        self.list = DealListView(state)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.list)
        self.summary = QLabel()
        self.summary.setObjectName("pipelineSummary")
        # Deals a dashboard figure stands for, shown in the list until cleared.
        self.shown: DealFilter | None = None
        self.banner = ShownListBanner()
        self.banner.cleared.connect(self.show_all_deals)

        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 0)
        top.addWidget(self.filters)
        top.addStretch(1)
        top.addWidget(self.board_button)
        top.addWidget(self.list_button)
        top.addSpacing(12)
        self.list_export = ListExport(self, state, "deals", self.filters.deal_filter)
        self.export_button = self.list_export.make_button(self.tr("E&xport…"))
        top.addWidget(self.export_button)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(12, 0, 12, 6)
        bottom.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(12, 0, 12, 0)
        banner_row.addWidget(self.banner)
        layout.addLayout(banner_row)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        self.filters.changed.connect(self.show_all_deals)
        self.modes.buttonToggled.connect(lambda _button, on: self._mode_chosen() if on else None)
        self.new_button.clicked.connect(self.new_record)
        self.board.deal_moved.connect(self.move_deal)
        self.board.deal_activated.connect(self.open_deal)
        self.board.context_requested.connect(self._card_menu)
        self.list.deal_activated.connect(self.open_deal)

    def title(self) -> str:
        return self.tr("Pipeline")

    # -- loading ---------------------------------------------------------------------
    def mode(self) -> str:
        return LIST if self.list_button.isChecked() else BOARD

    def set_mode(self, mode: str) -> None:
        (self.list_button if mode == LIST else self.board_button).setChecked(True)

    def reload(self) -> None:
        self.shown = None  # another file: its figures are other deals
        self.banner.hide()
        self.filters.reload_choices()
        self._load()

    def show_deals(self, spec: DealFilter, caption: str) -> None:
        """List the deals ``spec`` selects (a dashboard figure's), saying so above them."""
        if spec.pipeline_id is not None:
            self.filters.set_pipeline(spec.pipeline_id)
        self.shown = spec
        self.banner.show_caption(caption)
        if self.mode() == LIST:
            self._load()
        else:
            self.set_mode(LIST)  # loads

    def show_all_deals(self) -> None:
        """Back to the deals the filter row chooses."""
        self.shown = None
        self.banner.hide()
        self._load()

    def _mode_chosen(self) -> None:
        if self.mode() == BOARD and self.shown is not None:
            self.show_all_deals()  # the board shows a pipeline, not a figure's deals
        else:
            self._load()

    def _load(self) -> None:
        self._stale = False
        if self.mode() == LIST:
            self.stack.setCurrentWidget(self.list)
            self.list.set_filter(self.shown or self.filters.deal_filter())
            self.summary.setText("")
            return
        self.stack.setCurrentWidget(self.board)
        pipeline = self.filters.pipeline()
        if pipeline is None:
            self.summary.setText(self.tr("There is no pipeline in this file."))
            return
        db = self.state.db
        spec = self.filters.deal_filter()
        money = MoneyFormat()
        now, on = db.clock(), today(db)
        rows = board_deals(
            db, spec, per_stage=self.cards_per_stage, closed_within_days=CLOSED_WITHIN_DAYS
        )
        totals = board_totals(db, spec, closed_within_days=CLOSED_WITHIN_DAYS)
        cards = [Card.of(row, money, now, on) for row in rows]
        self.board.show_board(pipeline, cards, totals, money, CLOSED_WITHIN_DAYS)
        open_ids = {s.id for s in pipeline.stages if s.outcome == OPEN}
        open_totals = [t for t in totals if t.stage_id in open_ids]
        count = sum(t.count for t in open_totals)
        if count == 0:
            self.summary.setText(
                self.tr("No open deals match these filters.")
                if self.filters.is_filtered()
                else self.tr("No open deals yet: add one with “New deal”.")
            )
            return
        worth = money_sum_text((t.value_minor, t.currency) for t in open_totals)
        weighted = money_sum_text((t.weighted_value_minor, t.currency) for t in open_totals)
        text = (
            self.tr("%n open deal worth {worth}, weighted {weighted}", "", count)
            if count == 1
            else self.tr("%n open deals worth {worth}, weighted {weighted}", "", count)
        )
        self.summary.setText(text.format(worth=worth, weighted=weighted))

    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(*_TABLES):
            return
        if not self.isVisible():
            self._stale = True  # read when next shown, not for every write elsewhere
        elif changes.touches("pipelines", "stages", "users"):
            self.reload()
        else:
            self._load()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    # -- moving and closing deals ------------------------------------------------------
    def _card(self, deal_id: int) -> Card | None:
        return next((c for c in self.board.cards() if c.row.id == deal_id), None)

    def move_deal(self, deal_id: int, version: int, stage_id: int) -> bool:
        """Move a deal (dropped on another column) after asking what closing needs."""
        pipeline = self.filters.pipeline()
        card = self._card(deal_id)
        if card is None:
            try:  # the board was read again while the card was dragged
                deal = get_deal(self.state.db, deal_id)
            except CrmError as error:
                show_error(self, error)
                return False
            title, from_stage = deal.title, deal.stage_id
        else:
            title, from_stage = card.row.title, card.row.stage_id
        target = None if pipeline is None else pipeline.stage(stage_id)
        if pipeline is None or target is None:
            return False
        return self._move(deal_id, version, title, pipeline.stage(from_stage), target)

    def close_deal(self, deal: Deal, outcome: str) -> bool:
        """Close ``deal`` as won or lost (the deal dialog's buttons); True when done."""
        try:
            pipeline: Pipeline = get_pipeline(self.state.db, deal.pipeline_id)
        except CrmError as error:
            show_error(self, error)
            return False
        target = pipeline.won_stage if outcome == WON else pipeline.lost_stage
        if target is None:
            return False
        return self._move(deal.id, deal.version, deal.title, pipeline.stage(deal.stage_id), target)

    def _move(
        self, deal_id: int, version: int, title: str, source: Stage | None, target: Stage
    ) -> bool:
        reason = ""
        if target.outcome == LOST:
            reason = self.ask_lost_reason(title) or ""
            if not reason.strip():
                return False  # cancelled: the card stays where it was
        elif target.outcome == WON and not self.ask_won(title):
            return False
        db = self.state.db
        try:
            move_deal_to_stage(db, deal_id, target.id, expected_version=version, lost_reason=reason)
        except CrmError as error:
            show_error(self, error)
            self._load()  # show the deal where the file has it now
            return False
        message = self.tr("“{title}” moved to {stage}.").format(title=title, stage=target.name)
        if source is not None and source.outcome != LOST:
            back = source.id
            self.state.offer_undo(message, lambda: move_deal_to_stage(db, deal_id, back))
        else:
            self.state.say(message)
        return True

    # -- opening, creating, deleting -----------------------------------------------------
    def open_deal(self, deal_id: int) -> DealDialog | None:
        try:
            deal = get_deal(self.state.db, deal_id)
        except CrmError as error:
            show_error(self, error)
            return None
        self.dialog = DealDialog(self.state, deal, close_deal=self.close_deal, parent=self)
        self.dialog.open()
        return self.dialog

    def new_deal(self) -> DealDialog:
        self._ensure_loaded()
        self.dialog = DealDialog(self.state, None, pipeline=self.filters.pipeline(), parent=self)
        self.dialog.open()
        return self.dialog

    def new_record(self) -> None:
        self.new_deal()

    def show_saved_view(self, view: SavedView) -> None:
        # The list, not the board: a smart list may span pipelines and stages.
        self.set_mode(LIST)
        self.filters.show_saved_view(view.name, view.filter)

    def export_saved_view(self, view: SavedView) -> None:
        """Show the smart list and export exactly its deals through the list's Export."""
        self.show_saved_view(view)
        self.list_export.export_filter(DealFilter(view=view.filter))

    def open_record(self, record_id: int) -> None:
        """Show the deal's card (switching pipeline if needed) and open it."""
        self._ensure_loaded()
        try:
            deal = get_deal(self.state.db, record_id)
        except CrmError as error:
            show_error(self, error)
            return
        if self.filters.pipeline_id() != deal.pipeline_id:
            self.filters.set_pipeline(deal.pipeline_id)
        found = (
            self.list.select_deal(deal.id)
            if self.mode() == LIST
            else self.board.select_deal(deal.id)
        )
        if not found and self.filters.is_filtered():
            self.filters.clear_filters()  # it was hidden by the owner or date filter
            if self.mode() == BOARD:
                self.board.select_deal(deal.id)
            else:
                self.list.select_deal(deal.id)
        self.open_deal(deal.id)

    def delete_deal(self, card: Card) -> None:
        db = self.state.db
        deal_id = card.row.id
        try:
            delete_deal(db, deal_id, expected_version=card.row.version)
        except CrmError as error:
            show_error(self, error)
            return
        self.state.offer_undo(
            self.tr("Deal “{title}” deleted.").format(title=card.row.title),
            lambda: restore_deal(db, deal_id),
        )

    def _card_menu(self, card: Card, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.open_deal(card.row.id))
        move_menu = menu.addMenu(self.tr("&Move to"))
        pipeline = self.filters.pipeline()
        for stage in pipeline.stages if pipeline is not None else ():
            action = move_menu.addAction(stage.name, self._mover(card, stage.id))
            action.setEnabled(stage.id != card.row.stage_id)
        menu.addSeparator()
        menu.addAction(self.tr("&Delete"), lambda: self.delete_deal(card))
        menu.popup(where)

    def _mover(self, card: Card, stage_id: int) -> Callable[[], object]:
        return lambda: self.move_deal(card.row.id, card.row.version, stage_id)

    # -- layout --------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/mode", self.mode())
        settings.setValue(f"{self.key}/pipeline", self.filters.pipeline_id())
        settings.setValue(f"{self.key}/list_header", self.list.table.header_state())

    def restore_layout(self, settings: QSettings) -> None:
        header = settings.value(f"{self.key}/list_header")
        if header is not None:
            self.list.table.restore_header_state(header)
        mode = settings.value(f"{self.key}/mode")
        self.filters.blockSignals(True)
        self.modes.blockSignals(True)
        self.set_mode(str(mode) if mode else BOARD)
        self.modes.blockSignals(False)
        pipeline = settings.value(f"{self.key}/pipeline")
        if pipeline is not None:
            self.filters.reload_choices()
            self.filters.set_pipeline(int(pipeline))
        self.filters.blockSignals(False)
        self._stale = True
