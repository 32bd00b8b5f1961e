#!/usr/bin/env sh
# Retrains the part-of-speech tagger and the two-pass entity recogniser on ../shared/data/ner/conll2003/train.txt
# (scored on dev.txt each epoch) and writes src/Chronicle.Language/Resources/{pos,ner,ner2}.bin.gz.
# Run tools/rebuild-gazetteer.sh first when the gazetteer changes: its names are features.
# Pass --with-crossner to add CrossNER politics train+dev; --quick for a smoke run. About 5 minutes on 2 cores.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${CHRONICLE_SHARED:-$root/../shared}
out=$root/src/Chronicle.Language/Resources
dotnet run -c Release --project "$root/tools/Chronicle.Training" --artifacts-path "${ARTIFACTS:-/tmp/chronicle-training}" -- taggers "$shared" "$out" "$@"
