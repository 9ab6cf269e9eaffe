#!/usr/bin/env bash
# Account metadata for the page on a large X collection: a generated twarc2 collection (bench/x/generate_tweets.py)
# ingested into SQLite, served by a Release `actorgraph serve`; then the times of /api/attributes (reads every stored
# actor's attributes once per store version, then describes them for the filtered network) and of
# /api/attributes/followers_count (every holder's value, what the page sizes by), the bytes on the wire and the
# server's memory before and after, next to Python's sqlite3 + json reading the same attributes from the same file.
# Usage: bench/attributes/run.sh [TWEETS] [USERS]   (default 200,000 tweets by 100,000 accounts)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-200000}
users=${2:-100000}
work=${BENCH_DIR:-$(mktemp -d)}
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; [ -n "${BENCH_DIR:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
actorgraph=(dotnet "$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll")
input="$work/tweets-$n-$users.jsonl"
[ -s "$input" ] || /usr/bin/python3 "$root/bench/x/generate_tweets.py" "$n" "$input" "$users"
rm -f "$work/bench.db" "$work/bench.db-wal" "$work/bench.db-shm"
"${actorgraph[@]}" ingest x-tweets "$input" --db "$work/bench.db" >/dev/null

port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${actorgraph[@]}" serve --no-sample --urls "http://127.0.0.1:$port" --db "$work/bench.db" >"$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 60); do curl -sf -o /dev/null "$base/health" && break; sleep 1; done
rss() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$server/status"; }
# The snapshot of the network is the measures' as well: load it first, so the rows below time the attributes alone.
curl -sf -o /dev/null "$base/api/centrality?measure=degree&top=1"
before=$(rss)
get() { curl -sf -o /dev/null -H 'Accept-Encoding: br' -w '%{time_total} %{size_download}' "$base$1"; }
read -r cold _ <<<"$(get /api/attributes)"
read -r warm bytes <<<"$(get /api/attributes)"
after=$(rss)
read -r values_cold values_br <<<"$(get /api/attributes/followers_count)"
read -r values_warm _ <<<"$(get /api/attributes/followers_count)"
values_plain=$(curl -sf "$base/api/attributes/followers_count" | wc -c)
holders=$(curl -sf "$base/api/attributes" | /usr/bin/python3 -c 'import json, sys; print(next(a["actors"] for a in json.load(sys.stdin) if a["name"] == "followers_count"))')
actors=$(/usr/bin/python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM actors").fetchone()[0])' "$work/bench.db")

printf '\n%s stored actors (%s with followers_count) from %s tweets; %s cores, load average %s\n\n' "$actors" "$holders" "$n" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
printf '%-62s %9s\n' "" "seconds"
printf '%-62s %9.3f\n' "GET /api/attributes, first (reads every actor's attributes)" "$cold"
printf '%-62s %9.3f\n' "GET /api/attributes, again (cached per store version)" "$warm"
printf '%-62s %9.3f\n' "GET /api/attributes/followers_count, first" "$values_cold"
printf '%-62s %9.3f\n' "GET /api/attributes/followers_count, again" "$values_warm"
/usr/bin/python3 - "$work/bench.db" <<'PY'
import json, sqlite3, sys, time
start = time.perf_counter()
numbers = {}
for actor, text in sqlite3.connect(sys.argv[1]).execute("SELECT id, attributes FROM actors"):
    for name, value in (json.loads(text) if text else {}).items():
        try:
            numbers.setdefault(name, {})[actor] = float(value)
        except ValueError:
            pass
print("%-62s %9.3f" % ("python3 sqlite3 + json: read every actor's attributes", time.perf_counter() - start))
PY
printf '\nserver memory: %s MB with the snapshot, %s MB with the attributes too\n' "$before" "$after"
printf 'on the wire (Brotli): /api/attributes %s bytes; /api/attributes/followers_count %s bytes (%s plain)\n' "$bytes" "$values_br" "$values_plain"
