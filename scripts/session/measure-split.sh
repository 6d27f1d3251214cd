#!/usr/bin/env bash
# A session's pooled CAMEO figures on one split, summary lines only (docs/process/README.md):
#   scripts/session/measure-split.sh BIN_DIR OUT_DIR FLOOR GOLD.jsonl...
# BIN_DIR holds a built `parley`; each report goes to OUT_DIR; FLOOR is --min-confidence (0 scores every event).
# Examples: validation  scripts/session/measure-split.sh /tmp/bin /tmp/val 0 eval/cameo-news-s31*.jsonl
#           read sets   scripts/session/measure-split.sh /tmp/bin /tmp/dev 0 $(ls eval/cameo-news-s*.jsonl | grep -v -e second -e s31)
set -euo pipefail
bin=$(realpath "$1")/parley; out=$(realpath -m "$2"); floor=$3; shift 3
mkdir -p "$out"
reports=()
for f in "$@"; do
    r="$out/$(basename "$f" .jsonl)-f$floor.txt"
    "$bin" eval cameo "$f" --min-confidence "$floor" > "$r"
    reports+=("$r")
done
node "$(dirname "$0")/pool.mjs" "${reports[@]}"
