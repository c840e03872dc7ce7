"""``crm contacts``: add, list, show, update, delete and restore contacts."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.cli import UsageError
from crm_desktop.cli import record_args as ra
from crm_desktop.domain.contacts import (
    CONTACT_SORTS,
    LIFECYCLE_STAGES,
    Contact,
    ContactDraft,
    ContactFilter,
)
from crm_desktop.domain.errors import ConflictError, ValidationError
from crm_desktop.i18n import translate
from crm_desktop.services import companies, contacts
from crm_desktop.services.tags import tag_records, tags_for, tags_for_many
from crm_desktop.storage.database import Database

_COLUMNS = [
    ("id", "id"),
    ("name", "name"),
    ("company", "company"),
    ("primary_email", "e-mail"),
    ("primary_phone", "phone"),
    ("city", "city"),
    ("country", "country"),
    ("lifecycle_stage", "stage"),
    ("owner", "owner"),
]

# --option dest -> ContactDraft field, for the plain text fields.
_TEXT_FIELDS = {
    "first_name": "first_name",
    "last_name": "last_name",
    "job_title": "job_title",
    "stage": "lifecycle_stage",
    "city": "city",
    "country": "country",
    "notes": "notes",
    "birthday": "birthday",
}


def register(commands: ra.Subparsers, parent: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "contacts",
        help="people: add, list, show, update, delete, restore",
        description="People: add, list, show, update, move to the trash and restore.",
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", parser_class=type(group))
    sub.required = True

    add = sub.add_parser("add", parents=[parent], help="add a contact")
    _field_options(add)
    ra.json_flag(add)
    add.set_defaults(handler=cmd_add)

    listing = sub.add_parser("list", parents=[parent], help="list contacts")
    listing.add_argument("--stage", metavar="STAGE", help=" | ".join(LIFECYCLE_STAGES))
    listing.add_argument("--country", metavar="CC", help="two-letter country code")
    listing.add_argument("--tag", metavar="TAG", help="only contacts with this tag")
    listing.add_argument("--owner", metavar="USER", help="login or name")
    listing.add_argument("--company", metavar="NAME", help="the company's exact name")
    listing.add_argument(
        "--search",
        metavar="TEXT",
        help="words that start a name, e-mail, company, city or phone number",
    )
    ra.page_options(listing, CONTACT_SORTS, default=100)
    listing.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", parents=[parent], help="one contact with its tags")
    ra.record_id(show, "contact")
    ra.json_flag(show)
    show.set_defaults(handler=cmd_show)

    update = sub.add_parser("update", parents=[parent], help="change fields of a contact")
    ra.record_id(update, "contact")
    _field_options(update)
    ra.expected_version(update, "contact")
    ra.json_flag(update)
    update.set_defaults(handler=cmd_update)

    delete = sub.add_parser("delete", parents=[parent], help="move a contact to the trash")
    ra.record_id(delete, "contact")
    ra.expected_version(delete, "contact")
    delete.set_defaults(handler=cmd_delete)

    restore = sub.add_parser("restore", parents=[parent], help="bring a contact back")
    ra.record_id(restore, "contact")
    restore.set_defaults(handler=cmd_restore)


def _field_options(parser: argparse.ArgumentParser) -> None:
    # Names are not required by argparse even for add: the service's own rule
    # (a first name, a last name or an e-mail) gives the better message.
    parser.add_argument("--first-name", metavar="TEXT")
    parser.add_argument("--last-name", metavar="TEXT")
    parser.add_argument(
        "--email", action="append", metavar="ADDRESS", help="repeat for more; '' clears"
    )
    parser.add_argument(
        "--phone", action="append", metavar="NUMBER", help="repeat for more; '' clears"
    )
    parser.add_argument("--company", metavar="NAME", help="found by name or created; '' removes it")
    parser.add_argument("--tag", action="append", metavar="TAG", help="add a tag; repeat")
    parser.add_argument("--job-title", metavar="TEXT")
    parser.add_argument("--stage", metavar="STAGE", help=" | ".join(LIFECYCLE_STAGES))
    parser.add_argument("--city", metavar="TEXT")
    parser.add_argument("--country", metavar="CC", help="two-letter country code")
    parser.add_argument("--owner", metavar="USER", help="login or name; '' unassigns")
    parser.add_argument("--notes", metavar="TEXT")
    parser.add_argument("--birthday", metavar="YYYY-MM-DD")


def _changes(db: Database, args: argparse.Namespace) -> dict[str, Any]:
    """The draft fields the options set; options not given are left out."""
    changes: dict[str, Any] = {
        field: getattr(args, dest)
        for dest, field in _TEXT_FIELDS.items()
        if getattr(args, dest) is not None
    }
    emails = ra.contact_points(args.email)
    if emails is not None:
        changes["emails"] = emails
    phones = ra.contact_points(args.phone)
    if phones is not None:
        changes["phones"] = phones
    if args.owner is not None:
        changes["owner_id"] = ra.user_id(db, args.owner, "owner") if args.owner.strip() else None
    return changes


def _save(
    db: Database,
    contact_id: int | None,
    changes: dict[str, Any],
    company_name: str | None,
    tags: list[str],
    expected_version: int | None = None,
) -> Contact:
    """Create or update, with the company found or made and the tags put on.

    A company that does not exist yet is made only after the contact itself
    was accepted, so a typo in an e-mail does not leave a stray company behind.
    """
    new_company = ""
    if company_name is not None:
        name = company_name.strip()
        found = companies.find_company_by_name(db, name) if name else None
        if found is not None or not name:
            changes["company_id"] = found.id if found is not None else None
        else:
            new_company = name
    if contact_id is None:
        contact = contacts.create_contact(db, ContactDraft(**changes))
    elif changes:
        contact = contacts.update_contact(db, contact_id, changes, expected_version)
    elif new_company or tags:
        # Only a new company or tags: no field update, so no needless new version.
        contact = contacts.get_contact(db, contact_id)
        if expected_version is not None and expected_version != contact.version:
            raise ConflictError("contact", contact_id, expected_version, contact.version)
    else:
        raise UsageError("contacts update: give at least one option to change, e.g. --city")
    if new_company:
        company = companies.find_or_create_company(db, new_company)
        contact = contacts.update_contact(
            db, contact.id, {"company_id": company.id}, contact.version
        )
    if tags:
        tag_records(db, "contact", [contact.id], tags)
    return contact


def _print_contact(db: Database, contact: Contact, as_json: bool) -> None:
    ra.show_record(contact, {"tags": tags_for(db, "contact", contact.id)}, as_json)


def cmd_add(db: Database, args: argparse.Namespace) -> int:
    tags = ra.tag_names(args.tag)
    changes = _changes(db, args)
    contact = _save(db, None, changes, args.company, tags)
    if args.json:
        _print_contact(db, contact, as_json=True)
    else:
        print(f"Added contact {contact.id}: {contact.name}")
    return 0


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    company_id = None
    if args.company is not None:
        found = companies.find_company_by_name(db, args.company.strip())
        if found is None:
            raise ValidationError.single(
                "company",
                translate("cli", "there is no company named {name}").format(
                    name=repr(args.company)
                ),
            )
        company_id = found.id
    spec = ContactFilter(
        text=args.search or "",
        lifecycle_stage=ra.choice(args.stage, LIFECYCLE_STAGES, "lifecycle_stage"),
        owner_id=ra.user_id(db, args.owner, "owner"),
        country=args.country,
        company_id=company_id,
        tag=args.tag,
    )
    rows = contacts.list_contacts(db, spec, args.offset, args.limit, args.sort or "last_name")
    if args.json:
        # The records themselves, keyed as in show --json, not the table's rows.
        ids = [row.id for row in rows]
        ra.print_records_json(contacts.get_contacts(db, ids), tags_for_many(db, "contact", ids))
        return 0
    ra.print_page(rows, _COLUMNS, args, lambda: contacts.count_contacts(db, spec))
    return 0


def cmd_show(db: Database, args: argparse.Namespace) -> int:
    _print_contact(db, contacts.get_contact(db, args.id), args.json)
    return 0


def cmd_update(db: Database, args: argparse.Namespace) -> int:
    tags = ra.tag_names(args.tag)
    changes = _changes(db, args)
    contact = _save(db, args.id, changes, args.company, tags, args.expected_version)
    _print_contact(db, contact, args.json)
    return 0


def cmd_delete(db: Database, args: argparse.Namespace) -> int:
    contact = contacts.get_contact(db, args.id)
    contacts.delete_contact(db, args.id, args.expected_version)
    print(
        f"Moved contact {contact.id} ({contact.name}) to the trash;"
        f" `crm contacts restore {contact.id}` brings it back"
    )
    return 0


def cmd_restore(db: Database, args: argparse.Namespace) -> int:
    contact = contacts.restore_contact(db, args.id)
    print(f"Restored contact {contact.id}: {contact.name}")
    return 0
