#!/usr/bin/env bash
# X ingest benchmark: a generated twarc2 collection (API response pages, one per line; --flat: twarc2 flatten lines)
# of TWEETS tweets loaded by `actorgraph ingest x-tweets` into a fresh SQLite store: whole-process time and peak
# memory (/usr/bin/time -v), tweets/s, and relations per type next to an independent reading in Python (same run).
# Usage: bench/x/run.sh [TWEETS] [--flat]     (default 850,000 tweets, about 2 GB as pages; Release build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-850000}
flat=${2:-}
work=${BENCH_DIR:-$(mktemp -d)}
trap '[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"' EXIT

dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
input="$work/tweets-$n${flat:+-flat}.jsonl"   # kept between runs when BENCH_DIR is given
[ -s "$input" ] || /usr/bin/python3 "$here/generate_tweets.py" "$n" "$input" $flat
rm -f "$work/bench.db" "$work/bench.db-wal" "$work/bench.db-shm"
size_mb=$(( $(stat -c %s "$input") / 1024 / 1024 ))
# Read once before the timed run, so that both readers find the whole file in the page cache, as the figures assume: a
# machine may evict pages left unused for a while (this VM's DAMON pages out what was not touched for a minute), and an
# ingest that found a fifth of the file gone from memory took 10.0 s instead of 8.5 s.
cat "$input" >/dev/null

/usr/bin/time -v -o "$work/time" dotnet "$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll" \
  ingest x-tweets "$input" --db "$work/bench.db" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time")
peak_mb=$(( $(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time") / 1024 ))
cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$work/time")

printf '\nX ingest of %s tweets (%s MB, %s), %s cores, load average %s\n\n' "$n" "$size_mb" "${flat:-pages}" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
printf '%-36s %9s %9s %12s %14s %9s\n' "reader" "seconds" "cpu s" "tweets/s" "tweets/cpu s" "peak MB"
printf '%-36s %9.1f %9.1f %12.0f %14.0f %9d\n' "actorgraph ingest x-tweets (SQLite)" "$seconds" "$cpu" "$(echo "$n / $seconds" | bc -l)" "$(echo "$n / $cpu" | bc -l)" "$peak_mb"
/usr/bin/time -f "%U %S" -o "$work/pytime" /usr/bin/python3 "$here/reference.py" "$input" >"$work/pyout"
read -r s m counts <"$work/pyout"
pycpu=$(awk '{ print $1 + $2 }' "$work/pytime")
printf '%-36s %9.1f %9.1f %12.0f %14.0f %9d\n' "python3 json (parse + rules, no store)" "$s" "$pycpu" "$(echo "$n / $s" | bc -l)" "$(echo "$n / $pycpu" | bc -l)" "$m"
printf '\n%s\n' "$(cat "$work/out")"
/usr/bin/python3 -c "import sqlite3, sys; print('actorgraph: tweets=$n', ' '.join(f'{t}={c}' for t, c in sqlite3.connect(sys.argv[1]).execute('SELECT type, COUNT(*) FROM relations GROUP BY type ORDER BY type')))" "$work/bench.db"
printf 'python:     %s\n' "$counts"
