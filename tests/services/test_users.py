from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.services.files import open_crm_file
from crm_desktop.services.users import (
    create_user,
    current_user,
    ensure_user,
    find_user,
    get_user,
    list_users,
    rename_user,
)
from crm_desktop.storage.database import Database


def test_ensure_user_creates_the_user_once(db: Database) -> None:
    first = ensure_user(db, "mrossi", "Mario Rossi")
    again = ensure_user(db, "mrossi", "Another Name")

    assert again == first
    assert [u.login for u in list_users(db)].count("mrossi") == 1
    assert again.name == "Mario Rossi"


def test_ensure_user_names_the_user_by_login_when_no_name_is_given(db: Database) -> None:
    assert ensure_user(db, "ekarlsson").name == "ekarlsson"


def test_first_user_of_a_file_is_admin_and_later_ones_keep_their_role(tmp_path: Path) -> None:
    db = open_crm_file(tmp_path / "new.sqlite3", user="boss")
    try:
        later = create_user(db, login="clerk", name="Clerk")

        assert current_user(db).role == "admin"
        assert later.role == "user"
    finally:
        db.close()


def test_create_user_names_every_bad_field(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        create_user(db, login="  ", name="", role="boss")

    assert caught.value.errors == {
        "login": "a login name is required",
        "name": "a name is required",
        "role": "must be one of admin, user",
    }


def test_create_user_trims_what_it_stores(db: Database) -> None:
    user = create_user(db, login=" anna ", name=" Anna Ek ", email=" anna@ek.se ")

    assert (user.login, user.name, user.email, user.role) == (
        "anna",
        "Anna Ek",
        "anna@ek.se",
        "user",
    )


def test_rename_user_changes_the_name(db: Database) -> None:
    user = create_user(db, login="anna", name="Anna Ek")

    renamed = rename_user(db, user.id, "  Anna Lind ")

    assert renamed.name == "Anna Lind"
    assert get_user(db, user.id).name == "Anna Lind"


def test_rename_user_to_an_empty_name_is_refused(db: Database) -> None:
    user = create_user(db, login="anna", name="Anna Ek")

    with pytest.raises(ValidationError) as caught:
        rename_user(db, user.id, " ")

    assert caught.value.errors == {"name": "a name is required"}
    assert get_user(db, user.id).name == "Anna Ek"


def test_find_user_by_login_or_by_name_in_any_case(db: Database) -> None:
    user = create_user(db, login="anna", name="Anna Ek")

    assert find_user(db, "anna") == user
    assert find_user(db, "ANNA EK") == user
    assert find_user(db, "Bea") is None


def test_get_user_of_an_unknown_id_raises_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError, match="No user with id 999"):
        get_user(db, 999)
