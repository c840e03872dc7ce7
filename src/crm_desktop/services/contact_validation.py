"""Checking what users type for contacts and companies, fast enough for bulk imports.

A ``Checker`` reads what the checks need (settings, users, companies, custom
field definitions) once per unit of work, so checking 100,000 rows costs no
query per row. E-mails and phones go through ``domain.fast_contact_points``,
which gives what ``domain.contact_points`` gives, several times faster.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, datetime
from json.encoder import encode_basestring
from typing import Any

from babel import Locale

from crm_desktop.domain.contact_points import ContactPointError, EmailAddress, PhoneNumber
from crm_desktop.domain.custom_fields import CustomField
from crm_desktop.domain.errors import ValidationError, kind_name
from crm_desktop.domain.fast_contact_points import fast_email, fast_phone, fast_search_tokens
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.services.custom_fields import list_custom_fields, validate_custom_values
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import IN_IDS, ids_param, to_iso
from crm_desktop.storage.unit_of_work import UnitOfWork, to_sql_value

Errors = dict[str, str]

# ISO 3166-1 alpha-2 codes: Babel's territories less the reserved and grouping
# codes it also knows (XK, Kosovo, stays: it is in common use).
_NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB"}
COUNTRY_CODES = frozenset(
    str(code)
    for code in Locale("en").territories
    if len(str(code)) == 2 and str(code).isalpha() and code not in _NOT_COUNTRIES | {"ZZ"}
)

DEFAULT_LABEL = "work"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YES = {"yes", "y", "true", "1", "si", "sì", "ja"}
_NO = {"no", "n", "false", "0", "nej", ""}


# Built once: json.dumps with ensure_ascii=False builds a new encoder per call.
to_json = json.JSONEncoder(ensure_ascii=False).encode
_quote = encode_basestring  # a JSON string, as to_json writes it (C-accelerated)


def emails_json(emails: Iterable[EmailAddress]) -> str:
    """``to_json`` of [{"label", "address"}, ...], written directly: bulk imports call it a lot."""
    items = [f'{{"label": {_quote(e.label)}, "address": {_quote(e.address)}}}' for e in emails]
    return f"[{', '.join(items)}]"


def phones_json(phones: Iterable[PhoneNumber]) -> str:
    """``to_json`` of [{"label", "raw", "e164"}, ...], written directly."""
    items = [
        f'{{"label": {_quote(p.label)}, "raw": {_quote(p.raw)}, "e164": {_quote(p.e164)}}}'
        for p in phones
    ]
    return f"[{', '.join(items)}]"


def decode_emails(stored: object) -> tuple[EmailAddress, ...]:
    items = json.loads(str(stored or "[]"))
    return tuple(EmailAddress(address=i["address"], label=i.get("label", "")) for i in items)


def decode_phones(stored: object) -> tuple[PhoneNumber, ...]:
    items = json.loads(str(stored or "[]"))
    return tuple(
        PhoneNumber(raw=i.get("raw") or i["e164"], e164=i["e164"], label=i.get("label", ""))
        for i in items
    )


def stored_phone_tokens(stored: object) -> list[str]:
    """The search tokens of phones as stored: for index entries rebuilt from rows."""
    tokens: list[str] = []
    for phone in decode_phones(stored):
        tokens += fast_search_tokens(phone.e164)
    return tokens


def refuse_unknown_fields(changes: Mapping[str, object], known: Collection[str], kind: str) -> None:
    """Raise ValidationError naming every key of ``changes`` that is not a field."""
    unknown = sorted(set(changes) - set(known))
    if unknown:
        reason = translate("validation", "is not a field of a {kind}").format(kind=kind_name(kind))
        raise ValidationError(dict.fromkeys(unknown, reason))


def merge_changes(stored: Mapping[str, Any], changes: Mapping[str, object]) -> dict[str, Any]:
    """A stored contact or company in draft form, with ``changes`` replacing whole fields.

    E-mails, phones and custom values are decoded, so the result is checked
    again as a draft would be.
    """
    return {
        **stored,
        "emails": decode_emails(stored["emails"]),
        "phones": decode_phones(stored["phones"]),
        "custom": json.loads(stored["custom"] or "{}"),
        **changes,
    }


def altered_columns(values: Mapping[str, object], stored: Mapping[str, Any]) -> dict[str, object]:
    """The checked ``values`` that differ from the ``stored`` row, compared as stored."""
    return {k: v for k, v in values.items() if to_sql_value(v) != stored[k]}


def _labelled(item: object) -> tuple[str, str] | None:
    """(label, text) from "text" or (label, text); None when it is neither."""
    if isinstance(item, str):
        return DEFAULT_LABEL, item
    if isinstance(item, tuple | list) and len(item) == 2:
        label, text = item[0], item[1]
        if isinstance(label, str) and isinstance(text, str):
            return label.strip() or DEFAULT_LABEL, text
    return None


_NOT_LABELLED = QT_TRANSLATE_NOOP("validation", "must be text, or a (label, value) pair")


def _as_list(items: object) -> list[object] | tuple[object, ...] | None:
    """The items of a list field; one bare string is a list of one."""
    if type(items) in (list, tuple):  # the usual case, without an ABC check
        return items  # type: ignore[return-value]
    if isinstance(items, str):
        return [items]
    if isinstance(items, Sequence):
        return list(items)
    return None


class Checker:
    """Field checks for one unit of work; what they look up is read once."""

    def __init__(self, uow: UnitOfWork, entity_type: str) -> None:
        self.uow = uow
        self.entity_type = entity_type
        self.region = get_settings(uow.database).default_region.upper()
        # Tried when a number is invalid in ``region`` (an import reads a row's numbers in its
        # country's region and falls back to the file's); "" tries none.
        self.fallback_region = ""
        self.now = uow.now
        self.today = uow.now[:10]
        self._users: dict[int, str] | None = None
        self._companies: dict[int, str] = {}
        self._custom_fields: list[CustomField] | None = None

    # -- references -------------------------------------------------------
    def user_name(self, user_id: int) -> str | None:
        if self._users is None:
            # Users are few: all of them at once beats one query per row.
            self._users = {
                r["id"]: r["name"]
                for r in self.uow.query("SELECT id, name FROM users WHERE deleted_at IS NULL")
            }
        return self._users.get(user_id)

    def load_companies(self, ids: Iterable[object]) -> None:
        """Read the names of the live companies among ``ids`` in one query."""
        wanted = sorted({i for i in ids if isinstance(i, int)} - set(self._companies))
        if not wanted:
            return
        rows = self.uow.query(
            "SELECT id, name FROM companies WHERE deleted_at IS NULL AND id " + IN_IDS,
            (ids_param(wanted),),
        )
        self._companies.update({r["id"]: r["name"] for r in rows})

    def company_name(self, company_id: int) -> str | None:
        if company_id not in self._companies:
            self.load_companies([company_id])
        return self._companies.get(company_id)

    def reference(
        self, value: object, key: str, kind: str, errors: Errors
    ) -> tuple[int | None, str]:
        """A user or company id checked to exist: (id, its name) or (None, "")."""
        if value is None:
            return None, ""
        if not isinstance(value, int) or isinstance(value, bool):
            errors[key] = (
                translate("validation", "must be the id of a user")
                if kind == "user"
                else translate("validation", "must be the id of a company")
            )
            return None, ""
        name = self.user_name(value) if kind == "user" else self.company_name(value)
        if name is None:
            errors[key] = (
                translate("validation", "there is no user with id {id}")
                if kind == "user"
                else translate("validation", "there is no company with id {id}")
            ).format(id=value)
            return None, ""
        return value, name

    # -- simple fields ----------------------------------------------------
    @staticmethod
    def text(value: object, key: str, errors: Errors) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            errors[key] = translate("validation", "must be text")
            return ""
        return value.strip()

    @staticmethod
    def country(value: object, key: str, errors: Errors) -> str:
        text = Checker.text(value, key, errors).upper()
        if text and text not in COUNTRY_CODES:
            errors[key] = translate(
                "validation", "{code} is not a two-letter country code such as IT, SE or US"
            ).format(code=repr(text))
            return ""
        return text

    def date(self, value: object, key: str, errors: Errors, *, past: bool = False) -> str | None:
        if value is None or value == "":
            return None
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date):
            text = value.isoformat()
        elif isinstance(value, str) and _DATE.match(value.strip()):
            text = value.strip()
            try:
                date.fromisoformat(text)
            except ValueError:
                errors[key] = translate(
                    "validation", "{date} is not a date of the calendar"
                ).format(date=repr(text))
                return None
        else:
            errors[key] = translate("validation", "must be a date as YYYY-MM-DD")
            return None
        if past and text > self.today:
            errors[key] = translate("validation", "{date} is in the future").format(date=text)
            return None
        return text

    def moment(self, value: object, key: str, errors: Errors) -> str | None:
        """A point in time, stored as UTC "YYYY-MM-DDTHH:MM:SSZ"."""
        if value is None or value == "":
            return None
        try:
            moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        except ValueError:
            errors[key] = translate(
                "validation", "must be a date and time such as 2024-05-01T09:30:00Z"
            )
            return None
        if moment.tzinfo is None:
            errors[key] = translate("validation", "must say its time zone, e.g. end in Z for UTC")
            return None
        return to_iso(moment)

    @staticmethod
    def yes_no(value: object, key: str, errors: Errors) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str):
            word = value.strip().casefold()
            if word in _YES:
                return True
            if word in _NO:
                return False
        errors[key] = translate("validation", "must be yes or no")
        return False

    @staticmethod
    def choice(value: object, choices: Sequence[str], key: str, errors: Errors) -> str:
        text = value.strip().lower() if isinstance(value, str) else ""
        if text not in choices:
            errors[key] = translate("validation", "must be one of {choices}").format(
                choices=", ".join(choices)
            )
            return choices[0]
        return text

    # -- e-mails and phones ----------------------------------------------
    def emails(self, items: object, errors: Errors, key: str = "emails") -> list[EmailAddress]:
        entries = _as_list(items)
        if entries is None:
            errors[key] = translate("validation", "must be a list of e-mail addresses")
            return []
        result: list[EmailAddress] = []
        seen: set[str] = set()
        for index, item in enumerate(entries):
            try:
                if isinstance(item, EmailAddress):
                    email = fast_email(item.address, item.label.strip() or DEFAULT_LABEL)
                else:
                    pair = _labelled(item)
                    if pair is None:
                        errors[f"{key}[{index}]"] = translate("validation", _NOT_LABELLED)
                        continue
                    email = fast_email(pair[1], pair[0])
            except ContactPointError as error:
                errors[f"{key}[{index}]"] = str(error)
                continue
            folded = email.address.casefold()
            if folded in seen:
                errors[f"{key}[{index}]"] = translate(
                    "validation", "{address} is listed twice"
                ).format(address=email.address)
                continue
            seen.add(folded)
            result.append(email)
        return result

    def phones(
        self, items: object, errors: Errors, key: str = "phones"
    ) -> tuple[list[PhoneNumber], list[str]]:
        """Checked phones and the search tokens of them all."""
        entries = _as_list(items)
        if entries is None:
            errors[key] = translate("validation", "must be a list of phone numbers")
            return [], []
        result: list[PhoneNumber] = []
        tokens: list[str] = []
        for index, item in enumerate(entries):
            try:
                if isinstance(item, PhoneNumber):
                    # A stored number keeps its E.164 form even if the default
                    # region has changed since it was typed.
                    label = item.label.strip() or DEFAULT_LABEL
                    phone, its_tokens = fast_phone(item.e164 or item.raw, self.region, label)
                    phone = PhoneNumber(
                        raw=item.raw.strip() or phone.raw, e164=phone.e164, label=label
                    )
                else:
                    pair = _labelled(item)
                    if pair is None:
                        errors[f"{key}[{index}]"] = translate("validation", _NOT_LABELLED)
                        continue
                    phone, its_tokens = self._phone(pair[1], pair[0])
            except ContactPointError as error:
                errors[f"{key}[{index}]"] = str(error)
                continue
            result.append(phone)
            tokens += its_tokens
        return result, tokens

    def _phone(self, text: str, label: str) -> tuple[PhoneNumber, list[str]]:
        try:
            return fast_phone(text, self.region, label)
        except ContactPointError as error:
            fallback = self.fallback_region
            if not fallback or fallback == self.region:
                raise
            try:
                return fast_phone(text, fallback, label)
            except ContactPointError:
                raise error from None  # the region the number was meant for explains best

    # -- custom fields ----------------------------------------------------
    def custom(self, values: object, errors: Errors) -> dict[str, object]:
        """Custom values checked by ``validate_custom_values`` (keys ``custom.<name>``)."""
        if values is None:
            values = {}
        if not isinstance(values, Mapping):
            errors["custom"] = translate("validation", "must map custom field names to values")
            return {}
        if self._custom_fields is None:
            self._custom_fields = list_custom_fields(self.uow.database, self.entity_type)
        if not values and not any(f.required for f in self._custom_fields):
            return {}  # nothing to check: spares bulk imports a query per row
        try:
            return validate_custom_values(
                self.uow.database, self.entity_type, values, self._custom_fields
            )
        except ValidationError as error:
            errors.update(error.errors)
            return {}
