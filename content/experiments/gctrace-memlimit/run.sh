#!/bin/sh
# Usage: ./run.sh [path/to/gcload.go]   (default: the trace set's copy, content/traces/gcload.go)
# Runs gcload.go with GOGC=off and a 64 MiB memory limit and keeps the gctrace lines.
set -eu
cd "$(dirname "$0")"
src=${1:-../../traces/gcload.go}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src" "$tmp/gcload.go"
(cd "$tmp" && go build -o gcload gcload.go)
out=gctrace-gogcoff-memlimit64-p2.txt
echo "# $(go version); $(uname -srm); $(nproc) CPUs" >&2
GOMAXPROCS=2 GOGC=off GOMEMLIMIT=64MiB GODEBUG=gctrace=1 "$tmp/gcload" 2>"$out"
echo "wrote $out ($(grep -c '^gc ' "$out") gctrace lines)" >&2
