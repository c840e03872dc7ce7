"""The scrolling record page beside a list: header, tags, fields, related lists, timeline.

Contacts and companies fill it their own way (``fill``); this base lays out
the parts every record page has and says when the record is gone.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.companies import Company
from crm_desktop.domain.contacts import Contact
from crm_desktop.domain.custom_fields import CustomField
from crm_desktop.domain.errors import NotFoundError
from crm_desktop.domain.ids import CompanyId, ContactId
from crm_desktop.domain.pipeline import DealFilter
from crm_desktop.domain.tickets import TicketFilter
from crm_desktop.ui.state import AppState
from crm_desktop.ui.widgets.detail_text import (
    address_text,
    created_text,
    custom_value_text,
    points_html,
)
from crm_desktop.ui.widgets.empty_state import placeholder_label
from crm_desktop.ui.widgets.formatting import owner_text, point_labels, shown_word
from crm_desktop.ui.widgets.history_view import HistoryView
from crm_desktop.ui.widgets.icons import avatar_pixmap
from crm_desktop.ui.widgets.related import RelatedList
from crm_desktop.ui.widgets.related_records import (
    deal_rows,
    deals_list,
    order_rows,
    orders_list,
    ticket_rows,
    tickets_list,
    titled,
)
from crm_desktop.ui.widgets.tag_editor import TagEditor
from crm_desktop.ui.widgets.timeline import TimelineView

AVATAR_SIZE = 52
EMPTY = "—"


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class FieldGrid(QFormLayout):
    """Label/value rows; values are selectable text, "—" when empty."""

    def __init__(self) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self.setHorizontalSpacing(16)
        self.setVerticalSpacing(5)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        self.hide_when_empty: set[str] = set()

    def add(self, key: str, label: str, hide_when_empty: bool = False) -> QLabel:
        value = QLabel()
        value.setObjectName(f"field_{key}")
        value.setWordWrap(True)
        value.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        caption = QLabel(label)
        caption.setEnabled(False)  # greyed captions, dark values: values are what is read
        # Beside the first line of a value that runs over several (address, e-mails).
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        caption.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.addRow(caption, value)
        self.values[key] = value
        if hide_when_empty:
            self.hide_when_empty.add(key)
        return value

    def set(self, key: str, text: str, rich: bool = False) -> None:
        value = self.values[key]
        value.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        value.setText(text or EMPTY)
        value.setEnabled(bool(text))
        if key in self.hide_when_empty:
            self.setRowVisible(value, bool(text))

    def remove_all(self) -> None:
        while self.rowCount():
            self.removeRow(0)
        self.values.clear()
        self.hide_when_empty.clear()


class RecordDetail(QStackedWidget):
    """One record in full, scrolling; ``record_id`` is None when nothing is shown."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)
    closed = Signal()  # the record shown is gone (trashed elsewhere)
    entity_type = "contact"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.record_id: int | None = None
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self.title = QLabel()
        self.title.setObjectName("recordTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("recordSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.linkActivated.connect(self.link_activated)
        self.badges = QLabel()
        self.badges.setObjectName("recordBadges")
        self.badges.setTextFormat(Qt.TextFormat.RichText)
        self.badges.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editButton")
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self._delete)
        self.tags = TagEditor(state, self.entity_type)
        self.fields = FieldGrid()
        self.custom = FieldGrid()
        self.custom_title = section_title(self.tr("More fields"))
        self.timeline = TimelineView(state, self.entity_type)

        self.page = QWidget()
        self.body = QVBoxLayout(self.page)
        self.body.setContentsMargins(16, 12, 16, 16)
        self.body.setSpacing(6)
        self._build_header()
        self.many = placeholder_label()
        self.many.setObjectName("manySelected")
        self.scroll_area.setWidget(self.page)
        self.history = HistoryView(state)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scroll_area, self.tr("Details"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.addWidget(self.tabs)
        self.addWidget(self.many)

    def _build_header(self) -> None:
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        text.addWidget(self.badges)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(text, 1)
        header.addLayout(buttons)
        self.body.addLayout(header)
        self.body.addSpacing(4)
        self.body.addWidget(self.tags)
        self.body.addWidget(separator())

    def add_section(self, title: QLabel, content: QWidget | QFormLayout) -> None:
        self.body.addWidget(title)
        if isinstance(content, QFormLayout):
            self.body.addLayout(content)
        else:
            self.body.addWidget(content)
        if isinstance(content, RelatedList):
            content.opened.connect(lambda kind, rid: self.link_activated(f"{kind}:{rid}"))

    def add_related_sections(self) -> None:
        """The record's deals, tickets and orders, after the sections added so far."""
        self.deals, self.tickets, self.orders = deals_list(), tickets_list(), orders_list()
        self.deals_title = section_title(self.tr("Deals"))
        self.tickets_title = section_title(self.tr("Tickets"))
        self.orders_title = section_title(self.tr("Orders"))
        self.add_section(self.deals_title, self.deals)
        self.add_section(self.tickets_title, self.tickets)
        self.add_section(self.orders_title, self.orders)

    def finish_layout(self) -> None:
        """Subclasses call this after their sections: the timeline goes last."""
        self.body.addWidget(section_title(self.tr("Activity")))
        self.body.addWidget(self.timeline)
        self.body.addStretch(1)

    # -- showing -------------------------------------------------------------------------------
    def show_record(self, record_id: int | None) -> bool:
        """Show this record; False (and nothing shown) if it is gone or None."""
        if record_id is None:
            self.record_id = None
            return False
        try:
            self.fill(record_id)
        except NotFoundError:
            self.record_id = None
            return False
        if record_id != self.record_id:
            self.scroll_area.verticalScrollBar().setValue(0)
        self.record_id = record_id
        self.tags.show_record(record_id)
        self.timeline.show_record(record_id)
        self.history.show_record(self.entity_type, record_id)
        self.setCurrentWidget(self.tabs)
        return True

    def show_many(self, count: int) -> None:
        self.record_id = None
        self.many.setText(self.many_text(count))
        self.setCurrentWidget(self.many)

    def reload(self) -> None:
        if self.record_id is not None and not self.show_record(self.record_id):
            self.closed.emit()

    def fill_custom(self, definitions: list[CustomField], values: dict[str, object]) -> None:
        """One row per custom field defined now (definitions change while the app runs)."""
        self.custom.remove_all()
        for definition in definitions:
            key = f"custom.{definition.key}"
            self.custom.add(key, definition.label)
            self.custom.set(key, custom_value_text(definition, values.get(definition.key)))
        self.custom_title.setVisible(bool(definitions))

    def fill_related(
        self, contact_id: ContactId | None = None, company_id: CompanyId | None = None
    ) -> None:
        """The deals, tickets and orders of the contact or the company shown."""
        db = self.state.db
        deals, deal_count = deal_rows(db, DealFilter(contact_id=contact_id, company_id=company_id))
        self.deals.set_rows(deals)
        self.deals_title.setText(titled(self.tr("Deals"), deal_count))
        tickets, ticket_count = ticket_rows(
            db, TicketFilter(contact_id=contact_id, company_id=company_id)
        )
        self.tickets.set_rows(tickets)
        self.tickets_title.setText(titled(self.tr("Tickets"), ticket_count))
        orders, order_count = order_rows(db, contact_id=contact_id, company_id=company_id)
        self.orders.set_rows(orders)
        self.orders_title.setText(titled(self.tr("Orders"), order_count))

    def fill_reachable(self, record: Contact | Company) -> None:
        """E-mails, phones, address, notes and who made and changed the record."""
        fields = self.fields
        labels = point_labels()
        fields.set(
            "emails",
            points_html(
                [
                    (f"mailto:{e.address}", e.address, shown_word(e.label, labels))
                    for e in record.emails
                ]
            ),
            rich=True,
        )
        fields.set(
            "phones",
            points_html(
                [(f"tel:{p.e164}", p.raw, shown_word(p.label, labels)) for p in record.phones]
            ),
            rich=True,
        )
        fields.set(
            "address",
            address_text(
                record.street, record.postcode, record.city, record.region, record.country
            ),
        )
        fields.set("notes", record.notes)
        fields.set("created", created_text(record.created_at, record.created_by))
        fields.set("updated", created_text(record.updated_at, record.updated_by))

    def owner_badge(self, owner: str) -> str:
        """The owner as the header's badges say it ("Owner: Anna", "Unassigned"), as HTML."""
        return html.escape(
            self.tr("Owner: {name}").format(name=owner) if owner else owner_text(owner)
        )

    def set_avatar(self, name: str) -> None:
        self.avatar.setPixmap(avatar_pixmap(name, AVATAR_SIZE))

    def link_activated(self, link: str) -> None:
        """Links look like "company:12": open that record in its view."""
        kind, _, number = link.partition(":")
        window = self.window()
        opener = getattr(window, "open_record", None)
        if opener is not None and number.isdigit():
            opener(kind, int(number))

    # -- what subclasses provide ------------------------------------------------------------------
    def fill(self, record_id: int) -> None:
        """Read the record and fill every part; raises NotFoundError if it is gone."""
        raise NotImplementedError

    def many_text(self, count: int) -> str:
        raise NotImplementedError

    def _edit(self) -> None:
        if self.record_id is not None:
            self.edit_requested.emit(self.record_id)

    def _delete(self) -> None:
        if self.record_id is not None:
            self.delete_requested.emit(self.record_id)
