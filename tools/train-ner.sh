#!/usr/bin/env sh
# Rebuilds the recogniser's word clusters from unlabelled text (CoNLL-2003 train, CrossNER politics, WNUT-17,
# the extraction benchmark's article bodies), then retrains the part-of-speech tagger and the two-pass entity
# recogniser on ../shared/data/ner/conll2003/train.txt only and writes
# src/Chronicle.Language/Resources/{clusters,pos,ner,ner2}.bin.gz and ner-cv.tsv.gz. The number of epochs is chosen by
# cross-validation on train (--folds, default 3; --epochs, the most tried, default 12); dev.txt is scored once at the
# end, for information, and `chronicle eval ner` prints the stored cross-validated figure beside it. The held-out
# first-pass labels of the chosen epoch train the second pass. --cv-second-pass also cross-validates the second pass
# (twice the time) and stores its figure instead of the first pass's. Deterministic: the same inputs give the same files.
# Run tools/rebuild-gazetteer.sh first when the gazetteer changes: its names are features.
# Pass --with-crossner to add CrossNER politics train+dev; --quick for a smoke run. The shipped model was trained with the
# defaults (--epochs 12 --folds 3; cross-validation chose 12): about 10 minutes on 2 idle cores.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${CHRONICLE_SHARED:-$root/../shared}
out=$root/src/Chronicle.Language/Resources
artifacts=${ARTIFACTS:-/tmp/chronicle-training}
dotnet build -c Release "$root/tools/Chronicle.Training" --artifacts-path "$artifacts" -v quiet -nologo
tool=$artifacts/bin/Chronicle.Training/release/Chronicle.Training.dll
dotnet "$tool" clusters "$shared" "$out"
dotnet "$tool" taggers "$shared" "$out" "$@"
