from __future__ import annotations

import pytest

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.tags import (
    create_tag,
    delete_tag,
    find_tag,
    list_tags,
    rename_tag,
    tag_records,
    tags_for,
    tags_for_many,
    untag_records,
)
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork


def _contacts(db: Database, count: int) -> list[int]:
    # Minimal rows: the contacts service is another area.
    with UnitOfWork(db) as uow:
        ids = [uow.insert("contacts", {"first_name": f"Person {n}"}) for n in range(count)]
        uow.commit()
    return ids


def _taggings(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM taggings"))


def test_create_tag_trims_the_name(db: Database) -> None:
    tag = create_tag(db, "  Key   account ", color="#1E90FF")

    assert (tag.name, tag.color, tag.usage_count) == ("Key account", "#1e90ff", 0)


def test_duplicate_name_in_other_case_is_refused(db: Database) -> None:
    create_tag(db, "VIP")

    with pytest.raises(ValidationError) as caught:
        create_tag(db, "vip")

    assert "already exists" in caught.value.errors["name"]


def test_duplicate_name_with_accented_capital_is_refused(db: Database) -> None:
    create_tag(db, "Övrigt")

    with pytest.raises(ValidationError):
        create_tag(db, "ÖVRIGT")


@pytest.mark.parametrize("name", ["", "   ", "a,b", "x" * 51])
def test_bad_tag_names_are_refused(db: Database, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        create_tag(db, name)

    assert set(caught.value.errors) == {"name"}


def test_bad_colour_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_tag(db, "VIP", color="red")

    assert set(caught.value.errors) == {"color"}


def test_tag_records_creates_missing_tags(db: Database) -> None:
    (contact,) = _contacts(db, 1)

    tag_records(db, "contact", [contact], ["Fiera 2024", "VIP"])

    assert tags_for(db, "contact", contact) == ["Fiera 2024", "VIP"]
    assert [t.name for t in list_tags(db)] == ["Fiera 2024", "VIP"]


def test_tag_records_reuses_a_tag_in_any_case(db: Database) -> None:
    (contact,) = _contacts(db, 1)
    create_tag(db, "VIP")

    tag_records(db, "contact", [contact], ["vip"])

    assert tags_for(db, "contact", contact) == ["VIP"]
    assert len(list_tags(db)) == 1


def test_tag_records_twice_changes_nothing_the_second_time(db: Database) -> None:
    ids = _contacts(db, 2)
    tag_records(db, "contact", ids, ["VIP"])

    changes = tag_records(db, "contact", ids, ["VIP", "vip"])

    assert changes.is_empty()
    assert _taggings(db) == 2


def test_tag_records_reports_the_tagged_records_as_changed(db: Database) -> None:
    ids = _contacts(db, 2)

    changes = tag_records(db, "contact", ids, ["VIP"])

    assert changes.updated["contacts"] == frozenset(ids)


def test_tagging_a_missing_record_is_refused(db: Database) -> None:
    (contact,) = _contacts(db, 1)

    with pytest.raises(NotFoundError):
        tag_records(db, "contact", [contact, 999], ["VIP"])

    assert _taggings(db) == 0
    assert find_tag(db, "VIP") is None


def test_usage_counts_count_live_records_per_kind(db: Database) -> None:
    a, b, trashed = _contacts(db, 3)
    with UnitOfWork(db) as uow:
        company = uow.insert("companies", {"name": "ACME"})
        uow.soft_delete("contacts", trashed)
        uow.commit()
    tag_records(db, "contact", [a, b], ["VIP"])
    tag_records(db, "company", [company], ["VIP", "Supplier"])
    with UnitOfWork(db) as uow:
        uow.restore("contacts", trashed)
        uow.commit()
    tag_records(db, "contact", [trashed], ["VIP"])
    with UnitOfWork(db) as uow:
        uow.soft_delete("contacts", trashed)
        uow.commit()

    counts = {t.name: (t.usage_count, t.usage_by_type) for t in list_tags(db)}

    assert counts == {
        "Supplier": (1, {"company": 1}),
        "VIP": (3, {"contact": 2, "company": 1}),
    }


def test_untag_takes_only_the_named_tags_off(db: Database) -> None:
    a, b = _contacts(db, 2)
    tag_records(db, "contact", [a, b], ["VIP", "Newsletter"])

    untag_records(db, "contact", [a], ["vip", "never-existed"])

    assert tags_for(db, "contact", a) == ["Newsletter"]
    assert tags_for(db, "contact", b) == ["Newsletter", "VIP"]


def test_tags_for_many_maps_every_id_asked_for(db: Database) -> None:
    a, b, untagged = _contacts(db, 3)
    tag_records(db, "contact", [a], ["VIP", "Amici"])
    tag_records(db, "contact", [b], ["VIP"])

    result = tags_for_many(db, "contact", [a, b, untagged])

    assert result == {a: ["Amici", "VIP"], b: ["VIP"], untagged: []}


def test_delete_tag_takes_it_off_every_record(db: Database) -> None:
    (contact,) = _contacts(db, 1)
    tag_records(db, "contact", [contact], ["VIP", "Amici"])
    vip = find_tag(db, "VIP")
    assert vip is not None

    delete_tag(db, vip.id)

    assert tags_for(db, "contact", contact) == ["Amici"]
    assert [t.name for t in list_tags(db)] == ["Amici"]
    assert _taggings(db) == 1


def test_deleted_tag_name_can_be_created_again(db: Database) -> None:
    old = create_tag(db, "VIP")
    delete_tag(db, old.id)

    again = create_tag(db, "vip", color="#ff0000")

    assert (again.name, again.color) == ("vip", "#ff0000")


def test_rename_to_a_taken_name_is_refused(db: Database) -> None:
    create_tag(db, "VIP")
    other = create_tag(db, "Gold")

    with pytest.raises(ValidationError):
        rename_tag(db, other.id, "vip")


def test_rename_may_change_only_the_letter_case(db: Database) -> None:
    tag = create_tag(db, "vip")

    assert rename_tag(db, tag.id, "VIP").name == "VIP"


def test_rename_to_the_name_of_a_deleted_tag_is_allowed(db: Database) -> None:
    old = create_tag(db, "VIP")
    delete_tag(db, old.id)
    gold = create_tag(db, "Gold")

    assert rename_tag(db, gold.id, "VIP").name == "VIP"


def test_unknown_entity_type_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        tag_records(db, "order", [1], ["VIP"])

    assert set(caught.value.errors) == {"entity_type"}
