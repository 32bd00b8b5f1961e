#!/usr/bin/env sh
# Rebuilds src/Chronicle.Language/Resources/{countries,places,actors}.tsv.gz from ../shared/data/{gazetteer,actors}.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${CHRONICLE_SHARED:-$root/../shared}
out=$root/src/Chronicle.Language/Resources
dotnet run -c Release --project "$root/tools/Chronicle.Training" --artifacts-path "${ARTIFACTS:-/tmp/chronicle-training}" -- gazetteer "$shared" "$out"
dotnet run -c Release --project "$root/tools/Chronicle.Training" --artifacts-path "${ARTIFACTS:-/tmp/chronicle-training}" -- actors "$shared" "$out"
