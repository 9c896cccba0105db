#!/usr/bin/env bash
# Adds a migration for both providers at once (ARCHITECTURE.md convention 8).
# Usage: ./migrations.sh <Name>
set -euo pipefail
name=${1:?usage: ./migrations.sh <MigrationName>}
cd "$(dirname "$0")"
dotnet tool restore >/dev/null
dotnet build src/Coprod.Web -nologo -v q
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/Coprod.Web --context "${provider}CoprodDbContext" \
    --output-dir "Platform/Data/Migrations/$provider" --namespace "Coprod.Web.Platform.Data.Migrations.$provider"
  # A first snapshot lands in a folder named after the namespace; keep it beside its migrations.
  stray="src/Coprod.Web/Coprod/Web/Platform/Data/Migrations/$provider"
  if [ -d "$stray" ]; then mv "$stray"/*.cs "src/Coprod.Web/Platform/Data/Migrations/$provider/"; fi
done
rm -rf src/Coprod.Web/Coprod
