#!/bin/sh
# Usage: ./run.sh [plain-runs] [gosched-runs] [asyncpreemptoff-runs]   (defaults 800 400 400)
# Builds main.go once, runs it with stdout redirected to a file, and counts the print orders.
set -eu
cd "$(dirname "$0")"
PLAIN=${1:-800} GOSCHED=${2:-400} NOASYNC=${3:-400}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/order" main.go
echo "# $(go version); $(uname -srm); $(nproc) CPUs; load: $(cut -d' ' -f1-3 /proc/loadavg)"

# $1 = label, $2 = runs, rest = env assignments and arguments for the binary
series() {
  label=$1 runs=$2; shift 2
  : >"$tmp/orders"
  i=0
  while [ "$i" -lt "$runs" ]; do
    env "$@" >"$tmp/out"
    # one line per run: the ids in print order, e.g. "3 1 2"
    awk '{printf "%s%s", (NR>1?" ":""), $2} END {print ""}' "$tmp/out" >>"$tmp/orders"
    i=$((i + 1))
  done
  echo "## $label: $runs runs"
  sort "$tmp/orders" | uniq -c | sort -rn
}

series plain "$PLAIN" "$tmp/order"
series gosched "$GOSCHED" "$tmp/order" gosched
series asyncpreemptoff=1 "$NOASYNC" GODEBUG=asyncpreemptoff=1 "$tmp/order"
echo "# finished; load: $(cut -d' ' -f1-3 /proc/loadavg)"
