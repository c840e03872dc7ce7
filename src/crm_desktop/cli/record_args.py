"""Pieces the record commands share: list options, user look-ups, money and tag checks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from crm_desktop.cli.output import plain, print_json, print_record, print_table
from crm_desktop.domain.errors import ValidationError, one_of
from crm_desktop.domain.ids import UserId
from crm_desktop.domain.money import minor_digits
from crm_desktop.domain.tags import clean_tag_name, tag_name_problem
from crm_desktop.i18n import translate
from crm_desktop.services.users import find_user
from crm_desktop.storage.database import Database

Subparsers = argparse._SubParsersAction


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


# SQLite's largest integer: a larger id or limit would not even reach the query.
MAX_INTEGER = 2**63 - 1


def _whole_number(text: str, minimum: int, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = minimum - 1
    if not minimum <= value <= MAX_INTEGER:
        raise argparse.ArgumentTypeError(f"{text!r} is not {what}")
    return value


def count(text: str) -> int:
    """An argparse type: a whole number of 0 or more (limits, offsets)."""
    return _whole_number(text, 0, "a whole number of 0 or more")


def _record_id(text: str) -> int:
    return _whole_number(text, 1, "a record id (a whole number from 1)")


def _version(text: str) -> int:
    return _whole_number(text, 1, "a version (a whole number from 1)")


def page_options(parser: argparse.ArgumentParser, sorts: Sequence[str], default: int) -> None:
    """``--sort``, ``--limit``, ``--offset`` and ``--json`` for a list command."""
    parser.add_argument(
        "--sort",
        metavar="FIELD",
        help=f"one of {', '.join(sorts)}; put - in front for descending (--sort=-FIELD)",
    )
    parser.add_argument(
        "--limit", type=count, default=default, metavar="N", help=f"at most N rows ({default})"
    )
    parser.add_argument(
        "--offset", type=count, default=0, metavar="N", help="skip the first N rows (0)"
    )
    json_flag(parser)


def record_id(parser: argparse.ArgumentParser, kind: str) -> None:
    parser.add_argument("id", type=_record_id, metavar="ID", help=f"the {kind}'s id")


def expected_version(parser: argparse.ArgumentParser, kind: str) -> None:
    parser.add_argument(
        "--expected-version",
        type=_version,
        metavar="N",
        help=f"fail if the {kind} is no longer at version N (someone changed it)",
    )


def user_id(db: Database, login_or_name: str | None, field: str) -> UserId | None:
    """The id of the user with this login or name; None when none was given.

    Raises:
        ValidationError: keyed ``field`` when no such user exists.
    """
    if login_or_name is None:
        return None
    user = find_user(db, login_or_name.strip())
    if user is None:
        raise ValidationError.single(
            field,
            translate("cli", "there is no user with login or name {name}").format(
                name=repr(login_or_name)
            ),
        )
    return user.id


def choice(value: str | None, choices: Sequence[str], field: str) -> str | None:
    """A filter value checked against its choices (lists do not validate filters)."""
    if value is None:
        return None
    text = value.strip().lower()
    if text not in choices:
        raise ValidationError.single(field, one_of(choices))
    return text


def tag_names(names: Sequence[str] | None) -> list[str]:
    """Tag names checked before anything is written, so a bad one saves nothing."""
    errors: dict[str, str] = {}
    for index, name in enumerate(names or ()):
        problem = tag_name_problem(clean_tag_name(name))
        if problem:
            errors[f"tags[{index}]"] = problem
    if errors:
        raise ValidationError(errors)
    return list(names or ())


def contact_points(values: Sequence[str] | None) -> list[str] | None:
    """Typed e-mails or phones; None when the option was not given at all.

    Empty strings are dropped, so ``--email ''`` clears the list on update.
    """
    if values is None:
        return None
    return [v for v in values if v.strip()]


def money_text(minor: int, currency: str) -> str:
    """``1,234.56 EUR``: the same in every locale, so scripts and people can read it."""
    digits = minor_digits(currency)
    amount = Decimal(minor).scaleb(-digits)
    return f"{amount:,.{digits}f} {currency}"


def row_view(row: object, **extra: object) -> SimpleNamespace:
    """A row's fields plus display-only columns (formatted money), for print_table."""
    return SimpleNamespace(**plain(row), **extra)


def show_record(record: object, extra: Mapping[str, object], as_json: bool) -> None:
    """One record with its extras (tags, history, thread) as JSON or field lines."""
    data = {**plain(record), **plain(extra)}
    if as_json:
        print_json(data)
    else:
        print_record(data)


def print_records_json(records: Sequence[Any], tags: Mapping[int, list[str]]) -> None:
    """Full records as ``show --json`` prints them (with their tags), for a list."""
    print_json([{**plain(record), "tags": tags.get(int(record.id), [])} for record in records])


def print_page(
    rows: Sequence[object],
    columns: Sequence[tuple[str, str]],
    args: argparse.Namespace,
    count: Callable[[], int],
    shown: Sequence[object] | None = None,
) -> None:
    """A list command's page: JSON for scripts, a table for people.

    The table shows ``shown`` (display rows) when given, else ``rows``; a note
    on stderr says so when the page did not hold every match.
    """
    if args.json:
        print_json(rows)
        return
    print_table(rows if shown is None else shown, columns)
    if len(rows) < args.limit:
        return  # the last page: nothing more to count
    total = count()
    if args.offset + len(rows) < total:
        print(
            f"({len(rows)} of {total} shown from {args.offset + 1};"
            " use --limit and --offset for more)",
            file=sys.stderr,
        )
