#!/usr/bin/env bash
# Measures scale-out throughput on this machine: starts a throw-away nats-server (JetStream) and PostgreSQL cluster on
# loopback ports, times a local `chronicle ingest` of the inputs (the baseline), then publishes the same inputs once
# per run and times 1, 2, … 'chronicle worker' processes draining the queue into a fresh database each time, and
# prints each run's rate against the local ingest's and against one worker's.
#
# Usage: tools/scale-bench.sh [--docs N | INPUT_DIR] [WORKER_COUNTS...]      (default: --docs 5000, workers 1 2)
#   --docs N    generates N distinct inputs once (the ingest bench's documents: the 60 pages of extraction-dev and the
#               30 reports of news-dev replicated with changed words, dates and sites, 12 % repeats) into
#               ${CHRONICLE_SCALE_INPUTS:-/tmp/chronicle-scale-inputs-N}, with `chronicle-bench inputs`.
# Needs: apt-get install -y nats-server postgresql; the Release ReadyToRun CLI that ./chronicle publishes (built here
# on first use), or CHRONICLE_DLL=PATH/chronicle.dll.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
docs=""
input=""
if [ "${1:-}" = "--docs" ]; then docs=$2; shift 2; elif [ -n "${1:-}" ] && [ -d "$1" ]; then input=$1; shift; fi
[ -z "$input" ] && docs=${docs:-5000}
counts=("${@:-1 2}")
cli=${CHRONICLE_DLL:-$root/.build/cli/chronicle.dll}
if [ -z "${CHRONICLE_DLL:-}" ]; then "$root/chronicle" --version >/dev/null; fi
[ -f "$cli" ] || { echo "scale-bench: $cli not found; build the CLI first (./chronicle --version)" >&2; exit 2; }
command -v nats-server >/dev/null || { echo "scale-bench: nats-server missing (apt-get install -y nats-server)" >&2; exit 2; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "scale-bench: PostgreSQL missing (apt-get install -y postgresql)" >&2; exit 2; }

if [ -n "$docs" ]; then
  input=${CHRONICLE_SCALE_INPUTS:-/tmp/chronicle-scale-inputs-$docs}
  if [ "$(find "$input" -type f 2>/dev/null | wc -l)" -ne "$docs" ]; then
    rm -rf "$input"
    dotnet run -c Release --project "$root/bench/Chronicle.Bench" -- inputs --docs "$docs" --out "$input"
  fi
fi

work=$(mktemp -d /tmp/chronicle-scale-XXXXXX)
chmod 755 "$work"
as=()
if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); chown postgres "$work"; fi
pgport=$((20000 + RANDOM % 10000)); natsport=$((pgport + 1))
"${as[@]}" "$pgbin/initdb" -D "$work/pg" -U chronicle --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null
"${as[@]}" "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-p $pgport -k $work -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
nats-server -js -sd "$work/nats" -a 127.0.0.1 -p "$natsport" >"$work/nats.log" 2>&1 &
natspid=$!
trap 'kill $natspid 2>/dev/null || true; "${as[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
sleep 1

# Each timed process runs under /usr/bin/time, which writes its user and system CPU seconds to a file; cpu_of sums them.
cpu_of() { cat "$@" | awk '{ c += $1 + $2 } END { printf "%.2f", c }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

inputs=$(find "$input" -type f | wc -l)
echo "scale-bench: $inputs input files from $input, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), CLI $cli"
echo "run                          inputs   wall s   inputs/s   CPU s   vs local   vs 1 worker   load at start"

# Baseline: a local ingest of the same inputs into SQLite, as many analysers as cores, consolidation left out (the
# workers do not consolidate either).
l=$(load); start=$(date +%s.%N)
DOTNET_TieredPGO=1 /usr/bin/time -f '%U %S' -o "$work/local.time" dotnet "$cli" ingest "$input" --db "$work/local.db" --no-consolidate >"$work/local.log" 2>&1
end=$(date +%s.%N); cpu=$(cpu_of "$work/local.time")
local_rate=$(awk -v n="$inputs" -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", n / (e - s) }')
awk -v n="$inputs" -v s="$start" -v e="$end" -v c="$cpu" -v l="$l" \
  'BEGIN { printf "%-28s %6d %8.1f %10.1f %7.1f %10s %13s   %s\n", "local ingest (SQLite)", n, e - s, n / (e - s), c, "1.00x", "", l }'

one_rate=""
for n in ${counts[*]}; do
  db="bench_$n"; queue="nats://127.0.0.1:$natsport/bench$n"
  "${as[@]}" "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U chronicle -d postgres -qc "CREATE DATABASE $db" >/dev/null
  store="postgres://chronicle@127.0.0.1:$pgport/$db"
  dotnet "$cli" ingest "$input" --queue "$queue" >/dev/null 2>&1
  l=$(load); start=$(date +%s.%N)
  pids=()
  for i in $(seq 1 "$n"); do
    DOTNET_TieredPGO=1 /usr/bin/time -f '%U %S' -o "$work/w$n-$i.time" dotnet "$cli" worker --queue "$queue" --store "$store" --parallel $(( ($(nproc) + n - 1) / n )) --exit-when-idle 2 --name "w$i" >"$work/w$n-$i.log" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  end=$(date +%s.%N); cpu=$(cpu_of "$work"/w"$n"-*.time)
  stored=$("${as[@]}" "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U chronicle -d "$db" -tAc "SELECT count(*) FROM sources")
  rate=$(awk -v d="$stored" -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", d / (e - s) }')
  [ -z "$one_rate" ] && [ "$n" = 1 ] && one_rate=$rate
  # Wall time includes each worker's start-up (loading the models) and the 2 s idle wait at the end.
  awk -v n="$n" -v d="$stored" -v s="$start" -v e="$end" -v c="$cpu" -v r="$rate" -v lr="$local_rate" -v o="$one_rate" -v l="$l" \
    'BEGIN { printf "%-28s %6d %8.1f %10.1f %7.1f %9.2fx %13s   %s\n", n " worker(s), PostgreSQL", d, e - s, r, c, r / lr, (o == "" ? "" : sprintf("%.2fx", r / o)), l }'
  dotnet "$cli" status --queue "$queue" | grep -E 'done|failed|throughput' | sed 's/^/  /'
done
