"""Only posapp.ui may import Qt: everything else must import with PySide6 blocked."""

import pkgutil
import subprocess
import sys

import posapp


def test_no_qt_below_ui():
    names = [m.name for m in pkgutil.walk_packages(posapp.__path__, "posapp.")
             if not m.name.startswith("posapp.ui") and not m.name.endswith("__main__")]
    assert "posapp.service.counter" in names and "posapp.providers.efactory" in names
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "import importlib\n"
            f"for n in {names!r}: importlib.import_module(n)\n"
            "print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# Layers, lowest first. A module may import its own layer and any lower one, except where
# FORBIDDEN says otherwise. Top-level helpers (config, secrets, logsetup) sit with the
# providers' layer; compose is the composition root between the service and its callers.
LAYER = {"domain": 0, "providers": 1, "store": 1, "printing": 1, "config": 1, "secrets": 1,
         "i18n": 1,
         "logsetup": 1, "resources": 1, "serving": 1, "service": 2, "compose": 3, "ui": 4, "cli": 4}
FORBIDDEN = {
    ("ui", "store"), ("ui", "providers"), ("ui", "printing"),  # the ui talks to service only
    ("cli", "store"), ("cli", "providers"), ("cli", "printing"),
    ("printing", "store"), ("printing", "providers"),
    ("store", "providers"), ("store", "printing"), ("providers", "store"),
    ("providers", "printing"), ("providers", "config"), ("providers", "secrets"),
}


def _imports(path):
    import ast

    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name


def violations(root):
    """Every import under `root` (a posapp package folder) against the layering."""
    bad = []
    for path in root.rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        src = parts[0]
        for line, module in _imports(path):
            mod = module.split(".")
            if mod[0] != "posapp" or len(mod) < 2:
                continue
            dst = mod[1]
            where = f"{path.relative_to(root)}:{line} imports {module}"
            if mod[-1] == "sandbox" or (len(mod) > 3 and mod[3] == "sandbox"):
                own = parts[:2] == tuple(mod[1:3])  # a package's lazy hook for its own
                if src != "compose" and not own:
                    bad.append(f"{where} (sandboxes are wired by posapp/compose.py)")
                continue
            if dst not in LAYER or src not in LAYER or dst == src:
                continue
            if LAYER[dst] > LAYER[src] or (src, dst) in FORBIDDEN:
                bad.append(where)
    return bad


def test_imports_point_one_way():
    """ui/cli -> compose -> service -> (providers, store, printing) -> domain, and a
    provider's sandbox is wired in by the composition root only."""
    import pathlib

    assert violations(pathlib.Path(posapp.__file__).parent) == []


def test_the_layer_check_catches_each_kind_of_wrong_import(tmp_path):
    """GIVEN a small tree that breaks each rule once THEN the check names every one, and
    passes the imports that are allowed."""
    files = {
        "ui/page.py": "from posapp.store.journal import Journal\nfrom posapp.service import C\n",
        "domain/money.py": "import posapp.service.counter\n",
        "service/x.py": "from posapp.providers.efactory.sandbox import EFactorySandbox\n",
        "providers/efactory/__init__.py": "from posapp.providers.efactory import sandbox\n",
        "compose.py": "from posapp.providers.bills import sandbox\n",
        "printing/r.py": "from posapp.store.journal import Journal\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    found = sorted(v.split(" imports ")[0] for v in violations(tmp_path))
    assert found == ["domain/money.py:1", "printing/r.py:1", "service/x.py:1", "ui/page.py:1"]
