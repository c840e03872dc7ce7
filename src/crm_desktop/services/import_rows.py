"""One imported record made ready to store: values read the local way, then checked as forms do.

Dates and numbers are read in the file's region ("1.234,56", 31/12/1975),
country names become codes, another CRM's stages become ours; then the
contact or company checks of ``contact_checks.py`` / ``companies.py`` run, so
an import follows the same rules as the forms. Problems reject the record;
warnings (an owner or stage we do not know) do not. A birthday without its
year ("--05-06", as Google writes it) is left out with a warning and kept in
the notes ("Birthday (no year): 05-06"); a date of zeros (Outlook's 0/0/00)
is no date.

What real exports hold is kinder than what a form allows, so an import keeps
a record whose faults cannot lose anything:

* an invalid item of a list field (an e-mail or phone such as the word
  "pager" in a Google export, or one bad number among seven on a phone card)
  is dropped with a warning naming the field and value, and its text is
  appended to the record's notes ("Not imported (not a valid phone number):
  pager"); an item listed twice is dropped with a warning only;
* a country we do not know becomes a warning and "Country: <text>" in the
  notes, as the vCard reader does.

A record is still rejected when

* it has nothing left to identify it: a contact needs a name or a valid
  e-mail (as the form), a company its name; dropped items then stay problems,
  since they are the reason;
* a single-value field cannot be read: a birthday (but one without a year,
  above) or a custom date or number
  (a date read wrongly usually means the wrong region for the whole file,
  which the user must see, not find later in the notes), a yes/no consent (a
  consent must not be guessed), a tag name not allowed, or a field unknown;
* anything else is wrong with it: then every problem is listed, the list
  items' too, so one correction of the file fixes the row.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

import phonenumbers

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contact_points import EmailAddress
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.custom_fields import CustomField
from crm_desktop.domain.tags import clean_tag_name, tag_key, tag_name_problem
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.interchange.records import CUSTOM_PREFIX, LIST_FIELDS, SourceRecord, fields_of
from crm_desktop.interchange.values import (
    NoYearError,
    country_code,
    date_text,
    fold,
    lifecycle_stage,
    parse_number,
    split_full_name,
)
from crm_desktop.services.companies import check_company
from crm_desktop.services.contact_checks import check_contact
from crm_desktop.services.contact_validation import (
    COUNTRY_CODES,
    Checker,
    Errors,
    decode_emails,
    decode_phones,
)
from crm_desktop.services.custom_fields import list_custom_fields
from crm_desktop.storage.unit_of_work import UnitOfWork

_CONTACT_DEFAULTS = {f.name: f.default for f in fields(ContactDraft) if f.name != "custom"}
_COMPANY_DEFAULTS = {f.name: f.default for f in fields(CompanyDraft) if f.name != "custom"}
_PLAIN = {"first_name", "last_name", "job_title", "street", "postcode", "city", "region",
          "lead_source", "notes", "name", "industry", "website", "vat_id"}  # fmt: skip


@dataclass
class PreparedRow:
    """A record checked: the columns as they would be stored, or the problems."""

    line: int
    values: dict[str, object]  # column -> value as stored (no company_id yet for contacts)
    emails: list[EmailAddress]
    phone_tokens: list[str]
    company: str = ""  # contacts: the company named in the row, to link or create
    tags: list[str] = field(default_factory=list)
    problems: Errors = field(default_factory=dict)
    warnings: Errors = field(default_factory=dict)

    @cached_property
    def e164s(self) -> list[str]:
        """The phones' E.164 forms, for finding duplicates (``forget_phones`` after a change)."""
        if self.values["phones"] == "[]":
            return []
        return [p.e164 for p in decode_phones(self.values["phones"])]

    def forget_phones(self) -> None:
        self.__dict__.pop("e164s", None)

    @property
    def display_name(self) -> str:
        v = self.values
        name = str(v.get("name") or "") or " ".join(
            str(v.get(k) or "") for k in ("first_name", "last_name") if v.get(k)
        )
        return name or (self.emails[0].address if self.emails else "")


class RowPreparer:
    """Prepares the records of one import (what the checks look up is read once)."""

    def __init__(self, uow: UnitOfWork, entity: str, region: str) -> None:
        self.entity = entity
        self.kind = "contact" if entity == "contacts" else "company"
        self.fields = set(fields_of(entity))
        self.checker = Checker(uow, self.kind)
        self.region = region.upper() or self.checker.region
        self.checker.fallback_region = self.region  # the file's region reads its phones
        self.custom: dict[str, CustomField] = {
            f.key: f for f in list_custom_fields(uow.database, self.kind)
        }
        self.owners: dict[str, int] = {}
        for row in uow.query("SELECT id, login, name, email FROM users WHERE deleted_at IS NULL"):
            for text in (row["name"], row["login"], row["email"]):
                if text:
                    self.owners.setdefault(fold(str(text)), int(row["id"]))

    def prepare(self, record: SourceRecord) -> PreparedRow:
        problems: Errors = {}
        warnings: Errors = {}
        draft: dict[str, Any] = dict(
            _CONTACT_DEFAULTS if self.entity == "contacts" else _COMPANY_DEFAULTS
        )
        custom: dict[str, object] = {}
        company = ""
        tags: list[str] = []
        kept: list[str] = []  # texts not imported, for the notes
        given = record.fields
        for name, value in given.items():
            if name.startswith(CUSTOM_PREFIX):
                self._custom(name, value, custom, problems)
            elif name not in self.fields:
                problems[name] = (
                    translate("import", "is not a field of contacts")
                    if self.entity == "contacts"
                    else translate("import", "is not a field of companies")
                )
            elif name in LIST_FIELDS:
                items = [value] if isinstance(value, str) else list(value)
                if name == "tags":
                    tags = self._tags(items, problems)
                else:
                    draft[name] = items
            elif not isinstance(value, str):
                problems[name] = translate("import", "must be text")
            elif name in _PLAIN:
                draft[name] = value
            else:
                company = (
                    self._special(name, value.strip(), draft, problems, warnings, kept) or company
                )
        if self.entity == "contacts" and not (draft["first_name"] or draft["last_name"]):
            full = given.get("full_name")
            if isinstance(full, str) and full.strip():
                draft["first_name"], draft["last_name"] = split_full_name(full)
        if self.entity == "contacts" and draft["marketing_consent"] and not draft["consent_method"]:
            draft["consent_method"] = "import"
        draft["custom"] = custom
        # Numbers without a "+" are read in the row's own country when it names one (a
        # Swedish contact in an Italian file), else, or when invalid there, in the file's region.
        self.checker.region = _phone_region(draft["country"], self.region)
        errors: Errors = {}
        if self.entity == "contacts":
            checked = check_contact(self.checker, draft, errors)
            values, emails, tokens = checked.values, checked.emails, checked.phone_tokens
            phones = checked.phones
        else:
            company_checked = check_company(self.checker, draft, errors)
            values = company_checked.values
            emails, tokens = company_checked.emails, company_checked.phone_tokens
            phones = company_checked.phones
        # Our own reading of a field (a date, a number) explains better than the form's check.
        problems.update({k: v for k, v in errors.items() if k not in problems})
        if problems:
            kept += _drop_bad_items(self.entity, problems, warnings, draft, values)
        if kept and not problems:
            values["notes"] = "\n\n".join(filter(None, (str(values["notes"]), "\n".join(kept))))
        row = PreparedRow(record.line, values, emails, tokens, company, tags, problems, warnings)
        row.__dict__["e164s"] = [p.e164 for p in phones]  # what the JSON would decode to
        return row

    def _special(
        self,
        name: str,
        text: str,
        draft: dict[str, Any],
        problems: Errors,
        warnings: Errors,
        kept: list[str],
    ) -> str:
        """Fields read the local way; returns the company's name for "company"."""
        if not text:
            return ""
        if name == "company":
            return " ".join(text.split())
        if name == "full_name":
            return ""  # split later, only when there are no name columns
        if name == "birthday":
            try:
                draft["birthday"] = date_text(text, self.region)
            except NoYearError as error:
                # Google and vCard 4.0 write a birthday without its year ("--05-06"): no date
                # to store, but the day is worth keeping where a person reads it.
                warning = translate("import", "{value} has no year: left out, kept in the notes")
                warnings["birthday"] = warning.format(value=repr(text))
                note = translate("import", "Birthday (no year): {day}")
                kept.append(note.format(day=error.month_day))
            except ValueError as error:
                problems["birthday"] = str(error)
        elif name == "country":
            code = country_code(text)
            if code in COUNTRY_CODES:
                draft["country"] = code
            else:
                warning = translate("import", "{value} is no country we know: kept in the notes")
                warnings["country"] = warning.format(value=repr(text))
                kept.append(translate("import", "Country: {country}").format(country=text))
        elif name == "lifecycle_stage":
            stage = lifecycle_stage(text)
            if stage is None:
                warning = translate("import", "{value} is no stage of ours: stored as lead")
                warnings["lifecycle_stage"] = warning.format(value=repr(text))
            draft["lifecycle_stage"] = stage or "lead"
        elif name == "owner":
            owner = self.owners.get(fold(text))
            if owner is None:
                warning = translate("import", "there is no user {name}: left unassigned")
                warnings["owner"] = warning.format(name=repr(text))
            draft["owner_id"] = owner
        elif name == "marketing_consent":
            draft["marketing_consent"] = text
        return ""

    def _custom(
        self, name: str, value: object, custom: dict[str, object], problems: Errors
    ) -> None:
        key = name.removeprefix(CUSTOM_PREFIX)
        definition = self.custom.get(key)
        if definition is None:
            text = (
                translate("import", "there is no contact field named {key}")
                if self.kind == "contact"
                else translate("import", "there is no company field named {key}")
            )
            problems[name] = text.format(key=repr(key))
            return
        if not isinstance(value, str):
            problems[name] = translate("import", "must be text")
            return
        text = value.strip()
        if not text:
            return
        try:
            if definition.kind == "number":
                number = parse_number(text, self.region)
                is_whole = number == number.to_integral_value()
                custom[key] = int(number) if is_whole else float(number)
                return
            if definition.kind == "date":
                day = date_text(text, self.region)  # "" for Outlook's 0/0/00
                if day:
                    custom[key] = day
                return
        except ValueError as error:
            problems[name] = str(error)
            return
        custom[key] = text

    @staticmethod
    def _tags(items: Sequence[object], problems: Errors) -> list[str]:
        found: dict[str, str] = {}
        for item in items:
            text = clean_tag_name(item[1] if isinstance(item, tuple) else str(item))
            if not text:
                continue
            problem = tag_name_problem(text)
            if problem:
                problems["tags"] = f"{text!r}: {problem}"
                continue
            found.setdefault(tag_key(text), text)
        return list(found.values())


def _phone_region(country: object, fallback: str) -> str:
    """The region a row's phones are read in: its country's, if phones have one."""
    code = str(country or "").upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else fallback


_ITEM_ERROR = re.compile(r"^(emails|phones)\[(\d+)\]$")
# The note keeping a dropped item's text, per field (whole sentences for translators).
_NOT_IMPORTED = {
    "emails": QT_TRANSLATE_NOOP("import", "Not imported (not a valid e-mail address): {text}"),
    "phones": QT_TRANSLATE_NOOP("import", "Not imported (not a valid phone number): {text}"),
}


def _drop_bad_items(
    entity: str,
    problems: Errors,
    warnings: Errors,
    draft: Mapping[str, Any],
    values: Mapping[str, object],
) -> list[str]:
    """Turn the problems of e-mail and phone items into warnings when nothing else is wrong.

    The checks already left the bad items out of ``values``; returns the notes
    that keep their text. ``problems`` is left as it is when the record is
    rejected anyway (see the module docstring).
    """
    items = {key: _ITEM_ERROR.match(key) for key in problems}
    if not all(items.values()):
        return []  # rejected for another reason: every problem is reported
    if entity == "contacts" and not (
        values["first_name"] or values["last_name"] or values["emails"] != "[]"
    ):
        return []  # nothing left to say who it is: the bad e-mail is the reason
    notes: list[str] = []
    for key, match in items.items():
        assert match is not None
        message = problems.pop(key)
        field_name, index = match.group(1), int(match.group(2))
        item = draft[field_name][index]
        text = str(item[1] if isinstance(item, tuple | list) else item).strip()
        if _listed_twice(field_name, text, values) or message.endswith("is listed twice"):
            warnings[key] = translate("import", "{problem} (left out once)").format(problem=message)
            continue
        warning = translate("import", "{problem} (left out; its text is in the notes)")
        warnings[key] = warning.format(problem=message)
        notes.append(translate("import", _NOT_IMPORTED[field_name]).format(text=text))
    return notes


def _listed_twice(field_name: str, text: str, values: Mapping[str, object]) -> bool:
    """Whether a dropped e-mail is one the record keeps anyway (the check's wording aside)."""
    if field_name != "emails":
        return False
    return text.casefold() in {e.address.casefold() for e in decode_emails(values["emails"])}


def empty_value(value: object) -> bool:
    """Whether a stored column counts as not filled in (a merge may fill it)."""
    return value is None or value in ("", "[]", "{}", 0)


def stored_name(values: Mapping[str, object]) -> str:
    return " ".join(str(values.get(k) or "") for k in ("first_name", "last_name")).strip()
