"""What the benchmarks share: output folder, fresh files, generated data, figures.

The data is made from fixed lists with a seeded ``random.Random``, so every run
writes the same rows and the numbers of two runs compare (Faker per row would
cost more than the writes being measured).
"""

from __future__ import annotations

import os
import platform
import random
import sqlite3
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.settings import update_settings
from crm_desktop.storage.database import Database

OUT = Path(__file__).resolve().parent / "out"
CONTACTS = 100_000
COMPANIES = 2_000
SEED = 20240501
# The file bench_contacts_bulk writes through the services; bench_search reuses it.
SERVICE_FILE = OUT / "contacts_service.sqlite3"
BASELINE_FILE = OUT / "contacts_baseline.sqlite3"


@dataclass(frozen=True)
class Figure:
    """One measured number, as the summary table prints it."""

    bench: str
    name: str
    value: float
    unit: str
    note: str = ""

    def formatted(self) -> str:
        if not self.unit:  # a count
            return f"{self.value:,.0f}"
        if self.unit == "%":
            return f"{self.value:.1f} %"
        if self.value >= 1000:
            return f"{self.value:,.0f} {self.unit}"
        if self.value >= 10:
            return f"{self.value:.1f} {self.unit}"
        return f"{self.value:.2f} {self.unit}"


def print_figures(figures: list[Figure]) -> None:
    width = max((len(f"{f.bench}: {f.name}") for f in figures), default=10)
    for figure in figures:
        label = f"{figure.bench}: {figure.name}"
        note = f"  ({figure.note})" if figure.note else ""
        print(f"  {label:<{width}}  {figure.formatted():>16}{note}")


def machine() -> list[tuple[str, str]]:
    return [
        ("date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        ("machine", f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"),
        ("cpu", _cpu_model()),
        ("python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("sqlite", sqlite3.sqlite_version),
    ]


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


@contextmanager
def timed() -> Iterator[list[float]]:
    """``with timed() as t: ...`` then ``t[0]`` holds the seconds taken."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)


def remove_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def fresh_database(path: Path) -> Database:
    """A new, empty CRM file for an Italian firm (region IT, EUR), as tests use."""
    OUT.mkdir(parents=True, exist_ok=True)
    remove_file(path)
    db = open_crm_file(path, user="bench")
    update_settings(db, default_region="IT", default_currency="EUR", company_name="Bench Srl")
    return db


# -- generated data ---------------------------------------------------------


def _names(text: str) -> tuple[str, ...]:
    """Words of a list written as text; "De_Luca" is one name with a space."""
    return tuple(name.replace("_", " ") for name in text.split())


IT_FIRST = _names(
    "Marco Giulia Luca Francesca Alessandro Chiara Matteo Sara Lorenzo Martina Andrea Elena "
    "Davide Valentina Simone Federica Niccolò Nicolò Giorgia Riccardo Alessia Tommaso Ilaria "
    "Gabriele Beatrice Stefano Silvia Paolo Roberta Giuseppe Anna Francesco Lucia Antonio Marta"
)
SE_FIRST = _names(
    "Erik Anna Lars Karin Björn Åsa Johan Maria Anders Eva Per Kristina Nils Ingrid Sven "
    "Märta Olof Linnéa Gustav Sofia Håkan Elin Mikael Emma Jörgen Maja"
)
EN_FIRST = _names("James Mary John Patricia Robert Jennifer Michael Linda David Susan Chloé")
IT_LAST = _names(
    "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
    "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani "
    "Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra "
    "Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco "
    "Marini Grasso Valentini Messina Sala De_Rosa Gatti Pellegrini Palumbo Sanna Farina Rizzi "
    "Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani "
    "Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino Fiore Dell'Orto "
    "Sabbatini Lucchesi Orlando Donati Bellini Basile Brambilla"
)
SE_LAST = _names(
    "Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
    "Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson "
    "Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist "
    "Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström "
    "Eklund Danielsson Håkansson Lundin Björk Bergman Gunnarsson Holm Wikström Samuelsson "
    "Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist "
    "Claesson Nordström Mårtensson Lundström Ali Viklund Björklund Eliasson Pålsson Berggren"
)
EN_LAST = _names("Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor O'Brien")
IT_CITIES = _names(
    "Roma Milano Napoli Torino Palermo Genova Bologna Firenze Bari Catania Venezia Verona "
    "Messina Padova Trieste Brescia Parma Modena Forlì Cantù Perugia Cagliari Sassari Lecce"
)
SE_CITIES = _names(
    "Stockholm Göteborg Malmö Uppsala Västerås Örebro Linköping Helsingborg Jönköping "
    "Norrköping Lund Umeå Gävle Borås Södertälje Eskilstuna Halmstad Växjö Karlstad Sundsvall"
)
EN_CITIES = _names("London Manchester Boston Chicago Dublin")
INDUSTRIES = _names("Manufacturing Retail Software Logistics Food Construction Consulting Health")
COMPANY_WORDS = _names(
    "Acme Sole Luna Stella Nord Sud Alpi Mare Fiume Verde Oro Ferro Vetro Legno Pietra Aurora "
    "Nordic Fjäll Skog Sjö Älv Ljus Björk Ek Gran Vind Polar Atlas Delta Orion Vega Nova"
)
IT_SUFFIXES = ("Srl", "S.p.A.", "Snc", "& Figli", "Costruzioni Srl", "Trasporti Srl")
SE_SUFFIXES = ("AB", "Handelsbolag", "Bygg AB", "Konsult AB")
MAIL_DOMAINS = ("gmail.com", "libero.it", "outlook.com", "telia.com", "yahoo.it", "hotmail.se")
JOB_TITLES = ("", "", "CEO", "Sales Manager", "Buyer", "Accountant", "CTO", "Office Manager")
STAGES = ("lead", "prospect", "customer", "former")


def ascii_word(text: str) -> str:
    """Lower-case ASCII for e-mail addresses: "Björk" -> "bjork", "D'Angelo" -> "dangelo"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum()).lower()


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def italian_phone(rng: random.Random) -> str:
    """A landline or mobile number in one of the ways Italians write them."""
    if rng.random() < 0.5:
        area, rest = rng.choice(("06", "02", "011", "055", "051", "081")), _digits(rng, 7)
        formats = (
            f"{area} {rest[:4]} {rest[4:]}",
            f"{area}-{rest}",
            f"({area}) {rest}",
            f"+39 {area} {rest}",
            f"0039 {area}{rest}",
        )
    else:
        prefix, rest = rng.choice(("333", "347", "348", "329", "340", "392")), _digits(rng, 7)
        formats = (
            f"{prefix} {rest[:3]} {rest[3:]}",
            f"{prefix}{rest}",
            f"+39 {prefix} {rest}",
            f"+39{prefix}{rest}",
        )
    return rng.choice(formats)


def swedish_phone(rng: random.Random) -> str:
    """Swedish numbers are written internationally here: the firm's region is IT."""
    if rng.random() < 0.5:
        rest = _digits(rng, 7)
        return rng.choice(
            (
                f"+46 70 {rest[:3]} {rest[3:5]} {rest[5:]}",
                f"0046 73 {rest[:3]} {rest[3:]}",
                f"+46 (0)76-{rest}",
            )
        )
    rest = _digits(rng, 7)
    return rng.choice((f"+46 8 {rest[:3]} {rest[3:5]} {rest[5:]}", f"+46 31 {rest}"))


def english_phone(rng: random.Random) -> str:
    rest = _digits(rng, 7)
    # Only numbers in real ranges are accepted: US exchanges start with 2-9 and
    # are never N11; London numbers go on with 3, 7 or 8.
    exchange = "23456789"[int(rest[0]) % 8] + rest[1:3]
    if exchange[1:] == "11":
        exchange = exchange[0] + "10"
    london = "378"[int(rest[0]) % 3] + rest[1:]
    return rng.choice((f"+1 (212) {exchange}-{rest[3:]}", f"+44 20 {london[:4]} {london[4:]}0"))


def company_drafts(count: int = COMPANIES, seed: int = SEED) -> list[CompanyDraft]:
    rng = random.Random(seed)
    drafts = []
    for index in range(count):
        swedish = index % 3 == 2
        word = rng.choice(COMPANY_WORDS)
        family = rng.choice(SE_LAST if swedish else IT_LAST)
        suffix = rng.choice(SE_SUFFIXES if swedish else IT_SUFFIXES)
        name = f"{word} {family} {suffix}" if index % 2 else f"{family} {suffix}"
        domain = f"{ascii_word(word)}{ascii_word(family)}{index}.{'se' if swedish else 'it'}"
        drafts.append(
            CompanyDraft(
                name=name,
                industry=rng.choice(INDUSTRIES),
                website=f"https://www.{domain}",
                emails=(f"info@{domain}",),
                phones=(swedish_phone(rng) if swedish else italian_phone(rng),),
                city=rng.choice(SE_CITIES if swedish else IT_CITIES),
                country="SE" if swedish else "IT",
            )
        )
    return drafts


def contact_drafts(
    company_ids: list[int], count: int = CONTACTS, seed: int = SEED
) -> list[ContactDraft]:
    """Contacts as a mixed Italian and Swedish customer base would type them."""
    rng = random.Random(seed + 1)
    drafts = []
    for index in range(count):
        roll = rng.random()
        if roll < 0.6:
            first, last, city, country = (
                rng.choice(IT_FIRST),
                rng.choice(IT_LAST),
                rng.choice(IT_CITIES),
                "IT",
            )
            phone = italian_phone
        elif roll < 0.9:
            first, last, city, country = (
                rng.choice(SE_FIRST),
                rng.choice(SE_LAST),
                rng.choice(SE_CITIES),
                "SE",
            )
            phone = swedish_phone
        else:
            first, last, city, country = (
                rng.choice(EN_FIRST),
                rng.choice(EN_LAST),
                rng.choice(EN_CITIES),
                rng.choice(("GB", "US", "IE")),
            )
            phone = english_phone
        local = f"{ascii_word(first)}.{ascii_word(last)}"
        emails = [f"{local}{index}@{rng.choice(MAIL_DOMAINS)}"]
        company_id = rng.choice(company_ids) if company_ids and rng.random() < 0.7 else None
        if rng.random() < 0.4:
            emails.append(
                ("work", f"{ascii_word(first)[0]}{ascii_word(last)}@firm{index % 997}.com")
            )
        phones = [phone(rng)]
        if rng.random() < 0.35:
            phones.append(("mobile", phone(rng)))
        drafts.append(
            ContactDraft(
                first_name=first,
                last_name=last,
                job_title=rng.choice(JOB_TITLES),
                company_id=company_id,
                emails=tuple(emails),
                phones=tuple(phones),
                city=city,
                country=country,
                lifecycle_stage=rng.choice(STAGES),
            )
        )
    return drafts
