#!/usr/bin/env bash
# Executes every notebook headless against a service this script starts on a fresh temporary database (which loads
# the sample story), and fails if any cell fails. Outputs are written back into the notebooks (commit them); with
# --check they go to a temporary folder and the notebooks stay as they are (what the tests do).
# Usage: notebooks/run-all.sh [--check]  (needs the .NET SDK, jupyter-nbconvert, python3-ipykernel, networkx, pandas, matplotlib)
# ACTORGRAPH_DLL=path/to/actorgraph.dll uses an existing build instead of building one.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$(mktemp -d)
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export ACTORGRAPH_URL="http://127.0.0.1:$port"

check=false
[ "${1:-}" = "--check" ] && check=true
dll=${ACTORGRAPH_DLL:-}
if [ -z "$dll" ]; then
  dotnet build "$root/src/ActorGraph" -c Release -v quiet -nologo >/dev/null
  dll="$root/src/ActorGraph/bin/Release/net10.0/actorgraph.dll"
fi
dotnet "$dll" serve --urls "$ACTORGRAPH_URL" --db "$work/notebooks.db" \
  >"$work/service.log" 2>&1 &
service=$!
stop() { kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; rm -rf "$work"; }
trap stop EXIT

for _ in $(seq 1 60); do
  /usr/bin/python3 -c "import urllib.request; urllib.request.urlopen('$ACTORGRAPH_URL/health', timeout=2)" 2>/dev/null && break
  kill -0 "$service" 2>/dev/null || { echo "the service did not start:" >&2; cat "$work/service.log" >&2; exit 1; }
  sleep 1
done

# 02 adds 2,000 generated accounts to the store, so it runs after the notebooks that look at the story; 04 adds a
# dated campaign of its own and filters to it.
for notebook in 01-explore-the-story 03-from-gephi-and-back 02-centrality-at-scale 04-over-time-and-together; do
  echo "== $notebook"
  if $check; then where=(--output-dir "$work/executed"); else where=(--inplace); fi
  jupyter nbconvert --to notebook --execute "${where[@]}" --ExecutePreprocessor.timeout=600 \
    --ExecutePreprocessor.kernel_name=python3 "$here/$notebook.ipynb"
done
$check || /usr/bin/python3 "$here/clean_outputs.py" "$here"/*.ipynb
