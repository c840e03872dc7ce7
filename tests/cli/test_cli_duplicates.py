"""``crm duplicates`` and ``crm merge`` on a real file, in a subprocess."""

from __future__ import annotations

from tests.cli.cli_runner import Crm


def _add(crm: Crm, first: str, last: str, email: str) -> int:
    record = crm.json(
        "contacts", "add", "--first-name", first, "--last-name", last, "--email", email
    )
    return int(record["id"])


def test_duplicates_lists_contacts_sharing_an_email_as_json(crm: Crm) -> None:
    a = _add(crm, "Giulia", "Rossi", "giulia@rossi.it")
    b = _add(crm, "Giulia", "Rosi", "Giulia@Rossi.it")

    pairs = crm.json("duplicates", "contacts")

    assert [(p["first_id"], p["second_id"]) for p in pairs] == [(a, b)]
    assert pairs[0]["reasons"][0]["kind"] == "email"
    assert pairs[0]["first_name"] == "Giulia Rossi"


def test_duplicates_says_none_on_a_clean_file(crm: Crm) -> None:
    _add(crm, "Giulia", "Rossi", "giulia@rossi.it")

    assert crm.ok("duplicates", "companies").strip() == "(none)"


def test_merge_moves_b_into_a_and_trashes_b(crm: Crm) -> None:
    a = _add(crm, "Giulia", "Rossi", "giulia@rossi.it")
    b = _add(crm, "Giulia", "Rosi", "g@home.it")

    out = crm.ok("merge", "contacts", str(a), str(b))

    assert f"Merged contact {b} into {a}" in out
    shown = crm.json("contacts", "show", str(a))
    assert [e["address"] for e in shown["emails"]] == ["giulia@rossi.it", "g@home.it"]
    missing = crm.run("contacts", "show", str(b))
    assert missing.returncode == 1
    assert "crm: error: No contact with id" in missing.stderr


def test_merge_of_a_missing_record_is_one_line_error(crm: Crm) -> None:
    a = _add(crm, "Giulia", "Rossi", "giulia@rossi.it")

    result = crm.run("merge", "contacts", str(a), "42")

    assert result.returncode == 1
    assert result.stderr.strip() == "crm: error: No contact with id 42"
