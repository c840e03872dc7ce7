"""A ticket's thread as a conversation: customer messages, our replies, internal notes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.domain.tickets import TicketMessage
from crm_desktop.ui.tickets.labels import NOTE_BACKGROUND, NOTE_BORDER
from crm_desktop.ui.widgets.empty_state import placeholder_label
from crm_desktop.ui.widgets.formatting import moment_text

REPLY_BACKGROUND = "#e7f0fd"
REPLY_BORDER = "#b9d0f3"
# Our side of the conversation is indented from the left, the customer's from the right.
INDENT = 36


def kind_label(kind: str) -> str:
    return {
        "incoming": QCoreApplication.translate("TicketThread", "Customer"),
        "reply": QCoreApplication.translate("TicketThread", "Reply"),
        "note": QCoreApplication.translate("TicketThread", "Internal note"),
    }.get(kind, kind)


class MessageCard(QFrame):
    """One message: who wrote it, what kind it is, when, and the text."""

    def __init__(self, message: TicketMessage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.kind = message.kind
        self.setObjectName(f"message_{message.kind}")
        self.setProperty("kind", message.kind)
        self.setStyleSheet(self._style(message.kind))

        self.author = QLabel(
            message.author or QCoreApplication.translate("TicketThread", "Unknown")
        )
        self.author.setObjectName("messageAuthor")
        font = self.author.font()
        font.setBold(True)
        self.author.setFont(font)
        self.kind_badge = QLabel(kind_label(message.kind))
        self.kind_badge.setObjectName("messageKind")
        self.time = QLabel(moment_text(message.created_at))
        self.time.setObjectName("messageTime")
        for small in (self.kind_badge, self.time):
            small_font = small.font()
            small_font.setPointSizeF(small_font.pointSizeF() * 0.9)
            small.setFont(small_font)
        self.body = QLabel(message.body)
        self.body.setObjectName("messageBody")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.author)
        header.addWidget(self.kind_badge)
        header.addStretch(1)
        header.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.body)

    @staticmethod
    def _style(kind: str) -> str:
        if kind == "note":
            # Fixed dark text: the yellow stays readable under a dark palette too.
            return (
                f"QFrame#message_note {{ background: {NOTE_BACKGROUND};"
                f" border: 1px solid {NOTE_BORDER}; border-radius: 6px; }}"
                " QFrame#message_note QLabel { color: #3d3200; background: transparent; }"
                " QLabel#messageKind { font-weight: bold; }"
            )
        if kind == "reply":
            return (
                f"QFrame#message_reply {{ background: {REPLY_BACKGROUND};"
                f" border: 1px solid {REPLY_BORDER}; border-radius: 6px; }}"
                " QFrame#message_reply QLabel { color: #14243d; background: transparent; }"
                " QLabel#messageKind, QLabel#messageTime { color: #4a5b75; }"
            )
        return (
            "QFrame#message_incoming { background: palette(base);"
            " border: 1px solid palette(mid); border-radius: 6px; }"
            " QFrame#message_incoming QLabel { background: transparent; }"
            " QLabel#messageKind, QLabel#messageTime { color: palette(placeholder-text); }"
        )


class TicketThreadView(QScrollArea):
    """The messages of one ticket, oldest first, scrolled to the newest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketThread")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards: list[MessageCard] = []
        self.empty: QLabel | None = None
        self.show_messages([])

    def show_messages(self, messages: Sequence[TicketMessage]) -> None:
        # A fresh inner widget each time: setWidget deletes the old one and its cards.
        inner = QWidget()
        inner.setObjectName("ticketThreadInner")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(2, 4, 8, 4)
        layout.setSpacing(10)
        self.cards = []
        self.empty = None
        if not messages:
            self.empty = placeholder_label(
                QCoreApplication.translate(
                    "TicketThread", "No messages yet. Write the first reply below."
                )
            )
            layout.addWidget(self.empty, 1)
        for message in messages:
            card = MessageCard(message)
            row = QHBoxLayout()
            left, right = (0, INDENT) if message.kind == "incoming" else (INDENT, 0)
            row.setContentsMargins(left, 0, right, 0)
            row.addWidget(card)
            layout.addLayout(row)
            self.cards.append(card)
        layout.addStretch(1)
        self.setWidget(inner)
        # After layout has run, so the maximum is the real one.
        QTimer.singleShot(0, self, self.scroll_to_newest)

    def scroll_to_newest(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
