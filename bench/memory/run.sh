#!/usr/bin/env bash
# Memory and CPU of the service and the CLI per garbage-collector setting, on a generated X collection
# (bench/x/generate_tweets.py: TWEETS tweets by USERS accounts, each with follower counts etc.).
# For each setting: `ingest x-tweets` and `analyze pagerank` (wall, CPU, peak RSS), then `serve` and one request per
# route in a fixed order with the server's RSS after each, its peak, CPU seconds, then `hey` (32 clients, 127.0.0.1
# only) on three cached routes, and the RSS after 10 s idle. The settings are passed as DOTNET_ variables so one build
# can be compared; what the project ships is in src/ActorGraph/ActorGraph.csproj and README "Memory".
# Usage: bench/memory/run.sh [TWEETS] [USERS] [SETTING...]   settings: as-built server workstation conserve
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-320000}
users=${2:-150000}
shift 2 2>/dev/null || shift $#
settings=("$@")
[ ${#settings[@]} -gt 0 ] || settings=(as-built server workstation conserve)
work=${BENCH_DIR:-$(mktemp -d)}
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; [ -n "${BENCH_DIR:-}" ] || rm -rf "$work"; }
trap cleanup EXIT
command -v hey >/dev/null || { echo "needs hey (apt-get install hey)" >&2; exit 1; }

dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
app="$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll"
input="$work/tweets-$n-$users.jsonl"
[ -s "$input" ] || /usr/bin/python3 "$root/bench/x/generate_tweets.py" "$n" "$input" "$users"

# The GC settings compared, as environment variables (they override the project's runtimeconfig).
gc_env() {
  case "$1" in
    as-built) echo "" ;;
    server) echo "DOTNET_gcServer=1 DOTNET_GCConserveMemory=0" ;;
    workstation) echo "DOTNET_gcServer=0 DOTNET_gcConcurrent=1 DOTNET_GCConserveMemory=0" ;;
    conserve) echo "DOTNET_gcServer=1 DOTNET_GCConserveMemory=7" ;;
    *) echo "unknown setting $1" >&2; exit 2 ;;
  esac
}
timed() { # LABEL ENV... -- COMMAND...: wall s, CPU s, peak RSS MB
  local label=$1; shift
  local envs=(); while [ "$1" != "--" ]; do envs+=("$1"); shift; done; shift
  env "${envs[@]}" /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr"
  read -r wall user sys peak <"$work/time"
  printf '  %-34s %8.1f %8.1f %8d\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((peak / 1024))"
}
rss() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$server/status"; }
hwm() { awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$server/status"; }
cpu() { awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$server/stat"; }

printf 'Memory per GC setting: %s tweets by %s accounts; %s cores, load average at start %s\n' "$n" "$users" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
for setting in "${settings[@]}"; do
  read -r -a envs <<<"$(gc_env "$setting")"
  db="$work/$setting.db"
  rm -f "$db" "$db"-wal "$db"-shm "$db".snapshot
  printf '\n== %s (%s)\n  %-34s %8s %8s %8s\n' "$setting" "${envs[*]:-project settings}" "CLI" "wall s" "CPU s" "peak MB"
  timed "ingest x-tweets" "${envs[@]}" -- dotnet "$app" ingest x-tweets "$input" --db "$db"
  timed "analyze pagerank --top 10" "${envs[@]}" -- dotnet "$app" analyze pagerank --top 10 --db "$db" --no-snapshot-cache

  port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  base="http://127.0.0.1:$port"
  env "${envs[@]}" ACTORGRAPH_SNAPSHOT_CACHE=off dotnet "$app" serve --db "$db" --no-sample --urls "$base" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/health" && break; sleep 0.5; done
  printf '  %-50s %8s %8s %8s\n' "service, after each request in turn" "s" "RSS MB" "CPU s"
  printf '  %-50s %8s %8d %8s\n' "started (/health)" "" "$(rss)" "$(cpu)"
  for route in /api/stats "/api/centrality?measure=pagerank&top=10" /api/attributes /api/attributes/followers_count \
      "/api/communities" "/api/drawing" "/api/actors?search=user_12&limit=20" "/api/graph" "/api/export/gexf"; do
    read -r t status <<<"$(curl -s -o /dev/null --max-time 300 -w '%{time_total} %{http_code}' "$base$route")"
    printf '  %-50s %8.2f %8d %8s  %s\n' "$route" "$t" "$(rss)" "$(cpu)" "$status"
  done
  for route in /api/stats "/api/centrality?measure=pagerank&top=10" "/api/actors?search=user_12&limit=20"; do
    hey -z 5s -c 32 -t 30 "$base$route" >"$work/hey" 2>&1
    printf '  %-50s %8s %8d %8s  %s req/s\n' "hey -z 5s -c 32 $route" "" "$(rss)" "$(cpu)" "$(awk '/Requests\/sec:/ {printf "%.0f", $2}' "$work/hey")"
  done
  sleep 10
  printf '  %-50s %8s %8d %8s\n' "10 s idle" "" "$(rss)" "$(cpu)"
  printf '  %-50s %8s %8d\n' "peak RSS (VmHWM)" "" "$(hwm)"
  kill "$server"; wait "$server" 2>/dev/null || true; server=
done
printf '\nload average at end %s\n' "$(cut -d' ' -f1 /proc/loadavg)"
