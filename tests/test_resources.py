"""The printer profiles and resources are found from a checkout and from an installed wheel
(the PyInstaller bundle is checked by installer/smoke.sh)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import posapp
from posapp import resources
from posapp.domain.errors import ConfigError
from posapp.printing import layout

REPO = Path(posapp.__file__).resolve().parent.parent
SHIPPED_PROFILES = {"58mm", "80mm", "80mm-42"}

# What the locator finds, as JSON: run inside whichever installation is being checked.
PROBE = """
import json, tomllib
import posapp
from posapp import i18n, resources
from posapp.printing.layout import profiles
print(json.dumps({
    "package": posapp.__file__,
    "how": resources.how_installed(),
    "profiles": sorted(profiles()),
    "printers": str(resources.printers_dir()),
    "qss": resources.resource("style.qss").read_text("utf-8")[:2000],
    "icon": resources.resource("icons/posapp.png").stat().st_size,
    "logo": resources.resource("logo-demo.png").stat().st_size,
    "translations": str(resources.resources_dir() / "translations"),
    "qm": [p.name for p in resources.translations()],
    "french": (i18n.set_language("fr"), i18n.tr("Receipt"))[1],
}))
"""


def test_a_checkout_uses_the_top_level_folders():
    assert resources.how_installed() == "checkout"
    assert resources.printers_dir() == REPO / "printers"
    assert resources.resources_dir() == REPO / "resources"
    assert set(layout.profiles()) == SHIPPED_PROFILES
    assert "QPushButton#primary" in resources.resource("style.qss").read_text("utf-8")
    assert resources.resource("icons/posapp.png").read_bytes()[:4] == b"\x89PNG"


def test_the_window_style_is_the_shipped_sheet():
    from posapp.ui.style import STYLE

    sheet = (REPO / "resources" / "style.qss").read_text("utf-8")
    assert STYLE == sheet.replace("@RESOURCES@", (REPO / "resources").as_posix())
    assert "url(@RESOURCES@/icons/arrow-down.png)" in sheet
    assert (REPO / "resources" / "icons" / "arrow-down.png").is_file()


def test_a_missing_resource_says_what_is_missing():
    with pytest.raises(resources.ResourceMissing, match="nothing.png"):
        resources.resource("nothing.png")


def test_a_technicians_broken_profile_is_skipped_not_fatal(tmp_path, monkeypatch):
    folder = tmp_path / "printers"
    folder.mkdir()
    for f in (REPO / "printers").glob("*.toml"):
        (folder / f.name).write_text(f.read_text("utf-8"), "utf-8")
    (folder / "typo.toml").write_text('name = "typo"\ncolumns = 32\n', "utf-8")  # keys missing
    (folder / "broken.toml").write_text("name = \n", "utf-8")  # not TOML
    (folder / "76mm.toml").write_text(
        (folder / "58mm.toml").read_text("utf-8").replace('"58mm"', '"76mm"', 1), "utf-8")
    monkeypatch.setattr(resources, "CHECKOUT", tmp_path)
    monkeypatch.setattr(resources, "PACKAGED", tmp_path / "absent")
    assert set(layout.profiles()) == SHIPPED_PROFILES | {"76mm"}
    with pytest.raises(ConfigError):
        layout.load_profile("typo")


def _probe(python: str, cwd: Path, env: dict[str, str]) -> dict:
    out = subprocess.run([python, "-c", PROBE], cwd=cwd, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_an_installed_wheel_carries_profiles_and_resources(tmp_path):
    """Build the wheel, install it alone (--no-deps) in a fresh venv that borrows this venv's
    libraries, and look from outside the checkout."""
    source = tmp_path / "source"  # a clean copy: no stale build/ from an earlier run
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(REPO / name, source / name)
    for name in ("posapp", "printers", "resources"):
        shutil.copytree(REPO / name, source / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    wheels = tmp_path / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                            "-w", str(wheels), str(source)],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("posapp-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = str(venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python"))
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    install = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                              "--target", site, str(wheel)], capture_output=True, text=True,
                             timeout=300)
    assert install.returncode == 0, install.stderr
    # This venv's libraries (PySide6, escpos...) without its posapp: PYTHONPATH does not
    # run .pth files, so an editable posapp here stays out of the way.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = sysconfig.get_path("purelib")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    got = _probe(python, outside, env)
    assert Path(got["package"]).is_relative_to(venv), got["package"]
    assert got["how"] == "installed"
    assert set(got["profiles"]) == SHIPPED_PROFILES
    assert Path(got["printers"]).is_relative_to(venv)
    assert got["qss"] == (REPO / "resources" / "style.qss").read_text("utf-8")[:2000]
    assert got["icon"] == (REPO / "resources" / "icons" / "posapp.png").stat().st_size
    assert got["logo"] > 1000
    assert Path(got["translations"]).is_dir()
    assert got["qm"] == ["posapp_fr.qm"] and got["french"] == "Reçu"  # .ts and .qm shipped
