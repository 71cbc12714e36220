#!/usr/bin/env bash
# Debian/Ubuntu libraries Qt needs (offscreen and on a desktop) and the receipt font;
# with --test, the tools the tests drive the real window with.
# Installs what is missing when we are root or have password-less sudo; otherwise says what
# to install and goes on (a desktop usually has them all).
set -u
pkgs=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
      libxcb-randr0 libxcb-render-util0 libxcb-image0 libxkbcommon-x11-0)
# --test: what the tests and CI also use: a virtual X screen driven by keys (the whole-app
# test), screenshots, and PyInstaller's binutils (the installer's smoke test).
[ "${1:-}" = "--test" ] && pkgs+=(xvfb xdotool imagemagick binutils)
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "posapp: please install: ${missing[*]}" >&2; exit 0; fi
echo "posapp: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" \
  >/dev/null || echo "posapp: could not install ${missing[*]}" >&2
