"""One demo run's random sources, clock and counters, shared by the demo modules."""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import datetime, timedelta

import phonenumbers
from faker import Faker

from crm_desktop.domain.ids import CompanyId, ContactId
from crm_desktop.services.demo_texts import TEXTS, DemoTexts
from crm_desktop.storage.database import Database

HISTORY_DAYS = 540  # about 18 months

_PHONE_PATTERNS = {
    "IT": ("3{2}{0}{0}{0}{0}{0}{0}{0}{0}", "0{3}{0}{0}{0}{0}{0}{0}{0}"),
    "SE": ("07{4}{0}{0}{0}{0}{0}{0}{0}", "08{0}{0}{0}{0}{0}{0}{0}"),
    "US": ("{5}555010{0}", "{5}555011{0}"),
}
_PHONE_CHOICES = {
    "2": "2345789",
    "3": ("2", "6", "11", "51", "55", "45"),
    "4": "0236",
    "5": ("212", "415", "312", "617", "206", "512"),
}


class Maker:
    """One demo run: the random sources and what was made so far."""

    def __init__(self, db: Database, seed: int, locale: str, anchor: datetime) -> None:
        self.db = db
        self.rng = random.Random(seed)
        self.fake = Faker(locale)
        self.fake.seed_instance(seed)
        self.texts: DemoTexts = TEXTS[locale]
        self.anchor = anchor
        self.start = anchor - timedelta(days=HISTORY_DAYS)
        self.counts: dict[str, int] = {}

    # -- helpers ---------------------------------------------------------
    def moment(
        self, not_before: datetime | None = None, recent_days: int | None = None
    ) -> datetime:
        low = not_before or self.start
        if recent_days is not None:
            low = max(low, self.anchor - timedelta(days=recent_days))
        span = max(1, int((self.anchor - low).total_seconds()))
        raw = min(self.anchor, low + timedelta(seconds=self.rng.randrange(span)))
        # Office hours look more believable than 3 a.m. entries, unless they
        # would fall before ``low`` or after "now" (today's afternoon).
        office = raw.replace(hour=self.rng.randint(8, 17), minute=self.rng.randrange(60))
        return office if low <= office <= self.anchor else raw

    def phone(self) -> str:
        pattern = self.rng.choice(_PHONE_PATTERNS[self.texts.region])

        def fill(match: re.Match[str]) -> str:
            key = match.group(1)
            if key == "0":
                return str(self.rng.randrange(10))
            return self.rng.choice(_PHONE_CHOICES[key])

        digits = re.sub(r"\{(\d)\}", fill, pattern)
        parsed = phonenumbers.parse(digits, self.texts.region)
        # Typed the way people write numbers locally, e.g. "338 123 4567".
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", ascii_text.lower()) or "mail"


DemoContact = tuple[
    ContactId, CompanyId | None, str, datetime
]  # id, company id, lifecycle stage, created
