#!/usr/bin/env bash
# Whole-process benchmark: `actorgraph analyze MEASURE --format csv` (the Release executable, reading its SQLite store)
# against a python-igraph script reading the same edges CSV (igraph_analyze.py), in the same run, with wall time and
# peak memory (/usr/bin/time) for both. Every run past TIMEOUT seconds is stopped and shown as such. Rows after the
# first two read the snapshot file the first call wrote beside the store (an unchanged store, a repeated analysis).
# Usage: bench/whole/run.sh [ACTORS] [LINKS_PER_ACTOR] [TIMEOUT]     default 100000 5 120 (~500,000 relations)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
actors=${1:-100000}
links=${2:-5}
limit=${3:-120}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measures=${MEASURES:-degree pagerank communities betweenness closeness}

dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
ag="$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll"
/usr/bin/python3 "$here/generate_ba.py" "$actors" "$links" "$work/edges.csv"
relations=$(( $(wc -l <"$work/edges.csv") - 1 ))

run() { # NAME COMMAND... : prints "seconds peak_mb" or "stopped -" ; output in $work/NAME.out
  local name=$1; shift
  if timeout "$limit" /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
    read -r s kb <"$work/$name.time"; echo "$s $(( kb / 1024 ))"
  elif [ "$?" = 124 ]; then echo "stopped -"
  else cat "$work/$name.err" >&2; echo "failed -"; fi
}
ratio() { case "$1$2" in *stopped*|*failed*) echo "";; *) echo "$(echo "scale=2; $2 / $1" | bc)x";; esac; }

echo
echo "Barabási–Albert graph: $actors actors, $relations relations (seeded); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Wall seconds and peak resident MB per whole process; ratio = igraph time / ours (above 1: we are faster); stopped = over ${limit} s."
echo
read -r s m < <(limit=3600 run ingest dotnet "$ag" ingest edges "$work/edges.csv" --db "$work/store.db")
read -r ps pm pcount < <(/usr/bin/python3 "$root/bench/ingest/reference.py" "$work/edges.csv" python-sqlite3)
echo "| step | actorgraph s | actorgraph MB | igraph / python s | igraph / python MB | ratio | note |"
echo "|---|---|---|---|---|---|---|"
echo "| ingest (vs Python sqlite3) | $s | $m | $ps | $pm | $(ratio "$s" "$ps") | $relations relations with evidence |"
# The snapshot file (store.db.snapshot): degree without it (a store scan every time), on the first call (scan, then
# write the file) and, like every measure below, on a repeated call (read from the file).
for first in "no snapshot file:--no-snapshot-cache" "first call, writes the snapshot file:"; do
  read -r s m < <(run ours-degree-first dotnet "$ag" analyze degree --format csv --db "$work/store.db" ${first#*:})
  read -r is im < <(run igraph-degree-first /usr/bin/python3 "$here/igraph_analyze.py" "$work/edges.csv" degree)
  echo "| degree (${first%%:*}) | $s | $m | $is | $im | $(ratio "$s" "$is") | |"
done
snapshot_mb=$(( $(stat -c %s "$work/store.db.snapshot") / 1000000 ))
for measure in $measures; do
  read -r s m < <(run "ours-$measure" dotnet "$ag" analyze "$measure" --format csv --db "$work/store.db")
  read -r is im < <(run "igraph-$measure" /usr/bin/python3 "$here/igraph_analyze.py" "$work/edges.csv" "$measure")
  note=""
  if [ "$measure" = communities ]; then
    ours=$( [ "$s" = stopped ] || /usr/bin/python3 "$here/igraph_analyze.py" "$work/edges.csv" modularity "$work/ours-communities.out")
    theirs=$(grep -o 'modularity [0-9.]*' "$work/igraph-communities.err" | cut -d' ' -f2 || true)
    note="modularity: ours (Leiden) ${ours:-?}, igraph community_leiden ${theirs:-?}"
  fi
  echo "| $measure | $s | $m | $is | $im | $(ratio "$s" "$is") | $note |"
done
echo
echo "Snapshot file: ${snapshot_mb} MB beside a $(( $(stat -c %s "$work/store.db") / 1000000 )) MB store."
