"""E-mail addresses and phone numbers with labels, checked and normalised.

Phones are parsed with ``phonenumbers`` against the firm's default region, so
"06 1234 5678" typed in Italy is stored as +390612345678 while what the user
typed is kept for display. Only numbers ``phonenumbers`` deems valid (in a
real numbering plan's ranges, not merely of a plausible length) are accepted.
E-mails get a syntax check only (no DNS look-up: the CRM must work offline).
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class EmailAddress:
    address: str
    label: str = "work"


@dataclass(frozen=True)
class PhoneNumber:
    raw: str  # as the user typed it, for display
    e164: str  # +390612345678, for matching and dialling
    label: str = "work"


class ContactPointError(ValueError):
    """A phone or e-mail that cannot be accepted; the message says why."""


# email_validator explains in English only: its reasons, recognised by their
# wording, become our own translatable sentences (first match wins).
_NO_AT = QT_TRANSLATE_NOOP(
    "validation", "{address} is not a valid e-mail address: it has no @ sign"
)
_NOTHING_BEFORE = QT_TRANSLATE_NOOP(
    "validation", "{address} is not a valid e-mail address: there is nothing before the @ sign"
)
_NOTHING_AFTER = QT_TRANSLATE_NOOP(
    "validation", "{address} is not a valid e-mail address: there is nothing after the @ sign"
)
_RESERVED = QT_TRANSLATE_NOOP(
    "validation",
    "{address} is not a valid e-mail address: "
    "the part after the @ sign is a reserved name that cannot receive e-mail",
)
_NO_DOMAIN = QT_TRANSLATE_NOOP(
    "validation",
    "{address} is not a valid e-mail address: "
    "the part after the @ sign is not a domain such as example.com",
)
_TOO_LONG = QT_TRANSLATE_NOOP(
    "validation", "{address} is not a valid e-mail address: it is too long"
)
_DOT = QT_TRANSLATE_NOOP(
    "validation",
    "{address} is not a valid e-mail address: "
    "a dot is out of place (at the start or end, or two in a row)",
)
_HYPHEN = QT_TRANSLATE_NOOP(
    "validation", "{address} is not a valid e-mail address: a hyphen is out of place"
)
_CHARACTERS = QT_TRANSLATE_NOOP(
    "validation",
    "{address} is not a valid e-mail address: it contains characters an e-mail address cannot hold",
)
_EMAIL_REASONS = (
    ("must have an @-sign", _NO_AT),
    ("at-sign", _NO_AT),
    ("something before the @-sign", _NOTHING_BEFORE),
    ("something after the @-sign", _NOTHING_AFTER),
    ("special-use or reserved", _RESERVED),
    ("after the @-sign is not valid", _NO_DOMAIN),
    ("too long", _TOO_LONG),
    ("period", _DOT),
    ("hyphen", _HYPHEN),
    ("invalid character", _CHARACTERS),
    ("unsafe character", _CHARACTERS),
    ("Internationalized characters", _CHARACTERS),
    ("not valid ASCII", _CHARACTERS),
)
_EMAIL_OTHERWISE = QT_TRANSLATE_NOOP(
    "validation", "{address} is not a valid e-mail address: write it as name@example.com"
)


def email_reason(address: str, error: EmailNotValidError) -> str:
    """Why ``address`` was refused, as our own sentence (email_validator speaks English only)."""
    said = str(error)
    chosen = next((reason for clue, reason in _EMAIL_REASONS if clue in said), _EMAIL_OTHERWISE)
    return translate("validation", chosen).format(address=repr(address))


def normalise_email(text: str, label: str = "work") -> EmailAddress:
    try:
        result = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError as error:
        raise ContactPointError(email_reason(text.strip(), error)) from None
    return EmailAddress(address=result.normalized, label=label)


def normalise_phone(text: str, default_region: str, label: str = "work") -> PhoneNumber:
    raw = text.strip()
    try:
        parsed = phonenumbers.parse(raw, default_region.upper() or None)
    except phonenumbers.NumberParseException:
        raise ContactPointError(
            translate("validation", "{number} is not a phone number").format(number=repr(raw))
        ) from None
    if not phonenumbers.is_possible_number(parsed):
        raise ContactPointError(
            translate(
                "validation", "{number} is not a possible phone number for region {region}"
            ).format(number=repr(raw), region=default_region.upper())
        )
    if not phonenumbers.is_valid_number(parsed):
        # A possible length is not enough: "06 1234 5678" read as a US number
        # would give +10612345678, which no exchange can ever hand out.
        raise ContactPointError(_invalid_reason(raw, parsed, default_region.upper()))
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return PhoneNumber(raw=raw, e164=e164, label=label)


def _invalid_reason(raw: str, parsed: phonenumbers.PhoneNumber, region: str) -> str:
    """Why a number of the right length is still refused, and how to write it."""
    number = repr(raw)
    if region and parsed.country_code == phonenumbers.country_code_for_region(region):
        example = phonenumbers.example_number(region)
        if example is None:
            return translate(
                "validation",
                "{number} is not a valid phone number for {region}; write it with its country code",
            ).format(number=number, region=region)
        shown = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        return translate(
            "validation",
            "{number} is not a valid phone number for {region}; "
            "write it with its country code, e.g. {example}",
        ).format(number=number, region=region, example=shown)
    # Typed with another country code: the region that code belongs to.
    home = phonenumbers.region_code_for_country_code(parsed.country_code or 0)
    if home in ("", "ZZ", phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY):
        return translate("validation", "{number} is not a valid phone number").format(number=number)
    return translate("validation", "{number} is not a valid phone number for {region}").format(
        number=number, region=home
    )


def phone_search_tokens(e164: str) -> list[str]:
    """Digit strings a search should find a number by, whatever the formatting.

    International digits, national digits as dialled at home (with the trunk
    prefix) and the bare national number: +46 70 123 45 67 is found by
    "46701234567", "0701234567" and "701234567". (In Italy the leading 0 belongs
    to the number itself, so +39 06 1234 5678 gives "390612345678" and
    "0612345678".)
    """
    digits = e164.lstrip("+")
    tokens = [digits]
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return tokens
    national = "".join(
        ch
        for ch in phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        if ch.isdigit()
    )
    significant = phonenumbers.national_significant_number(parsed)
    for token in (national, significant):
        if token and token not in tokens:
            tokens.append(token)
    return tokens
