"""Refresh the translation catalogues from the code: every `tr("...")` literal in posapp/
and the provider packages' own labels (product titles, account and reference names,
tenders) become messages of resources/translations/posapp_<lang>.ts. Translations already
there are kept; a new text is added as "unfinished" for the translator; a text the code no
longer uses is marked "vanished". Then, if pyside6-lrelease is there, compile the .qm.

    python tools/i18n_update.py            # update the .ts files and compile
    python tools/i18n_update.py --check    # exit 1 if a text has no finished translation
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from posapp.i18n import LANGUAGES, SOURCE, catalogue_path  # noqa: E402

CONTEXT = "posapp"
CALLS = {"tr", "tr_message", "N_"}
# Texts built at run time from known parts (posapp.domain.sale.Token.label, the cash
# tender, the sandboxes' charge) that reach people through tr() without a literal.
KNOWN = ("Cash", "Credit token", "Token", "Key change token", "Key change 1 token",
         "Key change 2 token", "EXAM", "Maintenance Fee For Single Phase Customers.",
         "ok", "low", "out", "%1 digits", "%1 to %2 digits")


def _literals(node: ast.expr) -> list[str]:
    """The texts of tr()'s first argument: a literal, or either side of `"a" if n else "b"`
    (the singular and plural forms)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if node.value else []
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def code_texts(root: Path = ROOT / "posapp") -> dict[str, str]:
    """text -> "file:line" of its first use, for every tr("literal") call."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            if name not in CALLS:
                continue
            for text in _literals(node.args[0]):
                found.setdefault(text, f"{_rel(path)}:{node.lineno}")
    return found


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def provider_labels() -> list[str]:
    """What the provider packages call things for people: their titles, products, receipt
    titles, account and reference names, tenders (with every provider switched on)."""
    import tempfile

    from posapp.config import Config
    from posapp.providers.kpay.client import TENDERS
    from posapp.providers.registry import PACKAGES
    from posapp.service.setup import PRINTER_TYPES

    out: list[str] = list(KNOWN) + [t.label for t in TENDERS.values()]
    from posapp.printing.layout import profiles
    from posapp.service.setup import _is_id

    from posapp.providers.efactory import _MENU
    from posapp.providers.efactory.client import ITEM_TYPES

    out += [m[1] for m in _MENU] + [m[6] for m in _MENU]  # every menu entry, on or off

    out += list(ITEM_TYPES.values())  # the bill types a technician may switch on
    out += [text for _, text in PRINTER_TYPES]
    # what the setup wizard shows: the providers' id settings and the printer profiles
    out += [s.description for p in PACKAGES for s in p.settings if _is_id(s.key)]
    out += [p.description for p in profiles().values()]
    with tempfile.TemporaryDirectory() as home:
        config = Config(Path(home))
        config.set("shop.goods", True)
        config.set("shop.also_in", ["RWF", "XAF", "USD"])
        for package in PACKAGES:
            out += [package.title, package.ref_label]
            for product in _safe(package.products, config):
                out += [product.label, product.receipt_title, product.type_label]
                if product.account:
                    out += [product.account.label, product.account.short]
            out += [t.label for t in _safe(package.tenders, config)]
    return [t for t in dict.fromkeys(out) if t]


def _safe(fn, config):  # noqa: ANN001, ANN202
    try:
        return fn(config)
    except Exception as exc:  # a package that needs settings first: its labels are skipped
        print(f"skipped: {exc}", file=sys.stderr)
        return []


ERRORS = {"PosError", "InputError", "ConfigError", "ProviderDeclined", "ProviderBusy",
          "NotDelivered", "InDoubt", "UnknownReference", "StorageError", "OutcomeNotSaved",
          "PrinterError"}
SENTENCE = re.compile(r"^[A-Z][^\n]* [^\n]*[.?!]$")
SQL = re.compile(r"^\s*(SELECT|UPDATE|DELETE|INSERT|WHERE|LIMIT)\b")
LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "print"}


def _template(node: ast.JoinedStr) -> str:
    text, n = "", 0
    for part in node.values:
        if isinstance(part, ast.Constant):
            text += str(part.value)
        else:
            n += 1
            text += f"%{n}"
    return text


def message_texts(root: Path = ROOT / "posapp") -> dict[str, str]:
    """The messages below the UI that reach people (PosError messages, the providers'
    answer texts): the first argument of an error (an f-string becomes a %1 pattern that
    tr_message matches) and every other sentence-like literal, except docstrings, log
    lines and an error's technician detail. The CLI and the sandboxes are left out."""
    found: dict[str, str] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).parts
        if rel[0] in ("ui", "cli", "compose.py") or path.name == "sandbox.py":
            continue
        tree = ast.parse(path.read_text("utf-8"))
        skip: set[int] = set()
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
                skip.add(id(body[0].value))  # docstrings
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            if name in LOG_CALLS:
                skip.update(id(n) for n in ast.walk(node))
            elif name in ERRORS and node.args:
                first = node.args[0]
                if isinstance(first, ast.JoinedStr):
                    found.setdefault(_template(first), f"{_rel(path)}:{node.lineno}")
                for extra in [*node.args[1:], *(k.value for k in node.keywords)]:
                    skip.update(id(n) for n in ast.walk(extra))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in skip and SENTENCE.match(node.value.strip())
                    and not SQL.match(node.value)):
                found.setdefault(node.value, f"{_rel(path)}:{node.lineno}")
    return found


def all_texts() -> dict[str, str]:
    texts = code_texts()
    for text, where in message_texts().items():
        texts.setdefault(text, where)
    for text in provider_labels():
        texts.setdefault(text, "provider packages")
    return texts


def update(lang: str, texts: dict[str, str]) -> list[str]:
    """Merge `texts` into the .ts of `lang`; returns the texts left without translation."""
    path = catalogue_path(lang)
    old: dict[str, tuple[str, str | None]] = {}
    if path.exists():
        for msg in ET.parse(path).iter("message"):
            node = msg.find("translation")
            src = msg.findtext("source") or ""
            old[src] = ((node.text or "") if node is not None else "",
                        node.get("type") if node is not None else "unfinished")
    ts = ET.Element("TS", version="2.1", language=f"{lang}_001" if lang == "fr" else lang,
                    sourcelanguage="en")
    ctx = ET.SubElement(ts, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    todo = []
    for src in sorted(set(texts) | set(old), key=str.lower):
        if src not in texts and not old[src][0]:
            continue  # gone from the code and never translated: nothing to keep
        msg = ET.SubElement(ctx, "message")
        if src in texts:
            file, _, line = texts[src].partition(":")
            if line:
                ET.SubElement(msg, "location", filename=f"../../{file}", line=line)
        ET.SubElement(msg, "source").text = src
        target, kind = old.get(src, ("", "unfinished"))
        node = ET.SubElement(msg, "translation")
        node.text = target
        if src not in texts:
            node.set("type", "vanished")
        elif kind or not target:
            node.set("type", "unfinished")
            todo.append(src)
    ET.indent(ts)
    body = ET.tostring(ts, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    "utf-8")
    return todo


def compile_qm(lang: str) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent /
                                                       "pyside6-lrelease")
    if not Path(lrelease).exists():
        print("pyside6-lrelease not found: .qm not compiled (posapp reads the .ts itself)")
        return
    ts = catalogue_path(lang)
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True)


def main(argv: list[str]) -> int:
    texts = all_texts()
    bad = 0
    for lang in LANGUAGES:
        if lang == SOURCE:
            continue
        if "--check" in argv:
            from posapp.i18n import load_ts

            have = load_ts(catalogue_path(lang))
            left = sorted(t for t in texts if t not in have)
        else:
            left = update(lang, texts)
            compile_qm(lang)
        for text in left:
            print(f"{lang}: no translation: {text!r} ({texts.get(text, '')})")
        bad += len(left)
        print(f"{lang}: {len(texts)} texts, {len(left)} without translation")
    return 1 if bad and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
