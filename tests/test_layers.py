"""Only posapp.ui may import Qt: everything else must import with PySide6 blocked."""

import pkgutil
import subprocess
import sys

import posapp


def test_no_qt_below_ui():
    names = [m.name for m in pkgutil.walk_packages(posapp.__path__, "posapp.")
             if not m.name.startswith("posapp.ui")]
    assert "posapp.service.counter" in names and "posapp.providers.efactory" in names
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "import importlib\n"
            f"for n in {names!r}: importlib.import_module(n)\n"
            "print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
