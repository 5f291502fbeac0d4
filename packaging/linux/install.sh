#!/bin/sh
# Installs the unpacked HumasDesk bundle for the current user (or system-wide as root):
# the program under <prefix>/lib/humasdesk, a `humasdesk` command, the menu entry, icons,
# AppStream metadata and the library file type.
#
#   ./install.sh            # ~/.local
#   sudo ./install.sh /usr/local
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
if [ "$(id -u)" = "0" ]; then PREFIX="${1:-/usr/local}"; else PREFIX="${1:-$HOME/.local}"; fi
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share"
rm -rf "$PREFIX/lib/humasdesk"
cp -r "$HERE" "$PREFIX/lib/humasdesk"
rm -rf "$PREFIX/lib/humasdesk/share"
ln -sf "$PREFIX/lib/humasdesk/humasdesk" "$PREFIX/bin/humasdesk"
cp -r "$HERE/share/." "$PREFIX/share/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$PREFIX/share/applications" || true
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$PREFIX/share/mime" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "HumasDesk installed in $PREFIX (run: humasdesk)"
