#!/usr/bin/env bash
# Builds the viewer into web/dist, which is committed and embedded in the parley binary
# by go:embed, so that building Parley needs no Node. Run after changing web/src.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
node build.mjs
