#!/usr/bin/env bash
# Load benchmark of the main read routes: a generated store of N relations (default 500,000), the service on
# 127.0.0.1, then `hey` with 32 clients for a few seconds per route; prints requests/s and p99 per route, with
# /api/relations/{actor} (one actor's few relations) as the baseline of a cheap route.
# Usage: bench/load/run.sh [RELATIONS] [SECONDS_PER_ROUTE]      (Release build; installs Debian's hey if missing)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-500000}
seconds=${2:-8}
clients=32
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if ! command -v hey >/dev/null; then
  echo "Installing hey (Debian package)" >&2
  apt-get install -y -qq hey >/dev/null
fi

dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
app="$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll"
/usr/bin/python3 "$root/bench/ingest/generate_edges.py" "$n" "$work/edges.csv"
dotnet "$app" ingest edges "$work/edges.csv" --db "$work/load.db" >/dev/null
actors=$(( n / 20 ))

port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
dotnet "$app" serve --db "$work/load.db" --no-sample --urls "$base" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/health" && break; sleep 0.5; done
curl -sf -o /dev/null "$base/health" || { cat "$work/serve.log" >&2; exit 1; }

baseline="/api/relations/actor-$(( actors - 1 ))"
routes=(
  "/api/stats"
  "/api/centrality?measure=pagerank&top=10"
  "/api/actors?search=ctor-123&limit=20"
  "$baseline"
)
# Warm-up, untimed: the first centrality call computes PageRank; the timed run measures the cached answer.
for route in "${routes[@]}"; do
  curl -sS --fail-with-body -o "$work/warm" --max-time 300 "$base$route" || { echo "warm-up of $route failed:" >&2; cat "$work/warm" >&2; exit 1; }
done

printf '\nRead routes under load: %s relations, %s actors; hey -z %ss -c %s; %s cores (other work on the machine counts)\n\n' \
  "$n" "$actors" "$seconds" "$clients" "$(nproc)"
printf '%-44s %12s %10s %10s\n' "route" "requests/s" "p99 ms" "non-200"
for route in "${routes[@]}"; do
  hey -z "${seconds}s" -c "$clients" -t 30 "$base$route" >"$work/hey" 2>&1
  rps=$(awk '/Requests\/sec:/ {print $2}' "$work/hey")
  p99=$(awk '/ 99% in / {print $3 * 1000}' "$work/hey")
  other=$(awk '/Status code distribution:/ {on=1; next} on && /\[[0-9]+\]/ {gsub(/[\[\]]/, "", $1); if ($1 != 200) s += $2} END {print s + 0}' "$work/hey")
  label=$route
  [ "$route" = "$baseline" ] && label="$route (baseline)"
  printf '%-44s %12.0f %10.1f %10d\n' "$label" "$rps" "$p99" "$other"
done
printf '\nTargets: >= 2,000 requests/s for /api/stats and the cached centrality, >= 500/s for the actor search.\n'
