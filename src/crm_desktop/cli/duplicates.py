"""``crm duplicates`` lists likely duplicates; ``crm merge`` merges one record into another."""

from __future__ import annotations

import argparse

from crm_desktop.cli import record_args as ra
from crm_desktop.cli.output import print_json
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.services.companies import get_companies
from crm_desktop.services.contacts import get_contacts
from crm_desktop.services.duplicates import DuplicatePair, Reason, find_duplicates, ids_of
from crm_desktop.services.merge import merge_records, related_counts
from crm_desktop.storage.database import Database

_ENTITIES = ("contacts", "companies")
_REASONS = {
    "email": QT_TRANSLATE_NOOP("duplicates", "same e-mail {value}"),
    "phone": QT_TRANSLATE_NOOP("duplicates", "same phone {value}"),
    "website": QT_TRANSLATE_NOOP("duplicates", "same website {value}"),
    "name": QT_TRANSLATE_NOOP("duplicates", "same name {value}"),
    "similar_name": QT_TRANSLATE_NOOP("duplicates", "similar names {value} ({score}%)"),
}


def register(commands: ra.Subparsers, parent: argparse.ArgumentParser) -> None:
    finder = commands.add_parser(
        "duplicates",
        parents=[parent],
        help=translate("cli", "list contacts or companies that look like duplicates"),
        description=translate(
            "cli", "Pairs of live records sharing an e-mail, phone, website or a close name."
        ),
    )
    finder.add_argument("entity", choices=_ENTITIES, metavar="contacts|companies")
    ra.json_flag(finder)
    finder.set_defaults(handler=cmd_duplicates)

    merger = commands.add_parser(
        "merge",
        parents=[parent],
        help=translate("cli", "merge one contact or company into another"),
        description=translate(
            "cli",
            "Merge OTHER_ID into KEEP_ID: KEEP_ID keeps its values and gains OTHER_ID's"
            " e-mails, phones, tags, deals, tickets, orders and activities; OTHER_ID goes to"
            " the trash.",
        ),
    )
    merger.add_argument("entity", choices=_ENTITIES, metavar="contacts|companies")
    merger.add_argument("keep_id", type=ra._record_id, metavar="KEEP_ID")
    merger.add_argument("other_id", type=ra._record_id, metavar="OTHER_ID")
    ra.json_flag(merger)
    merger.set_defaults(handler=cmd_merge)


def reason_text(reason: Reason) -> str:
    text = _REASONS.get(reason.kind)
    shown = translate("duplicates", text) if text else "{value}"
    return shown.format(value=reason.value, score=reason.score)


def _names(db: Database, entity: str, pairs: list[DuplicatePair]) -> dict[int, str]:
    ids = ids_of(pairs)
    if entity == "contacts":
        return {int(c.id): c.name for c in get_contacts(db, ids)}
    return {int(c.id): c.name for c in get_companies(db, ids)}


def cmd_duplicates(db: Database, args: argparse.Namespace) -> int:
    pairs = find_duplicates(db, args.entity)
    names = _names(db, args.entity, pairs)
    if args.json:
        print_json(
            [
                {
                    "first_id": p.first_id,
                    "first_name": names.get(p.first_id, ""),
                    "second_id": p.second_id,
                    "second_name": names.get(p.second_id, ""),
                    "score": p.score,
                    "reasons": p.reasons,
                }
                for p in pairs
            ]
        )
        return 0
    if not pairs:
        print(translate("duplicates", "(none)"))
        return 0
    for p in pairs:
        why = "; ".join(reason_text(r) for r in p.reasons)
        first, second = names.get(p.first_id, ""), names.get(p.second_id, "")
        print(f"{p.first_id} {first}  <->  {p.second_id} {second}  [{why}]")
    return 0


def cmd_merge(db: Database, args: argparse.Namespace) -> int:
    moved = related_counts(db, args.entity, args.other_id)
    merge_records(db, args.entity, args.keep_id, args.other_id)
    if args.json:
        print_json({"kept_id": args.keep_id, "merged_id": args.other_id, "moved": moved})
        return 0
    what = ", ".join(moved_text(table, n) for table, n in moved.items())
    what = what or translate("duplicates", "no related records")
    if args.entity == "contacts":
        merged = translate("duplicates", "Merged contact {other} into {keep} ({moved} moved);")
        trashed = translate("duplicates", "contact {other} is in the trash.")
    else:
        merged = translate("duplicates", "Merged company {other} into {keep} ({moved} moved);")
        trashed = translate("duplicates", "company {other} is in the trash.")
    print(merged.format(other=args.other_id, keep=args.keep_id, moved=what))
    print(trashed.format(other=args.other_id))
    return 0


def moved_text(table: str, n: int) -> str:
    """What a merge moves ("3 deals"), counted in the user's language."""
    one = n == 1
    if table == "deals":
        if one:
            return translate("duplicates", "%n deal", "", n)
        return translate("duplicates", "%n deals", "", n)
    if table == "tickets":
        if one:
            return translate("duplicates", "%n ticket", "", n)
        return translate("duplicates", "%n tickets", "", n)
    if table == "orders":
        if one:
            return translate("duplicates", "%n order", "", n)
        return translate("duplicates", "%n orders", "", n)
    if table == "activities":
        if one:
            return translate("duplicates", "%n activity", "", n)
        return translate("duplicates", "%n activities", "", n)
    if table == "contacts":
        if one:
            return translate("duplicates", "%n contact", "", n)
        return translate("duplicates", "%n contacts", "", n)
    return f"{n} {table}"  # a table added later: its name, until it is worded here
