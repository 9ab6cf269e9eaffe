#!/bin/sh
# Scores the article text `actorgraph extract --text` reads from saved web pages: evaluate.sh PAGES_DIR [--set NAME] [--list] [--save DIR]
# PAGES_DIR holds <name>/source.html with expected.html, expected.txt or snippets.json (prepare.py builds it; third-party
# pages, never committed). Builds the CLI first unless ACTORGRAPH names a binary.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { echo "usage: $0 PAGES_DIR [--set readability|scrapinghub|trafilatura] [--list] [--save DIR]" >&2; exit 2; }
pages=$1; shift
[ -d "$pages" ] || { echo "$pages: no such folder" >&2; exit 2; }
if [ -z "${ACTORGRAPH:-}" ]; then
  dotnet build "$here/../../src/ActorGraph" -v q -nologo >&2
  ACTORGRAPH="$here/../../src/ActorGraph/bin/Debug/net10.0/actorgraph"
fi
exec /usr/bin/python3 "$here/score.py" "$ACTORGRAPH" "$pages" "$@"
