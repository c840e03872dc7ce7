"""Which column of an import file fills which field: presets, similar names, saved mappings.

A mapping is ``{header: field}``; the field is one of ``records.CONTACT_FIELDS``
or ``COMPANY_FIELDS``, ``custom.<key>``, ``email_label`` / ``phone_label``
(a column holding the label of the e-mail or phone column it pairs with, as
Google's "E-mail 1 - Type" does for "E-mail 1 - Value"), or None to leave the
column out. Several columns may fill one list field (emails, phones, tags);
for a single field the first non-empty one wins.

``propose_mapping`` first applies the known exports (Google Contacts new and
legacy, Outlook, HubSpot, Salesforce, Pipedrive), then matches the remaining
headers by name in English, Italian and Swedish with ``rapidfuzz``.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from crm_desktop import i18n
from crm_desktop.domain.errors import ImportFileError, ValidationError
from crm_desktop.i18n import QT_TRANSLATE_NOOP, translate
from crm_desktop.i18n.catalog import read_ts
from crm_desktop.i18n.languages import LANGUAGES, SOURCE_LANGUAGE
from crm_desktop.interchange.mapping_presets import LABEL_WORDS, PRESETS, SYNONYMS
from crm_desktop.interchange.records import CUSTOM_PREFIX, LIST_FIELDS, fields_of

LABEL_FIELDS = {"email_label": "emails", "phone_label": "phones"}
_FUZZY_CUTOFF = 86.0


def header_key(header: str) -> str:
    """A header folded for matching: "E-mail 2 Address" -> "e-mail # address"."""
    text = unicodedata.normalize("NFKD", header.strip().lstrip("\ufeff"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"\d+", "#", text)
    return " ".join(text.replace("_", " ").split())


def _loose(text: str) -> str:
    """Words only, for comparing by similarity: "E-mail Address" -> "e mail address"."""
    return " ".join(re.sub(r"[^0-9a-z#]+", " ", header_key(text)).split())


def label_from_header(header: str) -> str:
    """The label a column's header gives its e-mails or phones: "Mobile Phone" -> "mobile"."""
    for word in _loose(header).split():
        if word in LABEL_WORDS:
            return LABEL_WORDS[word]
    return ""


def clean_label(text: str) -> str:
    """A label as an export writes it ("* Home", "Work Fax") made plain ("home", "work fax")."""
    return " ".join(text.replace("*", " ").split()).casefold()


def header_signature(headers: Iterable[str]) -> str:
    """Names the set of headers (any order, case or accents) to find a saved mapping again."""
    keys = sorted({header_key(h) for h in headers if h.strip()})
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class ProposedMapping:
    mapping: dict[str, str | None]
    source: str  # "Google Contacts", "Outlook", ..., "similar names", "saved", "file"


# How the columns were matched, said for people (preset names are proper names, kept).
_SOURCE_LABELS = {
    "similar names": QT_TRANSLATE_NOOP("import", "similar names"),
    "saved": QT_TRANSLATE_NOOP("import", "the mapping saved for these columns"),
    "file": QT_TRANSLATE_NOOP("import", "your mapping"),
    "crm-desktop": QT_TRANSLATE_NOOP("import", "crm-desktop's own export"),
}


def mapping_source_label(source: str) -> str:
    """``ProposedMapping.source`` / ``ImportFile.mapping_source`` in the user's language."""
    label = _SOURCE_LABELS.get(source)
    return translate("import", label) if label else source


def _allowed(entity: str, custom_keys: Iterable[str]) -> set[str]:
    allowed = set(fields_of(entity)) | {CUSTOM_PREFIX + k for k in custom_keys}
    if "emails" in allowed:
        allowed.add("email_label")
    if "phones" in allowed:
        allowed.add("phone_label")
    return allowed


def _preset_for(entity: str, field: str) -> str | None:
    """A contact preset's field as a company import reads it (company -> name)."""
    if entity == "companies":
        if field == "company":
            return "name"
        if field in ("first_name", "last_name", "full_name", "job_title", "birthday"):
            return None
    return field


_OWN = "crm-desktop"
_COLUMNS_CONTEXT = "export-columns"  # where csv_export marks its column names


@lru_cache(maxsize=8)
def _translated_columns(path: str, stamp: int, language: str) -> tuple[tuple[str, str], ...]:
    """Our export's columns as the ``.ts`` at ``path`` names them: (folded header, field)."""
    del stamp  # part of the cache key only: a changed catalogue is read again
    catalog = read_ts(Path(path), language)
    found: list[tuple[str, str]] = []
    for (context, source, _), text in catalog.singles.items():
        field = PRESETS[_OWN].get(header_key(source))
        if context == _COLUMNS_CONTEXT and field is not None:
            found.append((header_key(text), field))
    return tuple(found)


def own_export_columns(entity: str) -> dict[str, str]:
    """The columns of our own CSV export in English, Italian and Swedish (folded -> field).

    The export writes its headers in the user's language, so a file exported in
    Italian comes back in whatever language the importing user speaks. Only
    ``entity``'s fields are taken from the translations: "Nome" may be both a
    contact's first name and a company's name.
    """
    table = dict(PRESETS[_OWN])
    wanted = set(fields_of(entity))
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        path = i18n.translation_file(language)
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            continue  # no catalogue (a development tree): English it is
        for key, field in _translated_columns(str(path), stamp, language):
            if field in wanted:
                table.setdefault(key, field)
    return table


def _best_preset(keys: Sequence[str], entity: str) -> tuple[str, dict[str, str]] | None:
    presets = {**PRESETS, _OWN: own_export_columns(entity)}
    scored = [(sum(1 for k in keys if k in table), name, table) for name, table in presets.items()]
    count, name, table = max(scored, key=lambda s: s[0])
    # Two distinctive columns: "First Name" alone is everybody's.
    return (name, table) if count >= 2 else None


def propose_mapping(
    headers: Sequence[str],
    entity: str,
    custom_fields: Sequence[tuple[str, str]] = (),
) -> ProposedMapping:
    """A field for every header that looks like one, None for the others.

    ``custom_fields`` are (key, label) pairs of the entity's custom fields.
    """
    allowed = _allowed(entity, (k for k, _ in custom_fields))
    keys = [header_key(h) for h in headers]
    mapping: dict[str, str | None] = dict.fromkeys(headers)
    found = _best_preset(keys, entity)
    source = "similar names"
    if found is not None:
        source, table = found
        for header, key in zip(headers, keys, strict=True):
            field = _preset_for(entity, table.get(key, "")) if key in table else None
            if field in allowed:
                mapping[header] = field
    choices: dict[str, str] = {}
    for key, label in custom_fields:
        choices[_loose(key)] = CUSTOM_PREFIX + key
        choices[_loose(label)] = CUSTOM_PREFIX + key
    for field, names in SYNONYMS.items():
        if field in allowed:
            for name in names:
                choices.setdefault(_loose(name), field)
    taken_single: set[str] = {f for f in mapping.values() if f and f not in LIST_FIELDS}
    for header in headers:
        if mapping[header] is not None:
            continue
        field = _similar(_loose(header), choices)
        # A second "City" column would never be read: leave it for the user to decide.
        if field is None or (field not in LIST_FIELDS and field in taken_single):
            continue
        if field == "full_name" and {"first_name", "last_name"} & taken_single:
            continue
        mapping[header] = field
        if field not in LIST_FIELDS:
            taken_single.add(field)
    return ProposedMapping(mapping, source)


def _similar(name: str, choices: Mapping[str, str]) -> str | None:
    if not name:
        return None
    if name in choices:
        return choices[name]
    if len(name) < 5:  # "cap", "ort", "tel": similarity means little this short
        return None
    best = process.extractOne(name, list(choices), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return choices[best[0]] if best else None


def check_mapping(
    mapping: Mapping[str, object], headers: Sequence[str], entity: str, custom_keys: Iterable[str]
) -> dict[str, str | None]:
    """A user's mapping checked: known fields only, headers of this file only.

    Headers of the file the mapping does not name are left out (None).

    Raises:
        ValidationError: keys ``mapping.<header>`` naming what is wrong.
    """
    allowed = _allowed(entity, custom_keys)
    errors: dict[str, str] = {}
    result: dict[str, str | None] = dict.fromkeys(headers)
    by_key = {header_key(h): h for h in headers}
    for header, field in mapping.items():
        target = header if header in result else by_key.get(header_key(str(header)))
        if target is None:
            continue  # a saved mapping may name columns this file does not have
        if field is None or field == "":
            result[target] = None
        elif isinstance(field, str) and field in allowed:
            result[target] = field
        else:
            errors[f"mapping.{header}"] = _not_a_field(entity, repr(field))
    if errors:
        raise ValidationError(errors)
    if not any(result.values()):
        if entity == "companies":
            text = translate(
                "import", "no column is matched to a field of companies; give a mapping"
            )
        else:
            text = translate(
                "import", "no column is matched to a field of contacts; give a mapping"
            )
        raise ValidationError({"mapping": text})
    return result


def _not_a_field(entity: str, field: str) -> str:
    if entity == "companies":
        text = translate("import", "{field} is not a field of companies one can import")
    else:
        text = translate("import", "{field} is not a field of contacts one can import")
    return text.format(field=field)


def read_mapping_file(path: Path | str) -> dict[str, str | None]:
    """A mapping from a JSON file: ``{"mapping": {header: field}}`` or just ``{header: field}``.

    Raises:
        ImportFileError: the file cannot be read or is not such JSON.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        reason = translate("import", "cannot be read: {reason}")
        raise ImportFileError(path, reason.format(reason=error.strerror or error)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        reason = translate("import", "not a JSON mapping file: {reason}")
        raise ImportFileError(path, reason.format(reason=error)) from None
    if isinstance(data, dict) and isinstance(data.get("mapping"), dict):
        data = data["mapping"]
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        reason = translate("import", "must hold {example}")
        raise ImportFileError(
            path, reason.format(example='{"mapping": {"column": "field or null", ...}}')
        )
    return dict(data)


def write_mapping_file(path: Path | str, entity: str, mapping: Mapping[str, str | None]) -> None:
    """Save a mapping as JSON (what ``read_mapping_file`` and ``--mapping`` read)."""
    text = json.dumps({"entity": entity, "mapping": dict(mapping)}, ensure_ascii=False, indent=2)
    try:
        Path(path).write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        reason = translate("import", "cannot be written: {reason}")
        raise ImportFileError(path, reason.format(reason=error.strerror or error)) from None
