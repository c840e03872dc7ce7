"""Search latency on 100,000 contacts: 1,000 queries as people type them.

Surnames, prefixes of 3-5 letters, names, e-mails, phone fragments in several
formats and a few typos (which take the fuzzy path). Reuses the file that
bench_contacts_bulk wrote when it is there.

Run alone: ``python bench/bench_search.py``.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time

import phonenumbers

from _common import (
    CONTACTS,
    EN_LAST,
    IT_CITIES,
    IT_FIRST,
    IT_LAST,
    SE_CITIES,
    SE_FIRST,
    SE_LAST,
    SEED,
    SERVICE_FILE,
    Figure,
    ascii_word,
    print_figures,
    timed,
)
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.search import search, search_exact
from crm_desktop.storage.database import Database

BENCH = "search"
QUERIES = 1_000
LIMIT = 20
TARGET_P95_MS = 10.0
SAMPLED_CONTACTS = 400


def _ensure_file() -> str:
    """The 100k file: reused if bench_contacts_bulk left one, else written now."""
    if SERVICE_FILE.exists():
        db = open_crm_file(SERVICE_FILE, user="bench")
        try:
            if db.scalar("SELECT count(*) FROM contacts") >= CONTACTS:
                return "reused the bulk benchmark's file"
        finally:
            db.close()
    import bench_contacts_bulk

    bench_contacts_bulk.run()
    return "written by bench_contacts_bulk"


def _typo(word: str, rng: random.Random) -> str:
    """One slip of the finger: a letter dropped, doubled or swapped with the next."""
    letters = list(word)
    at = rng.randrange(1, len(letters) - 1)
    slip = rng.choice(("drop", "double", "swap"))
    if slip == "drop":
        del letters[at]
    elif slip == "double":
        letters.insert(at, letters[at])
    else:
        letters[at], letters[at + 1] = letters[at + 1], letters[at]
    return "".join(letters)


def _phone_fragment(e164: str, rng: random.Random) -> str:
    """Part or all of a stored number, written as someone might type it."""
    parsed = phonenumbers.parse(e164, None)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    shapes = (
        national,
        national[: rng.randint(6, len(national))],
        international,
        "00" + international[1:],
        national.replace(" ", "-"),
        "".join(ch for ch in national if ch.isdigit())[: rng.randint(5, 9)],
    )
    return rng.choice(shapes)


def make_queries(db: Database, count: int = QUERIES, seed: int = SEED) -> list[tuple[str, str]]:
    """(kind of query, text) in a fixed mix, shuffled the same way every run."""
    rng = random.Random(seed + 2)
    sample = db.query(
        "SELECT first_name, last_name, emails, phones FROM contacts"
        " WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(rng.sample(range(1, CONTACTS + 1), SAMPLED_CONTACTS)),),
    )
    surnames = [*IT_LAST, *SE_LAST, *EN_LAST]
    words = [*surnames, *IT_FIRST, *SE_FIRST, *IT_CITIES, *SE_CITIES]
    emails = [e["address"] for row in sample for e in json.loads(row["emails"])]
    phones = [p["e164"] for row in sample for p in json.loads(row["phones"])]
    long_surnames = [s for s in surnames if len(s) >= 5 and " " not in s and "'" not in s]

    def surname() -> str:
        name = rng.choice(surnames)
        # People often type without accents or capitals: "lofgren" for "Löfgren".
        return rng.choice((name, name.lower(), ascii_word(name)))

    def prefix() -> str:
        return ascii_word(rng.choice(words))[: rng.randint(3, 5)]

    def full_name() -> str:
        row = rng.choice(sample)
        return f"{row['first_name']} {row['last_name']}"

    def email() -> str:
        return rng.choice(emails)

    def phone() -> str:
        return _phone_fragment(rng.choice(phones), rng)

    def typo() -> str:
        return _typo(rng.choice(long_surnames).lower(), rng)

    mix = (
        ("surname", surname, 0.28),
        ("prefix", prefix, 0.25),
        ("first + last name", full_name, 0.10),
        ("e-mail", email, 0.15),
        ("phone", phone, 0.15),
        ("typo", typo, 0.07),
    )
    queries = [(kind, make()) for kind, make, share in mix for _ in range(round(share * count))]
    rng.shuffle(queries)
    return queries[:count]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run() -> list[Figure]:
    source = _ensure_file()
    db = open_crm_file(SERVICE_FILE, user="bench")
    try:
        queries = make_queries(db)
        # The first search pays for opening caches; the first guess loads the
        # vocabulary, which happens again whenever the index has changed.
        with timed() as first_exact:
            search(db, "rossi")
        with timed() as first_fuzzy:
            search(db, "rosssi")
        for _, text in queries[:20]:
            search(db, text)
        latencies: list[float] = []
        by_kind: dict[str, list[float]] = {}
        for kind, text in queries:
            start = time.perf_counter()
            search(db, text, limit=LIMIT)
            elapsed = (time.perf_counter() - start) * 1000
            latencies.append(elapsed)
            by_kind.setdefault(kind, []).append(elapsed)
        guessed = [
            (kind, text, ms)
            for (kind, text), ms in zip(queries, latencies, strict=True)
            if len(search_exact(db, text, limit=LIMIT)) < LIMIT
        ]
        missed = sum(1 for _, text in queries if not search(db, text, limit=LIMIT))
        vocabulary = db.scalar("SELECT count(*) FROM search_terms WHERE term NOT GLOB '*[0-9]*'")
    finally:
        db.close()

    p95 = _percentile(latencies, 0.95)
    figures = [
        Figure(BENCH, "queries", len(queries), "", source),
        Figure(BENCH, "p50", _percentile(latencies, 0.50), "ms"),
        Figure(
            BENCH,
            "p95",
            p95,
            "ms",
            f"target under {TARGET_P95_MS:.0f} ms: {'met' if p95 < TARGET_P95_MS else 'MISSED'}",
        ),
        Figure(BENCH, "p99", _percentile(latencies, 0.99), "ms"),
        Figure(BENCH, "max", max(latencies), "ms"),
        Figure(BENCH, "mean", statistics.fmean(latencies), "ms"),
        Figure(
            BENCH,
            "fuzzy path share",
            100 * len(guessed) / len(queries),
            "%",
            f"{len(guessed)} queries found fewer than {LIMIT} exact matches",
        ),
    ]
    if guessed:
        figures.append(
            Figure(BENCH, "fuzzy path p95", _percentile([g[2] for g in guessed], 0.95), "ms")
        )
    for kind, values in by_kind.items():
        figures.append(Figure(BENCH, f"p95 {kind}", _percentile(values, 0.95), "ms"))
    figures += [
        Figure(BENCH, "queries finding nothing", missed, ""),
        Figure(BENCH, "first search", first_exact[0] * 1000, "ms", "cold"),
        Figure(
            BENCH,
            "first fuzzy search",
            first_fuzzy[0] * 1000,
            "ms",
            f"loads the {vocabulary:,} letter-only terms; again once the index changed",
        ),
    ]
    return figures


if __name__ == "__main__":
    print_figures(run())
    if "--slowest" in sys.argv:
        db = open_crm_file(SERVICE_FILE, user="bench")
        timings = []
        for kind, text in make_queries(db):
            start = time.perf_counter()
            search(db, text)
            timings.append(((time.perf_counter() - start) * 1000, kind, text))
        for ms, kind, text in sorted(timings, reverse=True)[:25]:
            print(f"  {ms:8.2f} ms  {kind:<18} {text!r}")
        db.close()
