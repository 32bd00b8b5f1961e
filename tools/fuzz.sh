#!/usr/bin/env bash
# Coverage-guided fuzzing of one Chronicle target with AFL++ and SharpFuzz, for a bounded time.
#
#   tools/fuzz.sh TARGET SECONDS        e.g. tools/fuzz.sh html 600
#   tools/fuzz.sh list                  the targets
#
# Installs afl++ (Debian) and SharpFuzz.CommandLine (a dotnet tool, into the scratch folder) when missing, publishes
# fuzz/Chronicle.Fuzz, instruments the Chronicle assemblies and runs afl-fuzz from fuzz/Chronicle.Fuzz/Seeds/TARGET
# (plus Seeds/common). Everything it writes goes to $CHRONICLE_FUZZ_DIR (default /tmp/chronicle-fuzz), outside the
# repository. Crashing inputs are listed at the end: copy each into
# tests/Chronicle.Robustness.Tests/Regressions/TARGET/ so the test suite replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${CHRONICLE_FUZZ_DIR:-/tmp/chronicle-fuzz}
target=${1:-}
seconds=${2:-}

if [ "$target" = list ]; then
  dotnet run --project fuzz/Chronicle.Fuzz -c Release --artifacts-path "$work/artifacts" -- list
  exit 0
fi
if [ -z "$target" ] || ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: tools/fuzz.sh TARGET SECONDS   (tools/fuzz.sh list for the targets)" >&2
  exit 2
fi

if ! command -v afl-fuzz >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends afl++ >/dev/null
  else
    echo "afl-fuzz is missing: install AFL++ (Debian: apt-get install afl++)" >&2
    exit 2
  fi
fi

mkdir -p "$work/tools"
if [ ! -x "$work/tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
fi

out="$work/out"
rm -rf "$out"
dotnet publish fuzz/Chronicle.Fuzz -c Release -o "$out" --artifacts-path "$work/artifacts" --nologo -v quiet

# Instrument the code under test (not the BCL, not the harness itself).
for assembly in "$out"/Chronicle.*.dll "$out"/AngleSharp.dll; do
  "$work/tools/sharpfuzz" "$assembly" >/dev/null
done

seeds="$work/seeds/$target"
rm -rf "$seeds"
mkdir -p "$seeds"
cp fuzz/Chronicle.Fuzz/Seeds/common/* "$seeds/" 2>/dev/null || true
cp "fuzz/Chronicle.Fuzz/Seeds/$target"/* "$seeds/" 2>/dev/null || true
findings="$work/findings/$target"
mkdir -p "$findings"

# AFL checks are for native binaries; the .NET host is not one. -V bounds the run; -t allows for JIT warm-up.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
status=0
afl-fuzz -V "$seconds" -t 10000 -m none -i "$seeds" -o "$findings" -- "$out/chronicle-fuzz" "$target" || status=$?
if [ "$status" -ne 0 ]; then
  echo "afl-fuzz stopped with status $status (rerun with AFL_DEBUG=1 for the target's output)" >&2
  exit "$status"
fi

crashes=$(find "$findings" -path '*crashes*' -type f -name 'id:*' 2>/dev/null || true)
hangs=$(find "$findings" -path '*hangs*' -type f -name 'id:*' 2>/dev/null || true)
echo "fuzz $target: $(echo -n "$crashes" | grep -c . || true) crash(es), $(echo -n "$hangs" | grep -c . || true) hang(s) in $findings"
for crash in $crashes; do
  echo "  crash: $crash   (replay: dotnet $out/chronicle-fuzz.dll $target --replay '$crash')"
done
[ -z "$crashes" ]
