from __future__ import annotations

import random
from collections.abc import Callable

import phonenumbers
import pytest

from crm_desktop.domain.contact_points import (
    ContactPointError,
    EmailAddress,
    PhoneNumber,
    normalise_email,
    normalise_phone,
    phone_search_tokens,
)
from crm_desktop.domain.fast_contact_points import fast_email, fast_phone, fast_search_tokens
from crm_desktop.domain.fast_phone_validity import is_valid_nsn


# -- contact_points -----------------------------------------------------------
def test_email_domain_is_lower_cased_and_local_part_kept() -> None:
    assert normalise_email(" Mario.Rossi@Example.IT ", "home") == EmailAddress(
        "Mario.Rossi@example.it", "home"
    )


@pytest.mark.parametrize("text", ["bob@", "bob", "bob@@x.it", "bob@x..it", "bob@localhost"])
def test_email_that_is_not_an_address_is_refused_with_the_reason(text: str) -> None:
    with pytest.raises(ContactPointError, match="is not a valid e-mail address"):
        normalise_email(text)


def test_italian_number_gets_e164_and_keeps_what_was_typed() -> None:
    assert normalise_phone(" 06 1234 5678 ", "it") == PhoneNumber(
        raw="06 1234 5678", e164="+390612345678", label="work"
    )


def test_swedish_number_drops_the_trunk_zero() -> None:
    assert normalise_phone("070-123 45 67", "SE", "mobile").e164 == "+46701234567"


def test_international_number_ignores_the_default_region() -> None:
    assert normalise_phone("+46 8 123 456 78", "IT").e164 == "+46812345678"


@pytest.mark.parametrize("text", ["12", "hello", "+999 123", "06 12 34 56 78 90 12 34 56"])
def test_text_that_is_no_phone_number_is_refused(text: str) -> None:
    with pytest.raises(ContactPointError):
        normalise_phone(text, "IT")


def test_number_of_a_possible_length_but_no_real_range_is_refused_with_a_hint() -> None:
    # Read as a US number this would be +10612345678: no US area code starts with 0.
    with pytest.raises(ContactPointError) as caught:
        normalise_phone("06 1234 5678", "US")
    assert str(caught.value) == (
        "'06 1234 5678' is not a valid phone number for US; "
        "write it with its country code, e.g. +1 201-555-0123"
    )


def test_invalid_number_typed_with_a_foreign_code_names_that_country() -> None:
    with pytest.raises(ContactPointError, match=r"not a valid phone number for GB$"):
        normalise_phone("+44 20 2123 4567", "IT")


def test_fast_phone_refuses_an_invalid_number_with_the_same_message() -> None:
    with pytest.raises(ContactPointError) as fast:
        fast_phone("212 012 3456", "US")
    with pytest.raises(ContactPointError) as reference:
        normalise_phone("212 012 3456", "US")
    assert str(fast.value) == str(reference.value)
    assert "is not a valid phone number for US" in str(fast.value)


def test_phone_tokens_for_italy_keep_the_leading_zero() -> None:
    # In Italy the 0 belongs to the number itself: no form without it is dialled.
    assert phone_search_tokens("+390612345678") == ["390612345678", "0612345678"]


def test_phone_tokens_for_sweden_add_the_trunk_zero() -> None:
    assert phone_search_tokens("+46701234567") == ["46701234567", "0701234567", "701234567"]


def test_phone_tokens_for_the_us_have_no_trunk_prefix() -> None:
    assert phone_search_tokens("+12125550123") == ["12125550123", "2125550123"]


# -- fast_contact_points: the same answers, sooner --------------------------
EMAILS = [
    "mario.rossi@example.it",
    " Mario.Rossi@EXAMPLE.IT",
    "a+tag@sub.domain.co.uk",
    "x_y%z@a-b.it",
    "niccolò@example.it",
    "user@bücher.de",
    "bob@",
    "bob@x",
    "bob@x.test",
    "bob@ab--cd.com",
    "bob@123.456",
    ".bob@x.it",
    "bob.@x.it",
    "a" * 65 + "@x.it",
    '"quoted"@x.it',
    "bob@[127.0.0.1]",
]


def _outcome_email(function: Callable[[str, str], EmailAddress], text: str) -> object:
    try:
        return function(text, "home")
    except ContactPointError as error:
        return ("error", str(error))


@pytest.mark.parametrize("text", EMAILS)
def test_fast_email_answers_as_normalise_email(text: str) -> None:
    assert _outcome_email(fast_email, text) == _outcome_email(normalise_email, text)


def _typed_forms(rng: random.Random) -> list[tuple[str, str]]:
    """Numbers of every region as people type them, with the region of the form."""
    samples: list[tuple[str, str]] = []
    kinds = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE)
    formats = (
        phonenumbers.PhoneNumberFormat.NATIONAL,
        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        phonenumbers.PhoneNumberFormat.E164,
    )
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            digits = list(phonenumbers.national_significant_number(example))
            for i in range(max(0, len(digits) - 4), len(digits)):
                digits[i] = rng.choice("0123456789")
            if rng.random() < 0.2:
                digits.append(rng.choice("0123456789"))
            number = phonenumbers.parse(f"+{example.country_code}{''.join(digits)}", None)
            number_format = rng.choice(formats)
            text = phonenumbers.format_number(number, number_format)
            if number_format == phonenumbers.PhoneNumberFormat.E164 and rng.random() < 0.5:
                text = rng.choice(("00", "011")) + text[1:]  # dialled with an IDD prefix
            default = rng.choice((region, "IT", "SE", "US", "GB"))
            samples.append((text, default))
    for _ in range(300):  # and plain digit strings, good or bad
        text = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 15)))
        samples.append((rng.choice(("", "+")) + text, rng.choice(("IT", "SE", "US", "DE"))))
    return samples


def _outcome_phone(text: str, region: str) -> object:
    try:
        phone = normalise_phone(text, region, "mobile")
    except ContactPointError as error:
        return ("error", str(error))
    return phone, phone_search_tokens(phone.e164)


def _outcome_fast_phone(text: str, region: str) -> object:
    try:
        return fast_phone(text, region, "mobile")
    except ContactPointError as error:
        return ("error", str(error))


def test_fast_phone_answers_as_normalise_phone_for_every_region() -> None:
    samples = _typed_forms(random.Random(20240501))

    differences = [
        (text, region)
        for text, region in samples
        if _outcome_fast_phone(text, region) != _outcome_phone(text, region)
    ]

    assert len(samples) > 700
    assert differences == []


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("0039 06 1234 5678", "IT"),
        ("+46 (0)70-123 45 67", "IT"),
        ("39 06 1234 5678", "IT"),
        ("393 123 4567", "IT"),
        ("06 1234 5678 ext. 12", "IT"),
        ("1-800-FLOWERS", "US"),
        ("(06) 1234-5678", "IT"),
        ("+1 (212) 555-0123", "SE"),
    ],
)
def test_fast_phone_answers_as_normalise_phone_for_tricky_typing(text: str, region: str) -> None:
    assert _outcome_fast_phone(text, region) == _outcome_phone(text, region)


def _e164(text: str) -> str | None:
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def test_fast_search_tokens_answer_as_phone_search_tokens() -> None:
    typed = [text for text, _ in _typed_forms(random.Random(7)) if text.startswith("+")]
    e164s = [e for e in map(_e164, typed) if e is not None]

    assert len(e164s) > 100
    assert [fast_search_tokens(e) for e in e164s] == [phone_search_tokens(e) for e in e164s]


def test_is_valid_nsn_answers_as_phonenumbers_for_every_calling_code() -> None:
    rng = random.Random(7)
    differences = []
    for country_code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        for _ in range(40):
            significant = str(rng.randrange(1, 10 ** rng.randint(4, 12)))
            number = phonenumbers.PhoneNumber(
                country_code=country_code, national_number=int(significant)
            )
            if is_valid_nsn(country_code, significant) != phonenumbers.is_valid_number(number):
                differences.append((country_code, significant))
    assert differences == []
