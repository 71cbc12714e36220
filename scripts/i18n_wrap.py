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
    for name in sys.argv[1:]:
        print(name, rewrite(Path(name)))
        split_long(Path(name))


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


if __name__ == "__main__":
    _main()
