"""``crm-desktop --self-test`` from the source tree (the bundle's run is tests/packaging)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from crm_desktop import paths
from crm_desktop.ui.self_test import run_self_test


def test_self_test_passes_and_exits_zero_offscreen(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRM_DESKTOP_CONFIG": str(tmp_path)}

    result = subprocess.run(
        [sys.executable, "-c", "from crm_desktop.ui.app import run; run()", "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert "ok: added and read contact 1" in result.stdout
    assert result.stdout.rstrip().endswith("crm-desktop self-test passed")


def test_self_test_leaves_the_users_settings_alone(tmp_path: Path, qapp: QApplication) -> None:
    settings_file = Path(os.environ["CRM_DESKTOP_CONFIG"]) / "crm-desktop.ini"

    assert run_self_test() == 0

    assert not settings_file.exists()


def test_self_test_fails_with_a_reason_when_resources_are_missing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: QApplication,
) -> None:
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "nowhere")

    code = run_self_test()

    assert code == 1
    assert "self-test FAILED: no style sheet found under" in capsys.readouterr().err
