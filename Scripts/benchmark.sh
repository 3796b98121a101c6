#!/usr/bin/env bash
# Throughput, latency and memory of `resolint lint`, against grep over the same bytes.
#
#   Scripts/benchmark.sh [--no-build] [--binary PATH] [--megabytes N] [--big]
#
# --binary times another build of resolint (an older commit, say) instead of this one's.
# Builds a corpus of at least N MB (default 40) in a temporary folder by copying the real documents
# of ../shared/corpus (zh, en, web) many times, then prints from one run:
#   - lint throughput in MB/s with the full default rules, all cores and --jobs 1;
#   - the time of one `grep -cP '^\s*\d+\.\s'` pass over the same files, and the ratio;
#   - the median process time (start to exit) of linting one typical draft;
#   - peak memory (maximum resident set) of the corpus run and of linting its largest file alone.
# With --big it also lints single generated files of 25, 50 and 100 MB (time should grow linearly).
# Each figure is the median of three runs. Nothing is written into the repository.
# Tools it needs are detected, and installed with apt-get when missing (hyperfine, GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1 megabytes=40 big=0 bin=""
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build=0 ;;
        --binary) bin="$2"; build=0; shift ;;
        --megabytes) megabytes="$2"; shift ;;
        --big) big=1 ;;
        *) echo "usage: $0 [--no-build] [--binary PATH] [--megabytes N] [--big]" >&2; exit 2 ;;
    esac
    shift
done

corpus_src=../shared/corpus
[ -d "$corpus_src/zh" ] || { echo "benchmark: $corpus_src is missing (it holds the documents copied into the corpus)" >&2; exit 2; }

need() {  # need COMMAND DEBIAN-PACKAGE
    if command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]; then echo "tools: $1 found"; return 0; fi
    echo "tools: $1 missing, installing Debian package $2"
    if [ "$(id -u)" = 0 ]; then (apt-get update -qq && apt-get install -y -qq "$2") >/dev/null 2>&1 || true
    else (sudo apt-get update -qq && sudo apt-get install -y -qq "$2") >/dev/null 2>&1 || true; fi
    command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]
}
have_hyperfine=1; need hyperfine hyperfine || { have_hyperfine=0; echo "tools: no hyperfine: timing the single draft with a shell loop"; }
have_time=1; need /usr/bin/time time || { have_time=0; echo "tools: no GNU time: peak memory not measured"; }

# The binary as it is shipped (Scripts/build-release.sh: the Swift runtime linked in, generic types
# instantiated without searching the runtime's conformance records).
if [ -z "$bin" ]; then
    if [ "$build" = 1 ]; then echo "building: Scripts/build-release.sh"; bin=$(Scripts/build-release.sh 2>/dev/null)
    else bin=$(Scripts/build-release.sh --path-only); fi
fi
[ -x "$bin" ] || { echo "benchmark: $bin not built" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/resolint-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
one=$(cat "$corpus_src"/zh/*.txt "$corpus_src"/en/*.txt $(find "$corpus_src/web" -name '*.txt') | wc -c)
copies=$(( (megabytes * 1000000 + one - 1) / one ))
for i in $(seq 1 "$copies"); do
    for part in zh en web; do mkdir -p "$work/corpus/$i/$part"; cp -R "$corpus_src/$part/." "$work/corpus/$i/$part/"; done
done
bytes=$(find "$work/corpus" -type f -name '*.txt' -exec cat {} + | wc -c)
files=$(find "$work/corpus" -type f -name '*.txt' | wc -l)
mb=$(awk "BEGIN { printf \"%.1f\", $bytes / 1000000 }")
echo "corpus: $files files, $mb MB ($copies copies of zh, en, web from $corpus_src), in $work"
echo "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# seconds COMMAND...: wall time of one run (exit status 1, "errors found", is expected of the corpus).
seconds() {
    local s e
    s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    awk "BEGIN { printf \"%.3f\", $e - $s }"
}
median3() { printf '%s\n' "$@" | sort -g | sed -n 2p; }

lint_all=$(median3 "$(seconds "$bin" lint "$work/corpus")" "$(seconds "$bin" lint "$work/corpus")" "$(seconds "$bin" lint "$work/corpus")")
jobs1=(--jobs 1)
"$bin" lint --help 2>/dev/null | grep -q -- --jobs || { jobs1=(); echo "note: $bin has no --jobs option: the single-threaded line runs it as it is"; }
lint_one=$(median3 "$(seconds "$bin" lint "${jobs1[@]}" "$work/corpus")" "$(seconds "$bin" lint "${jobs1[@]}" "$work/corpus")" "$(seconds "$bin" lint "${jobs1[@]}" "$work/corpus")")
grep_all=$(median3 "$(seconds grep -rcP '^\s*\d+\.\s' "$work/corpus")" "$(seconds grep -rcP '^\s*\d+\.\s' "$work/corpus")" "$(seconds grep -rcP '^\s*\d+\.\s' "$work/corpus")")

printf 'lint, all cores:        %7.3f s  %8.1f MB/s\n' "$lint_all" "$(awk "BEGIN { print $bytes / 1000000 / $lint_all }")"
printf 'lint, --jobs 1:         %7.3f s  %8.1f MB/s  (scaling %.2fx on %s cores)\n' "$lint_one" \
    "$(awk "BEGIN { print $bytes / 1000000 / $lint_one }")" "$(awk "BEGIN { print $lint_one / $lint_all }")" "$(nproc)"
printf 'grep -cP pass:          %7.3f s  %8.1f MB/s\n' "$grep_all" "$(awk "BEGIN { print $bytes / 1000000 / $grep_all }")"
printf 'lint / grep:            %7.1fx  (target: 3x or less)\n' "$(awk "BEGIN { print $lint_all / $grep_all }")"

draft=Examples/ga73-c1-draft-resolution.txt
if [ "$have_hyperfine" = 1 ]; then
    hyperfine -N --warmup 5 --runs 60 -i --export-json "$work/one.json" "$bin lint $draft" >/dev/null 2>&1
    median=$(python3 -c "import json,sys; print('%.1f' % (json.load(open(sys.argv[1]))['results'][0]['median']*1000))" "$work/one.json")
    echo "one draft ($draft, $(wc -c <"$draft") bytes): median ${median} ms over 60 runs (hyperfine; target 15 ms)"
else
    runs=()
    for _ in $(seq 1 31); do runs+=("$(seconds "$bin" lint "$draft")"); done
    median=$(printf '%s\n' "${runs[@]}" | sort -g | sed -n 16p)
    echo "one draft ($draft): median $(awk "BEGIN { printf \"%.1f\", $median * 1000 }") ms over 31 runs (shell loop; target 15 ms)"
fi

rss() { echo "?"; }
if [ "$have_time" = 1 ]; then
    rss() { { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null || true; } | tail -1; }
    largest=$(find "$work/corpus" -type f -name '*.txt' -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2)
    echo "peak memory: corpus run $(rss "$bin" lint "$work/corpus") KB; its largest file alone ($(wc -c <"$largest") bytes) $(rss "$bin" lint "$largest") KB"
fi

if [ "$big" = 1 ]; then
    # One file made of whole documents, cut at a line end: parse and rules must stay linear.
    for size in 25 50 100; do
        f="$work/big-$size.txt"
        while [ "$(stat -c %s "$f" 2>/dev/null || echo 0)" -lt $((size * 1000000)) ]; do
            cat "$corpus_src"/zh/*.txt "$corpus_src"/en/*.txt >>"$f"
        done
        t=$(seconds "$bin" lint "${jobs1[@]}" "$f")
        m=""; [ "$have_time" = 1 ] && m=", peak $(rss "$bin" lint "${jobs1[@]}" "$f") KB"
        printf 'single file of %3d MB: %7.3f s  %6.1f MB/s%s\n' "$size" "$t" "$(awk "BEGIN { print $(stat -c %s "$f") / 1000000 / $t }")" "$m"
        rm -f "$f"
    done
fi
