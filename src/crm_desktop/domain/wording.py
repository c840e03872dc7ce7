"""Counts said in words: "1 row", "2 rows", never "1 rows" or "row(s)".

Qt-free code (reports, the command line) cannot use ``tr()``; ``ngettext`` has
gettext's shape, whole messages for one and for many, so the text can go to a
translation catalogue later without being rewritten. The rule is English's.
"""

from __future__ import annotations


def ngettext(singular: str, plural: str, count: int) -> str:
    """``singular`` when ``count`` is one, else ``plural`` (as gettext's ``ngettext``)."""
    return singular if count == 1 else plural


def counted(count: int, singular: str, plural: str, shown: str | None = None) -> str:
    """The count followed by the noun that fits it: ``counted(1, "row", "rows")`` is "1 row".

    ``shown`` is the count as the caller wants it written (grouped in a locale, say).
    """
    return f"{count if shown is None else shown} {ngettext(singular, plural, count)}"
