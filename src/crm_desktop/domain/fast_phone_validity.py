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


_region_metadata: dict[tuple[int, str], PhoneMetadata | None] = {}


def _checked_metadata(country_code: int, region: str) -> PhoneMetadata | None:
    """The metadata ``is_valid_number_for_region`` checks against; None: invalid outright."""
    key = (country_code, region)
    if key not in _region_metadata:
        metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region.upper())
        if metadata is not None and (
            region == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY
            or country_code == phonenumbers.country_code_for_valid_region(region)
        ):
            _region_metadata[key] = metadata
        else:
            _region_metadata[key] = None
    return _region_metadata[key]


def is_valid_nsn(country_code: int, significant: str) -> bool:
    """``phonenumbers.is_valid_number`` of the number with this NSN, step by step.

    That is ``is_valid_number_for_region`` for the region ``region_code_for_number``
    picks: the calling code's only region, or the first of its regions whose
    leading digits or number patterns claim the number.
    """
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions:
        return False
    if len(regions) == 1:
        metadata = _checked_metadata(country_code, regions[0])
        return metadata is not None and _has_a_type(significant, metadata)
    for candidate in regions:
        metadata = PhoneMetadata.metadata_for_region(candidate.upper(), None)
        if metadata is None:
            continue
        if metadata.leading_digits is not None:
            if re.match(metadata.leading_digits, significant):
                checked = _checked_metadata(country_code, candidate)
                return checked is not None and _has_a_type(significant, checked)
        elif _has_a_type(significant, metadata):
            # The region's own patterns claimed it: the validity check asks
            # the very same question of the very same metadata.
            return _checked_metadata(country_code, candidate) is not None
    return False
