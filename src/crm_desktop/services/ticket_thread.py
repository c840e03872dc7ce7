"""A ticket's thread: customer messages, replies and internal notes.

Importable from ``crm_desktop.services.tickets`` too. Adding a message moves
the ticket along: the first reply stamps ``first_response_at`` and opens a new
ticket; a customer message brings a pending or resolved ticket back to open.
Notes change nothing: they are internal and do not count as a response.
"""

from __future__ import annotations

from typing import Any

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.domain.ids import TicketId
from crm_desktop.domain.tickets import TicketMessage, status_stamps
from crm_desktop.i18n import translate
from crm_desktop.services.users import current_user
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork


def _message(row: dict[str, Any]) -> TicketMessage:
    return TicketMessage(
        id=row["id"],
        ticket_id=TicketId(row["ticket_id"]),
        kind=row["kind"],
        author=row["author"],
        body=row["body"],
        created_at=row["created_at"],
        created_by=row["created_by"],
    )


def _add_message(db: Database, ticket_id: int, kind: str, body: str, author: str) -> TicketMessage:
    body = body.strip()
    if not body:
        raise ValidationError.single("body", translate("validation", "the message is empty"))
    with UnitOfWork(db) as uow:
        ticket = uow.live_row("tickets", ticket_id)
        message_id = uow.insert(
            "ticket_messages",
            {"ticket_id": ticket_id, "kind": kind, "author": author, "body": body},
        )
        changes: dict[str, Any] = {}
        if kind == "reply":
            if ticket["first_response_at"] is None:
                changes["first_response_at"] = uow.now
            if ticket["status"] == "new":
                changes["status"] = "open"
        elif kind == "incoming" and ticket["status"] in ("pending", "resolved"):
            # The customer wrote back: the ticket needs us again.
            changes["status"] = "open"
            changes.update(
                status_stamps("open", ticket["resolved_at"], ticket["closed_at"], uow.now)
            )
        if changes:
            uow.update("tickets", ticket_id, changes)
        row = uow.query("SELECT * FROM ticket_messages WHERE id = ?", (message_id,))[0]
        uow.commit()
    return _message(row)


def add_reply(db: Database, ticket_id: int, body: str, author: str | None = None) -> TicketMessage:
    """Answer the customer (``author`` defaults to the current user's name).

    Raises:
        ValidationError: the body is empty.
        NotFoundError: the ticket is missing or in the trash.
    """
    return _add_message(db, ticket_id, "reply", body, author or current_user(db).name)


def add_note(db: Database, ticket_id: int, body: str) -> TicketMessage:
    """An internal note by the current user; the ticket's status and SLA are untouched."""
    return _add_message(db, ticket_id, "note", body, current_user(db).name)


def add_incoming(db: Database, ticket_id: int, body: str, author: str) -> TicketMessage:
    """A message from the customer, written by ``author``."""
    if not author.strip():
        raise ValidationError.single("author", translate("validation", "say who wrote the message"))
    return _add_message(db, ticket_id, "incoming", body, author.strip())


def ticket_thread(db: Database, ticket_id: int) -> list[TicketMessage]:
    """Every message of a live ticket, oldest first."""
    if db.scalar("SELECT 1 FROM tickets WHERE id = ? AND deleted_at IS NULL", (ticket_id,)) is None:
        raise NotFoundError("ticket", ticket_id)
    rows = db.query(
        "SELECT * FROM ticket_messages WHERE ticket_id = ? AND deleted_at IS NULL"
        " ORDER BY created_at, id",
        (ticket_id,),
    )
    return [_message(r) for r in rows]
