"""Deals: creating, editing, moving through stages (with history) and closing them.

Every stage a deal enters is recorded in ``deal_stage_changes``, starting with
the stage it was created in, so reports can tell how long deals sit where.
Lists, counts and stage history are read in ``services/deal_lists.py``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from crm_desktop.domain.errors import NotFoundError, ValidationError, no_such
from crm_desktop.domain.ids import CompanyId, ContactId, DealId, PipelineId, StageId, UserId
from crm_desktop.domain.orders import OrderDraft
from crm_desktop.domain.pipeline import (
    DEAL_EDITABLE_FIELDS,
    LOST,
    OPEN,
    WON,
    Deal,
    DealDraft,
    Stage,
    effective_probability,
    weighted_minor,
)
from crm_desktop.i18n import translate
from crm_desktop.services.deal_validation import check_custom, check_deal_fields, check_refs
from crm_desktop.services.orders import record_order
from crm_desktop.services.pipeline import default_pipeline, find_stage, get_pipeline, get_stage
from crm_desktop.services.settings import get_settings
from crm_desktop.storage import search_index
from crm_desktop.storage.database import Database, Query
from crm_desktop.storage.search_index import IndexEntry
from crm_desktop.storage.unit_of_work import UnitOfWork

DEAL_SELECT = """
SELECT d.*, s.name AS stage, s.probability AS stage_probability, s.position AS stage_position,
       p.name AS pipeline, coalesce(co.name, '') AS company,
       coalesce(trim(c.first_name || ' ' || c.last_name), '') AS contact,
       coalesce(u.name, '') AS owner
FROM deals d
JOIN stages s ON s.id = d.stage_id
JOIN pipelines p ON p.id = d.pipeline_id
LEFT JOIN companies co ON co.id = d.company_id AND co.deleted_at IS NULL
LEFT JOIN contacts c ON c.id = d.contact_id AND c.deleted_at IS NULL
LEFT JOIN users u ON u.id = d.owner_id AND u.deleted_at IS NULL
"""


def _days_between(start: str, end: datetime) -> int:
    entered = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return max(0, (end.astimezone(UTC) - entered).days)


def _deal(row: Mapping[str, Any], now: datetime) -> Deal:
    probability = effective_probability(row["status"], row["probability"], row["stage_probability"])
    return Deal(
        id=DealId(row["id"]),
        title=row["title"],
        contact_id=None if row["contact_id"] is None else ContactId(row["contact_id"]),
        company_id=None if row["company_id"] is None else CompanyId(row["company_id"]),
        pipeline_id=PipelineId(row["pipeline_id"]),
        stage_id=StageId(row["stage_id"]),
        value_minor=row["value_minor"],
        currency=row["currency"],
        expected_close_date=row["expected_close_date"],
        probability=row["probability"],
        owner_id=None if row["owner_id"] is None else UserId(row["owner_id"]),
        status=row["status"],
        stage_entered_at=row["stage_entered_at"],
        closed_at=row["closed_at"],
        lost_reason=row["lost_reason"],
        notes=row["notes"],
        custom=json.loads(row["custom"] or "{}"),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        created_by=row["created_by"],
        updated_by=row["updated_by"],
        version=row["version"],
        deleted_at=row["deleted_at"],
        stage=row["stage"],
        pipeline=row["pipeline"],
        company=row["company"],
        contact=row["contact"],
        owner=row["owner"],
        stage_probability=row["stage_probability"],
        effective_probability=probability,
        weighted_value_minor=weighted_minor(row["value_minor"], probability),
        days_in_stage=_days_between(row["stage_entered_at"], now),
    )


def get_deal(db: Database, deal_id: int) -> Deal:
    """A live deal with the names around it and its weighted value.

    Raises:
        NotFoundError: no such deal, or it is in the trash.
    """
    row = db.query_one(f"{DEAL_SELECT} WHERE d.id = ? AND d.deleted_at IS NULL", (deal_id,))
    if row is None:
        raise NotFoundError("deal", deal_id)
    return _deal(row, db.clock())


def reindex_deals(uow: UnitOfWork, where: str, params: Sequence[object] = ()) -> None:
    """Refresh the search entries of the live deals matching ``where`` (SQL on ``d``).

    Deals are found by their company's and contact's names too, so the
    services that rename those call this in the same unit of work:
    ``reindex_deals(uow, "d.company_id = ?", (company_id,))``.
    """
    search_index.put(uow.conn, deal_entries(uow.query, where, params))


def deal_entries(query: Query, where: str, params: Sequence[object] = ()) -> list[IndexEntry]:
    """The search entries the live deals matching ``where`` should have (``crm check`` too)."""
    rows = query(f"{DEAL_SELECT} WHERE d.deleted_at IS NULL AND ({where})", params)
    return [
        IndexEntry("deal", r["id"], r["title"], (r["company"], r["contact"], r["notes"]))
        for r in rows
    ]


def _current_user_id(db: Database) -> int | None:
    found = db.scalar("SELECT id FROM users WHERE login = ? AND deleted_at IS NULL", (db.user,))
    return None if found is None else int(found)


def create_deal(db: Database, draft: DealDraft) -> Deal:
    """Add a deal, by default in the first open stage of the default pipeline.

    Raises:
        ValidationError: keys named after DealDraft fields (``title``, ``stage_id``,
            ``value_text``, ``custom.<key>``, ...).
    """
    errors: dict[str, str] = {}
    with UnitOfWork(db) as uow:
        stage: Stage | None = None
        if draft.stage_id is not None:
            try:
                stage = get_stage(db, draft.stage_id)
            except NotFoundError:
                errors["stage_id"] = no_such("stage", draft.stage_id)
        if draft.pipeline_id is not None:
            try:
                pipeline = get_pipeline(db, draft.pipeline_id)
            except NotFoundError:
                raise ValidationError.single(
                    "pipeline_id", no_such("pipeline", draft.pipeline_id)
                ) from None
        elif stage is not None:
            pipeline = get_pipeline(db, stage.pipeline_id)
        else:
            pipeline = default_pipeline(db)
        if stage is None and "stage_id" not in errors:
            stage = pipeline.first_stage
        elif stage is not None and stage.pipeline_id != pipeline.id:
            errors["stage_id"] = translate(
                "validation", "stage {stage} is not in pipeline {pipeline}"
            ).format(stage=stage.name, pipeline=pipeline.name)
        currency = (draft.currency or get_settings(db).default_currency).strip().upper()
        owner_id = draft.owner_id if draft.owner_id is not None else _current_user_id(db)
        given = {
            "title": draft.title,
            "contact_id": draft.contact_id,
            "company_id": draft.company_id,
            "owner_id": owner_id,
            "currency": currency,
            "value_minor": draft.value_minor,
            "value_text": draft.value_text,
            "probability": draft.probability,
            "expected_close_date": draft.expected_close_date,
            "notes": draft.notes,
            "lost_reason": draft.lost_reason,
        }
        values = check_deal_fields(given, currency, errors)
        check_refs(uow, values, errors)
        custom = check_custom(db, draft.custom, errors)
        if stage is not None and stage.outcome == LOST and not values.get("lost_reason"):
            errors["lost_reason"] = translate("validation", "say why the deal was lost")
        if errors or stage is None:
            raise ValidationError(errors)
        closed = stage.outcome != OPEN
        deal_id = uow.insert(
            "deals",
            {
                **values,
                "value_minor": values.get("value_minor", 0),
                "lost_reason": values["lost_reason"] if stage.outcome == LOST else "",
                "pipeline_id": pipeline.id,
                "stage_id": stage.id,
                "status": stage.outcome,
                "stage_entered_at": uow.now,
                "closed_at": uow.now if closed else None,
                "custom": custom,
            },
        )
        _record_move(uow, deal_id, None, stage.id)
        reindex_deals(uow, "d.id = ?", (deal_id,))
        uow.commit()
    return get_deal(db, deal_id)


def _record_move(uow: UnitOfWork, deal_id: int, from_id: int | None, to_id: int) -> None:
    uow.insert(
        "deal_stage_changes",
        {"deal_id": deal_id, "from_stage_id": from_id, "to_stage_id": to_id, "changed_at": uow.now},
    )


def update_deal(
    db: Database,
    deal_id: int,
    changes: Mapping[str, object],
    expected_version: int | None = None,
) -> Deal:
    """Change some fields of a deal (keys as in DealDraft; ``custom`` is merged).

    Stage and pipeline are changed by ``move_deal_to_stage`` only.

    Raises:
        ValidationError: per field; NotFoundError; ConflictError on a stale version.
    """
    errors: dict[str, str] = {}
    for key in changes:
        if key in ("stage_id", "pipeline_id", "status"):
            errors[key] = translate("validation", "is changed by moving the deal to another stage")
        elif key not in DEAL_EDITABLE_FIELDS:
            errors[key] = translate("validation", "is not a field of a deal that can be changed")
    with UnitOfWork(db) as uow:
        uow.check_version("deals", deal_id, expected_version)
        current = get_deal(db, deal_id)
        currency = str(changes.get("currency") or current.currency).strip().upper()
        values = check_deal_fields(changes, currency, errors)
        check_refs(uow, values, errors)
        if "custom" in changes:
            merged = {**current.custom, **dict(changes["custom"])}  # type: ignore[call-overload]
            values["custom"] = check_custom(db, merged, errors)
        if current.status == LOST and values.get("lost_reason", current.lost_reason) == "":
            errors["lost_reason"] = translate("validation", "a lost deal needs a reason")
        elif current.status != LOST:
            values.pop("lost_reason", None)
        if errors:
            raise ValidationError(errors)
        if values:
            uow.update("deals", deal_id, values, expected_version)
            reindex_deals(uow, "d.id = ?", (deal_id,))
        uow.commit()
    return get_deal(db, deal_id)


def move_deal_to_stage(
    db: Database,
    deal_id: int,
    stage: StageId | str,
    *,
    expected_version: int | None = None,
    lost_reason: str = "",
    order: OrderDraft | None = None,
) -> Deal:
    """Move a deal to another stage of its pipeline and record the move.

    Entering the won stage closes the deal as won (and records ``order`` if
    given, for the deal's contact and company unless the order names others);
    entering the lost stage closes it as lost with ``lost_reason``; entering an
    open stage reopens a closed deal.

    Raises:
        ValidationError: keys ``stage``, ``lost_reason``, ``order`` and ``order.<field>``
            for the order's own (``order.lines[0].quantity``).
        NotFoundError: no such deal; ConflictError: ``expected_version`` is stale.
    """
    with UnitOfWork(db) as uow:
        uow.check_version("deals", deal_id, expected_version)
        deal = get_deal(db, deal_id)
        target = _target_stage(db, deal, stage)
        reason = lost_reason.strip()
        errors: dict[str, str] = {}
        if target.outcome == LOST and not reason:
            errors["lost_reason"] = translate("validation", "say why the deal was lost")
        elif target.outcome != LOST and reason:
            errors["lost_reason"] = translate(
                "validation", "only a move to the lost stage takes a reason, not {stage}"
            ).format(stage=target.name)
        if order is not None and target.outcome != WON:
            errors["order"] = translate(
                "validation", "an order can be recorded only when the deal is won"
            )
        if errors:
            raise ValidationError(errors)
        if order is not None:
            try:
                record_order(uow, _order_for(deal, order))
            except ValidationError as error:
                # Keyed under "order." so a form can tell the order's fields from the deal's.
                raise ValidationError({f"order.{k}": v for k, v in error.errors.items()}) from None
        uow.update(
            "deals",
            deal_id,
            {
                "stage_id": target.id,
                "stage_entered_at": uow.now,
                "status": target.outcome,
                "closed_at": None if target.outcome == OPEN else uow.now,
                "lost_reason": reason if target.outcome == LOST else "",
            },
            expected_version,
        )
        _record_move(uow, deal_id, deal.stage_id, target.id)
        uow.commit()
    return get_deal(db, deal_id)


def _target_stage(db: Database, deal: Deal, stage: StageId | str) -> Stage:
    if isinstance(stage, str):
        target = find_stage(db, deal.pipeline_id, stage)
    else:
        try:
            target = get_stage(db, stage)
        except NotFoundError:
            raise ValidationError.single("stage", no_such("stage", stage)) from None
        if target.pipeline_id != deal.pipeline_id:
            other = get_pipeline(db, target.pipeline_id).name
            raise ValidationError.single(
                "stage",
                translate(
                    "validation",
                    "stage {stage} belongs to pipeline {other}, "
                    "not to this deal's pipeline {pipeline}",
                ).format(stage=target.name, other=other, pipeline=deal.pipeline),
            )
    if target.id == deal.stage_id:
        raise ValidationError.single(
            "stage",
            translate("validation", "the deal is in stage {stage} already").format(
                stage=target.name
            ),
        )
    return target


def _order_for(deal: Deal, order: OrderDraft) -> OrderDraft:
    """The order as given, filled in with the deal's customer, currency and id."""
    contact_id, company_id = order.contact_id, order.company_id
    if contact_id is None and company_id is None:
        contact_id, company_id = deal.contact_id, deal.company_id
    return OrderDraft(
        lines=order.lines,
        contact_id=contact_id,
        company_id=company_id,
        ordered_on=order.ordered_on,
        currency=order.currency or deal.currency,
        notes=order.notes,
        deal_id=DealId(deal.id),
    )


def delete_deal(db: Database, deal_id: int, expected_version: int | None = None) -> None:
    """Move a deal to the trash; its history and orders stay."""
    with UnitOfWork(db) as uow:
        uow.soft_delete("deals", deal_id, expected_version)
        search_index.remove(uow.conn, "deal", [deal_id])
        uow.commit()


def restore_deal(db: Database, deal_id: int) -> Deal:
    with UnitOfWork(db) as uow:
        uow.restore("deals", deal_id)
        reindex_deals(uow, "d.id = ?", (deal_id,))
        uow.commit()
    return get_deal(db, deal_id)
