"""Packaging glue that pyproject.toml cannot say: the top-level `printers/` and `resources/`
folders ship inside the package as `posapp/_data/printers` and `posapp/_data/resources`
(posapp/resources.py finds them there, or beside the package in a checkout). Everything
else about the package is in pyproject.toml."""

from pathlib import Path

from setuptools import find_packages, setup

DATA = {"printers": "posapp._data.printers", "resources": "posapp._data.resources"}


def data_packages() -> dict[str, str]:
    """Each data folder and its sub-folders as a package name -> folder mapping."""
    out = {}
    for folder, package in DATA.items():
        out[package] = folder
        for sub in sorted(p for p in Path(folder).rglob("*") if p.is_dir()):
            out[package + "." + ".".join(sub.relative_to(folder).parts)] = sub.as_posix()
    return out


mapped = data_packages()
setup(packages=find_packages(include=["posapp", "posapp.*"]) + sorted(mapped),
      package_dir=mapped)
