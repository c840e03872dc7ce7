"""``phonenumbers.is_valid_number`` for the bulk fast path, with its patterns precompiled.

Same answers as the library, which ``tests/domain/test_contact_points.py``
checks through ``fast_phone``.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneMetadata

# is_valid_number tries up to eleven number-type patterns one by one (20-35
# microseconds a number); here they are one alternation per number length,
# behind a look-ahead for the general pattern, compiled once.
_TYPE_DESCS = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
    "mobile",
)
_type_patterns: dict[tuple[int, int], re.Pattern[str] | None] = {}


def _has_a_type(significant: str, metadata: PhoneMetadata) -> bool:
    """``_number_type_helper(significant, metadata) != UNKNOWN``, in one regex match."""
    key = (id(metadata), len(significant))
    if key not in _type_patterns:
        _type_patterns[key] = _type_pattern(metadata, len(significant))
    pattern = _type_patterns[key]
    return pattern is not None and pattern.fullmatch(significant) is not None


def _fits(desc: phonenumbers.PhoneNumberDesc | None, length: int) -> str | None:
    """The desc's pattern if a number of this length may match it (_is_number_matching_desc)."""
    if desc is None or not desc.national_number_pattern:
        return None
    if desc.possible_length and length not in desc.possible_length:
        return None
    return str(desc.national_number_pattern)


def _type_pattern(metadata: PhoneMetadata, length: int) -> re.Pattern[str] | None:
    general = _fits(metadata.general_desc, length)
    if general is None:
        return None
    types = [p for p in (_fits(getattr(metadata, d), length) for d in _TYPE_DESCS) if p]
    if not types:
        return None
    either = "|".join(f"(?:{p})" for p in types)
    return re.compile(f"(?=(?:{general})\\Z)(?:{either})")


def _region_of(country_code: int, significant: str) -> str | None:
    """``region_code_for_number``: the first region of the calling code that claims it."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions:
        return None
    if len(regions) == 1:
        return str(regions[0])
    for candidate in regions:
        metadata = PhoneMetadata.metadata_for_region(candidate.upper(), None)
        if metadata is None:
            continue
        if metadata.leading_digits is not None:
            if re.match(metadata.leading_digits, significant):
                return str(candidate)
        elif _has_a_type(significant, metadata):
            return str(candidate)
    return None


def is_valid_nsn(country_code: int, significant: str) -> bool:
    """``phonenumbers.is_valid_number`` of the number with this NSN, step by step."""
    region = _region_of(country_code, significant)
    if region is None:
        return False
    # is_valid_number_for_region(number, region)
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region.upper())
    if metadata is None or (
        region != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY
        and country_code != phonenumbers.country_code_for_valid_region(region)
    ):
        return False
    return _has_a_type(significant, metadata)
