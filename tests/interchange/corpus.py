"""Where the shared corpus of real exported files is (``../shared/corpus`` of the checkout).

A git worktree sits one folder deeper (``/work/wt/NAME``), so the folder
beside its parent is looked at too. Tests skip, saying why, when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]


def corpus_dir() -> Path | None:
    for base in (_ROOT.parent, _ROOT.parent.parent):
        folder = base / "shared" / "corpus"
        if folder.is_dir():
            return folder
    return None


def corpus_file(relative: str) -> Path:
    """The corpus file, or a skip naming what is missing."""
    folder = corpus_dir()
    if folder is None:
        pytest.skip("the shared corpus (../shared/corpus) is not on this machine")
    path = folder / relative
    if not path.is_file():
        pytest.skip(f"{relative} is not in the shared corpus")
    return path
