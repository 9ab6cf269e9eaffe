#!/usr/bin/env bash
# Page benchmark: the page at / on a generated network (default 10,000 actors and 50,000 relations, from
# bench/ingest/generate_edges.py), served by a Release `actorgraph serve` and measured in Debian's headless Chromium.
# Prints the times a user waits (first drawing, sizes and colours, end of the layout) and the frame times while the
# camera zooms and pans. No NetworkX/igraph counterpart draws in a browser, so there is nothing to compare with here.
# Usage: bench/web/run.sh [ACTORS] [RELATIONS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
actors=${1:-10000}
n=${2:-50000}
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
actorgraph=(dotnet "$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll")
/usr/bin/python3 "$root/bench/ingest/generate_edges.py" "$n" "$work/edges.csv" "$actors"
"${actorgraph[@]}" ingest edges "$work/edges.csv" --db "$work/bench.db" >/dev/null
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${actorgraph[@]}" serve --no-sample --urls "http://127.0.0.1:$port" --db "$work/bench.db" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break; sleep 1; done
node "$here/page.mjs" "http://127.0.0.1:$port/"
