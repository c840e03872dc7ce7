"""The people who use the file; the current one defaults to the OS login."""

from __future__ import annotations

from dataclasses import dataclass

from crm_desktop.domain.errors import NotFoundError, ValidationError, one_of
from crm_desktop.domain.ids import UserId
from crm_desktop.i18n import translate
from crm_desktop.storage.database import Database
from crm_desktop.storage.unit_of_work import UnitOfWork

ROLES = ("admin", "user")


@dataclass(frozen=True)
class User:
    id: UserId
    login: str
    name: str
    email: str
    role: str


def _user(row: dict[str, object]) -> User:
    return User(
        id=UserId(int(str(row["id"]))),
        login=str(row["login"]),
        name=str(row["name"]),
        email=str(row["email"]),
        role=str(row["role"]),
    )


_SELECT = "SELECT id, login, name, email, role FROM users WHERE deleted_at IS NULL"


def list_users(db: Database) -> list[User]:
    return [_user(r) for r in db.query(_SELECT + " ORDER BY name COLLATE NOCASE")]


def get_user(db: Database, user_id: int) -> User:
    row = db.query_one(_SELECT + " AND id = ?", (user_id,))
    if row is None:
        raise NotFoundError("user", user_id)
    return _user(row)


def find_user(db: Database, name_or_login: str) -> User | None:
    row = db.query_one(
        _SELECT + " AND (login = ? OR name = ? COLLATE NOCASE)", (name_or_login, name_or_login)
    )
    return _user(row) if row else None


def ensure_user(db: Database, login: str, name: str = "", role: str = "user") -> User:
    """The user with this login, created on first sight (the first one is admin)."""
    existing = db.query_one(_SELECT + " AND login = ?", (login,))
    if existing:
        return _user(existing)
    if db.read_only:
        # Nothing can be written: a visitor known only to this session (id 0 owns nothing).
        return User(UserId(0), login, name or login, "", role)
    return create_user(db, login=login, name=name or login, role=role)


def current_user(db: Database) -> User:
    return ensure_user(db, db.user)


def create_user(db: Database, login: str, name: str, email: str = "", role: str = "user") -> User:
    errors: dict[str, str] = {}
    if not login.strip():
        errors["login"] = translate("validation", "a login name is required")
    if not name.strip():
        errors["name"] = translate("validation", "a name is required")
    if role not in ROLES:
        errors["role"] = one_of(ROLES)
    if errors:
        raise ValidationError(errors)
    with UnitOfWork(db) as uow:
        first = uow.query("SELECT count(*) AS n FROM users")[0]["n"] == 0
        user_id = uow.insert(
            "users",
            {
                "login": login.strip(),
                "name": name.strip(),
                "email": email.strip(),
                "role": "admin" if first else role,
            },
        )
        uow.commit()
    return get_user(db, user_id)


def rename_user(db: Database, user_id: int, name: str) -> User:
    if not name.strip():
        raise ValidationError.single("name", translate("validation", "a name is required"))
    with UnitOfWork(db) as uow:
        uow.update("users", user_id, {"name": name.strip()})
        uow.commit()
    return get_user(db, user_id)
