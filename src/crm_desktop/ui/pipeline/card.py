"""A deal card on the board: its texts, how it is painted, and what a drag carries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crm_desktop.domain.pipeline import OPEN, DealRow
from crm_desktop.ui.pipeline.formatting import MoneyFormat, days_in_stage_text, days_since
from crm_desktop.ui.widgets.formatting import OVERDUE_COLOUR, day_text, short_day_text

DEAL_MIME = "application/x-crm-desktop-deal"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1

PADDING = 10
LINE_GAP = 3
RADIUS = 6


@dataclass(frozen=True)
class Card:
    """One deal as the board shows it: the row plus its texts, made once per load."""

    row: DealRow
    value: str
    subtitle: str  # the company, else the contact
    status_line: str  # "12 days in stage" or "Closed 5 Nov 2026"
    due: str  # the expected close date, short, "" when none
    overdue: bool
    tooltip: str

    @classmethod
    def of(cls, row: DealRow, money: MoneyFormat, now: datetime, today: str) -> Card:
        if row.status == OPEN:
            status_line = days_in_stage_text(days_since(row.stage_entered_at, now))
        else:
            status_line = QCoreApplication.translate("pipeline", "Closed {date}").format(
                date=day_text(row.closed_at)
            )
        due = ""
        if row.status == OPEN:
            due = short_day_text(row.expected_close_date, int(today[:4]))
        value = money.money(row.value_minor, row.currency)
        lines = [row.title, ", ".join(n for n in (row.company, row.contact) if n), value]
        if row.owner:
            lines.append(
                QCoreApplication.translate("pipeline", "Owner: {name}").format(name=row.owner)
            )
        if row.expected_close_date:
            lines.append(
                QCoreApplication.translate("pipeline", "Expected close: {date}").format(
                    date=day_text(row.expected_close_date)
                )
            )
        lines.append(status_line)
        return cls(
            row=row,
            value=value,
            subtitle=row.company or row.contact,
            status_line=status_line,
            due=due,
            overdue=row.status == OPEN
            and row.expected_close_date is not None
            and row.expected_close_date < today,
            tooltip="\n".join(line for line in lines if line),
        )


def deal_mime(row: DealRow) -> QMimeData:
    """What dragging a card carries: the deal, the version seen, and where it came from."""
    payload = {"deal_id": row.id, "version": row.version, "stage_id": row.stage_id}
    mime = QMimeData()
    mime.setData(DEAL_MIME, QByteArray(json.dumps(payload).encode()))
    return mime


def read_deal_mime(mime: QMimeData | None) -> tuple[int, int, int] | None:
    """(deal id, version, stage id) from a drag, or None when it is not a deal card."""
    if mime is None or not mime.hasFormat(DEAL_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(DEAL_MIME).data()).decode())
        return int(payload["deal_id"]), int(payload["version"]), int(payload["stage_id"])
    except (ValueError, KeyError, TypeError):
        return None


def mix_colours(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved ``amount`` (0..1) of the way towards ``second``."""
    return QColor(
        round(first.red() + (second.red() - first.red()) * amount),
        round(first.green() + (second.green() - first.green()) * amount),
        round(first.blue() + (second.blue() - first.blue()) * amount),
    )


class CardDelegate(QStyledItemDelegate):
    """Paints a card: bold title, company, value and owner, days in stage and due date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        return base, title, small

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base, title, small = self._fonts(option)
        height = (
            QFontMetrics(title).height()
            + 2 * QFontMetrics(base).height()
            + QFontMetrics(small).height()
            + 3 * LINE_GAP
            + 2 * PADDING
        )
        return QSize(200, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        # The application's palette, not the list's: the list paints the column's
        # tint as its background, and a card stands out from it in Base colour.
        palette = QGuiApplication.palette()
        state = option.state
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        base_colour = palette.color(QPalette.ColorRole.Base)
        text_colour = palette.color(QPalette.ColorRole.Text)
        quiet = mix_colours(text_colour, base_colour, 0.45)
        border = mix_colours(base_colour, text_colour, 0.18)
        if selected:
            border = palette.color(QPalette.ColorRole.Highlight)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(base_colour)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        if focused and not selected:
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), RADIUS, RADIUS)

        base, title, small = self._fonts(option)
        inner = rect.adjusted(PADDING, PADDING - 2, -PADDING, -PADDING)
        y = inner.top()

        def line(
            font: QFont,
            colour: QColor,
            left: str,
            right: str = "",
            right_colour: QColor | None = None,
        ) -> None:
            nonlocal y
            metrics = QFontMetrics(font)
            painter.setFont(font)
            right_width = metrics.horizontalAdvance(right) + 8 if right else 0
            right_width = min(right_width, inner.width() // 2)
            box = QRect(inner.left(), y, inner.width() - right_width, metrics.height())
            painter.setPen(colour)
            painter.drawText(
                box,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(left, Qt.TextElideMode.ElideRight, box.width()),
            )
            if right:
                painter.setPen(right_colour or quiet)
                right_box = QRect(inner.right() - right_width, y, right_width, metrics.height())
                painter.drawText(
                    right_box,
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    metrics.elidedText(right, Qt.TextElideMode.ElideRight, right_width),
                )
            y += metrics.height() + LINE_GAP

        row = card.row
        line(title, text_colour, row.title)
        line(base, quiet, card.subtitle or QCoreApplication.translate("pipeline", "No company"))
        line(base, text_colour, card.value, row.owner)
        due_colour = QColor(OVERDUE_COLOUR) if card.overdue else quiet
        line(small, quiet, card.status_line, card.due, due_colour)
        painter.restore()
