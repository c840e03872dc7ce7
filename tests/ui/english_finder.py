"""Finds English left in a translated GUI: what the walk in test_no_english.py reads.

A shown text is English when
(a) it is an English source text of the catalogue (or a source with ``{placeholders}``
    filled in) whose translation in the language under test is missing or differs, or
(b) it holds an English word: a word of 3+ letters of any English source text (plus a
    few common English words, so sentences that were never marked are caught too),
    unless that word also occurs in an Italian or Swedish translation ("PDF", "CSV",
    "Email", "Pipeline" are loans both languages use) or is a proper name below.

Stored user data is not checked: every text value of the file (names, notes, tags,
products) is cut out of a shown text before its words are read. Values written by
the app itself (rows made by ``system``: the default pipeline and its stages) and
lower-case codes ("open", "in_progress") stay in, as a user reads them as the app's
words.
"""

from __future__ import annotations

import bisect
import html
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale

from crm_desktop.i18n import translation_file
from crm_desktop.i18n.extract import TRANSLATED
from crm_desktop.i18n.languages import HOME_LOCALE

# Proper names an Italian or Swedish text keeps as they are (not loans a translator
# decides on, so they are allowed before the catalogue is complete).
PROPER_NAMES = frozenset(
    {
        "crm",  # the app's name, "crm-desktop"
        "google",  # import formats named after the program that wrote the file
        "outlook",
        "hubspot",
        "salesforce",
        "pipedrive",
        "vcard",  # file format names
        "icalendar",
        "excel",
        "sqlite",
    }
)
# Common English words a never-marked sentence is made of, though no source has them yet.
COMMON_ENGLISH = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "not",
        "this",
        "that",
        "are",
        "from",
        "has",
        "have",
        "was",
        "were",
        "you",
        "your",
        "all",
        "any",
        "can",
        "cannot",
        "must",
        "will",
        "should",
        "would",
        "could",
        "there",
        "their",
        "which",
        "what",
        "when",
        "where",
        "who",
        "how",
        "into",
        "than",
        "then",
        "been",
        "being",
        "does",
        "did",
        "done",
        "only",
        "also",
        "more",
        "most",
        "some",
        "other",
        "such",
        "these",
        "those",
        "each",
        "every",
        "between",
        "after",
        "before",
        "about",
        "because",
        "while",
        "without",
        "within",
        "please",
    ]
)
_TAG = re.compile(r"<[^<>]*>")
_PLACEHOLDER = re.compile(r"\{[a-zA-Z_][\w.]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Things with no words of a language: e-mail addresses, links, paths, file names.
_MACHINE = re.compile(r"\S*[@/\\]\S*|\b\w+\.(?:sqlite3?|db|csv|pdf|json|vcf|ics)\b|crm-desktop")
_SEGMENT = re.compile(r"\s[·—–|]\s|\n|…")  # where a row joins a subject, a preview...
_CODE = re.compile(r"^[a-z][a-z0-9_\-]*$")


def plain(text: str) -> str:
    """What a reader sees of ``text``: no markup, no accelerator ampersands, one space."""
    text = html.unescape(_TAG.sub(" ", text))
    text = re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text) if len(w) >= 3]


@dataclass(frozen=True)
class Shown:
    """One text on screen and where it is."""

    text: str
    where: str  # the window and the widget path
    widget: str  # the class of the widget (or "QAction", "header", "chart")
    kind: str  # "text", "tool tip", "window title", "header", "item"...


@dataclass(frozen=True)
class Finding:
    shown: Shown
    rule: str


@dataclass
class Catalogue:
    """English sources and their translations, read from every ``.ts`` file."""

    language: str
    # plain source -> plain translations in ``language`` ("" when not translated yet)
    sources: dict[str, set[str]] = field(default_factory=dict)
    templates: list[tuple[re.Pattern[str], str, set[str]]] = field(default_factory=list)
    english_words: set[str] = field(default_factory=set)
    translated_words: set[str] = field(default_factory=set)
    shown_translations: set[str] = field(default_factory=set)  # in ``language``, plain
    translated_templates: list[re.Pattern[str]] = field(default_factory=list)

    @classmethod
    def read(cls, language: str) -> Catalogue:
        catalogue = cls(language)
        for other in TRANSLATED:
            root = ET.parse(translation_file(other)).getroot()
            for message in root.iter("message"):
                source = message.findtext("source") or ""
                translations = _translations(message)
                if other == language:
                    catalogue.add_message(source, translations)
                else:
                    catalogue.add_words(source, translations)
        return catalogue

    def add_words(self, source: str, translations: list[str]) -> None:
        """The words of a message of any language: English ones, translated ones."""
        for text in translations:
            self.translated_words.update(words(plain(_PLACEHOLDER.sub(" ", text))))
        self.english_words.update(words(plain(_PLACEHOLDER.sub(" ", source))))

    def add_message(self, source: str, translations: list[str]) -> None:
        """A message of the language under test (``translations`` empty: not translated)."""
        self.add_words(source, translations)
        shown = {plain(t.replace("%n", "{n}")) for t in translations} or {""}
        for text in shown:
            if not text:
                continue
            if not _PLACEHOLDER.search(text):
                self.shown_translations.add(text)
            elif words(_PLACEHOLDER.sub(" ", text)):  # "{n} ticket": the language's own text
                self.translated_templates.append(_template(text))
        key = plain(source)
        if not words(_PLACEHOLDER.sub(" ", key)):
            return  # no words: nothing English to see
        self.sources.setdefault(key, set()).update(shown)
        if _PLACEHOLDER.search(key):
            self.templates.append((_template(key), key, shown))

    def vocabulary(self) -> set[str]:
        english = self.english_words | COMMON_ENGLISH
        return english - self.translated_words - PROPER_NAMES - calendar_words(self.language)


def calendar_words(language: str) -> set[str]:
    """Month and day names of the language: Italian "set" (settembre) is no English "set"."""
    locale = Locale.parse(HOME_LOCALE[language])
    found: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for names in (locale.months[context][width], locale.days[context][width]):
                found.update(w for name in names.values() for w in words(name))
    return found


def _template(text: str) -> re.Pattern[str]:
    """Matches ``text`` with its placeholders filled in by anything."""
    parts = _PLACEHOLDER.split(text)
    return re.compile("(?:.+?)".join(re.escape(p) for p in parts) + r"\Z", re.DOTALL)


def _translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    if node is None or node.get("type"):  # unfinished, obsolete, vanished
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in node.iter("numerusform") if form.text]
    return [node.text] if node.text else []


def stored_texts(path: Path) -> set[str]:
    """Every text a user (or the demo, or an import) stored in the file at ``path``."""
    found: set[str] = set()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        rows = list(conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'"))
        virtual = [name for name, sql in rows if "VIRTUAL" in (sql or "").upper()]
        tables = [
            name
            for name, _sql in rows
            if not name.startswith("sqlite_")
            and name not in virtual
            and not any(name.startswith(f"{v}_") for v in virtual)  # full-text shadow tables
        ]
        for table in tables:
            if table.startswith("audit"):
                continue  # old and new values of the same records
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info('{table}')")]
            app_made = "created_by" in columns
            for row in conn.execute(f"SELECT * FROM '{table}'"):
                values = dict(zip(columns, row, strict=True))
                if app_made and values["created_by"] == "system":
                    continue  # the default pipeline and stages: the app's words
                found.update(_user_texts(values.values()))
    return found


def _user_texts(values: Iterable[object]) -> Iterable[str]:
    for value in values:
        if not isinstance(value, str):
            continue
        if value[:1] in "[{":  # e-mails, phones, custom values: the values, not the keys
            try:
                yield from _user_texts(_leaves(json.loads(value)))
            except ValueError:
                pass
            else:
                continue
        if len(value.strip()) >= 2 and not _CODE.match(value):
            yield " ".join(value.split())


def _leaves(value: object) -> Iterable[object]:
    if isinstance(value, dict):
        for inner in value.values():
            yield from _leaves(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _leaves(inner)
    else:
        yield value


class EnglishFinder:
    """Judges shown texts for one language; ``data`` are the file's stored texts."""

    def __init__(self, catalogue: Catalogue, data: Iterable[str]) -> None:
        self.catalogue = catalogue
        self.data = {plain(value) for value in data}
        self.vocabulary = catalogue.vocabulary()
        self._sorted_data = sorted(self.data)
        pieces = sorted((v for v in self.data if v), key=len, reverse=True)
        self._data_pattern = re.compile("|".join(re.escape(p) for p in pieces)) if pieces else None

    def judge(self, shown: Shown) -> str | None:
        """Why ``shown`` is English, or None."""
        text = plain(shown.text)
        if not text or text in self.data:
            return None
        if text in self.catalogue.shown_translations or any(
            pattern.match(text) for pattern in self.catalogue.translated_templates
        ):
            return None  # the language's own text, though also English ("Note", "3 ticket")
        translations = self.catalogue.sources.get(text)
        if translations is not None and text not in translations:
            return _source_rule(translations)
        for pattern, source, shown_as in self.catalogue.templates:
            if pattern.match(text) and source not in shown_as:
                return f"the English source {source!r} with its values filled in; " + (
                    _source_rule(shown_as)
                )
        rest = self._data_pattern.sub(" ", text) if self._data_pattern else text
        rest = " ".join(p for p in _SEGMENT.split(rest) if not self._starts_data(p))
        english = sorted({w for w in words(_MACHINE.sub(" ", rest)) if w in self.vocabulary})
        if english:
            return "English words: " + ", ".join(english)
        return None

    def _starts_data(self, piece: str) -> bool:
        """Whether ``piece`` is the start of a stored text cut short ("Quando apro il…")."""
        piece = piece.strip(" …").strip()
        if len(piece) < 12:
            return False
        at = bisect.bisect_left(self._sorted_data, piece)
        return at < len(self._sorted_data) and self._sorted_data[at].startswith(piece)

    def findings(self, shown: Iterable[Shown]) -> list[Finding]:
        found: dict[tuple[str, str], Finding] = {}
        for item in shown:
            rule = self.judge(item)
            if rule is not None:
                # The same widget read in several walks (a view, then the whole window) once.
                widget_path = item.where.split(" › ")[-4:]  # the walk's label left out
                key = (plain(item.text), item.widget, item.kind, *widget_path)
                found.setdefault(key, Finding(item, rule))
        return list(found.values())


def _source_rule(translations: set[str]) -> str:
    done = sorted(t for t in translations if t)
    if not done:
        return "an English source text of the catalogue, not translated yet"
    return f"an English source text of the catalogue, shown untranslated (translation: {done[0]!r})"


def report(language: str, findings: list[Finding]) -> str:
    """One line per English text, grouped by window, for the assertion message."""
    lines = [f"{len(findings)} English texts in the {language!r} GUI:"]
    by_where = sorted(findings, key=lambda f: (f.shown.where, f.shown.text))
    for finding in by_where:
        shown = finding.shown
        lines.append(
            f"  {shown.where} [{shown.widget} {shown.kind}] {plain(shown.text)[:90]!r}"
            f"\n      <- {finding.rule}"
        )
    return "\n".join(lines)
