#!/usr/bin/env bash
# Every read set of a session, with a built binary (docs/process/README.md):
#   scripts/session/measure-dev.sh BIN_DIR OUT_DIR [HELD...]
# The CAMEO sets in eval/ at floor 0, pooled into OUT_DIR/POOL.txt, except `*second*` and those whose name holds one of
# HELD (a session's validation and test prefixes, e.g. -s37 -s38); then every PLOVER proxy, NER set and the codebook probe
# in eval/, and the public sets under $PARLEY_SHARED/datasets (default ../shared) when present. One report a set in OUT_DIR, to compare with `cmp`.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "$1")/parley; out=$(realpath -m "$2"); shift 2
mkdir -p "$out"
held=(-e second)
for h in "$@"; do held+=(-e "$h"); done
reports=()
for f in $(ls eval/cameo-news-s*.jsonl | grep -v "${held[@]}"); do
    r="$out/$(basename "$f" .jsonl).txt"
    "$bin" eval cameo "$f" --min-confidence 0 > "$r"
    reports+=("$r")
done
node scripts/session/pool.mjs "${reports[@]}" | tee "$out/POOL.txt"
for f in eval/plover-proxy-*.json; do "$bin" eval plover "$f" > "$out/$(basename "$f" .json).txt"; done
for f in eval/ner-news-*.iob2; do "$bin" eval ner "$f" > "$out/$(basename "$f" .iob2).txt"; done
"$bin" eval cameo eval/cameo-codebook-probe.jsonl --min-confidence 0 > "$out/codebook-probe.txt"
d=${PARLEY_SHARED:-../shared}/datasets
if [[ -d $d ]]; then
    "$bin" eval plover "$d/plover/plover-gsr-dev.json" > "$out/gsr.txt"
    "$bin" eval ner "$d/uner-en-ewt/en_ewt-ud-dev.iob2" > "$out/uner.txt"
    "$bin" eval petrarch "$d/petrarch2-unittest/PETR.UnitTest.records.xml" --dictionaries "$d/petrarch2-unittest/dictionaries" > "$out/petrarch.txt"
else
    echo "skip  the public sets: $d not found"
fi
