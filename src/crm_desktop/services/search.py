"""Finding contacts, companies, deals and tickets by any word, typo or phone number.

A search first asks the full-text index for every word as a prefix. Only when
that finds fewer results than asked for does it guess: each word is compared
with the index's vocabulary (rapidfuzz), and a second query with the close
terms ("nicolo" -> "niccolo", "rosi" -> "rossi") appends what it finds.
"""

from __future__ import annotations

import weakref
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import cast

from rapidfuzz import process
from rapidfuzz.distance import OSA

from crm_desktop.domain.search import (
    RESULT_TYPES,
    ParsedQuery,
    ResultType,
    SearchResult,
    exact_expression,
    fold,
    fuzzy_expression,
    parse_query,
    subtitle_from_body,
)
from crm_desktop.storage import search_index
from crm_desktop.storage.database import Database

# Queries whose words are all this short match titles only, unranked.
SHORT_WORD = 2
# Words shorter than this are not guessed at: "ro" is close to half the index.
MIN_FUZZY_WORD = 3
# Close terms tried per word, the closest and most common first.
MAX_ALTERNATIVES = 6
# Fuzzy results are scaled to rank below the last exact one by this margin.
_FUZZY_SCALE = 0.99


def search(
    db: Database, text: str, limit: int = 20, kinds: Collection[str] | None = None
) -> list[SearchResult]:
    """Records matching every word of ``text``, best first.

    Args:
        db: the open CRM file.
        text: what the user typed; any text is accepted (no query syntax).
        limit: at most this many results.
        kinds: only these record types ("contact", "company", "deal", "ticket").

    Raises:
        ValueError: ``kinds`` names a record type that does not exist (a bug).
    """
    query, kind_list = _prepare(text, limit, kinds)
    if query is None:
        return []
    hits = _exact_hits(db, query, limit, kind_list)
    results = [_result(hit, -hit[4]) for hit in hits]
    if len(results) < limit and not _is_short(query):
        results += _fuzzy_results(db, query, limit - len(results), kind_list, hits, results)
    return results


def search_exact(
    db: Database, text: str, limit: int = 20, kinds: Collection[str] | None = None
) -> list[SearchResult]:
    """Like ``search`` but without guessing at typos: prefix matches only."""
    query, kind_list = _prepare(text, limit, kinds)
    if query is None:
        return []
    return [_result(hit, -hit[4]) for hit in _exact_hits(db, query, limit, kind_list)]


def _prepare(
    text: str, limit: int, kinds: Collection[str] | None
) -> tuple[ParsedQuery | None, list[str] | None]:
    kind_list = None if kinds is None else sorted(set(kinds))
    unknown = set(kind_list or ()) - set(RESULT_TYPES)
    if unknown:
        raise ValueError(f"unknown record types {sorted(unknown)}; known: {RESULT_TYPES}")
    query = parse_query(text)
    if query.is_empty or limit <= 0 or kind_list == []:
        return None, kind_list
    return query, kind_list


def _is_short(query: ParsedQuery) -> bool:
    return not query.phone_digits and all(len(word) <= SHORT_WORD for word in query.words)


def _exact_hits(
    db: Database, query: ParsedQuery, limit: int, kinds: list[str] | None
) -> list[search_index.IndexHit]:
    expression = exact_expression(query)
    if _is_short(query):
        # One or two letters start the names of a large share of the file, and
        # ranking them all costs ~60 ms on 100,000 contacts: look in titles only
        # and take the first matches unranked, so typing never stalls.
        with db.reading(), db.lock:  # file lock first, as everywhere
            return search_index.match(
                db.conn, f"title : ({expression})", limit, kinds, ranked=False
            )
    with db.reading(), db.lock:  # file lock first, as everywhere
        return search_index.match(db.conn, expression, limit, kinds)


def _fuzzy_results(
    db: Database,
    query: ParsedQuery,
    limit: int,
    kinds: list[str] | None,
    exact_hits: Sequence[search_index.IndexHit],
    exact_results: Sequence[SearchResult],
) -> list[SearchResult]:
    vocabulary = _vocabulary(db)
    alternatives: list[list[tuple[str, bool]]] = []
    guessed = False
    for word in query.words:
        close = vocabulary.close_terms(fold(word))
        guessed = guessed or bool(close)
        alternatives.append([(word, True), *close])
    if not guessed:
        return []  # the same query again would find nothing new
    seen = [search_index.rowid(kind, record_id) for kind, record_id, *_ in exact_hits]
    with db.reading(), db.lock:  # file lock first, as everywhere
        hits = search_index.match(db.conn, fuzzy_expression(alternatives), limit, kinds, seen)
    scores = [-hit[4] for hit in hits]
    if exact_results and scores and max(scores) >= exact_results[-1].score:
        # Keep the list ordered by score: guesses rank below every exact match.
        factor = _FUZZY_SCALE * exact_results[-1].score / max(scores)
        scores = [score * factor for score in scores]
    return [_result(hit, score) for hit, score in zip(hits, scores, strict=True)]


def _result(hit: search_index.IndexHit, score: float) -> SearchResult:
    kind, record_id, title, body, _ = hit
    return SearchResult(
        type=cast(ResultType, kind),  # search_index.put writes only known kinds
        id=record_id,
        title=title,
        subtitle=subtitle_from_body(body),
        score=score,
    )


@dataclass
class _Vocabulary:
    """The index's letter-only terms, bucketed by length for fast lookup."""

    doc_counts: dict[str, int]
    by_length: dict[int, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for term in self.doc_counts:
            self.by_length.setdefault(len(term), []).append(term)

    def close_terms(self, word: str) -> list[tuple[str, bool]]:
        """Terms within a typo or two of ``word`` as (term, is_prefix) FTS terms."""
        if len(word) < MIN_FUZZY_WORD or not word.isalpha():
            return []
        # One edit in a short word, two in a longer one: "rosi" -> "rossi",
        # "nicolo" -> "niccolo", "gotebrog" -> "goteborg".
        max_edits = 1 if len(word) <= 5 else 2
        found: dict[str, int] = {}
        for length in range(len(word) - max_edits, len(word) + max_edits + 1):
            for term, edits, _ in process.extract(
                word,
                self.by_length.get(length, ()),
                scorer=OSA.distance,
                score_cutoff=max_edits,
                limit=None,
            ):
                # Terms the word is a prefix of were found by the exact query.
                if not term.startswith(word):
                    found[term] = int(edits)
        ranked = sorted(found, key=lambda t: (found[t], -self.doc_counts[t], t))
        # Whole terms: the word was typed in full, only wrongly.
        return [(term, False) for term in ranked[:MAX_ALTERNATIVES]]


_vocabularies: weakref.WeakKeyDictionary[Database, tuple[bytes, _Vocabulary]] = (
    weakref.WeakKeyDictionary()
)


def _vocabulary(db: Database) -> _Vocabulary:
    """The vocabulary of ``db``, read again only after someone changed the index."""
    with db.reading(), db.lock:  # file lock first, as everywhere
        stamp = search_index.index_version(db.conn)
        cached = _vocabularies.get(db)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        vocabulary = _Vocabulary(dict(search_index.word_terms(db.conn)))
        _vocabularies[db] = (stamp, vocabulary)
        return vocabulary
