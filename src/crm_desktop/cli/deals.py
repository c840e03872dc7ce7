"""``crm deals``: list deals, show one with its stage history, move one to a stage."""

from __future__ import annotations

import argparse

from crm_desktop.cli import record_args as ra
from crm_desktop.cli.output import print_json, print_table
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.pipeline import DEAL_STATUSES, DealFilter, Pipeline
from crm_desktop.i18n import translate
from crm_desktop.services.deal_lists import DEAL_SORTS, count_deals, deal_stage_history, list_deals
from crm_desktop.services.deals import get_deal, move_deal_to_stage
from crm_desktop.services.pipeline import default_pipeline, find_stage, list_pipelines
from crm_desktop.services.tags import tags_for
from crm_desktop.storage.database import Database

_COLUMNS = [
    ("id", "id"),
    ("title", "title"),
    ("stage", "stage"),
    ("status", "status"),
    ("value", "value"),
    ("probability", "%"),
    ("company", "company"),
    ("contact", "contact"),
    ("owner", "owner"),
    ("expected_close_date", "close by"),
]
_HISTORY_COLUMNS = [
    ("changed_at", "when"),
    ("from_stage", "from"),
    ("to_stage", "to"),
    ("changed_by", "by"),
]


def register(commands: ra.Subparsers, parent: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "deals",
        help="deals: list, show, move to a stage",
        description="Deals of the pipelines: list, show with stage history, move to a stage.",
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", parser_class=type(group))
    sub.required = True

    listing = sub.add_parser("list", parents=[parent], help="list deals")
    listing.add_argument("--pipeline", metavar="NAME", help="default: every pipeline")
    listing.add_argument(
        "--stage", metavar="NAME", help="a stage of --pipeline (default: the default pipeline)"
    )
    listing.add_argument("--status", metavar="STATUS", help=" | ".join(DEAL_STATUSES))
    listing.add_argument("--owner", metavar="USER", help="login or name")
    listing.add_argument("--tag", metavar="TAG", help="only deals with this tag")
    ra.page_options(listing, list(DEAL_SORTS), default=200)
    listing.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", parents=[parent], help="one deal with its stage history")
    ra.record_id(show, "deal")
    ra.json_flag(show)
    show.set_defaults(handler=cmd_show)

    move = sub.add_parser("move", parents=[parent], help="move a deal to another stage")
    ra.record_id(move, "deal")
    move.add_argument("stage", metavar="STAGE", help="the stage's name (any case) or id")
    move.add_argument(
        "--lost-reason",
        metavar="TEXT",
        default="",
        help="why the deal was lost (for the lost stage only)",
    )
    ra.expected_version(move, "deal")
    ra.json_flag(move)
    move.set_defaults(handler=cmd_move)


def _pipeline(db: Database, name: str | None) -> Pipeline | None:
    if name is None:
        return None
    wanted = name.strip().casefold()
    pipelines = list_pipelines(db)
    for pipeline in pipelines:
        if pipeline.name.casefold() == wanted or str(pipeline.id) == wanted:
            return pipeline
    names = ", ".join(p.name for p in pipelines)
    raise ValidationError.single(
        "pipeline",
        translate("cli", "there is no pipeline {name}; there are {names}").format(
            name=repr(name), names=names
        ),
    )


def deal_filter(db: Database, args: argparse.Namespace) -> DealFilter:
    """The deals that --pipeline, --stage (name or id), --status, --owner and --tag pick."""
    pipeline = _pipeline(db, args.pipeline)
    stage_id = None
    if args.stage is not None:
        in_pipeline = pipeline or default_pipeline(db)
        stage_id = find_stage(db, in_pipeline.id, args.stage).id
    return DealFilter(
        pipeline_id=pipeline.id if pipeline else None,
        stage_id=stage_id,
        status=args.status.strip().lower() if args.status else None,
        owner_id=ra.user_id(db, args.owner, "owner"),
        tag=args.tag,
    )


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    spec = deal_filter(db, args)
    rows = list_deals(db, spec, args.offset, args.limit, args.sort or "stage")
    with_money = [ra.row_view(r, value=ra.money_text(r.value_minor, r.currency)) for r in rows]
    ra.print_page(rows, _COLUMNS, args, lambda: count_deals(db, spec), shown=with_money)
    return 0


def cmd_show(db: Database, args: argparse.Namespace) -> int:
    deal = get_deal(db, args.id)
    history = deal_stage_history(db, deal.id)
    tags = tags_for(db, "deal", deal.id)
    if args.json:
        ra.show_record(deal, {"tags": tags, "stage_history": history}, as_json=True)
        return 0
    ra.show_record(
        deal,
        {
            "value": ra.money_text(deal.value_minor, deal.currency),
            "weighted_value": ra.money_text(deal.weighted_value_minor, deal.currency),
            "tags": tags,
        },
        as_json=False,
    )
    print("\nStage history:")
    print_table(history, _HISTORY_COLUMNS)
    return 0


def cmd_move(db: Database, args: argparse.Namespace) -> int:
    deal = move_deal_to_stage(
        db,
        args.id,
        args.stage,
        expected_version=args.expected_version,
        lost_reason=args.lost_reason,
    )
    if args.json:
        print_json(deal)
    else:
        print(f"Deal {deal.id} ({deal.title}) is now in stage {deal.stage}, status {deal.status}")
    return 0
