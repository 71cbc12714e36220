"""Demo and training mode: the sandbox providers and the virtual printer on loopback,
wired into a Config, so a new user sees the whole counter with no account anywhere."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from posapp.config import Config
from posapp.printing.virtual import VirtualPrinter
from posapp.sandbox import aggregator as ags
from posapp.sandbox import efactory as efs
from posapp.secrets import MemorySecrets

log = logging.getLogger(__name__)


@dataclass
class Demo:
    config: Config
    secrets: MemorySecrets
    efactory: efs.EFactorySandbox
    aggregator: ags.AggregatorSandbox
    printer: VirtualPrinter

    def stop(self) -> None:
        self.efactory.stop()
        self.aggregator.stop()
        self.printer.stop()


def start_demo(home: Path, *, profile: str = "80mm", read_timeout: float = 25.0) -> Demo:
    """Start the sandbox and virtual printer and point a fresh config at them."""
    home.mkdir(parents=True, exist_ok=True)
    sandbox = efs.EFactorySandbox(state_path=str(home / "sandbox-efactory.sqlite3")).start()
    bills = ags.AggregatorSandbox(state_path=str(home / "sandbox-aggregator.sqlite3")).start()
    printer = VirtualPrinter(home / "receipts", profile_name=profile).start()
    config = Config.load(home) if (home / Config.FILE).exists() else Config(home)
    config.set("efactory.base_url", sandbox.base_url)
    config.set("efactory.item_type_ids", ["389", "789", "799"])
    config.set("efactory.read_timeout", read_timeout)
    config.set("aggregator.url", bills.url)
    config.set("aggregator.username", ags.USERNAME)
    config.set("aggregator.email", ags.EMAIL)
    config.set("printer.type", "virtual")
    config.set("printer.host", "127.0.0.1")
    config.set("printer.port", printer.port)
    config.set("printer.profile", profile)
    config.set("terminal.training", True)
    if not config.get("terminal.logo"):
        from importlib import resources

        config.set("terminal.logo", str(resources.files("posapp") / "resources" / "logo-demo.png"))
    if config.get("terminal.terminal_id") not in efs.TERMINALS:
        config.set("terminal.terminal_id", efs.TERMINALS[0])
    _demo_users(config)
    secrets = MemorySecrets({"efactory.api_key": sandbox.api_key,
                             "efactory.auth_token": sandbox.auth_token,
                             "aggregator.token": ags.TOKEN})
    log.info("demo: eFactory sandbox on %s, virtual printer on 127.0.0.1:%d -> %s",
             sandbox.base_url, printer.port, printer.out_dir)
    return Demo(config, secrets, sandbox, bills, printer)


DEMO_SUPERVISOR_PIN = "1234"  # printed on the demo banner; demo homes only


def _demo_users(config: Config) -> None:
    from posapp.service.users import add_user
    from posapp.store.journal import Journal

    journal = Journal(str(config.db_path))
    try:
        if not journal.users():
            add_user(journal, "owner", "supervisor", DEMO_SUPERVISOR_PIN, "demo")
    finally:
        journal.close()
