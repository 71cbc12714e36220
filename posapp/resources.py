"""Where the counter's shipped files are: the printer profiles (`printers/`) and the
resources (`resources/`: style sheet, icons, demo logo, fonts, translations).

One answer for the three ways posapp runs:

- a checkout (or an editable install): the top-level `printers/` and `resources/` folders
  beside the `posapp` package;
- an installed wheel: the same folders mapped into the package as `posapp/_data/...`
  (setup.py and pyproject.toml);
- a PyInstaller bundle: the spec copies them to the same `posapp/_data/...` inside it.

Everything that needs one of these files asks here; nothing else builds such a path.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
PACKAGED = PACKAGE / "_data"  # wheel and bundle
CHECKOUT = PACKAGE.parent  # the repository root, in a checkout


class ResourceMissing(FileNotFoundError):
    """A shipped file is not where it should be: the installation is incomplete."""


def how_installed() -> str:
    """"bundle", "installed" or "checkout": which of the three layouts is in use."""
    if getattr(sys, "frozen", False):
        return "bundle"
    return "installed" if (PACKAGED / "printers").is_dir() else "checkout"


def _folder(kind: str) -> Path:
    for base in (PACKAGED, CHECKOUT):
        path = base / kind
        if path.is_dir():
            return path
    raise ResourceMissing(f"posapp's {kind}/ folder is missing (looked in {PACKAGED} and "
                          f"{CHECKOUT}); reinstall posapp")


def printers_dir() -> Path:
    """The folder of printer profiles (one TOML file per printer model or width)."""
    return _folder("printers")


def resources_dir() -> Path:
    return _folder("resources")


def resource(name: str) -> Path:
    """A file under resources/, e.g. "style.qss" or "icons/posapp.png"."""
    path = resources_dir() / name
    if not path.is_file():
        raise ResourceMissing(f"posapp resource {name!r} is missing ({path}); reinstall posapp")
    return path


def printer_profiles() -> list[Path]:
    """Every printer profile file, by name."""
    return sorted(printers_dir().glob("*.toml"))


def translations() -> list[Path]:
    """Compiled Qt translations (posapp_<lang>.qm)."""
    return sorted((resources_dir() / "translations").glob("*.qm"))


def fonts() -> list[Path]:
    """Fonts shipped with the counter (none yet: the system's DejaVu is used)."""
    folder = resources_dir() / "fonts"
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in (".ttf", ".otf"))
