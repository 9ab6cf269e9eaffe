#!/usr/bin/env bash
# Coordination benchmark: `actorgraph analyze coordination` on N generated relations (default 1,000,000; half of them
# retweets over six months, with a planted group of six) and on N/4, to show how time grows with the relations; the same
# rule in pandas + Python (reference.py) runs on the same files in the same run and must find the same pairs.
# Prints seconds and peak memory (max RSS of the process). actorgraph's time includes reading the relations from SQLite.
# Usage: bench/coordination/run.sh [RELATIONS]      (Release build; needs /usr/bin/time and python3-pandas)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
actorgraph=(dotnet "$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll")

measure() { # runs a command, prints "seconds peak_mb"
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r seconds kb <"$work/time"
  echo "$seconds $(( kb / 1024 ))"
}

printf '\nanalyze coordination --relation RETWEETED --within 60s --min-shared 3 (cap 200), %s cores\n\n' "$(nproc)"
printf '%-12s %-34s %10s %10s %8s\n' "relations" "tool" "seconds" "peak MB" "pairs"
for size in $(( n / 4 )) "$n"; do
  /usr/bin/python3 "$here/generate.py" "$size" "$work/edges.csv"
  rm -f "$work/bench.db"
  "${actorgraph[@]}" ingest edges "$work/edges.csv" --db "$work/bench.db" >/dev/null
  read -r s m < <(measure "${actorgraph[@]}" analyze coordination --format csv --db "$work/bench.db")
  tail -n +2 "$work/out" | cut -d, -f1-3 | sed 's/^x://; s/,x:/,/' | sort >"$work/ours.csv"
  printf '%-12s %-34s %10.2f %10d %8d\n' "$size" "actorgraph (SQLite read + find)" "$s" "$m" "$(wc -l <"$work/ours.csv")"
  grep -o "^[0-9,]* actions.*" "$work/err" | sed 's/^/             /'
  read -r s m p < <(/usr/bin/python3 "$here/reference.py" "$work/edges.csv" "$work/ref.csv")
  printf '%-12s %-34s %10.2f %10d %8d\n' "$size" "pandas + Python (CSV read + find)" "$s" "$m" "$p"
  tail -n +2 "$work/ref.csv" | sed 's/^x://; s/,x:/,/' | sort >"$work/theirs.csv"
  if cmp -s "$work/ours.csv" "$work/theirs.csv"; then echo "             same pairs and counts"; else echo "             PAIRS DIFFER"; diff "$work/ours.csv" "$work/theirs.csv" | head; exit 1; fi
done
