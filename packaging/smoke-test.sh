#!/usr/bin/env bash
# Checks a built bundle the way an officer's machine would run it: no Python, no checkout.
#   packaging/smoke-test.sh [dist/humasdesk]
set -euo pipefail
BUNDLE="${1:-$(cd "$(dirname "$0")/.." && pwd)/dist/humasdesk}"
BUNDLE="$(cd "$BUNDLE" && pwd)"  # absolute: the checks below run from a scratch folder
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A clean user: no settings or library from this machine, and no Python paths leaking in.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export QT_QPA_PLATFORM=offscreen
cd "$WORK"

"$BUNDLE/humasdesk" --version | grep -q "^HumasDesk "
"$BUNDLE/humasdesk" --lang id screenshots "$WORK/shots" | tee "$WORK/out.txt"
grep -q "tangkapan layar" "$WORK/out.txt"  # the Indonesian catalogue is inside the bundle
count=$(find "$WORK/shots" -name '*.png' | wc -l)
[ "$count" -ge 3 ] || { echo "only $count screenshots"; exit 1; }
"$BUNDLE/humasdesk" init --sample --library "$WORK/kantor.humasdesk" >/dev/null
"$BUNDLE/humasdesk" check --library "$WORK/kantor.humasdesk" >/dev/null
for part in humasdesk/i18n/qtbase_id.qm humasdesk/resources/dictionaries/id_ID.dic \
            humasdesk/resources/templates/press-id.json humasdesk/resources/checklists/resist.json; do
    [ -f "$BUNDLE/_internal/$part" ] || { echo "missing from the bundle: $part"; exit 1; }
done
echo "bundle OK: $("$BUNDLE/humasdesk" --version), $count screenshots, $(du -sh "$BUNDLE" | cut -f1)"
echo "bundle: 7 passed, 0 failed"
