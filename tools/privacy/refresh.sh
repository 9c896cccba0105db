#!/usr/bin/env bash
# Regenerates src/Coprod.Web/Modules/Privacy/Data/lexicon.tsv.gz, the name lexicon of the
# personal-data detector (PRIV-1), from:
#   - the person-name lists of @faker-js/faker (npm; French locales and the locales of the
#     main immigrant communities in France), MIT licence;
#   - extra-first-names.txt and extra-last-names.txt (ours, next to this script);
#   - the Debian package wfrench (GPL-2+), only to mark names that are also ordinary French
#     words ("Rose", "Claire", "Pierre"): no word list from it is shipped apart from those marks.
# Usage: tools/privacy/refresh.sh [faker-version]
set -euo pipefail
version=${1:-10.6.0}
here=$(cd "$(dirname "$0")" && pwd)
target="$here/../../src/Coprod.Web/Modules/Privacy/Data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "@faker-js/faker@$version")
(cd "$work" && apt-get download wfrench >/dev/null && dpkg -x wfrench_*.deb wfrench)
node "$here/build-lexicon.mjs" "$work/node_modules/@faker-js/faker" "$work/wfrench/usr/share/dict/french" "$here" "$target" "$version"
echo "Now run the Privacy tests: dotnet test tests/Coprod.UnitTests --filter FullyQualifiedName~Privacy"
