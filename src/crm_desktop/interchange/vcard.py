"""Reading vCard files (2.1, 3.0, 4.0) into source records of contact fields.

vobject does the lexing: unfolding of folded lines and of quoted-printable
soft line breaks, and splitting a line into name, group, parameters and value
(``getLogicalLines`` and ``parseLine``, which also give line numbers). The
values are interpreted here, because vobject's own vCard objects lose what
2.1 files say in bare parameters ("TEL;WORK;FAX") and split FN at commas.
Photos, keys, logos and sounds are skipped unread.

Each card becomes a ``SourceRecord`` of the import pipeline
(``interchange/records.py``): ``line`` of its BEGIN, ``fields`` in the CRM's
field names, ``original`` its property lines.
"""

from __future__ import annotations

import io
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from vobject.base import ParseError, getLogicalLines, parseLine

from crm_desktop.domain.errors import ImportFileError
from crm_desktop.i18n import translate
from crm_desktop.interchange.records import FieldValue, SourceRecord

# Properties that carry binary data or nothing a CRM keeps.
_SKIPPED = ("PHOTO", "LOGO", "SOUND", "KEY", "X-MS-OL-DESIGN")
# TYPE words and the phone/e-mail labels they give, in the order they are tried.
_LABELS = (
    ("CELL", "mobile"),
    ("MOBILE", "mobile"),
    ("IPHONE", "mobile"),
    ("FAX", "fax"),
    ("PAGER", "pager"),
    ("HOME", "home"),
    ("WORK", "work"),
)
# TYPE words that say nothing a label would: kinds of line, not whose or where.
_NOT_LABELS = frozenset({"PREF", "VOICE", "INTERNET", "X400", "MSG", "TEXT", "BBS", "MODEM"})
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_SPLIT = re.compile(r"(?<!\\);")
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
MAX_BYTES = 50 * 1024 * 1024
# Country names as address books write them, beyond Babel's own names.
_COUNTRY_ALIASES = {
    "usa": "US",
    "us": "US",
    "united states of america": "US",
    "u s a": "US",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "united kingdom of great britain and northern ireland": "GB",
}
_COUNTRY_LANGUAGES = ("en", "it", "sv", "de", "fr", "es")
_country_names: dict[str, str] = {}


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def country_code(text: str) -> str | None:
    """The ISO code of a country as a card names it ("Italia", "USA"), or None."""
    if not _country_names:
        for language in _COUNTRY_LANGUAGES:
            for code, name in Locale(language).territories.items():
                if len(str(code)) == 2 and str(code).isalpha():
                    _country_names.setdefault(_fold(str(name)), str(code))
        _country_names.update(_COUNTRY_ALIASES)
    folded = _fold(text)
    if len(folded) == 2 and folded.isalpha():
        return folded.upper()
    return _country_names.get(folded)


@dataclass(frozen=True)
class Property:
    """One content line of a card, its value decoded (not yet unescaped)."""

    name: str  # upper case, without group
    group: str  # "item1" or ""
    types: tuple[str, ...]  # TYPE values and 2.1 bare parameters, upper case
    value: str
    line: int


def _error(path: str, line: int, message: str) -> ImportFileError:
    return ImportFileError(path, message, line)


def decode_file(data: bytes, path: str) -> str:
    """The text of a vCard file: UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise _error(
            path, 1, translate("import", "this is not a vCard file (it holds binary data)")
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def parts(value: str) -> list[str]:
    """A structured value (N, ADR, ORG) split at unescaped ";", each part unescaped."""
    return [_unescape(p).strip() for p in _SPLIT.split(value)]


def _decode_value(value: str, params: dict[str, list[str]]) -> str:
    encoding = (params.get("ENCODING") or [""])[0].upper()
    if encoding not in ("QUOTED-PRINTABLE", "QP"):
        return value
    charset = (params.get("CHARSET") or ["utf-8"])[0]
    raw = quopri.decodestring(value.replace("\r\n", "\n").encode("latin-1", errors="replace"))
    try:
        return raw.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know
        return raw.decode("utf-8", errors="replace")


def _property(line: str, number: int, path: str) -> Property | None:
    head = line.split(":", 1)[0].split(";", 1)[0].upper()
    if head.rsplit(".", 1)[-1] in _SKIPPED:
        return None
    try:
        name, raw_params, value, group = parseLine(line, number)
    except ParseError as error:
        reason = translate("import", "cannot read this line ({reason})")
        raise _error(path, number, reason.format(reason=error)) from None
    params: dict[str, list[str]] = {}
    types: list[str] = []
    for param in raw_params:
        key = str(param[0]).upper()
        values = [str(v) for v in param[1:]]
        if not values:  # 2.1: "TEL;WORK;VOICE"
            types.append(key)
        elif key == "TYPE":
            types.extend(t.upper() for v in values for t in v.split(","))
        else:
            params[key] = values
    return Property(
        name=str(name).upper(),
        group=str(group or ""),
        types=tuple(types),
        value=_decode_value(str(value), params),
        line=number,
    )


def read_cards(text: str, path: str) -> Iterator[tuple[int, list[Property]]]:
    """(line of BEGIN, properties) per card, in file order.

    Raises:
        ImportFileError: a card without END:VCARD, a line outside any card, a line
            that cannot be read, or no card at all; the message names the line.
    """
    begun = 0
    props: list[Property] = []
    cards = 0
    try:
        for line, reported in getLogicalLines(io.StringIO(text), allowQP=True):
            number = max(int(reported or 0), 1)
            if not line.strip():
                continue
            word = line.strip().upper()
            if word == "BEGIN:VCARD":
                if begun:
                    reason = translate(
                        "import", "this card has no END:VCARD (another begins at line {line})"
                    )
                    raise _error(path, begun, reason.format(line=number))
                begun, props = number, []
            elif word == "END:VCARD":
                if not begun:
                    raise _error(
                        path,
                        number,
                        translate("import", "END:VCARD without a BEGIN:VCARD before it"),
                    )
                cards += 1
                yield begun, props
                begun = 0
            elif not begun:
                reason = translate("import", "{text} is outside any BEGIN:VCARD … END:VCARD")
                raise _error(path, number, reason.format(text=repr(line[:40])))
            else:
                prop = _property(line, number, path)
                if prop is not None:
                    props.append(prop)
    except ParseError as error:
        reason = translate("import", "cannot read this card ({reason})")
        raise _error(path, begun or 1, reason.format(reason=error)) from None
    if begun:
        raise _error(
            path, begun, translate("import", "this card has no END:VCARD (the file ends inside it)")
        )
    if not cards:
        raise _error(
            path, 1, translate("import", "no vCard found (a card starts with BEGIN:VCARD)")
        )


def _label(prop: Property, labels: dict[str, str]) -> str:
    if prop.group and prop.group in labels:
        return labels[prop.group]
    found = [label for word, label in _LABELS if word in prop.types]
    if "fax" in found and ("home" in found or "work" in found):
        return f"{found[-1]} fax"  # "HOME;FAX": a home fax, not a home phone
    if found:
        return found[0]
    # A type of the writer's own ("TYPE=assistant", "X-Skype"), as a label.
    own = [t for t in prop.types if t not in _NOT_LABELS]
    return own[0].removeprefix("X-").replace("-", " ").lower() if own else "other"


def _birthday(text: str) -> str:
    """Dates as vCards write them ("19800322", "1980-03-22", "1980-03-22T00:00:00Z") as YYYY-MM-DD.

    A date without a year ("--0322") is kept as written: the pipeline puts it in the notes.
    """
    digits = text.strip().split("T")[0].replace("-", "")
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return text.strip()


def _name_fields(props: list[Property]) -> dict[str, str]:
    for prop in props:
        if prop.name == "N":
            n = [*parts(prop.value), "", "", ""]
            given = " ".join(f"{n[1]} {n[2].replace(',', ' ')}".split())
            if given or n[0]:
                return {"first_name": given, "last_name": n[0]}
    for prop in props:
        if prop.name == "FN" and _unescape(prop.value).strip():
            return {"full_name": _unescape(prop.value).strip()}
    return {}


def card_fields(props: list[Property]) -> dict[str, FieldValue]:
    """The contact fields a card gives, as the import pipeline's source records hold them."""
    labels = {
        p.group: _APPLE_LABEL.sub(r"\1", _unescape(p.value)).strip().lower()
        for p in props
        if p.name == "X-ABLABEL" and p.group
    }
    fields: dict[str, FieldValue] = dict(_name_fields(props))
    emails: list[tuple[str, str]] = []
    phones: list[tuple[str, str]] = []
    notes: list[str] = []
    tags: list[str] = []
    address_done = False
    for prop in props:
        text = _unescape(prop.value).strip()
        if prop.name == "EMAIL" and text:
            label = _label(prop, labels)
            emails.append(("work" if label == "other" else label, text))
        elif prop.name == "TEL" and text:
            phones.append((_label(prop, labels), text))
        elif prop.name == "ORG" and "company" not in fields and parts(prop.value)[0]:
            fields["company"] = parts(prop.value)[0]
        elif prop.name in ("TITLE", "ROLE") and text and "job_title" not in fields:
            fields["job_title"] = text
        elif prop.name == "BDAY" and text:
            fields["birthday"] = _birthday(text)
        elif prop.name == "NOTE" and text:
            notes.append(text.replace("\r\n", "\n"))
        elif prop.name == "CATEGORIES":
            tags += [_unescape(t).strip() for t in re.split(r"(?<!\\),", prop.value)]
        elif prop.name == "ADR" and not address_done:
            adr = [*parts(prop.value), *[""] * 7][:7]
            street = ", ".join(p for p in (adr[1], adr[2]) if p).replace("\n", ", ")
            values = dict(
                zip(
                    ("street", "city", "region", "postcode", "country"),
                    (street, *adr[3:]),
                    strict=True,
                )
            )
            fields.update({k: v for k, v in values.items() if v})
            address_done = any(values.values())
    country = str(fields.get("country", ""))
    if country:
        code = country_code(country)
        if code:
            fields["country"] = code
        else:  # kept where a person reads it, not refused with the whole card
            del fields["country"]
            notes.append(translate("import", "Country: {country}").format(country=country))
    for key, items in (("emails", emails), ("phones", phones)):
        if items:
            fields[key] = items
    if notes:
        fields["notes"] = "\n\n".join(notes)
    if any(tags):
        fields["tags"] = list(dict.fromkeys(t for t in tags if t))
    return fields


def _original(props: list[Property]) -> dict[str, str]:
    """The card's lines as "NAME" -> value, for the rejected-rows file."""
    original: dict[str, str] = {}
    for prop in props:
        key = prop.name
        original[key] = f"{original[key]}; {prop.value}" if key in original else prop.value
    return original


def read_vcards(path: Path) -> list[SourceRecord]:
    """Every card of a .vcf file as a source record.

    Raises:
        ImportFileError: the file cannot be read, is not a vCard file, or a card
            is broken; the message names the file and line.
    """
    try:
        if path.stat().st_size > MAX_BYTES:
            reason = translate("import", "the file is larger than {size} MB; split it first")
            raise _error(str(path), 1, reason.format(size=MAX_BYTES // (1024 * 1024)))
        data = path.read_bytes()
    except OSError as error:
        reason = translate("import", "cannot be read: {reason}")
        raise ImportFileError(path, reason.format(reason=error.strerror or error)) from None
    return parse_vcards(decode_file(data, str(path)), str(path))


def parse_vcards(text: str, path: str = "<text>") -> list[SourceRecord]:
    """``read_vcards`` for text already in memory."""
    return [
        SourceRecord(line=line, fields=card_fields(props), original=_original(props))
        for line, props in read_cards(text, path)
    ]
