#!/usr/bin/env bash
# Builds the libFuzzer targets and runs one of them with a seed corpus copied from ../shared/corpus
# (and Rules/ for the rule fuzzer). Nothing of the corpus is committed: it lives in Fuzz/.work/.
#
#   Fuzz/run.sh lint  [SECONDS]   decoding + parsing + every built-in rule + reporters
#   Fuzz/run.sh rules [SECONDS]   a user rule file (strict YAML -> RuleLoader.load) and its rules
#   Fuzz/run.sh akn   [SECONDS]   an AKN4UN XML file (XMLTree -> AKNReader -> both layouts -> lint)
#   Fuzz/run.sh docx  [SECONDS]   a Word document (ZIP package -> DocxReader -> rendering -> lint)
#
# A crash leaves its input in Fuzz/.work/<target>-crashes/; replay it with
#   Fuzz/.build/release/FuzzLint Fuzz/.work/lint-crashes/crash-…   (or FuzzRules, FuzzAKN, FuzzDocx)
# and turn it into a regression test in Tests/ResolintTests/FuzzRegressionTests.swift.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: Fuzz/run.sh lint|rules|akn|docx [SECONDS]}
seconds=${2:-300}

swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld >/dev/null
work=.work
mkdir -p "$work/$target-corpus" "$work/$target-seeds" "$work/$target-crashes"
case "$target" in
    lint)
        binary=.build/release/FuzzLint
        for d in zh en web; do
            [ -d ../../shared/corpus/$d ] && find ../../shared/corpus/$d -name '*.txt' -exec cp {} "$work/$target-seeds/" \;
        done
        cp ../Examples/*.txt "$work/$target-seeds/" ;;
    rules)
        binary=.build/release/FuzzRules
        cp ../Rules/*.yaml "$work/$target-seeds/" ;;
    akn)
        binary=.build/release/FuzzAKN
        # A few real resolutions of each language (United Nations markup) and the test fixture.
        if [ -d ../../shared/corpus/akn ]; then
            find ../../shared/corpus/akn -name '*.xml' -size -40k | sort | awk 'NR % 40 == 1' | while IFS= read -r f; do cp "$f" "$work/$target-seeds/"; done
        fi
        cp ../Tests/ResolintTests/AKNFixtures/*.xml "$work/$target-seeds/" ;;
    docx)
        binary=.build/release/FuzzDocx
        # The generated Word fixtures (excerpts of the UN's texts in six languages).
        cp ../Tests/ResolintTests/DocxFixtures/*.docx "$work/$target-seeds/" ;;
    *) echo "unknown target $target (lint, rules, akn or docx)" >&2; exit 2 ;;
esac

# SWIFT_BACKTRACE=enable=no: let libFuzzer catch the trap and write the crash file.
SWIFT_BACKTRACE=enable=no "$binary" "$work/$target-corpus" "$work/$target-seeds" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$work/$target-crashes/" -print_final_stats=1
