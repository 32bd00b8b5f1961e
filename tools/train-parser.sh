#!/usr/bin/env sh
# Retrains the syntax layer on UD English EWT (../shared/data/syntax/ud-english-ewt/train.conllu; settings chosen on
# dev.conllu, scored each epoch): the tagger (universal POS + Penn tag), the lemmatiser and the arc-eager parser with
# its arc labeller, and writes src/Chronicle.Language/Resources/syntax-{tags,lemmas,actions,relations}.bin.gz.
# Deterministic: the same inputs give the same files. Uses the committed word clusters (clusters.bin.gz).
# Options: --tag-epochs N (default 5), --epochs N (parser, default 12). About 5 minutes on 2 cores.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${CHRONICLE_SHARED:-$root/../shared}
out=$root/src/Chronicle.Language/Resources
artifacts=${ARTIFACTS:-/tmp/chronicle-training}
dotnet build -c Release "$root/tools/Chronicle.Training" --artifacts-path "$artifacts" -v quiet -nologo
tool=$artifacts/bin/Chronicle.Training/release/Chronicle.Training.dll
dotnet "$tool" parser "$shared" "$out" "$@"
