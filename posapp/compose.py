"""The composition root: builds one terminal's counter for both the CLI and the window -
live, or the demo (every provider's loopback sandbox and the virtual printer). The only
module that wires sandboxes in.

A demo never touches a live terminal: its journal, users, settings and receipts live in
`<home>/demo`, whatever home was given.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from posapp.config import Config, default_home
from posapp.printing.virtual import VirtualPrinter
from posapp.providers.registry import PACKAGES
from posapp.resources import resource
from posapp.secrets import EnvSecrets, MemorySecrets, SecretStore, terminal_store
from posapp.service import Counter

log = logging.getLogger(__name__)

DEMO_SUPERVISOR_PIN = "1234"  # printed on the demo banner; demo homes only
DEMO_TERMINAL = "DEMO0001"  # registered with the eFactory sandbox


@dataclass
class Terminal:
    """A built counter and everything started for it; `close` stops them all."""

    counter: Counter
    home: Path
    demo: bool = False
    servers: list[Any] = field(default_factory=list)

    closed: bool = False

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.counter.stop()
        self.counter.journal.close()  # checkpointed, and its lock freed for a restore
        for server in self.servers:
            server.stop()


def demo_home(home: Path | None) -> Path:
    return (home or default_home()) / "demo"


def open_terminal(home: Path | None = None, *, demo: bool = False, profile: str = "80mm",
                  read_timeout: float = 25.0) -> Terminal:
    """The live terminal of `home`, or its demo (see module doc)."""
    if not demo:
        home = home or default_home()
        config = Config.load(home)
        return Terminal(Counter(config, EnvSecrets(terminal_store(home))), home)
    home = demo_home(home)
    config, secrets, servers = start_demo(home, profile=profile, read_timeout=read_timeout)
    try:
        counter = Counter(config, secrets)
        _demo_users(counter)
        counter.demo = True
        counter.demo_pin = DEMO_SUPERVISOR_PIN if _demo_pin_works(counter) else ""
    except BaseException:
        for server in servers:
            server.stop()
        raise
    return Terminal(counter, home, True, servers)


def start_demo(home: Path, *, profile: str = "80mm", read_timeout: float = 25.0
               ) -> tuple[Config, SecretStore, list[Any]]:
    """Start every provider's sandbox and the virtual printer; point the demo home's
    settings at them. The settings are not saved: the demo's sandbox ports change."""
    home.mkdir(parents=True, exist_ok=True)
    config = Config.load(home) if (home / Config.FILE).exists() else Config(home)
    secrets: dict[str, str] = {}
    servers: list[Any] = []
    try:
        for package in PACKAGES:
            if package.sandbox is None:
                continue
            run = package.sandbox(home, 0)
            if run.server is not None:
                servers.append(run.server)
            for key, value in run.settings.items():
                config.set(key, value)
            secrets.update(run.secrets)
        printer = VirtualPrinter(home / "receipts", profile_name=profile).start()
        servers.append(printer)
    except BaseException:
        for server in servers:
            server.stop()
        raise
    config.set("efactory.read_timeout", read_timeout)
    config.set("printer.type", "virtual")
    config.set("printer.host", "127.0.0.1")
    config.set("printer.port", printer.port)
    config.set("printer.profile", profile)
    config.set("terminal.training", True)
    if not config.get("terminal.logo"):
        config.set("terminal.logo", str(resource("logo-demo.png")))
    config.set("terminal.terminal_id", DEMO_TERMINAL)
    log.info("demo: %d sandbox(es) and the virtual printer on 127.0.0.1:%d -> %s",
             len(servers) - 1, printer.port, printer.out_dir)
    return config, MemorySecrets(secrets), servers


def _demo_users(counter: Counter) -> None:
    if not counter.has_users():
        counter.add_user("owner", "supervisor", DEMO_SUPERVISOR_PIN, "demo")


def _demo_pin_works(counter: Counter) -> bool:
    """The banner names the demo PIN only while a supervisor still has it (a demo home's
    users can be changed)."""
    from posapp.service.users import RANK, check_pin

    return any(RANK.get(role, -1) >= RANK["supervisor"] and check_pin(DEMO_SUPERVISOR_PIN, h)
               for _name, role, h in counter.journal.users())


def serve_sandbox(name: str, port: int, state_dir: str = "") -> int:
    """`posapp sandbox NAME`: one provider's simulator in the foreground, for training and
    for testing another terminal against it. Prints the settings and the (public) demo
    credentials a terminal needs."""
    import tempfile
    import time

    from posapp.domain.errors import ConfigError
    from posapp.providers.registry import BY_NAME

    package = BY_NAME.get(name)
    if package is None or package.sandbox is None:
        have = ", ".join(p.name for p in PACKAGES if p.sandbox is not None)
        raise ConfigError(f"There is no sandbox called {name!r}. Sandboxes: {have}.", name)
    with tempfile.TemporaryDirectory(prefix="posapp-sandbox-") as tmp:
        folder = Path(state_dir) if state_dir else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        run = package.sandbox(folder, port)
        url = next((v for v in run.settings.values() if str(v).startswith("http")), "")
        print(f"{package.title} sandbox on {url or 'this terminal'}. Settings for a terminal:",
              flush=True)
        for key, value in run.settings.items():
            print(f"  posapp config set {key} {value}")
        for key, value in run.secrets.items():
            print(f"  secret {key} = {value}   (a public demo value)")
        print("Faults: POST /_sandbox/faults {\"mode\": ..., \"target\": ...}. Ctrl+C stops.",
              flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            if run.server is not None:
                run.server.stop()
    return 0
