#!/usr/bin/env bash
# Page benchmark: the page at / on generated networks (bench/ingest/generate_edges.py), served by a Release
# `actorgraph serve` and measured in Debian's headless Chromium: bytes on the wire, data arrived, first drawing,
# settled layout, frame times and the render call inside them, and how fast search and the actor panel answer.
# No NetworkX/igraph counterpart draws in a browser, so there is nothing to compare with here.
# Usage: bench/web/run.sh [ACTORS:RELATIONS ...]   (default: 10000:50000 100000:500000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000:50000 100000:500000)
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
actorgraph=(dotnet "$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll")
results=()
for size in "${sizes[@]}"; do
  actors=${size%%:*}
  n=${size##*:}
  /usr/bin/python3 "$root/bench/ingest/generate_edges.py" "$n" "$work/edges-$actors.csv" "$actors"
  "${actorgraph[@]}" ingest edges "$work/edges-$actors.csv" --db "$work/bench-$actors.db" >/dev/null
  port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${actorgraph[@]}" serve --no-sample --urls "http://127.0.0.1:$port" --db "$work/bench-$actors.db" >"$work/server-$actors.log" 2>&1 &
  server=$!
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 1; done
  node "$here/page.mjs" "http://127.0.0.1:$port/" >"$work/result-$actors.json"
  results+=("$work/result-$actors.json")
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=
done
node "$here/page.mjs" --table "${results[@]}"
