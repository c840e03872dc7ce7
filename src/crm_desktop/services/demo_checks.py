"""Whether a file can take a demo in a given locale, checked before anything is written."""

from __future__ import annotations

import json

from crm_desktop.domain.errors import ValidationError
from crm_desktop.i18n import translate
from crm_desktop.services.demo_texts import TEXTS, DemoTexts
from crm_desktop.services.settings import get_settings
from crm_desktop.storage.database import Database


def holds_data(db: Database) -> bool:
    """Whether the file has business records (trashed ones count: they come back)."""
    tables = ("contacts", "companies", "deals", "tickets", "orders")
    return bool(db.scalar("SELECT " + " OR ".join(f"EXISTS (SELECT 1 FROM {t})" for t in tables)))


def advice(region: str | None, currency: str) -> str:
    fits = [
        name for name, t in TEXTS.items() if t.currency == currency and region in (None, t.region)
    ]
    if fits:
        return translate("demo", "use --locale {locale}, or a new file").format(locale=fits[0])
    return translate("demo", "use a new file")


def check_file_fits(db: Database, texts: DemoTexts, fresh: bool) -> None:
    """Refuse up front a locale whose numbers or prices the file cannot take.

    A file with data keeps its region and currency, so the demo's phone
    numbers and prices must match them; catalogue SKUs are reused, so an
    existing product with the same SKU must be live and in the same currency.
    """
    settings = get_settings(db)
    region, currency = settings.default_region, settings.default_currency
    if not fresh and (region, currency) != (texts.region, texts.currency):
        raise ValidationError.single(
            "locale",
            translate("demo", "this file is set up for {region} and {currency}: {advice}").format(
                region=region, currency=currency, advice=advice(region, currency)
            ),
        )
    skus = [sku for _, sku, _ in texts.products]
    clashes = db.query(
        "SELECT sku, currency, deleted_at FROM products"
        " WHERE sku COLLATE NOCASE IN (SELECT value FROM json_each(?))",
        (json.dumps(skus),),
    )
    for row in clashes:
        if row["deleted_at"] is not None:
            raise ValidationError.single(
                "locale",
                translate(
                    "demo", "product {sku} is in the trash: restore it, or use a new file"
                ).format(sku=row["sku"]),
            )
        if row["currency"] != texts.currency:
            raise ValidationError.single(
                "locale",
                translate(
                    "demo", "product {sku} is priced in {currency}, the demo in {demo}: {advice}"
                ).format(
                    sku=row["sku"],
                    currency=row["currency"],
                    demo=texts.currency,
                    advice=advice(None, row["currency"]),
                ),
            )
