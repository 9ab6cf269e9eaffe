#!/bin/sh
# Scores `actorgraph extract` on the real-text corpus: evaluate.sh TEXTS_DIR [--split dev|test|all] [--list] [--why] [--lang auto|table]
# TEXTS_DIR holds <id>.txt for each passage of passages-*.tsv (third-party text, never committed).
# Builds the CLI first unless ACTORGRAPH names a binary. The dev split lists false positives/negatives by default.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { echo "usage: $0 TEXTS_DIR [--split dev|test|all] [--list] [--why] [--lang auto|table]" >&2; exit 2; }
texts=$1; shift
[ -d "$texts" ] || { echo "$texts: no such folder" >&2; exit 2; }
if [ -z "${ACTORGRAPH:-}" ]; then
  dotnet build "$here/../../src/ActorGraph" -v q -nologo >&2
  ACTORGRAPH="$here/../../src/ActorGraph/bin/Debug/net10.0/actorgraph"
fi
case " $* " in
  *" --split test "*|*" --split all "*) exec /usr/bin/python3 "$here/score.py" "$ACTORGRAPH" "$texts" "$@" ;;
  *) exec /usr/bin/python3 "$here/score.py" "$ACTORGRAPH" "$texts" --list "$@" ;;
esac
