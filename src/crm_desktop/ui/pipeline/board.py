"""The kanban board: a column per stage, deal cards dragged between them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.pipeline import LOST, WON, Pipeline, Stage, StageTotal
from crm_desktop.ui.pipeline.card import CARD_ROLE, Card, mix_colours
from crm_desktop.ui.pipeline.card_list import CardList, column_colour
from crm_desktop.ui.pipeline.formatting import MoneyFormat

COLUMN_MIN_WIDTH = 220
COLUMN_MAX_WIDTH = 320
COLUMN_SPACING = 10

_OUTCOME_COLOURS = {WON: QColor("#2e7d32"), LOST: QColor("#c62828")}
_OPEN_COLOUR = QColor("#1e88e5")


class StageColumn(QFrame):
    """A stage's header (name, probability, count, totals) above its cards."""

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"stageColumn{stage.id}")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setMaximumWidth(COLUMN_MAX_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.Window, column_colour(palette))
        self.setPalette(palette)

        self.accent = QFrame()
        self.accent.setFixedHeight(3)
        colour = _OUTCOME_COLOURS.get(stage.outcome, _OPEN_COLOUR)
        self.accent.setStyleSheet(f"background: {colour.name()}; border: none;")
        self.name_label = QLabel()
        self.name_label.setObjectName("stageName")
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.count_label = QLabel()
        self.count_label.setObjectName("stageCount")
        self.total_label = QLabel()
        self.total_label.setObjectName("stageTotal")
        self.total_label.setWordWrap(True)
        self.more_label = QLabel()
        self.more_label.setObjectName("stageMore")
        self.more_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        self.cards = CardList(stage, self)
        # The header takes drops too: users aim at the column, not at its list.
        self.setAcceptDrops(True)

        header = QVBoxLayout()
        header.setContentsMargins(10, 8, 10, 4)
        header.setSpacing(2)
        header.addWidget(self.name_label)
        header.addWidget(self.count_label)
        header.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(self.accent)
        layout.addLayout(header)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.more_label)
        quiet = mix_colours(text, window, 0.4).name()
        for label in (self.count_label, self.total_label, self.more_label):
            label.setStyleSheet(f"color: {quiet};")

    def show_stage(
        self,
        cards: Sequence[Card],
        totals: Sequence[StageTotal],
        money: MoneyFormat,
        closed_within_days: int,
    ) -> None:
        stage = self.stage
        name = stage.name.replace("&", "&amp;").replace("<", "&lt;")
        probability = "" if stage.is_closed else f"&nbsp;&nbsp;{stage.probability}%"
        self.name_label.setText(f"<b>{name}</b>{probability}")
        count = sum(t.count for t in totals)
        # Two source texts until an English .qm supplies Qt's plural forms.
        text = self.tr("%n deal", "", count) if count == 1 else self.tr("%n deals", "", count)
        if stage.is_closed:
            text = self.tr("{deals}, last {days} days").format(deals=text, days=closed_within_days)
        self.count_label.setText(text)
        self.total_label.setText(money.totals(totals) if totals else "—")
        self.cards.set_cards(cards)
        hidden = count - len(cards)
        self.more_label.setVisible(hidden > 0)
        self.more_label.setText(self.tr("+{count} more in the list view").format(count=hidden))

    def count(self) -> int:
        return self.cards.count()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        self.cards.dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        self.cards.dragMoveEvent(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt API
        self.cards.dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self.cards.dropEvent(event)


class PipelineBoard(QScrollArea):
    """Columns side by side, scrolling sideways when they do not fit."""

    deal_moved = Signal(int, int, int)  # deal id, version seen, target stage id
    deal_activated = Signal(int)  # deal id
    context_requested = Signal(object, QPoint)  # Card, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[StageColumn] = []
        self._stages: tuple[tuple[int, str, int, str], ...] = ()
        self._last_list: CardList | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget()
        self.row = QHBoxLayout(self.inner)
        self.row.setContentsMargins(12, 10, 12, 10)
        self.row.setSpacing(COLUMN_SPACING)
        self.setWidget(self.inner)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(900, 600)

    def show_board(
        self,
        pipeline: Pipeline,
        cards: Sequence[Card],
        totals: Sequence[StageTotal],
        money: MoneyFormat,
        closed_within_days: int,
    ) -> None:
        """Show ``cards`` in their stages; columns are rebuilt only when the stages changed."""
        stages = tuple((s.id, s.name, s.probability, s.outcome) for s in pipeline.stages)
        if stages != self._stages:
            self._build_columns(pipeline.stages)
            self._stages = stages
        for column in self.columns:
            column.show_stage(
                [c for c in cards if c.row.stage_id == column.stage.id],
                [t for t in totals if t.stage_id == column.stage.id],
                money,
                closed_within_days,
            )

    def _build_columns(self, stages: Sequence[Stage]) -> None:
        while self.row.count():
            taken = self.row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.columns = []
        self._last_list = None
        for stage in stages:
            column = StageColumn(stage, self.inner)
            column.cards.dropped.connect(self.deal_moved)
            column.cards.itemActivated.connect(
                lambda item: self.deal_activated.emit(item.data(CARD_ROLE).row.id)
            )
            column.cards.context_requested.connect(self.context_requested)
            column.cards.currentItemChanged.connect(
                lambda current, _old, cards=column.cards: self._card_chosen(cards, current)
            )
            self.row.addWidget(column, 1)
            column.show()  # at once: a layout would show it only on the next event loop pass
            self.columns.append(column)
        self.row.addStretch(0)

    def column_for(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def select_deal(self, deal_id: int) -> bool:
        """Select and scroll to the deal's card; False when the board does not show it."""
        for column in self.columns:
            if column.cards.select_deal(deal_id):
                self.ensureWidgetVisible(column, 0, 0)
                column.cards.setFocus()
                return True
        return False

    def _card_chosen(self, cards: CardList, current: QListWidgetItem | None) -> None:
        """One selected card on the whole board, not one per column."""
        if current is None:
            return
        self._last_list = cards
        for column in self.columns:
            if column.cards is not cards:
                column.cards.clearSelection()
                column.cards.setCurrentRow(-1)

    def current_card(self) -> Card | None:
        return None if self._last_list is None else self._last_list.current_card()

    def cards(self) -> list[Card]:
        return [card for column in self.columns for card in column.cards.cards()]
