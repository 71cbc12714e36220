"""Helpers to run real `posapp` processes against a sandbox and virtual printer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from posapp.providers.efactory.sandbox import API_KEY, AUTH_TOKEN
from tests.conftest import make_config


def setup_home(home: Path, base_url: str, printer_port: int | None) -> None:
    config = make_config(home, base_url, printer_port)
    config.set("efactory.read_timeout", 2.0)
    config.save()


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ)
    e.pop("POSAPP_CRASHPOINT", None)
    e["POSAPP_SECRET_EFACTORY_API_KEY"] = API_KEY
    e["POSAPP_SECRET_EFACTORY_AUTH_TOKEN"] = AUTH_TOKEN
    e.update(extra)
    return e


def posapp(home: Path, *args: str, timeout: float = 60, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "posapp.cli", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=timeout, env=env(**extra))


def spawn(home: Path, *args: str, **extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "posapp.cli", "--home", str(home), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env(**extra))


def queue(home: Path, action: str = "list") -> list[dict]:
    out = posapp(home, "queue", action, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def history(home: Path) -> list[dict]:
    out = posapp(home, "history", "--json", "--limit", "10000")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)
