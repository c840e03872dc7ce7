"""``crm duplicates`` lists likely duplicates; ``crm merge`` merges one record into another."""

from __future__ import annotations

import argparse

from crm_desktop.cli import record_args as ra
from crm_desktop.cli.output import print_json
from crm_desktop.services.companies import get_companies
from crm_desktop.services.contacts import get_contacts
from crm_desktop.services.duplicates import DuplicatePair, Reason, find_duplicates, ids_of
from crm_desktop.services.merge import merge_records, related_counts
from crm_desktop.storage.database import Database

_ENTITIES = ("contacts", "companies")
_REASONS = {
    "email": "same e-mail {value}",
    "phone": "same phone {value}",
    "website": "same website {value}",
    "name": "same name {value}",
    "similar_name": "similar names {value} ({score}%)",
}


def register(commands: ra.Subparsers, parent: argparse.ArgumentParser) -> None:
    finder = commands.add_parser(
        "duplicates",
        parents=[parent],
        help="list contacts or companies that look like duplicates",
        description="Pairs of live records sharing an e-mail, phone, website or a close name.",
    )
    finder.add_argument("entity", choices=_ENTITIES, metavar="contacts|companies")
    ra.json_flag(finder)
    finder.set_defaults(handler=cmd_duplicates)

    merger = commands.add_parser(
        "merge",
        parents=[parent],
        help="merge one contact or company into another",
        description="Merge OTHER_ID into KEEP_ID: KEEP_ID keeps its values and gains OTHER_ID's"
        " e-mails, phones, tags, deals, tickets, orders and activities; OTHER_ID goes to the"
        " trash.",
    )
    merger.add_argument("entity", choices=_ENTITIES, metavar="contacts|companies")
    merger.add_argument("keep_id", type=ra._record_id, metavar="KEEP_ID")
    merger.add_argument("other_id", type=ra._record_id, metavar="OTHER_ID")
    ra.json_flag(merger)
    merger.set_defaults(handler=cmd_merge)


def reason_text(reason: Reason) -> str:
    return _REASONS.get(reason.kind, "{value}").format(value=reason.value, score=reason.score)


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
        print("(none)")
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
    kind = "contact" if args.entity == "contacts" else "company"
    what = ", ".join(f"{n} {table}" for table, n in moved.items()) or "no related records"
    print(f"Merged {kind} {args.other_id} into {args.keep_id} ({what} moved);")
    print(f"{kind} {args.other_id} is in the trash.")
    return 0
