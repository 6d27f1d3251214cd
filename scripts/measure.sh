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
own() { # NAME KIND FILE: one of our own sets in eval/ (eval/README.md), read by "parley eval KIND"
    run "$1" "eval/$3" eval "$2" "eval/$3"
}

own proxy-dev   plover plover-proxy-s11-dev.json
own proxy-held  plover plover-proxy-s11-heldout.json
own cameo-news  cameo cameo-news-s11.jsonl
own proxy-s12   plover plover-proxy-s12-heldout.json
own cameo-s12   cameo cameo-news-s12.jsonl
own ner-s12     ner ner-news-s12.iob2
own proxy-s13a  plover plover-proxy-s13-heldout-a.json
own proxy-s13b  plover plover-proxy-s13-heldout-b.json
own cameo-s13   cameo cameo-news-s13.jsonl
own ner-s13     ner ner-news-s13.iob2
own proxy-s14a  plover plover-proxy-s14-heldout-a.json
own proxy-s14b  plover plover-proxy-s14-heldout-b.json
own cameo-s14   cameo cameo-news-s14.jsonl
own ner-s14     ner ner-news-s14.iob2
own proxy-s15a  plover plover-proxy-s15-heldout-a.json
own proxy-s15b  plover plover-proxy-s15-heldout-b.json
own cameo-s15   cameo cameo-news-s15.jsonl
own ner-s15     ner ner-news-s15.iob2
own proxy-s16a  plover plover-proxy-s16-heldout-a.json
own proxy-s16b  plover plover-proxy-s16-heldout-b.json
own proxy-s16c  plover plover-proxy-s16-heldout-c.json
own proxy-s16d  plover plover-proxy-s16-heldout-d.json
own cameo-s16a  cameo cameo-news-s16a.jsonl
own cameo-s16b  cameo cameo-news-s16b.jsonl
own ner-s16     ner ner-news-s16.iob2
own proxy-s16e  plover plover-proxy-s16-heldout-e.json
own proxy-s16f  plover plover-proxy-s16-heldout-f.json
own cameo-s16c  cameo cameo-news-s16c.jsonl
own ner-s16b    ner ner-news-s16b.iob2
own proxy-s17a  plover plover-proxy-s17-heldout-a.json
own proxy-s17b  plover plover-proxy-s17-heldout-b.json
own cameo-s17   cameo cameo-news-s17.jsonl
own ner-s17     ner ner-news-s17.iob2
own proxy-s18a  plover plover-proxy-s18-heldout-a.json
own proxy-s18b  plover plover-proxy-s18-heldout-b.json
own cameo-s18   cameo cameo-news-s18.jsonl
own ner-s18     ner ner-news-s18.iob2
own proxy-s19a  plover plover-proxy-s19-heldout-a.json
own proxy-s19b  plover plover-proxy-s19-heldout-b.json
own cameo-s19   cameo cameo-news-s19.jsonl
own ner-s19     ner ner-news-s19.iob2
own proxy-s20a  plover plover-proxy-s20-heldout-a.json
own proxy-s20b  plover plover-proxy-s20-heldout-b.json
own cameo-s20   cameo cameo-news-s20.jsonl
own cameo-s20b  cameo cameo-news-s20b.jsonl
own cameo-s20c  cameo cameo-news-s20c.jsonl
own ner-s20     ner ner-news-s20.iob2
own proxy-s21a  plover plover-proxy-s21-heldout-a.json
own proxy-s21b  plover plover-proxy-s21-heldout-b.json
own proxy-s21c  plover plover-proxy-s21-heldout-c.json
own cameo-s21   cameo cameo-news-s21.jsonl
own cameo-s21b  cameo cameo-news-s21b.jsonl
own ner-s21     ner ner-news-s21.iob2
own proxy-s22a  plover plover-proxy-s22-heldout-a.json
own proxy-s22b  plover plover-proxy-s22-heldout-b.json
own cameo-s22   cameo cameo-news-s22.jsonl
own cameo-s22b  cameo cameo-news-s22b.jsonl
own cameo-s22c  cameo cameo-news-s22c.jsonl
own cameo-s22d  cameo cameo-news-s22d.jsonl
own ner-s22     ner ner-news-s22.iob2
own proxy-s23a  plover plover-proxy-s23-heldout-a.json
own proxy-s23b  plover plover-proxy-s23-heldout-b.json
own cameo-s23   cameo cameo-news-s23.jsonl
own cameo-s23b  cameo cameo-news-s23b.jsonl
own cameo-s23c  cameo cameo-news-s23c.jsonl
own cameo-s23d  cameo cameo-news-s23d.jsonl
own ner-s23     ner ner-news-s23.iob2
own proxy-s24a  plover plover-proxy-s24-heldout-a.json
own proxy-s24b  plover plover-proxy-s24-heldout-b.json
own cameo-s24   cameo cameo-news-s24.jsonl
own cameo-s24b  cameo cameo-news-s24b.jsonl
own cameo-s24c  cameo cameo-news-s24c.jsonl
own cameo-s24d  cameo cameo-news-s24d.jsonl
own ner-s24     ner ner-news-s24.iob2
own proxy-s25a  plover plover-proxy-s25-heldout-a.json
own proxy-s25b  plover plover-proxy-s25-heldout-b.json
own cameo-s25   cameo cameo-news-s25.jsonl
own cameo-s25b  cameo cameo-news-s25b.jsonl
own cameo-s25c  cameo cameo-news-s25c.jsonl
own cameo-s25d  cameo cameo-news-s25d.jsonl
own cameo-s25e  cameo cameo-news-s25e.jsonl
own cameo-s25f  cameo cameo-news-s25f.jsonl
own cameo-s25g  cameo cameo-news-s25g.jsonl
own ner-s25     ner ner-news-s25.iob2
own proxy-s26a  plover plover-proxy-s26-heldout-a.json
own proxy-s26b  plover plover-proxy-s26-heldout-b.json
own cameo-s26   cameo cameo-news-s26.jsonl
own cameo-s26b  cameo cameo-news-s26b.jsonl
own cameo-s26c  cameo cameo-news-s26c.jsonl
own cameo-s26d  cameo cameo-news-s26d.jsonl
own cameo-s26e  cameo cameo-news-s26e.jsonl
own cameo-s26f  cameo cameo-news-s26f.jsonl
own cameo-s26g  cameo cameo-news-s26g.jsonl
own ner-s26     ner ner-news-s26.iob2
own proxy-s27a  plover plover-proxy-s27-heldout-a.json
own proxy-s27b  plover plover-proxy-s27-heldout-b.json
own cameo-s27   cameo cameo-news-s27.jsonl
own cameo-s27b  cameo cameo-news-s27b.jsonl
own cameo-s27c  cameo cameo-news-s27c.jsonl
own cameo-s27d  cameo cameo-news-s27d.jsonl
own cameo-s27e  cameo cameo-news-s27e.jsonl
own cameo-s27f  cameo cameo-news-s27f.jsonl
own cameo-s27g  cameo cameo-news-s27g.jsonl
own ner-s27     ner ner-news-s27.iob2
own proxy-s28a  plover plover-proxy-s28-heldout-a.json
own proxy-s28b  plover plover-proxy-s28-heldout-b.json
own cameo-s28   cameo cameo-news-s28.jsonl
own cameo-s28b  cameo cameo-news-s28b.jsonl
own cameo-s28c  cameo cameo-news-s28c.jsonl
own cameo-s28d  cameo cameo-news-s28d.jsonl
own cameo-s28e  cameo cameo-news-s28e.jsonl
own cameo-s28f  cameo cameo-news-s28f.jsonl
own cameo-s28g  cameo cameo-news-s28g.jsonl
own ner-s28     ner ner-news-s28.iob2
own proxy-s29a  plover plover-proxy-s29-heldout-a.json
own proxy-s29b  plover plover-proxy-s29-heldout-b.json
own cameo-s29   cameo cameo-news-s29.jsonl
own cameo-s29b  cameo cameo-news-s29b.jsonl
own cameo-s29c  cameo cameo-news-s29c.jsonl
own cameo-s29d  cameo cameo-news-s29d.jsonl
own cameo-s29e  cameo cameo-news-s29e.jsonl
own cameo-s29f  cameo cameo-news-s29f.jsonl
own cameo-s29g  cameo cameo-news-s29g.jsonl
own ner-s29     ner ner-news-s29.iob2
own proxy-s30a  plover plover-proxy-s30-heldout-a.json
own proxy-s30b  plover plover-proxy-s30-heldout-b.json
own cameo-s30   cameo cameo-news-s30.jsonl
own cameo-s30b  cameo cameo-news-s30b.jsonl
own cameo-s30c  cameo cameo-news-s30c.jsonl
own cameo-s30d  cameo cameo-news-s30d.jsonl
own cameo-s30e  cameo cameo-news-s30e.jsonl
own cameo-s30f  cameo cameo-news-s30f.jsonl
own cameo-s30g  cameo cameo-news-s30g.jsonl
own ner-s30     ner ner-news-s30.iob2
own proxy-s31a  plover plover-proxy-s31-heldout-a.json
own proxy-s31b  plover plover-proxy-s31-heldout-b.json
own cameo-s31   cameo cameo-news-s31.jsonl
own cameo-s31b  cameo cameo-news-s31b.jsonl
own cameo-s31c  cameo cameo-news-s31c.jsonl
own cameo-s31d  cameo cameo-news-s31d.jsonl
own cameo-s31e  cameo cameo-news-s31e.jsonl
own cameo-s31f  cameo cameo-news-s31f.jsonl
own cameo-s31g  cameo cameo-news-s31g.jsonl
own ner-s31     ner ner-news-s31.iob2
own proxy-s32a  plover plover-proxy-s32-heldout-a.json
own proxy-s32b  plover plover-proxy-s32-heldout-b.json
own cameo-s32   cameo cameo-news-s32.jsonl
own cameo-s32b  cameo cameo-news-s32b.jsonl
own cameo-s32c  cameo cameo-news-s32c.jsonl
own cameo-s32d  cameo cameo-news-s32d.jsonl
own cameo-s32e  cameo cameo-news-s32e.jsonl
own cameo-s32f  cameo cameo-news-s32f.jsonl
own cameo-s32g  cameo cameo-news-s32g.jsonl
own ner-s32     ner ner-news-s32.iob2
own proxy-s33a  plover plover-proxy-s33-heldout-a.json
own proxy-s33b  plover plover-proxy-s33-heldout-b.json
own cameo-s33   cameo cameo-news-s33.jsonl
own cameo-s33b  cameo cameo-news-s33b.jsonl
own cameo-s33c  cameo cameo-news-s33c.jsonl
own cameo-s33d  cameo cameo-news-s33d.jsonl
own cameo-s33e  cameo cameo-news-s33e.jsonl
own cameo-s33f  cameo cameo-news-s33f.jsonl
own cameo-s33g  cameo cameo-news-s33g.jsonl
own ner-s33     ner ner-news-s33.iob2
own proxy-s34a  plover plover-proxy-s34-heldout-a.json
own proxy-s34b  plover plover-proxy-s34-heldout-b.json
own cameo-s34   cameo cameo-news-s34.jsonl
own cameo-s34b  cameo cameo-news-s34b.jsonl
own cameo-s34c  cameo cameo-news-s34c.jsonl
own cameo-s34d  cameo cameo-news-s34d.jsonl
own cameo-s34e  cameo cameo-news-s34e.jsonl
own cameo-s34f  cameo cameo-news-s34f.jsonl
own cameo-s34g  cameo cameo-news-s34g.jsonl
own ner-s34     ner ner-news-s34.iob2
own proxy-s35a  plover plover-proxy-s35-heldout-a.json
own proxy-s35b  plover plover-proxy-s35-heldout-b.json
own cameo-s35   cameo cameo-news-s35.jsonl
own cameo-s35b  cameo cameo-news-s35b.jsonl
own cameo-s35c  cameo cameo-news-s35c.jsonl
own cameo-s35d  cameo cameo-news-s35d.jsonl
own cameo-s35e  cameo cameo-news-s35e.jsonl
own cameo-s35f  cameo cameo-news-s35f.jsonl
own cameo-s35g  cameo cameo-news-s35g.jsonl
own ner-s35     ner ner-news-s35.iob2
own proxy-s36a  plover plover-proxy-s36-heldout-a.json
own proxy-s36b  plover plover-proxy-s36-heldout-b.json
own cameo-s36   cameo cameo-news-s36.jsonl
own cameo-s36b  cameo cameo-news-s36b.jsonl
own cameo-s36c  cameo cameo-news-s36c.jsonl
own cameo-s36d  cameo cameo-news-s36d.jsonl
own cameo-s36e  cameo cameo-news-s36e.jsonl
own cameo-s36f  cameo cameo-news-s36f.jsonl
own cameo-s36g  cameo cameo-news-s36g.jsonl
own ner-s36     ner ner-news-s36.iob2
own proxy-s37a  plover plover-proxy-s37-heldout-a.json
own proxy-s37b  plover plover-proxy-s37-heldout-b.json
own cameo-s37   cameo cameo-news-s37.jsonl
own cameo-s37b  cameo cameo-news-s37b.jsonl
own cameo-s37c  cameo cameo-news-s37c.jsonl
own cameo-s37d  cameo cameo-news-s37d.jsonl
own cameo-s37e  cameo cameo-news-s37e.jsonl
own cameo-s37f  cameo cameo-news-s37f.jsonl
own cameo-s37g  cameo cameo-news-s37g.jsonl
own ner-s37     ner ner-news-s37.iob2
own proxy-s38a  plover plover-proxy-s38-heldout-a.json
own proxy-s38b  plover plover-proxy-s38-heldout-b.json
own cameo-s38   cameo cameo-news-s38.jsonl
own cameo-s38b  cameo cameo-news-s38b.jsonl
own cameo-s38c  cameo cameo-news-s38c.jsonl
own cameo-s38d  cameo cameo-news-s38d.jsonl
own cameo-s38e  cameo cameo-news-s38e.jsonl
own cameo-s38f  cameo cameo-news-s38f.jsonl
own cameo-s38g  cameo cameo-news-s38g.jsonl
own ner-s38     ner ner-news-s38.iob2
run places-dev  "$d/geovirus" eval places "$d/geovirus/GeoVirus.xml" --split dev
run places-test "$d/geovirus" eval places "$d/geovirus/GeoVirus.xml" --split test
[[ -n ${PARLEY_TIMEML:-} ]] && run time "$PARLEY_TIMEML" eval time "$PARLEY_TIMEML"
[[ -n ${PARLEY_NER:-} ]] && run ner-news "$PARLEY_NER" eval ner "$PARLEY_NER"
[[ -n ${PARLEY_CAMEO:-} ]] && run cameo "$PARLEY_CAMEO" eval cameo "$PARLEY_CAMEO" --errors
run bench       . bench --repeat 5
run bench-voa   "$shared/corpora/voa" bench "$shared/corpora/voa/voa_stories.jsonl" --repeat 3 --no-ingest
echo "reports in $out"
