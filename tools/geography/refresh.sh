#!/usr/bin/env bash
# Regenerates src/Coprod.Web/Modules/Territory/Data/Geography/geography.json.gz (TER-2)
# from the npm package @etalab/decoupage-administratif, then rewrites the README next to it.
# Usage: tools/geography/refresh.sh [package-version]   (COG_YEAR=YYYY to force the year)
set -euo pipefail
version=${1:-latest}
here=$(cd "$(dirname "$0")" && pwd)
target="$here/../../src/Coprod.Web/Modules/Territory/Data/Geography"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "@etalab/decoupage-administratif@$version")
node "$here/extract.js" "$work/node_modules/@etalab/decoupage-administratif" "$target" ${COG_YEAR:+--cog-year "$COG_YEAR"}
echo "Now run the Territory tests: dotnet test tests/Coprod.UnitTests --filter FullyQualifiedName~Territory"
