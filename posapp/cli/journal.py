"""The journal's safety from the command line: its state, a verified backup, a full check,
and the restore of a backup (the way out of a damaged journal)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from posapp.cli.common import Handler, add_json, ask, out
from posapp.config import Config, default_home
from posapp.service import safety


def register(sub: Any) -> dict[str, Handler]:
    j = sub.add_parser("journal", help="the sales journal: status, backup, verify, restore")
    j.add_argument("action", nargs="?", default="status",
                   choices=("status", "backup", "verify", "restore", "backups"),
                   help="status (default); backup now; verify the journal (or FILE); restore "
                        "FILE (default: the newest backup); backups: list them")
    j.add_argument("file", nargs="?", type=Path, help="a backup file (verify, restore)")
    add_json(j)
    return {"journal": journal}


def _config(args: argparse.Namespace) -> Config:
    home = args.home or default_home()
    if args.demo:  # the demo's own journal, never the live terminal's
        from posapp.compose import demo_home

        home = demo_home(args.home)
    return Config.load(home)


def journal(args: argparse.Namespace) -> int:
    config = _config(args)
    if args.action == "backup":
        made = safety.backup(config)
        out(args, {"backup": str(made.path), "sales": made.sales},
            f"backup written and verified: {made.path} ({made.sales} sale(s))")
        return 0
    if args.action == "verify":
        problems = safety.verify(config, args.file)
        what = str(args.file or config.db_path)
        out(args, {"file": what, "ok": not problems, "problems": problems},
            f"{what}: ok" if not problems else
            f"{what}: DAMAGED\n  " + "\n  ".join(problems[:20]) +
            ("\n  Restore the last good copy: posapp journal restore" if not args.file else ""))
        return 0 if not problems else 3
    if args.action == "restore":
        used, kept = safety.restore(config, args.file, lambda: ask("Supervisor PIN: "))
        out(args, {"restored": str(used), "damaged_kept": str(kept)},
            f"journal restored from {used}\nthe previous journal is kept at {kept}\n"
            "Sales made after that backup are not in the restored journal: check the "
            "provider's portal for them.")
        return 0
    st = safety.state(config)
    if args.action == "backups":
        out(args, [str(p) for p in st.backups],
            "\n".join(str(p) for p in st.backups) or f"no backups in {st.backup_dir}")
        return 0
    out(args, {"journal": str(st.path), "damaged": st.problem, "last_full_check": st.last_full,
               "last_backup": st.last_backup, "backup_dir": str(st.backup_dir),
               "backups": [str(p) for p in st.backups]}, "\n".join(st.lines()))
    return 3 if st.problem else 0
