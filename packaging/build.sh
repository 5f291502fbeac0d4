#!/usr/bin/env bash
# Builds the one-folder Linux bundle dist/humasdesk/ (and dist/humasdesk-<version>-linux.tar.gz)
# from a checkout, then checks that it starts.
#
#   packaging/build.sh              # uses .venv (made by `make test`/`make run`) or $PYTHON
#   PYTHON=/path/to/python packaging/build.sh
#
# Installs PyInstaller into that environment when it is missing. The bundle needs no Python on
# the target machine; Qt's window-system libraries (packaging/linux/check-qt-libs.sh) still do.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON="$(command -v python3)"

"$PYTHON" -c "import PyInstaller" 2>/dev/null || "$PYTHON" -m pip install --quiet "pyinstaller>=6.10"

# Translations and icons are generated from their sources so the bundle never ships stale ones.
"$PYTHON" tools/i18n.py release
QT_QPA_PLATFORM=offscreen "$PYTHON" tools/make_icons.py >/dev/null

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/humasdesk.spec

BUNDLE="$ROOT/dist/humasdesk"
# Desktop integration files travel with the bundle (an installer or a packager copies them to
# share/applications, share/metainfo, share/icons and share/mime).
mkdir -p "$BUNDLE/share/applications" "$BUNDLE/share/metainfo" "$BUNDLE/share/mime/packages"
cp packaging/linux/id.humasdesk.HumasDesk.desktop "$BUNDLE/share/applications/"
cp packaging/linux/id.humasdesk.HumasDesk.metainfo.xml "$BUNDLE/share/metainfo/"
cp packaging/linux/id.humasdesk.HumasDesk.xml "$BUNDLE/share/mime/packages/"
mkdir -p "$BUNDLE/share/icons"
cp -r packaging/icons/hicolor "$BUNDLE/share/icons/"
cp packaging/linux/install.sh "$BUNDLE/"

VERSION="$("$BUNDLE/humasdesk" --version | awk '{print $2}')"
tar -C "$ROOT/dist" -czf "$ROOT/dist/humasdesk-$VERSION-linux-$(uname -m).tar.gz" humasdesk
echo "Bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)), HumasDesk $VERSION"
