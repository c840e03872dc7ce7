"""Every message in the code is in the catalogues, and translated: nothing falls back to English.

`make strings` (python -m crm_desktop.i18n.extract update) adds new messages to
the .ts files; a translator then finishes them. This test names what is missing.
"""

from __future__ import annotations

import pytest

from crm_desktop.i18n.extract import extract, problems, read_messages, ts_path


@pytest.fixture(scope="module")
def in_code() -> dict[tuple[str, str, str], object]:
    return dict(extract())


@pytest.mark.parametrize("language", ["it", "sv"])
def test_every_message_is_translated(language: str, in_code: dict) -> None:
    catalogue = read_messages(ts_path(language))
    missing = [key for key in in_code if key not in catalogue]
    assert not missing, f"not in {ts_path(language).name} (run `make strings`): {missing[:20]}"
    unfinished = [key for key, m in catalogue.items() if not _done(m.translation)]
    assert not unfinished, f"untranslated in {ts_path(language).name}: {unfinished[:20]}"


@pytest.mark.parametrize("language", ["it", "sv"])
def test_no_translation_breaks_a_placeholder(language: str) -> None:
    broken = [
        (key, text, found)
        for key, m in read_messages(ts_path(language)).items()
        for text in (m.translation if isinstance(m.translation, list) else [m.translation])
        for found in problems(key[1], text)
    ]
    assert not broken, broken[:20]


def test_english_has_both_forms_of_every_count(in_code: dict) -> None:
    catalogue = read_messages(ts_path("en"))
    counted = [key for key, m in in_code.items() if getattr(m, "numerus", False)]
    lacking = [k for k in counted if k not in catalogue or not _done(catalogue[k].translation)]
    assert not lacking, f"English plural forms missing (crm_desktop_en.ts): {lacking[:20]}"


def _done(translation: str | list[str]) -> bool:
    return all(translation) if isinstance(translation, list) else bool(translation)
