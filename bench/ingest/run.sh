#!/usr/bin/env bash
# Ingest benchmark: a generated edges CSV with evidence (default 1,000,000 relations) loaded by `actorgraph ingest`
# into a fresh SQLite store, next to Python's sqlite3 and pandas+networkx on the same file, in the same run.
# Usage: bench/ingest/run.sh [RELATIONS]      (Release build; needs /usr/bin/time and python3-networkx/pandas)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
/usr/bin/python3 "$here/generate_edges.py" "$n" "$work/edges.csv"
size_mb=$(( $(stat -c %s "$work/edges.csv") / 1024 / 1024 ))

measure() { # prints "seconds peak_mb"
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r seconds kb <"$work/time"
  echo "$seconds $(( kb / 1024 ))"
}

printf '\nIngest of %s relations (%s MB CSV with evidence), %s cores\n\n' "$n" "$size_mb" "$(nproc)"
printf '%-34s %10s %14s %10s\n' "loader" "seconds" "relations/s" "peak MB"
read -r s m < <(measure dotnet "$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll" ingest edges "$work/edges.csv" --db "$work/bench.db")
printf '%-34s %10.2f %14.0f %10d\n' "actorgraph ingest (SQLite, process)" "$s" "$(echo "$n / $s" | bc -l)" "$m"
for ref in python-sqlite3 pandas+networkx; do
  # The script times its own load (imports and interpreter start excluded); the whole process is timed too.
  /usr/bin/time -f "%e" -o "$work/pytime" /usr/bin/python3 "$here/reference.py" "$work/edges.csv" "$ref" >"$work/pyout"
  read -r s m count <"$work/pyout"
  printf '%-34s %10.2f %14.0f %10d\n' "$ref (load only)" "$s" "$(echo "$n / $s" | bc -l)" "$m"
  s=$(cat "$work/pytime")
  printf '%-34s %10.2f %14.0f %10s\n' "$ref (process)" "$s" "$(echo "$n / $s" | bc -l)" ""
done
printf '\nTargets: >= 200,000 relations/s and < 300 MB peak for actorgraph.\n'
