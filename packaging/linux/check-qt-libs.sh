#!/bin/sh
# Qt's xcb platform plugin needs these Debian packages for a real window. Install them when we
# can (root, apt-get present), otherwise stop with the exact command to run.
PKGS="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1"
[ "${QT_QPA_PLATFORM:-}" = "offscreen" ] && exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Qt's window-system libraries:$missing"
    log=$(mktemp)
    if apt-get update -qq >"$log" 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >>"$log" 2>&1; then
        rm -f "$log"
        exit 0
    fi
    echo "apt-get failed (see $log)."
fi
echo "HumasDesk needs Qt's window-system libraries. Run this once, then 'make run' again:"
echo "    sudo apt-get install -y$missing"
exit 1
