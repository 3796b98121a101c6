#!/usr/bin/env bash
# Defects typed into one version of many sets of the UN's six-language markup (../shared/corpus/akn;
# source: the United Nations): a paragraph deleted, two merged, a date, a citation, a figure or a
# symbol changed, a paragraph renumbered, a footnote dropped, an item relettered; each must be reported
# by its rule in the version it was typed into. Prints caught/tried by defect and language.
# The test suite runs the same test on 20 sets; this runs it on as many as asked (100 by default).
#
#   Scripts/compare-injected.sh [SETS] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
sets=${1:-100}
[ -d ../shared/corpus/akn ] || { echo "compare-injected: ../shared/corpus/akn is missing" >&2; exit 2; }
[ "${2:-}" = --no-build ] || swift build --build-tests >&2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
RESOLINT_COMPARE_SETS=$sets swift test --skip-build --filter everyInjectedDefectIsCaughtInEveryLanguage >"$log" 2>&1 || status=$?
sed -n '/^injected defects caught/,/^$/p' "$log"
grep -E -A40 "not caught:|too few sets|no version in" "$log" | grep -vE "^(✘|✔|􀢄|↳ Testing)" | head -45 || true
grep -E "Test run with|✔ Test everyInjected|✘ Test everyInjected" "$log" | tail -2 || true
exit $status
