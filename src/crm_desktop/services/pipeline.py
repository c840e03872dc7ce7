"""Pipelines and their stages: the columns of the deal board.

Deals themselves live in ``services/deals.py``. A pipeline always has exactly
one won stage, at most one lost stage and at least one open stage, so that a
deal can start somewhere and be closed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crm_desktop.domain.errors import NotFoundError, ValidationError, one_of
from crm_desktop.domain.ids import PipelineId, StageId
from crm_desktop.domain.pipeline import LOST, OPEN, OUTCOMES, WON, Pipeline, Stage, StageDraft
from crm_desktop.i18n import translate
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

_STAGE_COLUMNS = "id, pipeline_id, name, position, probability, outcome, version"


def _stage(row: Mapping[str, object]) -> Stage:
    return Stage(
        id=StageId(int(str(row["id"]))),
        pipeline_id=PipelineId(int(str(row["pipeline_id"]))),
        name=str(row["name"]),
        position=int(str(row["position"])),
        probability=int(str(row["probability"])),
        outcome=str(row["outcome"]),
        version=int(str(row["version"])),
    )


def _pipelines(db: Database, where: str = "", params: Sequence[object] = ()) -> list[Pipeline]:
    rows = db.query(
        "SELECT id, name, position, version FROM pipelines WHERE deleted_at IS NULL"
        f" {where} ORDER BY position, id",
        params,
    )
    if not rows:
        return []
    ids = [int(r["id"]) for r in rows]
    marks = ", ".join("?" for _ in ids)
    stages: dict[int, list[Stage]] = {i: [] for i in ids}
    for row in db.query(
        f"SELECT {_STAGE_COLUMNS} FROM stages WHERE deleted_at IS NULL"
        f" AND pipeline_id IN ({marks}) ORDER BY position, id",
        ids,
    ):
        stages[int(row["pipeline_id"])].append(_stage(row))
    return [
        Pipeline(
            id=PipelineId(int(r["id"])),
            name=str(r["name"]),
            position=int(r["position"]),
            stages=tuple(stages[int(r["id"])]),
            version=int(r["version"]),
        )
        for r in rows
    ]


def list_pipelines(db: Database) -> list[Pipeline]:
    """Every live pipeline in display order, each with its stages in board order."""
    return _pipelines(db)


def get_pipeline(db: Database, pipeline_id: int) -> Pipeline:
    found = _pipelines(db, "AND id = ?", (pipeline_id,))
    if not found:
        raise NotFoundError("pipeline", pipeline_id)
    return found[0]


def default_pipeline(db: Database) -> Pipeline:
    """The first pipeline in display order: where deals go unless told otherwise."""
    found = _pipelines(db)
    if not found:
        raise NotFoundError("pipeline", "default")
    return found[0]


def get_stage(db: Database, stage_id: int) -> Stage:
    row = db.query_one(
        f"SELECT {_STAGE_COLUMNS} FROM stages WHERE id = ? AND deleted_at IS NULL", (stage_id,)
    )
    if row is None:
        raise NotFoundError("stage", stage_id)
    return _stage(row)


def find_stage(db: Database, pipeline_id: int, name_or_id: str) -> Stage:
    """The stage of a pipeline named so (any case) or with that id, as typed in the CLI.

    Raises:
        NotFoundError: the pipeline does not exist.
        ValidationError: key ``stage``, listing the stages there are.
    """
    pipeline = get_pipeline(db, pipeline_id)
    wanted = name_or_id.strip()
    for stage in pipeline.stages:
        if stage.name.casefold() == wanted.casefold():
            return stage
    if wanted.isdigit():
        by_id = pipeline.stage(int(wanted))
        if by_id is not None:
            return by_id
    names = ", ".join(s.name for s in pipeline.stages)
    raise ValidationError.single(
        "stage",
        translate(
            "validation", "pipeline {pipeline} has no stage {stage}; its stages are {names}"
        ).format(pipeline=pipeline.name, stage=repr(wanted), names=names),
    )


def _check_name(name: str, taken: Sequence[str], field: str, errors: dict[str, str]) -> None:
    if not name.strip():
        errors[field] = translate("validation", "a name is required")
    elif name.strip().casefold() in {t.casefold() for t in taken}:
        errors[field] = translate("validation", "the name {name} is in use already").format(
            name=repr(name.strip())
        )


def _check_probability(value: object, field: str, errors: dict[str, str]) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        errors[field] = translate("validation", "must be a whole percentage from 0 to 100")


def _check_outcomes(outcomes: Sequence[str], errors: dict[str, str]) -> None:
    if outcomes.count(WON) != 1:
        errors["stages"] = translate("validation", "a pipeline needs exactly one won stage")
    elif outcomes.count(LOST) > 1:
        errors["stages"] = translate("validation", "a pipeline can have at most one lost stage")
    elif OPEN not in outcomes:
        errors["stages"] = translate(
            "validation", "a pipeline needs at least one open stage for new deals"
        )


def _live_pipeline_names(db: Database, except_id: int | None = None) -> list[str]:
    rows = db.query(
        "SELECT name FROM pipelines WHERE deleted_at IS NULL AND id IS NOT ?", (except_id,)
    )
    return [str(r["name"]) for r in rows]


def create_pipeline(db: Database, name: str, stages: Sequence[StageDraft]) -> Pipeline:
    """Add a pipeline after the existing ones, with ``stages`` in the given order.

    Raises:
        ValidationError: keys ``name``, ``stages`` and ``stages[i].name`` /
            ``.probability`` / ``.outcome``.
    """
    errors: dict[str, str] = {}
    _check_name(name, _live_pipeline_names(db), "name", errors)
    seen: list[str] = []
    for index, draft in enumerate(stages):
        _check_name(draft.name, seen, f"stages[{index}].name", errors)
        seen.append(draft.name.strip())
        _check_probability(draft.probability, f"stages[{index}].probability", errors)
        if draft.outcome not in OUTCOMES:
            errors[f"stages[{index}].outcome"] = one_of(OUTCOMES)
    _check_outcomes([d.outcome for d in stages], errors)
    if errors:
        raise ValidationError(errors)
    with UnitOfWork(db) as uow:
        position = uow.query(
            "SELECT coalesce(max(position), -1) + 1 AS p FROM pipelines WHERE deleted_at IS NULL"
        )[0]["p"]
        pipeline_id = uow.insert("pipelines", {"name": name.strip(), "position": position})
        uow.insert_many(
            "stages",
            ["pipeline_id", "name", "position", "probability", "outcome"],
            [
                (pipeline_id, d.name.strip(), i, d.probability, d.outcome)
                for i, d in enumerate(stages)
            ],
        )
        uow.commit()
    return get_pipeline(db, pipeline_id)


def rename_pipeline(
    db: Database, pipeline_id: int, name: str, expected_version: int | None = None
) -> Pipeline:
    get_pipeline(db, pipeline_id)
    errors: dict[str, str] = {}
    _check_name(name, _live_pipeline_names(db, except_id=pipeline_id), "name", errors)
    if errors:
        raise ValidationError(errors)
    with UnitOfWork(db) as uow:
        uow.update("pipelines", pipeline_id, {"name": name.strip()}, expected_version)
        uow.commit()
    return get_pipeline(db, pipeline_id)


def add_stage(
    db: Database, pipeline_id: int, draft: StageDraft, position: int | None = None
) -> Stage:
    """Insert a stage at ``position`` (0-based), shifting the later ones along.

    Without a position an open stage goes just before the won and lost stages,
    and a closed one at the end.

    Raises:
        ValidationError: keys ``name``, ``probability``, ``outcome``, ``position``.
    """
    pipeline = get_pipeline(db, pipeline_id)
    errors: dict[str, str] = {}
    _check_name(draft.name, [s.name for s in pipeline.stages], "name", errors)
    _check_probability(draft.probability, "probability", errors)
    if draft.outcome not in OUTCOMES:
        errors["outcome"] = one_of(OUTCOMES)
    elif draft.outcome == WON:
        errors["outcome"] = translate(
            "validation", "pipeline {pipeline} has a won stage already"
        ).format(pipeline=pipeline.name)
    elif draft.outcome == LOST and pipeline.lost_stage is not None:
        errors["outcome"] = translate(
            "validation", "pipeline {pipeline} has a lost stage already"
        ).format(pipeline=pipeline.name)
    count = len(pipeline.stages)
    if position is not None and not 0 <= position <= count:
        errors["position"] = translate("validation", "must be from 0 to {last}").format(last=count)
    if errors:
        raise ValidationError(errors)
    order = list(pipeline.stages)
    if position is None:
        closed = [i for i, s in enumerate(order) if s.is_closed]
        position = closed[0] if draft.outcome == OPEN and closed else count
    with UnitOfWork(db) as uow:
        stage_id = uow.insert(
            "stages",
            {
                "pipeline_id": pipeline_id,
                "name": draft.name.strip(),
                "position": position,
                "probability": draft.probability,
                "outcome": draft.outcome,
            },
        )
        for new_position, stage in enumerate(order[position:], start=position + 1):
            uow.update("stages", stage.id, {"position": new_position})
        uow.commit()
    return get_stage(db, stage_id)


def update_stage(
    db: Database,
    stage_id: int,
    *,
    name: str | None = None,
    probability: int | None = None,
    expected_version: int | None = None,
) -> Stage:
    """Rename a stage or change its default probability (deals without an override follow)."""
    stage = get_stage(db, stage_id)
    pipeline = get_pipeline(db, stage.pipeline_id)
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    if name is not None:
        others = [s.name for s in pipeline.stages if s.id != stage.id]
        _check_name(name, others, "name", errors)
        values["name"] = name.strip()
    if probability is not None:
        _check_probability(probability, "probability", errors)
        values["probability"] = probability
    if errors:
        raise ValidationError(errors)
    with UnitOfWork(db) as uow:
        uow.update("stages", stage_id, values, expected_version)
        uow.commit()
    return get_stage(db, stage_id)


def reorder_stages(db: Database, pipeline_id: int, stage_ids: Sequence[int]) -> Pipeline:
    """Put the pipeline's stages in the order given; every stage must be named once.

    Raises:
        ValidationError: key ``stages`` when the ids are not exactly the pipeline's.
    """
    pipeline = get_pipeline(db, pipeline_id)
    current = [s.id for s in pipeline.stages]
    if sorted(stage_ids) != sorted(current):
        raise ValidationError.single(
            "stages",
            (
                translate("validation", "give the %n stage of {pipeline} exactly once", "", 1)
                if len(current) == 1
                else translate(
                    "validation",
                    "give each of the %n stages of {pipeline} exactly once",
                    "",
                    len(current),
                )
            ).format(pipeline=pipeline.name),
        )
    stored = {s.id: s.position for s in pipeline.stages}
    with UnitOfWork(db) as uow:
        for position, stage_id in enumerate(stage_ids):
            if stored[StageId(stage_id)] != position:
                uow.update("stages", stage_id, {"position": position})
        uow.commit()
    return get_pipeline(db, pipeline_id)
