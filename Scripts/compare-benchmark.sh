#!/usr/bin/env bash
# Speed of `resolint compare` on the UN's six-language versions (../shared/corpus/akn; source: the
# United Nations). Prints, each the median of five runs:
#   - the process time (start to exit) of comparing one typical set and the largest set of six versions;
#   - `compare --sets` over the whole folder: sets per second and milliseconds per set.
#
#   Scripts/compare-benchmark.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
build=1
[ "${1:-}" = "--no-build" ] && build=0
akn=../shared/corpus/akn
[ -d "$akn" ] || { echo "compare-benchmark: $akn is missing" >&2; exit 2; }
if [ "$build" = 1 ]; then echo "building: Scripts/build-release.sh"; bin=$(Scripts/build-release.sh 2>/dev/null)
else bin=$(Scripts/build-release.sh --path-only); fi
[ -x "$bin" ] || { echo "compare-benchmark: $bin not built" >&2; exit 2; }

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Milliseconds of one run of the command, five times, median.
timed() {
    for _ in 1 2 3 4 5; do
        start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N)
        echo $(( (end - start) / 1000000 ))
    done | median
}
set_of() { ls "$akn"/ga/75session/*/"$1"?.xml; }
typical=75_100_
largest=$(basename "$(ls -S "$akn"/ga/75session/English/*_E.xml | sed -n 1p)" E.xml)
mapfile -t typical_files < <(set_of "$typical")
mapfile -t largest_files < <(set_of "$largest")
echo "one set of six versions, $typical ($(cat "${typical_files[@]}" | wc -c) bytes of XML): $(timed "$bin" compare "${typical_files[@]}") ms"
echo "the largest set, $largest ($(cat "${largest_files[@]}" | wc -c) bytes of XML): $(timed "$bin" compare "${largest_files[@]}") ms"
sets=$("$bin" compare --sets "$akn" 2>/dev/null | grep -o '^[0-9]* sets' | grep -o '[0-9]*' || true)
ms=$(timed "$bin" compare --sets "$akn")
echo "compare --sets over $akn: $sets sets in $ms ms: $(( ms / (sets > 0 ? sets : 1) )) ms per set (one thread)"
