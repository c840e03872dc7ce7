"""Sort keys of list views ("name", or "-name" for descending) checked and made SQL.

Every service that takes a ``sort`` checks it here, so a bad key is refused the
same way everywhere: a ``ValidationError`` keyed ``sort`` listing the keys.
Only SQL from the service's own table of keys ever reaches ORDER BY.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import translate


def parse_sort(sort: str, keys: Collection[str]) -> tuple[str, bool]:
    """(key, descending) from ``"key"`` or ``"-key"``.

    Raises:
        ValidationError: key ``sort`` when the key is not one of ``keys``.
    """
    key = sort.removeprefix("-")
    if key not in keys:
        raise ValidationError.single(
            "sort",
            translate("validation", "must be one of {keys}, with - in front for descending").format(
                keys=", ".join(keys)
            ),
        )
    return key, sort.startswith("-")


def ordering(terms: Sequence[str], descending: bool) -> str:
    """``terms`` (SQL expressions) as an ORDER BY list, every one in the same direction."""
    direction = " DESC" if descending else " ASC"
    return ", ".join(f"{term}{direction}" for term in terms)
