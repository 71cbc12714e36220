#!/usr/bin/env bash
# Build the one-folder bundle installer/dist/posapp/ (posapp, posapp-counter and _internal/)
# with PyInstaller, from this checkout. PYTHON: the interpreter whose packages go in
# (default .venv/bin/python, the one scripts/test makes); PyInstaller is added to it if
# missing. Prints how long the build took.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || { echo "build.sh: no $PY; run scripts/test or set PYTHON" >&2; exit 2; }
"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install -q "pyinstaller>=6.6"
start=$(date +%s)
# The build imports python-escpos, which otherwise leaves a temporary folder behind.
export ESCPOS_CAPABILITIES_PICKLE_DIR="$PWD/installer/build/escpos-cache"
mkdir -p "$ESCPOS_CAPABILITIES_PICKLE_DIR"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"  # this checkout's posapp, not another
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath installer/dist --workpath installer/build/work installer/posapp.spec
echo "bundle: installer/dist/posapp ($(du -sh installer/dist/posapp | cut -f1)) built in" \
     "$(( $(date +%s) - start )) s"
