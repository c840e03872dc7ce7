"""Pipelines, their stages, deals moving through them, and each move on record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from crm_desktop.domain.ids import (
    CompanyId,
    ContactId,
    DealId,
    PipelineId,
    StageId,
    TagId,
    UserId,
)
from crm_desktop.domain.money import Money
from crm_desktop.domain.saved_views import ViewFilter

OPEN = "open"
WON = "won"
LOST = "lost"
OUTCOMES = (OPEN, WON, LOST)  # of a stage; a deal's status takes the same values
DEAL_STATUSES = OUTCOMES


@dataclass(frozen=True)
class Stage:
    id: StageId
    pipeline_id: PipelineId
    name: str
    position: int
    probability: int  # percent, 0..100: the default for deals in this stage
    outcome: str  # open | won | lost
    version: int = 1

    @property
    def is_closed(self) -> bool:
        return self.outcome != OPEN


@dataclass(frozen=True)
class StageDraft:
    """A stage to create: what a pipeline editor fills in."""

    name: str
    probability: int
    outcome: str = OPEN


@dataclass(frozen=True)
class Pipeline:
    id: PipelineId
    name: str
    position: int
    stages: tuple[Stage, ...]  # in board order
    version: int = 1

    @property
    def first_stage(self) -> Stage:
        """Where new deals start: the first open stage."""
        return next((s for s in self.stages if s.outcome == OPEN), self.stages[0])

    @property
    def won_stage(self) -> Stage | None:
        return next((s for s in self.stages if s.outcome == WON), None)

    @property
    def lost_stage(self) -> Stage | None:
        return next((s for s in self.stages if s.outcome == LOST), None)

    def stage(self, stage_id: int) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)


@dataclass(frozen=True)
class DealDraft:
    """A new deal, as a form or the CLI fills it in.

    Missing pipeline and stage default to the first stage of the default
    pipeline; currency to the business's default currency.
    The value is given either as ``value_minor`` (integer minor units) or as
    ``value_text`` as a user typed it ("1.234,56"), read in the user's locale
    (``i18n.current_locale()``), the one the GUI writes amounts in.
    """

    title: str
    contact_id: ContactId | None = None
    company_id: CompanyId | None = None
    pipeline_id: PipelineId | None = None
    stage_id: StageId | None = None
    value_minor: int | None = None
    value_text: str = ""
    currency: str | None = None
    probability: int | None = None  # None: the stage's own probability
    owner_id: UserId | None = None  # None: the current user
    expected_close_date: str | None = None  # YYYY-MM-DD
    lost_reason: str = ""  # needed only when created straight into a lost stage
    notes: str = ""
    custom: Mapping[str, object] = field(default_factory=dict)


# Fields update_deal accepts in its ``changes`` mapping. Stage and pipeline
# change only through move_deal_to_stage, so every move is on record.
DEAL_EDITABLE_FIELDS = frozenset(
    {
        "title",
        "contact_id",
        "company_id",
        "value_minor",
        "value_text",
        "currency",
        "probability",
        "owner_id",
        "expected_close_date",
        "lost_reason",
        "notes",
        "custom",
    }
)


def effective_probability(status: str, override: int | None, stage_probability: int) -> int:
    """Won deals are certain and lost ones worthless, whatever was estimated before."""
    if status == WON:
        return 100
    if status == LOST:
        return 0
    return stage_probability if override is None else override


def weighted_minor(value_minor: int, probability: int) -> int:
    """Value times probability, rounded half up to whole minor units."""
    return (value_minor * probability + 50) // 100


@dataclass(frozen=True)
class Deal:
    id: DealId
    title: str
    contact_id: ContactId | None
    company_id: CompanyId | None
    pipeline_id: PipelineId
    stage_id: StageId
    value_minor: int
    currency: str
    expected_close_date: str | None
    probability: int | None  # the override; None means the stage's default
    owner_id: UserId | None
    status: str  # open | won | lost
    stage_entered_at: str
    closed_at: str | None
    lost_reason: str
    notes: str
    custom: dict[str, object]
    created_at: str
    updated_at: str
    created_by: str
    updated_by: str
    version: int
    deleted_at: str | None
    # read side
    stage: str
    pipeline: str
    company: str
    contact: str
    owner: str
    stage_probability: int
    effective_probability: int
    weighted_value_minor: int
    days_in_stage: int

    @property
    def value(self) -> Money:
        return Money(self.value_minor, self.currency)

    @property
    def weighted_value(self) -> Money:
        return Money(self.weighted_value_minor, self.currency)


@dataclass(frozen=True)
class StageChange:
    """One move of a deal; the first row of every deal comes from no stage."""

    id: int
    deal_id: DealId
    from_stage_id: StageId | None
    to_stage_id: StageId
    changed_at: str
    changed_by: str
    from_stage: str  # stage names, "" for none
    to_stage: str


@dataclass(frozen=True)
class DealFilter:
    """What list_deals and count_deals narrow to; every field left None is ignored."""

    pipeline_id: PipelineId | None = None
    stage_id: StageId | None = None
    status: str | None = None
    owner_id: UserId | None = None
    contact_id: ContactId | None = None
    company_id: CompanyId | None = None
    expected_close_from: str | None = None  # YYYY-MM-DD, inclusive
    expected_close_to: str | None = None  # YYYY-MM-DD, inclusive
    closed_from: str | None = None  # YYYY-MM-DD, inclusive (UTC day of closed_at)
    closed_to: str | None = None  # YYYY-MM-DD, inclusive
    tag_id: TagId | None = None
    tag: str | None = None  # a tag name, any case
    include_deleted: bool = False
    view: ViewFilter | None = None  # a saved view's filter ("smart list")


@dataclass(frozen=True)
class DealRow:
    """One line of a deal list or one card of the pipeline board."""

    id: DealId
    title: str
    pipeline_id: PipelineId
    pipeline: str
    stage_id: StageId
    stage: str
    stage_position: int
    status: str
    value_minor: int
    currency: str
    probability: int  # effective
    weighted_value_minor: int
    company_id: CompanyId | None
    company: str
    contact_id: ContactId | None
    contact: str
    owner_id: UserId | None
    owner: str
    expected_close_date: str | None
    stage_entered_at: str
    closed_at: str | None
    updated_at: str
    version: int
    deleted_at: str | None


@dataclass(frozen=True)
class StageTotal:
    """How many deals of one currency sit in one stage, and what they are worth.

    A stage holding deals in several currencies has one total per currency:
    amounts in different currencies are never added up.
    """

    stage_id: StageId
    currency: str
    count: int
    value_minor: int
    weighted_value_minor: int

    @property
    def value(self) -> Money:
        return Money(self.value_minor, self.currency)
