"""The subject cell of the queue: the subject, and under it who asked, in grey."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.ui.tickets.model import SECONDARY_ROLE

_PAD = 4
_GAP = 1


class TwoLineDelegate(QStyledItemDelegate):
    """Paints DisplayRole on the first line and ``SECONDARY_ROLE`` smaller on the second."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, selection and focus as the style draws them for any cell.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        font = QFont(opt.font)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(palette.color(text_role))
        first = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(
            first,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        secondary = index.data(SECONDARY_ROLE)
        if secondary:
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(small)
            small_metrics = QFontMetrics(small)
            if not selected:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            second = QRect(rect.left(), first.bottom() + _GAP, rect.width(), small_metrics.height())
            painter.drawText(
                second,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                small_metrics.elidedText(str(secondary), Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), two_line_height(option))


def two_line_height(option: QStyleOptionViewItem) -> int:
    """Row height that fits a line of text and a smaller one under it."""
    height = option.fontMetrics.height()
    return int(height * 1.9) + 2 * _PAD + _GAP
