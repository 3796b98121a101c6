#!/usr/bin/env bash
# What a build of resolint makes of the whole corpus, written into a folder, so that two builds can be
# compared byte for byte (`diff -r`) after work meant to change only speed:
#   Scripts/output-snapshot.sh BINARY OUTDIR
# For every text of ../shared/corpus (zh, en, web, en-drafts) and the texts `resolint convert` writes
# from every AKN4UN file of ../shared/corpus/akn (source: the United Nations) in both layouts:
# `resolint parse` of each file, and `resolint lint --format json` and `--format text` of each folder.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: $0 BINARY OUTDIR" >&2; exit 2; }
bin=$(realpath "$1") out=$2
corpus=../shared/corpus
[ -d "$corpus/akn" ] || { echo "output-snapshot: $corpus is missing" >&2; exit 2; }
mkdir -p "$out"
out=$(realpath "$out")
texts="$out/texts"
rm -rf "$texts"; mkdir -p "$texts"

# The corpus's own texts, copied so that every path printed is the same for every build.
for part in zh en web en-drafts; do mkdir -p "$texts/$part"; cp -R "$corpus/$part/." "$texts/$part/"; done
# The AKN4UN files written out as text in both layouts (the conversion is part of what is compared).
(cd "$corpus/akn" && find . -name '*.xml' -print0) | while IFS= read -r -d '' f; do
    for layout in authored pdftotext; do
        t="$texts/akn-$layout/${f%.xml}.txt"
        mkdir -p "$(dirname "$t")"
        printf '%s\0%s\0%s\0' "$corpus/akn/$f" "$layout" "$t"
    done
done | xargs -0 -n 3 -P "$(nproc)" sh -c '"$0" convert "$1" --layout "$2" --output "$3" 2>/dev/null || echo "convert failed: $1 ($2)"' "$bin"

cd "$texts"
find . -type f -name '*.txt' -print0 | sort -z | xargs -0 -n 20 -P "$(nproc)" sh -c '
    for f; do mkdir -p "$(dirname "../parse/$f")"; "$0" parse "$f" >"../parse/$f" 2>&1 || echo "exit $?" >>"../parse/$f"; done' "$bin"
mkdir -p ../lint
for d in */; do
    for format in json text; do "$bin" lint --format "$format" "$d" >"../lint/${d%/}.$format" 2>&1 || true; done
done
echo "output-snapshot: $(find ../parse -type f | wc -l) parses, $(find ../lint -type f | wc -l) lint runs in $out"
