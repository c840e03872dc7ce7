"""Realistic demo data made with Faker: 18 months of a small firm's business.

Deterministic for a given seed and anchor time: the same seed gives the same
people, deals and tickets, dated back from "now" (never after it) so the demo
always looks current. Everything is written through the services, so demo data
obeys the same rules as what users type.
"""

from __future__ import annotations

import bisect
import zlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from crm_desktop.domain.companies import CompanyDraft
from crm_desktop.domain.contacts import ContactDraft
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.ids import CompanyId, ContactId, DealId, ProductId, UserId
from crm_desktop.domain.orders import OrderDraft, OrderLineDraft
from crm_desktop.domain.pipeline import DealDraft, Stage
from crm_desktop.i18n import current_language, translate
from crm_desktop.i18n.languages import HOME_LOCALE
from crm_desktop.services import companies, contacts, deals, orders, tags
from crm_desktop.services.demo_checks import check_file_fits, holds_data
from crm_desktop.services.demo_maker import DemoContact, Maker, slug
from crm_desktop.services.demo_support import make_activities, make_tickets
from crm_desktop.services.demo_texts import TEXTS
from crm_desktop.services.pipeline import default_pipeline
from crm_desktop.services.settings import get_settings, update_settings
from crm_desktop.services.users import create_user, current_user, find_user
from crm_desktop.storage.database import Database

LOCALES = tuple(TEXTS)
MAX_CONTACTS = 200_000


def generate_demo_data(
    db: Database,
    contacts: int = 500,
    seed: int = 1,
    locale: str | None = None,
    anchor: datetime | None = None,
) -> dict[str, int]:
    """Add a believable small business to ``db``; returns what was added per kind.

    About 0.3 companies, 0.6 deals, 0.4 tickets and 4 activities per contact,
    plus orders for customers and won deals. Without a ``locale`` the demo
    speaks the app's language (``demo_locale``): Italian names, deals and
    tickets for an Italian user.

    Nothing is written when the file cannot take this locale's data.

    Raises:
        ValidationError: ``contacts`` out of range, an unknown ``locale``, or a
            ``locale`` whose country or currency differs from the file's data.
    """
    locale = locale or demo_locale(db)
    if locale not in TEXTS:
        raise ValidationError.single(
            "locale",
            translate("demo", "must be one of {choices}").format(choices=", ".join(LOCALES)),
        )
    if not 1 <= contacts <= MAX_CONTACTS:
        raise ValidationError.single(
            "contacts",
            translate("demo", "must be between 1 and {most}").format(most=MAX_CONTACTS),
        )
    fresh = not holds_data(db)
    check_file_fits(db, TEXTS[locale], fresh)
    moment = (anchor or db.clock()).astimezone(UTC).replace(microsecond=0)
    maker = Maker(db, seed, locale, moment)
    # Anything not dated explicitly below (settings, tags) is stamped "now".
    with db.clock_at(maker.anchor):
        if fresh:
            # A fresh file takes the demo's country and currency, so numbers parse.
            update_settings(
                db,
                default_region=maker.texts.region,
                default_currency=maker.texts.currency,
                company_name=get_settings(db).company_name or maker.texts.company_name,
            )
        owners = _make_users(maker)
        products = _make_products(maker)
        company_ids = _make_companies(maker, max(1, round(contacts * 0.3)), owners)
        contact_rows = _make_contacts(maker, contacts, company_ids, owners)
        _make_tags(maker, contact_rows, company_ids)
        deals_of = _make_deals(maker, round(contacts * 0.6), contact_rows, owners, products)
        _make_repeat_orders(maker, contact_rows, products)
        tickets_of = make_tickets(maker, round(contacts * 0.4), contact_rows, owners)
        make_activities(maker, contacts * 4, contact_rows, deals_of, tickets_of, owners)
    return maker.counts


def demo_locale(db: Database, language: str | None = None) -> str:
    """The demo locale for ``language`` (default: the app's), "it" -> "it_IT".

    A file that already holds data keeps its country and currency, so when the
    language's own demo does not fit it, the demo that does is chosen instead
    (an English user of an Italian file gets the Italian demo, not an error).
    """
    wanted = HOME_LOCALE.get(language or current_language(), "en_US")
    if not holds_data(db):
        return wanted
    settings = get_settings(db)
    fits = [
        name
        for name, texts in TEXTS.items()
        if (texts.region, texts.currency) == (settings.default_region, settings.default_currency)
    ]
    return wanted if wanted in fits or not fits else fits[0]


def _job_title(maker: Maker) -> str:
    """A job title in the demo's language.

    Faker knows titles only in English; the English one is still drawn so that
    every locale consumes Faker's randomness alike, and picks a local title by
    its checksum (the same seed still gives the same people).
    """
    english = maker.fake.job()[:60]
    titles = maker.texts.job_titles
    return titles[zlib.crc32(english.encode()) % len(titles)] if titles else english


def _make_users(maker: Maker) -> list[UserId]:
    with maker.db.clock_at(maker.start):
        return _make_owners(maker)


def _make_owners(maker: Maker) -> list[UserId]:
    me = current_user(maker.db)
    owners = [me.id]
    for _ in range(3):
        name = maker.fake.name()
        login = slug(name)[:20]
        existing = find_user(maker.db, login)
        user = existing or create_user(
            maker.db, login=login, name=name, email=f"{login}@example.com"
        )
        if existing is None:
            maker.count("users")
        owners.append(user.id)
    return owners


def _make_products(maker: Maker) -> list[tuple[ProductId, int]]:
    """(product id, unit price) per catalogue line; existing SKUs are reused."""
    made: list[tuple[ProductId, int]] = []
    with maker.db.clock_at(maker.start):
        for name, sku, price in maker.texts.products:
            product = orders.find_product_by_sku(maker.db, sku)
            if product is None:
                product = orders.create_product(maker.db, name, sku, price, maker.texts.currency)
                maker.count("products")
            made.append((product.id, product.unit_price_minor))
    return made


def _make_companies(maker: Maker, n: int, owners: Sequence[UserId]) -> list[CompanyId]:
    ids: list[CompanyId] = []
    for when in sorted(maker.moment() for _ in range(n)):
        name = maker.fake.company()
        tld = "com" if maker.texts.region == "US" else maker.texts.region.lower()
        domain = f"{slug(name)[:24]}.{tld}"
        draft = CompanyDraft(
            name=name,
            industry=maker.rng.choice(maker.texts.industries),
            website=f"https://www.{domain}",
            emails=[("work", f"info@{domain}")],
            phones=[("work", maker.phone())],
            street=maker.fake.street_address(),
            city=maker.fake.city(),
            postcode=maker.fake.postcode(),
            country=maker.texts.region,
            vat_id=_vat_id(maker),
            owner_id=maker.rng.choice(owners),
        )
        with maker.db.clock_at(when):
            ids.append(companies.create_company(maker.db, draft).id)
    maker.count("companies", len(ids))
    return ids


def _vat_id(maker: Maker) -> str:
    digits = "".join(str(maker.rng.randrange(10)) for _ in range(11))
    if maker.texts.region == "IT":
        return digits  # partita IVA: 11 digits, leading zeros are common
    if maker.texts.region == "SE":
        return f"SE{digits[:10]}01"
    return f"{digits[:2]}-{digits[2:9]}"


def _make_contacts(
    maker: Maker, n: int, company_ids: Sequence[CompanyId], owners: Sequence[UserId]
) -> list[DemoContact]:
    stages = ("lead", "prospect", "customer", "former")
    weights = (30, 25, 38, 7)
    planned: list[tuple[datetime, ContactDraft, CompanyId | None, str]] = []
    for _ in range(n):
        first, last = maker.fake.first_name(), maker.fake.last_name()
        company_id = maker.rng.choice(company_ids) if maker.rng.random() < 0.8 else None
        domain = maker.rng.choice(maker.texts.email_domains)
        emails = [("work", f"{slug(first)}.{slug(last)}{maker.rng.randrange(100)}@{domain}")]
        if maker.rng.random() < 0.25:
            emails.append(("home", f"{slug(first)}{maker.rng.randrange(1000)}@{domain}"))
        phones = [("mobile", maker.phone())]
        if maker.rng.random() < 0.3:
            phones.append(("work", maker.phone()))
        stage = maker.rng.choices(stages, weights)[0]
        consent = maker.rng.random() < 0.6
        birthday = maker.fake.date_of_birth(minimum_age=22, maximum_age=70)
        draft = ContactDraft(
            first_name=first,
            last_name=last,
            job_title=_job_title(maker),
            company_id=company_id,
            emails=emails,
            phones=phones,
            street=maker.fake.street_address(),
            city=maker.fake.city(),
            postcode=maker.fake.postcode(),
            country=maker.texts.region,
            birthday=birthday.isoformat() if maker.rng.random() < 0.5 else None,
            lead_source=maker.rng.choice(maker.texts.lead_sources),
            lifecycle_stage=stage,
            owner_id=maker.rng.choice(owners),
            marketing_consent=consent,
            consent_method=maker.rng.choice(maker.texts.consent_methods) if consent else "",
            notes=maker.rng.choice(maker.texts.note_bodies) if maker.rng.random() < 0.3 else "",
        )
        planned.append((maker.moment(), draft, company_id, stage))
    planned.sort(key=lambda item: item[0])
    made: list[DemoContact] = []
    # One bulk write per month keeps this fast while spreading creation dates.
    by_month: dict[str, list[tuple[datetime, ContactDraft, CompanyId | None, str]]] = {}
    for item in planned:
        by_month.setdefault(item[0].strftime("%Y-%m"), []).append(item)
    for items in by_month.values():
        with maker.db.clock_at(items[0][0]):
            ids = contacts.create_contacts(maker.db, [d for _, d, _, _ in items])
        made += [(i, c, s, w) for i, (w, _, c, s) in zip(ids, items, strict=True)]
    maker.count("contacts", len(made))
    return made


def _make_tags(
    maker: Maker, people: Sequence[DemoContact], company_ids: Sequence[CompanyId]
) -> None:
    names = maker.texts.tags
    for name in names:
        picked = [p[0] for p in people if maker.rng.random() < 0.12]
        if picked:
            tags.tag_records(maker.db, "contact", picked, [name])
    partners = [c for c in company_ids if maker.rng.random() < 0.1]
    if partners:
        tags.tag_records(maker.db, "company", partners, [names[2]])
    maker.count("tags", len(names))


def _basket(maker: Maker, products: Sequence[tuple[ProductId, int]]) -> tuple[OrderLineDraft, ...]:
    bundle = maker.rng.choice(maker.texts.bundles)
    return tuple(
        OrderLineDraft(product_id=products[i][0], quantity=maker.rng.choice((1, 1, 1, 2, 3)))
        for i in bundle
        if i < len(products)
    )


def _make_deals(
    maker: Maker,
    n: int,
    people: Sequence[DemoContact],
    owners: Sequence[UserId],
    products: Sequence[tuple[ProductId, int]],
) -> dict[ContactId, list[tuple[DealId, datetime]]]:
    """Deals per contact, each with when it was opened."""
    pipeline = default_pipeline(maker.db)
    open_stages = [s for s in pipeline.stages if s.outcome == "open"]
    made: dict[ContactId, list[tuple[DealId, datetime]]] = {}
    created_times = [p[3] for p in people]  # people come sorted by creation
    for _ in range(n):
        # Recent months are busier, so the board has plenty of open deals.
        recent = 90 if maker.rng.random() < 0.4 else None
        start = maker.moment(recent_days=recent)
        # Deals spread over the whole history, each for someone known by then.
        known = max(1, bisect.bisect_right(created_times, start))
        contact_id, company_id, _, created = people[maker.rng.randrange(known)]
        start = max(start, created)
        basket = _basket(maker, products)
        value = sum(_price(products, line) * line.quantity for line in basket)
        word = maker.rng.choice(maker.texts.deal_words)
        close = start + timedelta(days=maker.rng.randint(20, 120))
        draft = DealDraft(
            title=f"{word} {maker.fake.last_name()}",
            contact_id=contact_id,
            company_id=company_id,
            pipeline_id=pipeline.id,
            value_minor=value,
            currency=maker.texts.currency,
            owner_id=maker.rng.choice(owners),
            expected_close_date=close.date().isoformat(),
        )
        with maker.db.clock_at(start):
            deal = deals.create_deal(maker.db, draft)
        made.setdefault(contact_id, []).append((deal.id, start))
        _advance_deal(maker, deal.id, start, open_stages, basket)
    maker.count("deals", n)
    return made


def _advance_deal(
    maker: Maker,
    deal_id: DealId,
    start: datetime,
    open_stages: Sequence[Stage],
    basket: tuple[OrderLineDraft, ...],
) -> None:
    """Walk a deal forward stage by stage; most deals older than 45 days close."""
    pipeline = default_pipeline(maker.db)
    won, lost = pipeline.won_stage, pipeline.lost_stage
    closes = (maker.anchor - start).days > 45 and maker.rng.random() < 0.8
    path = open_stages[1 : maker.rng.randint(1, len(open_stages))]
    when = start
    for stage in path:
        step = timedelta(days=maker.rng.randint(2, 20), hours=maker.rng.randint(0, 8))
        if when + step >= maker.anchor:
            return
        when += step
        with maker.db.clock_at(when):
            deals.move_deal_to_stage(maker.db, deal_id, stage.id)
    when += timedelta(days=maker.rng.randint(3, 30))
    if not closes or when >= maker.anchor or won is None or lost is None:
        return
    with maker.db.clock_at(when):
        if maker.rng.random() < 0.5:
            order = OrderDraft(lines=basket, ordered_on=when.date().isoformat())
            deals.move_deal_to_stage(maker.db, deal_id, won.id, order=order)
            maker.count("orders")
        else:
            reason = maker.rng.choice(maker.texts.lost_reasons)
            deals.move_deal_to_stage(maker.db, deal_id, lost.id, lost_reason=reason)


def _price(products: Sequence[tuple[ProductId, int]], line: OrderLineDraft) -> int:
    return next(price for pid, price in products if pid == line.product_id)


def _make_repeat_orders(
    maker: Maker, people: Sequence[DemoContact], products: Sequence[tuple[ProductId, int]]
) -> None:
    made = 0
    for contact_id, company_id, stage, created in people:
        if stage not in ("customer", "former"):
            continue
        for _ in range(maker.rng.choice((1, 1, 2, 2, 3, 4, 6))):
            when = maker.moment(not_before=created)
            if stage == "former":
                when = min(when, maker.anchor - timedelta(days=200))
                if when < created:
                    continue
            draft = OrderDraft(
                lines=_basket(maker, products),
                contact_id=contact_id,
                company_id=company_id,
                ordered_on=when.date().isoformat(),
                currency=maker.texts.currency,
            )
            with maker.db.clock_at(when):
                orders.create_order(maker.db, draft)
            made += 1
    maker.count("orders", made)
