#!/usr/bin/env bash
# Measures scale-out throughput on this machine: starts a throw-away nats-server (JetStream) and PostgreSQL cluster on
# loopback ports, publishes the same inputs once per run, and times 1, 2 and 4 'chronicle worker' processes draining
# the queue into a fresh database each time. Usage: tools/scale-bench.sh [INPUT_DIR] [WORKER_COUNTS...]
# Needs: apt-get install -y nats-server postgresql; the CLI built with
#   dotnet build src/Chronicle.Cli -c Release --artifacts-path /tmp/art-bench
# or the ReadyToRun CLI that ./chronicle publishes: CHRONICLE_DLL=$PWD/.build/cli/chronicle.dll
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-examples}
shift || true
counts=("${@:-1 2 4}")
cli=${CHRONICLE_DLL:-/tmp/art-bench/bin/Chronicle.Cli/release/chronicle.dll}
[ -f "$cli" ] || { echo "scale-bench: $cli not found; build the CLI first (see the header of this script)" >&2; exit 2; }
command -v nats-server >/dev/null || { echo "scale-bench: nats-server missing (apt-get install -y nats-server)" >&2; exit 2; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "scale-bench: PostgreSQL missing (apt-get install -y postgresql)" >&2; exit 2; }

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

inputs=$(find "$input" -type f | wc -l)
echo "scale-bench: $inputs input files from $input, $(nproc) cores, $(date -u +%Y-%m-%d)"
for n in ${counts[*]}; do
  db="bench_$n"; queue="nats://127.0.0.1:$natsport/bench$n"
  "${as[@]}" "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U chronicle -d postgres -qc "CREATE DATABASE $db" >/dev/null
  store="postgres://chronicle@127.0.0.1:$pgport/$db"
  dotnet "$cli" ingest "$input" --queue "$queue" >/dev/null
  start=$(date +%s.%N)
  pids=()
  for i in $(seq 1 "$n"); do
    dotnet "$cli" worker --queue "$queue" --store "$store" --parallel $(( ($(nproc) + n - 1) / n )) --exit-when-idle 2 --name "w$i" >"$work/w$n-$i.log" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  end=$(date +%s.%N)
  stored=$("${as[@]}" "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U chronicle -d "$db" -tAc "SELECT count(*) FROM sources")
  # Wall time includes each worker's start-up (loading the models) and the idle wait at the end, both fixed costs.
  awk -v n="$n" -v s="$start" -v e="$end" -v d="$stored" 'BEGIN { printf "workers %d: %d inputs in %.1f s = %.1f inputs/s (incl. start-up and 2 s idle exit)\n", n, d, e - s, d / (e - s) }'
  dotnet "$cli" status --queue "$queue" | grep -E 'done|failed|throughput' | sed 's/^/  /'
done
