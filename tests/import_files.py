"""Paths of the import fixtures and the shared corpus, and a check that a file did not change."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "import"
# ../shared/corpus beside the checkout (/work/main); a git worktree under /work/wt
# finds it two levels up.
CORPUS = next(
    (
        base / "shared" / "corpus" / "csv"
        for base in (ROOT.parent, ROOT.parent.parent)
        if (base / "shared" / "corpus" / "csv").is_dir()
    ),
    ROOT.parent / "shared" / "corpus" / "csv",
)


def fixture(name: str) -> Path:
    return FIXTURES / name


def corpus(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"the shared corpus is not here ({CORPUS}); it holds real exported files")
    return path


def file_state(db_path: Path) -> tuple[bytes, bytes]:
    """The CRM file's bytes and its write-ahead log's: together, everything written."""
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.read_bytes(), wal.read_bytes() if wal.exists() else b""
