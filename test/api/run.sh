#!/usr/bin/env bash
# Runs the API tests: builds parley, loads the bundled samples and the seed article into a
# throwaway store, serves it on a free loopback port and runs node's test runner against it.
# Usage: test/api/run.sh [SEED_ARTICLE]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seed=${1:-$root/../shared/eval/dev/dev-00-seed-zelenskyy.md}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/parley-api.XXXXXX")
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

(cd "$root" && go build -o "$tmp/parley" ./cmd/parley)
"$tmp/parley" load --db "$tmp/db" "$root/data/samples" "$seed" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$tmp/parley" serve --db "$tmp/db" --addr "127.0.0.1:$port" 2>"$tmp/serve.log" &
pid=$!
for _ in $(seq 1 100); do
	curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
	sleep 0.1
done
cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund
PARLEY_URL="http://127.0.0.1:$port" node --test
