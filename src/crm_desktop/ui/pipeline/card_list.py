"""The cards of one stage: a list that paints cards, drags them out and takes them in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyleOptionViewItem,
    QWidget,
)

from crm_desktop.domain.pipeline import Stage
from crm_desktop.ui.pipeline.card import (
    CARD_ROLE,
    DEAL_MIME,
    Card,
    CardDelegate,
    deal_mime,
    mix_colours,
    read_deal_mime,
)


def column_colour(palette: QPalette) -> QColor:
    """A column's tint: the window colour a little towards the text colour."""
    window = palette.color(QPalette.ColorRole.Window)
    return mix_colours(window, palette.color(QPalette.ColorRole.WindowText), 0.06)


class CardList(QListWidget):
    """The cards of one stage; accepts cards dragged from other stages."""

    dropped = Signal(int, int, int)  # deal id, version seen, stage it was dropped on
    context_requested = Signal(object, QPoint)  # Card, global position

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.empty_text = self.tr("No deals")
        self._drop_target = False
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setSpacing(3)
        self.setFrameShape(QFrame.Shape.NoFrame)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, column_colour(palette))
        self.setPalette(palette)
        self.setAccessibleName(stage.name)

    # -- cards -------------------------------------------------------------------
    def set_cards(self, cards: Sequence[Card]) -> None:
        """Show ``cards``, keeping the chosen card and the scroll position of a reload."""
        current = self.current_card()
        scrolled = self.verticalScrollBar().value()
        self.clear()
        for card in cards:
            item = QListWidgetItem()
            item.setData(CARD_ROLE, card)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{card.row.title}, {card.value}")
            item.setToolTip(card.tooltip)
            self.addItem(item)
        if current is not None:
            self.select_deal(current.row.id, scroll=False)
        self.verticalScrollBar().setValue(scrolled)

    def cards(self) -> list[Card]:
        return [self.item(i).data(CARD_ROLE) for i in range(self.count())]

    def current_card(self) -> Card | None:
        item = self.currentItem()
        return None if item is None else item.data(CARD_ROLE)

    def item_for(self, deal_id: int) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(CARD_ROLE).row.id == deal_id:
                return item
        return None

    def select_deal(self, deal_id: int, scroll: bool = True) -> bool:
        item = self.item_for(deal_id)
        if item is None:
            return False
        self.setCurrentItem(item)
        if scroll:
            self.scrollToItem(item)
        return True

    # -- dragging out --------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [DEAL_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        return deal_mime(items[0].data(CARD_ROLE).row)

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt API
        # Our own drag, so Qt never removes the source item itself: the board is
        # read again from the file once the move is stored, and a refused move
        # (a cancelled lost reason, a conflict) leaves the card where it was.
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(deal_mime(item.data(CARD_ROLE).row))
        drag.setPixmap(self._card_pixmap(item))
        drag.setHotSpot(QPoint(20, 12))
        drag.exec(Qt.DropAction.MoveAction)

    def _card_pixmap(self, item: QListWidgetItem) -> QPixmap:
        rect = self.visualItemRect(item)
        pixmap = QPixmap(rect.size())
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = pixmap.rect()
        self.itemDelegate().paint(painter, option, self.indexFromItem(item))
        painter.end()
        return pixmap

    # -- dropping in ---------------------------------------------------------------
    def _accepts(
        self, event: QDragMoveEvent | QDragEnterEvent | QDropEvent
    ) -> tuple[int, int] | None:
        found = read_deal_mime(event.mimeData())
        if found is None or found[2] == self.stage.id:
            return None
        return found[0], found[1]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._accepts(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self._set_drop_target(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if self._accepts(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt API
        self._set_drop_target(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self._set_drop_target(False)
        found = self._accepts(event)
        if found is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        deal_id, version = found
        # Handled after the drag has finished: asking for a lost reason opens a
        # dialog, which must not run inside the platform's drag-and-drop loop.
        QTimer.singleShot(0, self, lambda: self.dropped.emit(deal_id, version, self.stage.id))

    def _set_drop_target(self, on: bool) -> None:
        if self._drop_target != on:
            self._drop_target = on
            self.viewport().update()

    # -- keys, menu, empty state ---------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        item = (
            self.itemAt(event.pos()) if event.reason() == QContextMenuEvent.Reason.Mouse else None
        )
        item = item or self.currentItem()
        if item is None:
            return
        self.setCurrentItem(item)
        self.context_requested.emit(item.data(CARD_ROLE), event.globalPos())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.count() and not self._drop_target:
            return
        painter = QPainter(self.viewport())
        palette = self.palette()
        if self._drop_target:
            colour = palette.color(QPalette.ColorRole.Highlight)
            pen = painter.pen()
            pen.setColor(colour)
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRoundedRect(self.viewport().rect().adjusted(2, 2, -2, -2), 6, 6)
        if not self.count():
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            area = self.viewport().rect().adjusted(8, 16, -8, -8)
            painter.drawText(
                area,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                self.empty_text,
            )
        painter.end()
