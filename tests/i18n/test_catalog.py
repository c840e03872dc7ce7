"""The Qt-free catalogue: what ``translate`` finds in a ``.ts`` file, and what it leaves English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_US">
<context>
    <name>reports</name>
    <message>
        <source>Pipeline</source>
        <translation>Trattative aperte</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>deal outcome</comment>
        <translation>Vinta</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished">Persa</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n trattativa</numerusform>
            <numerusform>%n trattative</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def italian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    source = tmp_path / "crm_desktop_it.ts"
    source.write_text(TS, encoding="utf-8")
    monkeypatch.setattr(i18n, "translation_file", lambda language, suffix=".ts": source)
    i18n.set_language("it")
    yield
    monkeypatch.undo()  # first, so English reloads its own catalogue
    i18n.set_language("en")


def test_english_is_spoken_until_a_language_is_chosen() -> None:
    assert i18n.current_language() == "en"
    assert i18n.translate("reports", "Pipeline") == "Pipeline"


@pytest.mark.usefixtures("italian")
def test_a_finished_translation_is_used() -> None:
    assert i18n.translate("reports", "Pipeline") == "Trattative aperte"
    assert i18n.current_locale() == "it_IT"


@pytest.mark.usefixtures("italian")
def test_the_context_and_the_comment_tell_messages_apart() -> None:
    assert i18n.translate("other", "Pipeline") == "Pipeline"
    assert i18n.translate("reports", "Won", "deal outcome") == "Vinta"
    assert i18n.translate("reports", "Won") == "Won"


@pytest.mark.usefixtures("italian")
def test_an_unfinished_translation_stays_english() -> None:
    assert i18n.translate("reports", "Lost") == "Lost"


@pytest.mark.usefixtures("italian")
def test_the_count_picks_the_singular_or_the_plural_form() -> None:
    assert i18n.translate("reports", "%n deals", "", 1) == "1 trattativa"
    assert i18n.translate("reports", "%n deals", "", 0) == "0 trattative"
    assert i18n.translate("reports", "%n deals", "", 7) == "7 trattative"


def test_an_untranslated_count_still_shows_the_number() -> None:
    assert i18n.translate("reports", "%n deals", "", 3) == "3 deals"


@pytest.mark.parametrize(
    ("override", "system", "language", "locale"),
    [
        (None, "it_IT.UTF-8", "it", "it_IT"),
        (None, "sv_FI.UTF-8", "sv", "sv_FI"),
        (None, "de_DE.UTF-8", "en", "en_US"),
        ("it", "sv_SE.UTF-8", "it", "it_IT"),
        ("xx", "sv_SE", "sv", "sv_SE"),
        (None, "C.UTF-8", "en", "en_US"),
    ],
)
def test_the_language_follows_the_system_unless_overridden(
    override: str | None, system: str, language: str, locale: str
) -> None:
    from crm_desktop.i18n.languages import choose_language, formatting_locale

    chosen = choose_language(override, system)
    assert chosen == language
    assert formatting_locale(chosen, system) == locale


def test_english_reads_its_singular_from_its_own_catalogue() -> None:
    # resources/translations/crm_desktop_en.ts holds the English plural forms.
    assert i18n.translate("pipeline", "%n days in stage", "", 1) == "1 day in stage"
    assert i18n.translate("pipeline", "%n days in stage", "", 2) == "2 days in stage"


def test_a_grouped_count_is_written_the_locale_way() -> None:
    assert i18n.translate("TasksView", "%Ln open tasks", "", 1234) == "1,234 open tasks"
