"""The PyInstaller bundle runs: built from packaging/crm-desktop.spec, started offscreen.

Slow (the build takes minutes), so marked ``bundle`` and left out of the default
run; ``make package-test`` builds dist/crm-desktop and runs these with
``CRM_BUNDLE`` pointing at the program. Without it the test builds its own copy.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def bundle_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("CRM_BUNDLE")
    if given:
        return Path(given).resolve()
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "crm-desktop.spec"),
        ],
        check=True,
        cwd=ROOT,
        timeout=1800,
    )
    return work / "dist" / "crm-desktop" / "crm-desktop"


def _run(program: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    # A clean environment: nothing from the checkout or its venv may help the bundle.
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "CRM_DESKTOP_CONFIG": str(home / "config"),
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=300, cwd=home
    )


def test_built_program_passes_its_self_test_offscreen(bundle_program: Path, tmp_path: Path) -> None:
    result = _run(bundle_program, "--self-test", home=tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "crm-desktop self-test passed" in result.stdout
    assert "main window built with" in result.stdout


def test_bundle_carries_resources_and_linux_menu_entry(bundle_program: Path) -> None:
    folder = bundle_program.parent
    resources = next(
        p for p in (folder / "_internal" / "resources", folder / "resources") if p.is_dir()
    )

    assert (resources / "styles" / "app.qss").exists()
    assert (resources / "styles" / "dark.qss").exists()
    assert (resources / "icons" / "crm-desktop.svg").exists()
    assert (resources / "fonts" / "DejaVuSans.ttf").exists()
    assert (folder / "crm-desktop.desktop").exists()
    assert os.access(folder / "install.sh", os.X_OK)


def test_bundle_leaves_out_webengine(bundle_program: Path) -> None:
    names = {p.name for p in bundle_program.parent.rglob("*")}

    assert not any("WebEngine" in n for n in names)
    assert any("Charts" in n for n in names)  # the dashboard needs QtCharts
