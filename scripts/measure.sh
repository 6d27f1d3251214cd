#!/usr/bin/env bash
# Runs every evaluation Parley has a gold standard for, then the end-to-end benchmark, and keeps each report.
#   scripts/measure.sh [SHARED_DIR] [OUT_DIR]
# SHARED_DIR holds datasets/ and corpora/ (default ../shared); OUT_DIR gets one .txt a measurement (default
# measurements/<date>). Extra TimeML, newswire NER or CAMEO gold sets: set PARLEY_TIMEML=DIR, PARLEY_NER=FILE, PARLEY_CAMEO=FILE.
# A missing dataset is reported and skipped; the script stops at the first failing command.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
out=${2:-measurements/$(date -u +%Y-%m-%d)}
mkdir -p "$out"
dotnet build -c Release src/Parley.Cli -v quiet -nologo > /dev/null
parley=src/Parley.Cli/bin/Release/net10.0/parley
d=$shared/datasets

run() { # NAME NEEDED-PATH PARLEY-ARGS...: skipped when NEEDED-PATH is missing
    local name=$1 path=$2
    shift 2
    if [[ ! -e $path ]]; then
        echo "skip  $name: $path not found"
        return
    fi
    echo "run   $name: parley $*"
    "$parley" "$@" > "$out/$name.txt" 2>&1
    head -n 8 "$out/$name.txt" | sed 's/^/      /'
}

run plover      "$d/plover" eval plover "$d/plover/plover-gsr-dev.json"
run ner-uner    "$d/uner-en-ewt" eval ner "$d/uner-en-ewt/en_ewt-ud-dev.iob2"
run petrarch    "$d/petrarch2-unittest" eval petrarch "$d/petrarch2-unittest/PETR.UnitTest.records.xml" --dictionaries "$d/petrarch2-unittest/dictionaries"
run proxy-dev   eval/plover-proxy-s11-dev.json eval plover eval/plover-proxy-s11-dev.json
run proxy-held  eval/plover-proxy-s11-heldout.json eval plover eval/plover-proxy-s11-heldout.json
run cameo-news  eval/cameo-news-s11.jsonl eval cameo eval/cameo-news-s11.jsonl
run proxy-s12   eval/plover-proxy-s12-heldout.json eval plover eval/plover-proxy-s12-heldout.json
run cameo-s12   eval/cameo-news-s12.jsonl eval cameo eval/cameo-news-s12.jsonl
run ner-s12     eval/ner-news-s12.iob2 eval ner eval/ner-news-s12.iob2
run proxy-s13a  eval/plover-proxy-s13-heldout-a.json eval plover eval/plover-proxy-s13-heldout-a.json
run proxy-s13b  eval/plover-proxy-s13-heldout-b.json eval plover eval/plover-proxy-s13-heldout-b.json
run cameo-s13   eval/cameo-news-s13.jsonl eval cameo eval/cameo-news-s13.jsonl
run ner-s13     eval/ner-news-s13.iob2 eval ner eval/ner-news-s13.iob2
run proxy-s14a  eval/plover-proxy-s14-heldout-a.json eval plover eval/plover-proxy-s14-heldout-a.json
run proxy-s14b  eval/plover-proxy-s14-heldout-b.json eval plover eval/plover-proxy-s14-heldout-b.json
run cameo-s14   eval/cameo-news-s14.jsonl eval cameo eval/cameo-news-s14.jsonl
run ner-s14     eval/ner-news-s14.iob2 eval ner eval/ner-news-s14.iob2
run proxy-s15a  eval/plover-proxy-s15-heldout-a.json eval plover eval/plover-proxy-s15-heldout-a.json
run proxy-s15b  eval/plover-proxy-s15-heldout-b.json eval plover eval/plover-proxy-s15-heldout-b.json
run cameo-s15   eval/cameo-news-s15.jsonl eval cameo eval/cameo-news-s15.jsonl
run ner-s15     eval/ner-news-s15.iob2 eval ner eval/ner-news-s15.iob2
run proxy-s16a  eval/plover-proxy-s16-heldout-a.json eval plover eval/plover-proxy-s16-heldout-a.json
run proxy-s16b  eval/plover-proxy-s16-heldout-b.json eval plover eval/plover-proxy-s16-heldout-b.json
run proxy-s16c  eval/plover-proxy-s16-heldout-c.json eval plover eval/plover-proxy-s16-heldout-c.json
run proxy-s16d  eval/plover-proxy-s16-heldout-d.json eval plover eval/plover-proxy-s16-heldout-d.json
run cameo-s16a  eval/cameo-news-s16a.jsonl eval cameo eval/cameo-news-s16a.jsonl
run cameo-s16b  eval/cameo-news-s16b.jsonl eval cameo eval/cameo-news-s16b.jsonl
run ner-s16     eval/ner-news-s16.iob2 eval ner eval/ner-news-s16.iob2
run proxy-s16e  eval/plover-proxy-s16-heldout-e.json eval plover eval/plover-proxy-s16-heldout-e.json
run proxy-s16f  eval/plover-proxy-s16-heldout-f.json eval plover eval/plover-proxy-s16-heldout-f.json
run cameo-s16c  eval/cameo-news-s16c.jsonl eval cameo eval/cameo-news-s16c.jsonl
run ner-s16b    eval/ner-news-s16b.iob2 eval ner eval/ner-news-s16b.iob2
run proxy-s17a  eval/plover-proxy-s17-heldout-a.json eval plover eval/plover-proxy-s17-heldout-a.json
run proxy-s17b  eval/plover-proxy-s17-heldout-b.json eval plover eval/plover-proxy-s17-heldout-b.json
run cameo-s17   eval/cameo-news-s17.jsonl eval cameo eval/cameo-news-s17.jsonl
run ner-s17     eval/ner-news-s17.iob2 eval ner eval/ner-news-s17.iob2
run proxy-s18a  eval/plover-proxy-s18-heldout-a.json eval plover eval/plover-proxy-s18-heldout-a.json
run proxy-s18b  eval/plover-proxy-s18-heldout-b.json eval plover eval/plover-proxy-s18-heldout-b.json
run cameo-s18   eval/cameo-news-s18.jsonl eval cameo eval/cameo-news-s18.jsonl
run ner-s18     eval/ner-news-s18.iob2 eval ner eval/ner-news-s18.iob2
run places-dev  "$d/geovirus" eval places "$d/geovirus/GeoVirus.xml" --split dev
run places-test "$d/geovirus" eval places "$d/geovirus/GeoVirus.xml" --split test
[[ -n ${PARLEY_TIMEML:-} ]] && run time "$PARLEY_TIMEML" eval time "$PARLEY_TIMEML"
[[ -n ${PARLEY_NER:-} ]] && run ner-news "$PARLEY_NER" eval ner "$PARLEY_NER"
[[ -n ${PARLEY_CAMEO:-} ]] && run cameo "$PARLEY_CAMEO" eval cameo "$PARLEY_CAMEO" --errors
run bench       . bench --repeat 5
run bench-voa   "$shared/corpora/voa" bench "$shared/corpora/voa/voa_stories.jsonl" --repeat 3 --no-ingest
echo "reports in $out"
