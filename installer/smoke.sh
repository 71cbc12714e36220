#!/usr/bin/env bash
# Installer smoke test (CI): build the PyInstaller bundle and the .deb, unpack the .deb
# and run the bundle as a machine without Python would (no PATH, no PYTHONPATH, an empty
# HOME and TMPDIR, offscreen): its version, a demo sale through its CLI, the counter
# window and the first-run setup wizard painted into PNGs. Prints each check and the
# build times. PYTHON: the interpreter that builds (default .venv/bin/python);
# SMOKE_KEEP=folder keeps the PNGs.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
t0=$(date +%s)
bash installer/build.sh
t1=$(date +%s)
bash installer/linux/build-deb.sh
t2=$(date +%s)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' posapp/__init__.py)
dpkg-deb -x "installer/dist/posapp_${version}_$(dpkg --print-architecture).deb" "$work/root"
bin="$work/root/opt/posapp/posapp"
mkdir -p "$work/home" "$work/tmp"
run() {  # the bundle alone: nothing of this machine's Python is reachable
  env -i PATH=/nonexistent HOME="$work/home" TMPDIR="$work/tmp" LANG=C.UTF-8 \
      QT_QPA_PLATFORM=offscreen "$bin" "$@"
}
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }

got=$(run --version)
[ "$got" = "posapp $version (bundle)" ] || fail "--version said: $got"
echo "ok  --version: $got"

run --home "$work/shop" --demo sell efactory.prepaid 04223568917 7500 > "$work/sale.txt" \
  || fail "demo sale: $(cat "$work/sale.txt")"
grep -q "PRINTED  NGN 7,500.00" "$work/sale.txt" || fail "demo sale: $(cat "$work/sale.txt")"
ls "$work/shop/demo/receipts/"*.png >/dev/null 2>&1 || fail "demo sale printed no receipt"
echo "ok  demo sale: $(head -1 "$work/sale.txt")"

run --home "$work/counter" --demo gui --screenshot "$work/counter.png" >/dev/null 2>&1 \
  || fail "the counter window did not paint"
run --home "$work/new" gui --screenshot "$work/setup.png" >/dev/null 2>&1 \
  || fail "the setup wizard did not paint"
"$PY" - "$work/counter.png" "$work/setup.png" <<'CHECK' || fail "a window painted blank"
import sys
from PIL import Image
for path in sys.argv[1:]:
    img = Image.open(path).convert("RGB")
    colours = len(img.getcolors(1 << 20) or ())
    assert img.width >= 640 and img.height >= 480 and colours > 50, (path, img.size, colours)
    print(f"ok  painted offscreen: {path.rsplit('/', 1)[1]} {img.width}x{img.height}, "
          f"{colours} colours")
CHECK

if [ -n "${SMOKE_KEEP:-}" ]; then  # keep the screenshots and the receipt to look at
  mkdir -p "$SMOKE_KEEP" && cp "$work/counter.png" "$work/setup.png" \
    "$work/shop/demo/receipts/"*.png "$SMOKE_KEEP/"
fi
[ -z "$(ls -A "$work/tmp")" ] || fail "the bundle left files in TMPDIR: $(ls "$work/tmp")"
echo "ok  nothing left in TMPDIR (python-escpos' cache is in the user's cache folder)"
for f in usr/bin/posapp usr/share/applications/posapp.desktop \
         usr/lib/systemd/user/posapp.service opt/posapp/posapp-counter \
         opt/posapp/_internal/posapp/_data/printers/80mm.toml \
         opt/posapp/_internal/posapp/_data/resources/style.qss; do
  [ -e "$work/root/$f" ] || [ -L "$work/root/$f" ] || fail "the .deb has no $f"
done
echo "ok  .deb carries the command, desktop entry, user unit, printers and resources"
echo "installer smoke: bundle built in $((t1 - t0)) s, .deb in $((t2 - t1)) s," \
     "checks in $(( $(date +%s) - t2 )) s"
echo "smoke: 6 passed, 0 failed"  # version, sale, window, wizard, TMPDIR, .deb contents
