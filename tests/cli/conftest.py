"""Run the real ``crm`` command line in a subprocess on files in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_runner import Crm


@pytest.fixture
def crm(db_path: Path) -> Crm:
    return Crm(db_path)
