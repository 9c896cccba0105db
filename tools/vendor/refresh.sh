#!/usr/bin/env bash
# Re-vendors the map's browser libraries into src/Coprod.Web/wwwroot/lib/ from the npm registry,
# at the pinned versions below (no CDN: the pages load them from the site itself).
#   leaflet       the map           dist/leaflet.js (UMD, sets window.L), leaflet.css, images/
#   supercluster  point clustering  index.js (ES module)
#   kdbush        its spatial index index.js (ES module)
# supercluster imports 'kdbush' by its bare name, which a browser cannot resolve without an import
# map (and the site's CSP forbids the inline one it would need): the copy rewrites that import to the
# relative '../kdbush/index.js'. Usage: tools/vendor/refresh.sh, then commit wwwroot/lib.
set -euo pipefail
LEAFLET=1.9.4
SUPERCLUSTER=9.1.0
KDBUSH=4.1.0
here=$(cd "$(dirname "$0")" && pwd)
lib="$here/../../src/Coprod.Web/wwwroot/lib"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

unpack() { # name version -> $work/name/package
  (cd "$work" && npm pack --silent "$1@$2" >/dev/null)
  mkdir -p "$work/$1"
  tar xzf "$work/$1-$2.tgz" -C "$work/$1"
}
unpack leaflet "$LEAFLET"
unpack supercluster "$SUPERCLUSTER"
unpack kdbush "$KDBUSH"

grep -q "\"kdbush\": \"^$KDBUSH\"" "$work/supercluster/package/package.json" \
  || { echo "supercluster $SUPERCLUSTER does not depend on kdbush ^$KDBUSH: update KDBUSH" >&2; exit 1; }

rm -rf "$lib/leaflet" "$lib/supercluster" "$lib/kdbush"
mkdir -p "$lib/leaflet/images" "$lib/supercluster" "$lib/kdbush"
cp "$work/leaflet/package/dist/leaflet.js" "$work/leaflet/package/dist/leaflet.css" "$work/leaflet/package/LICENSE" "$lib/leaflet/"
cp "$work/leaflet/package/dist/images/"*.png "$lib/leaflet/images/"
cp "$work/kdbush/package/index.js" "$work/kdbush/package/LICENSE" "$lib/kdbush/"
cp "$work/supercluster/package/LICENSE" "$lib/supercluster/"
sed "s#^import KDBush from 'kdbush';#import KDBush from '../kdbush/index.js';#" "$work/supercluster/package/index.js" > "$lib/supercluster/index.js"
grep -q "from '../kdbush/index.js'" "$lib/supercluster/index.js" || { echo "supercluster's kdbush import was not rewritten" >&2; exit 1; }
echo "Vendored leaflet $LEAFLET, supercluster $SUPERCLUSTER, kdbush $KDBUSH into $lib"
