#!/usr/bin/env bash
# Package the bundle (installer/dist/posapp, from installer/build.sh) as a .deb:
#   /opt/posapp/                      the bundle (posapp, posapp-counter, _internal/)
#   /usr/bin/posapp, posapp-kiosk     the command; kiosk on|off for the logged-in user
#   /usr/share/applications/          the desktop entry
#   /usr/lib/systemd/user/            posapp.service: `posapp service` for a user
#   /usr/share/icons/hicolor/256x256/apps/posapp.png
# Output: installer/dist/posapp_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=installer/dist/posapp
[ -x "$bundle/posapp" ] || { echo "build-deb.sh: build the bundle first (installer/build.sh)" >&2
                             exit 2; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' posapp/__init__.py)
arch=$(dpkg --print-architecture)
root=installer/build/deb/posapp
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/lib/systemd/user" "$root/usr/share/icons/hicolor/256x256/apps" \
         "$root/usr/share/doc/posapp"
cp -a "$bundle" "$root/opt/posapp"
mkdir -p "$root/opt/posapp/share"
cp installer/linux/posapp-kiosk.desktop "$root/opt/posapp/share/"
ln -s /opt/posapp/posapp "$root/usr/bin/posapp"
install -m 0755 installer/linux/posapp-kiosk "$root/usr/bin/posapp-kiosk"
install -m 0644 installer/linux/posapp.desktop "$root/usr/share/applications/posapp.desktop"
install -m 0644 installer/linux/posapp.service "$root/usr/lib/systemd/user/posapp.service"
install -m 0644 resources/icons/posapp.png "$root/usr/share/icons/hicolor/256x256/apps/"
install -m 0644 docs/INSTALL.md "$root/usr/share/doc/posapp/INSTALL.md"
size=$(du -sk "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: posapp
Version: $version
Architecture: $arch
Maintainer: posapp team <posapp@localhost>
Installed-Size: $size
Depends: libc6, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libglib2.0-0, libdbus-1-3, fonts-dejavu-core, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, libxcb-image0
Recommends: gnome-keyring | kwalletmanager
Section: misc
Priority: optional
Description: Counter point-of-sale terminal
 Prepaid electricity tokens, bills, PINs and paycodes at a shop counter,
 with a receipt printer. Bundles its own Python; nothing else to install.
CONTROL
deb="installer/dist/posapp_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$deb" >/dev/null
echo "package: $deb ($(du -h "$deb" | cut -f1))"
