#!/usr/bin/env bash
# Browser tests of Parley's viewer. Builds parley, loads a temporary store with the
# bundled sample articles, the seed article ($1, default
# ../shared/eval/dev/dev-00-seed-zelenskyy.md from the repository root) and a hostile
# fixture (testdata/xss-article.md), serves it on a free loopback port, and runs the
# tests (node --test) in Debian's chromium through playwright-core. Screenshots go to
# test/web/output/. The server is stopped on exit. PARLEY_BIN names a parley binary to
# use instead of building one.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seed=${1:-$root/../shared/eval/dev/dev-00-seed-zelenskyy.md}
[ -f "$seed" ] || { echo "test/web: seed article $seed not found" >&2; exit 1; }
seed=$(cd "$(dirname "$seed")" && pwd)/$(basename "$seed")

if [ ! -x /usr/bin/chromium ]; then
	echo "== install chromium"
	apt-get update >/dev/null
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >/dev/null
fi
(cd "$here" && npm ci --no-audit --no-fund --silent)

work=$(mktemp -d "${TMPDIR:-/tmp}/parley-web-test.XXXXXX")
pid=
stop() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	rm -rf "$work"
}
trap stop EXIT

parley=${PARLEY_BIN:-}
if [ -z "$parley" ]; then
	echo "== build parley"
	(cd "$root" && go build -o "$work/parley" ./cmd/parley)
	parley=$work/parley
fi
"$parley" load --db "$work/db" "$root/data/samples" "$seed" "$here/testdata/xss-article.md" >/dev/null

# Port 0: the kernel picks a free port, which serve prints.
"$parley" serve --db "$work/db" --addr 127.0.0.1:0 2>"$work/serve.log" &
pid=$!
url=
for _ in $(seq 1 100); do
	url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -n 1 || true)
	[ -n "$url" ] && break
	kill -0 "$pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
	sleep 0.1
done
[ -n "$url" ] || { echo "test/web: parley serve did not start" >&2; cat "$work/serve.log" >&2; exit 1; }
echo "== browser tests against $url"

mkdir -p "$here/output"
PARLEY_URL=$url PARLEY_OUT="$here/output" node --test --test-concurrency=1 "$here"/*.test.mjs
