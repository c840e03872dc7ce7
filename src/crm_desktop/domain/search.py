"""Search results and the turning of user text into safe FTS5 queries (no I/O).

User text never reaches FTS5 as syntax: it is cut into words the way the
``unicode61`` tokenizer cuts them, and every word becomes a quoted prefix term,
so quotes, colons, ``NEAR``, ``AND``/``OR``/``NOT``, parentheses, asterisks and
emoji are plain text. Phone numbers typed in any format are reduced to digits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

ResultType = Literal["contact", "company", "deal", "ticket"]
RESULT_TYPES: tuple[ResultType, ...] = ("contact", "company", "deal", "ticket")

# Search text past this is not a search any more; cap it so a paste of a whole
# document cannot build a query of thousands of terms.
MAX_QUERY_CHARS = 200
MAX_WORDS = 12

# Letters and digits of any script, as unicode61 sees them (categories L* and N*;
# underscore is punctuation to FTS5, so it separates words here too).
_WORD = re.compile(r"[^\W_]+")
# What people type in a phone number besides digits.
_PHONE_TEXT = re.compile(r"[\d\s+\-().\/]+")
# "+46 (0)70 ..." : the trunk zero written in brackets after the country code.
_BRACKETED_TRUNK = re.compile(r"^(\s*\+\s*\d{1,3})\s*\(\s*0\s*\)")
MIN_PHONE_DIGITS = 3
# The body of an index entry joins its texts with this; it is not a word
# character, so it never changes what is found, but it lets the subtitle be cut
# back into the pieces it was made of.
BODY_SEPARATOR = " · "
SUBTITLE_PARTS = 2
SUBTITLE_CHARS = 80


@dataclass(frozen=True)
class SearchResult:
    """One record found: what it is, how to show it, how well it matched.

    ``score`` is higher for better matches and never increases down a result
    list; it only compares results of the same search.
    """

    type: ResultType
    id: int
    title: str
    subtitle: str
    score: float


@dataclass(frozen=True)
class ParsedQuery:
    """The words of a search (as typed, NFKC-normalised) and its phone digits."""

    words: tuple[str, ...]
    phone_digits: str = ""  # set when the text looks like a phone number

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.phone_digits


def parse_query(text: str) -> ParsedQuery:
    """Cut user text into words; recognise phone numbers in any formatting."""
    # NFKC folds full-width digits, ligatures and composed accents to what the
    # index holds ("ﬁ" -> "fi", "１２" -> "12", "o + combining ¨" -> "ö").
    text = unicodedata.normalize("NFKC", text[:MAX_QUERY_CHARS])
    words = tuple(_WORD.findall(text))[:MAX_WORDS]
    return ParsedQuery(words=words, phone_digits=phone_digits(text))


def phone_digits(text: str) -> str:
    """The digits to look a phone number up by, or "" if ``text`` is not one.

    "+39 06 1234 5678" -> "390612345678", "0046 70 123" -> "4670123",
    "+46 (0)70 123" -> "4670123", "(06) 1234" -> "061234".
    """
    stripped = text.strip()
    if not stripped or not _PHONE_TEXT.fullmatch(stripped):
        return ""
    stripped = _BRACKETED_TRUNK.sub(r"\1", stripped)
    digits = "".join(ch for ch in stripped if ch.isdigit())
    if len(digits) < MIN_PHONE_DIGITS:
        return ""
    if digits.startswith("00") and len(digits) > 2:
        # 00 is the international call prefix in Europe: the writers store the
        # international form without it, as E.164 is written without the "+".
        digits = digits[2:]
    return digits


def fold(word: str) -> str:
    """Lower case without accents, as the index stores terms ("Örebro" -> "orebro")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def quote_term(term: str, prefix: bool = True) -> str:
    """An FTS5 string literal: whatever ``term`` holds, it is searched as text."""
    return '"' + term.replace('"', '""') + '"' + ("*" if prefix else "")


def exact_expression(query: ParsedQuery) -> str:
    """Every word as a prefix (all must match); phone digits as one prefix term.

    A phone query is also tried word by word ("12 34" may be two numbers), so
    typing digits never finds less than typing words would.
    """
    # "w" OR "w"*: the same rows as the prefix alone, but a whole-word match
    # scores twice, so "Bianchi" ranks above "Bianchini" for the query "bianchi".
    words = " AND ".join(f"({quote_term(w, False)} OR {quote_term(w)})" for w in query.words)
    if not query.phone_digits:
        return words
    phone = quote_term(query.phone_digits)
    if query.words == (query.phone_digits,):
        return phone
    return f"{phone} OR ({words})"


def fuzzy_expression(alternatives: Sequence[Sequence[tuple[str, bool]]]) -> str:
    """AND across words, OR within a word's alternatives (term, is_prefix)."""
    groups = []
    for options in alternatives:
        terms = " OR ".join(quote_term(term, prefix) for term, prefix in options)
        groups.append(f"({terms})")
    return " AND ".join(groups)


def subtitle_from_body(body: str) -> str:
    """The first texts of an index body (e-mail, company), without phone digits."""
    parts = [p for p in body.split(BODY_SEPARATOR.strip()) if p.strip()]
    texts = [p.strip() for p in parts if not p.strip().replace(" ", "").isdigit()]
    subtitle = BODY_SEPARATOR.join(texts[:SUBTITLE_PARTS])
    if len(subtitle) > SUBTITLE_CHARS:
        subtitle = subtitle[: SUBTITLE_CHARS - 1].rstrip() + "…"
    return subtitle
