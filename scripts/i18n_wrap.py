"""Wrap the user-visible string literals of UI files in `tr()` (mechanically; review the
diff): the text argument of label(), QLabel(), QPushButton(), setText() and the like.
An f-string becomes tr("... %1 ...", expr). Run ruff afterwards for long lines.

    python scripts/i18n_wrap.py posapp/ui/lock.py ...
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

# call name -> which positional arguments are text for people
TEXT_ARGS = {
    "label": (0,), "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QAction": (0,), "setText": (0,), "setWindowTitle": (0,),
    "setPlaceholderText": (0,), "setToolTip": (0,), "setStatusTip": (0,), "show_error": (0,),
    "say": (0,), "showMessage": (0,), "addItem": (0,), "addRow": (0,), "setTitle": (0,),
    "setSubTitle": (0,), "setTabText": (1,), "addTab": (1,), "setInformativeText": (0,),
    "question": (1, 2), "warning": (1, 2), "information": (1, 2), "critical": (1, 2),
    "set_print_state": (0,), "set_status": (0,), "show_message": (0,), "setButtonText": (1,),
    "InputError": (0,), "FieldError": (0,),
}
LETTERS = re.compile(r"[A-Za-z]{2}")


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _segment(src_lines: list[bytes], node: ast.AST) -> str:
    lines = src_lines[node.lineno - 1:node.end_lineno]
    if len(lines) == 1:
        return lines[0][node.col_offset:node.end_col_offset].decode()
    first = lines[0][node.col_offset:]
    last = lines[-1][:node.end_col_offset]
    return b"".join([first, *lines[1:-1], last]).decode()


def _fstring(node: ast.JoinedStr, src_lines: list[bytes]) -> str | None:
    text, args = "", []
    for part in node.values:
        if isinstance(part, ast.Constant):
            text += str(part.value).replace("%", "%%") if False else str(part.value)
        elif isinstance(part, ast.FormattedValue):
            expr = _segment(src_lines, part.value)
            if part.format_spec is not None or part.conversion != -1:
                return None  # keep it simple: leave those for a person
            args.append(expr)
            text += f"%{len(args)}"
    if not LETTERS.search(text) or len(args) > 9:
        return None
    return "tr(" + ", ".join([json.dumps(text, ensure_ascii=False), *args]) + ")"


def _is_tr(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _name(node) in ("tr", "tr_message")


def rewrite(path: Path) -> int:
    src = path.read_text("utf-8")
    tree = ast.parse(src)
    src_lines = src.encode().splitlines(keepends=True)
    edits: list[tuple[int, int, int, int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for i in TEXT_ARGS.get(_name(node), ()):
            if i >= len(node.args):
                continue
            arg = node.args[i]
            new = None
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                if LETTERS.search(arg.value):
                    new = f"tr({_segment(src_lines, arg)})"
            elif isinstance(arg, ast.JoinedStr):
                new = _fstring(arg, src_lines)
            if new:
                edits.append((arg.lineno, arg.col_offset, arg.end_lineno or 0,
                              arg.end_col_offset or 0, new))
    if not edits:
        return 0
    data = [bytearray(x) for x in src_lines]
    for l1, c1, l2, c2, new in sorted(edits, reverse=True):
        head = bytes(data[l1 - 1][:c1])
        tail = bytes(data[l2 - 1][c2:])
        data[l1 - 1] = bytearray(head + new.encode() + tail)
        for k in range(l2 - 1, l1 - 1, -1):
            data[k] = bytearray()
    out = b"".join(bytes(x) for x in data).decode()
    if "from posapp.i18n import" not in out:
        out = re.sub(r"^(from posapp\.)", "from posapp.i18n import tr\n\\1", out, count=1,
                     flags=re.M)
    path.write_text(out, "utf-8")
    return len(edits)


def _main() -> None:
    prose = "--prose" in sys.argv
    for name in (a for a in sys.argv[1:] if not a.startswith("--")):
        print(name, rewrite(Path(name)))
        split_long(Path(name))
        if prose:
            for line in rewrite_prose(Path(name)):
                print("  module level, tr() it where shown:", line)


def split_long(path: Path, limit: int = 105) -> None:
    """Break the long tr("...") literals this script made into implicit concatenations."""
    out = []
    for line in path.read_text("utf-8").splitlines(keepends=True):
        while len(line.rstrip("\n")) > limit and 'tr("' in line:
            start = line.index('tr("') + 3
            m = re.match(r'"(?:[^"\\]|\\.)*"', line[start:])
            if not m:
                break
            cut = line.rfind(" ", start + 1, min(limit - 2, start + m.end() - 2))
            if cut <= start + 1:
                break
            out.append(line[:cut + 1] + '"\n')
            line = " " * (start) + '"' + line[cut + 1:]
        out.append(line)
    path.write_text("".join(out), "utf-8")



# -- the second pass: every other sentence-like literal of a UI file ---------------------

PROSE = re.compile(r"[A-Za-z]{3}")
NOT_TEXT_CALLS = {
    "setObjectName", "setProperty", "setStyleSheet", "QShortcut", "QKeySequence", "getattr",
    "hasattr", "setattr", "startswith", "endswith", "split", "replace", "get", "index",
    "findData", "strftime", "strptime", "debug", "info", "warning", "error", "exception",
    "critical", "tr", "tr_message", "N_", "isinstance", "format", "Signal", "Property",
    "setAccessibleName", "emit", "connect", "run", "setFont", "QFont", "QColor", "Path",
}


def _parents(tree: ast.AST) -> dict[int, ast.AST]:
    out: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            out[id(child)] = node
    return out


def _skip(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """A literal that is not text for people: a docstring, a dict key, compared or
    indexed, a style sheet, the argument of a call that takes names not texts."""
    parent = parents.get(id(node))
    while isinstance(parent, ast.BinOp | ast.IfExp | ast.BoolOp):
        node, parent = parent, parents.get(id(parent))
    if isinstance(parent, ast.Expr):
        return True  # a docstring or a bare string
    if isinstance(parent, ast.Compare | ast.Subscript | ast.JoinedStr | ast.FormattedValue):
        return True
    if isinstance(parent, ast.Dict) and node in parent.keys:
        return True
    if isinstance(parent, ast.Call):
        name = _name(parent)
        if name in NOT_TEXT_CALLS or (isinstance(parent.func, ast.Attribute)
                                      and parent.func.value is node):
            return True  # "x".join(...)
    return False


def _scope_is_function(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    parent = parents.get(id(node))
    while parent is not None:
        if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return True
        parent = parents.get(id(parent))
    return False


def rewrite_prose(path: Path) -> list[str]:
    """Wrap every remaining sentence-like literal: tr() inside functions, N_() at module
    or class level (to be tr()-ed where shown: returned in the list for a person)."""
    src = path.read_text("utf-8")
    tree = ast.parse(src)
    parents = _parents(tree)
    src_lines = src.encode().splitlines(keepends=True)
    inside_tr = set()
    for node in ast.walk(tree):
        if _is_tr(node):
            inside_tr.update(id(n) for n in ast.walk(node))
    edits, later = [], []
    for node in ast.walk(tree):
        if id(node) in inside_tr:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if not PROSE.search(text) or "{" in text or (";" in text and ":" in text):
                continue
            if " " not in text.strip() and not text[:1].isupper():
                continue  # a key or a name, not a sentence
            new_text = _segment(src_lines, node)
            args: list[str] = []
        elif isinstance(node, ast.JoinedStr):
            made = _fstring(node, src_lines)
            if made is None:
                continue
            new_text = made[3:-1]  # the inside of tr(...)
            args = []
        else:
            continue
        if _skip(node, parents):
            continue
        if _scope_is_function(node, parents):
            new = f"tr({new_text})" if not args else new_text
        else:
            new = f"N_({new_text})"
            later.append(f"{path}:{node.lineno}: {new[:70]}")
        edits.append((node.lineno, node.col_offset, node.end_lineno or 0,
                      node.end_col_offset or 0, new))
        for child in ast.walk(node):
            inside_tr.add(id(child))
    data = [bytearray(x) for x in src_lines]
    for l1, c1, l2, c2, new in sorted(edits, reverse=True):
        head = bytes(data[l1 - 1][:c1])
        tail = bytes(data[l2 - 1][c2:])
        data[l1 - 1] = bytearray(head + new.encode() + tail)
        for k in range(l2 - 1, l1 - 1, -1):
            data[k] = bytearray()
    out = b"".join(bytes(x) for x in data).decode()
    if edits:  # ruff --fix drops the names not used
        out = re.sub(r"^from posapp\.i18n import .*\n", "", out, count=1, flags=re.M)
        out = re.sub(r"^(from posapp\.)", "from posapp.i18n import N_, tr, tr_message\n\\1",
                     out, count=1, flags=re.M)
    path.write_text(out, "utf-8")
    split_long(path)
    return later


if __name__ == "__main__":
    _main()
