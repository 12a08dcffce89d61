#!/bin/sh
# build.sh bundles GraphiQL for Parley's /graphiql page into dist/graphiql.js and
# dist/graphiql.css (committed, embedded in the binary by schema/graphiql.go), with the
# licenses of the bundled packages in dist/graphiql.js.LEGAL.txt. It needs Node and npm;
# dependencies are pinned by package-lock.json.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
rm -rf dist
npx esbuild src/index.jsx \
	--bundle \
	--minify \
	--format=iife \
	--target=es2020 \
	--jsx=automatic \
	--legal-comments=external \
	--define:process.env.NODE_ENV='"production"' \
	--outfile=dist/graphiql.js
ls -l dist
