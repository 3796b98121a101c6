#!/usr/bin/env bash
# `resolint compare --sets` over the UN's six-language markup (../shared/corpus/akn; source: the United
# Nations), checked against the classified list of its findings (Tests/ResolintTests/CompareFindings/
# findings.tsv). Prints: sets compared, sets flagged, flagged with a real disagreement, flagged only
# wrongly, and any finding the list does not hold. Exits 1 when more sets are flagged
# wrongly than the list records (a flagged set with no real finding), or on a finding not in the list.
#
#   Scripts/compare-findings.sh [--no-build] [--write FILE]
# --write FILE: this run's findings in the list's form, each with its class, quote and note from the list
# where it holds the finding, "?" where it does not (classify those by hand; CompareTests rejects "?").
# FILE may be the list itself.
set -euo pipefail
cd "$(dirname "$0")/.."
build=1; write=
while [ $# -gt 0 ]; do case "$1" in --no-build) build=0;; --write) write=$2; shift;; esac; shift; done
akn=../shared/corpus/akn
[ -d "$akn" ] || { echo "compare-findings: $akn is missing" >&2; exit 2; }
if [ "$build" = 1 ]; then bin=$(Scripts/build-release.sh 2>/dev/null); else bin=$(Scripts/build-release.sh --path-only); fi
json=$(mktemp); trap 'rm -f "$json"' EXIT
"$bin" compare --sets "$akn" --format json >"$json" 2>/dev/null || true
python3 - "$json" Tests/ResolintTests/CompareFindings/findings.tsv "$write" <<'PY'
import json, os, sys, collections
run, listed, write = sys.argv[1], sys.argv[2], sys.argv[3]
def key(path):
    name = os.path.splitext(os.path.basename(path))[0]
    return os.path.dirname(os.path.dirname(path)).split('/akn/')[-1] + '/' + name[:-1]
known = {}; rowsOf = {}; header = []
for line in open(listed, encoding='utf-8'):
    if line.startswith('#'): header.append(line)
    if line.startswith('#') or not line.strip(): continue
    f = line.rstrip('\n').split('\t')
    known[(f[0], f[1], f[2], f[6])] = f[3]
    rowsOf[(f[0], f[1], f[2], f[6])] = f
files = json.load(open(run))['files']
sets = {key(f['path']) for f in files}
found = collections.defaultdict(list); unlisted = []; rows = []
for f in files:
    for d in f['diagnostics']:
        if d['rule'] == 'io.unreadable': continue
        k = (key(f['path']), f['language'], d['rule'], d['message'].replace('\u00a0', ' '))
        cls = known.get(k)
        if cls is None: unlisted.append(k)
        found[k[0]].append(cls)
        rows.append(k)
real = [s for s, c in found.items() if 'real' in c]
wrong = [s for s, c in found.items() if 'real' not in c]
by_rule = collections.Counter(r[2] for r in rows)
print(f"{len(sets)} sets compared, {len(found)} flagged: {len(real)} with a real disagreement, {len(wrong)} flagged wrongly ({100 * len(wrong) / max(1, len(sets)):.1f}%)")
print("findings by rule:", ", ".join(f"{r} {n} / {len({x[0] for x in rows if x[2] == r})} sets" for r, n in by_rule.most_common()))
for s in sorted(wrong): print("  flagged wrongly:", s)
for u in unlisted: print("  not in the list:", "\t".join(u))
if write:
    with open(write, 'w', encoding='utf-8') as out:
        out.writelines(header)
        for r in rows:
            s, l, rule, message = r
            f = rowsOf.get(r, [s, l, rule, '?', '', '', message])
            out.write('\t'.join(f) + '\n')
# The list's own count of sets flagged wrongly is the ratchet; the issue's target is 1% of the sets.
listed_wrong = collections.defaultdict(list)
for (s, _, _, _), c in known.items(): listed_wrong[s].append(c)
ratchet = sum(1 for c in listed_wrong.values() if 'real' not in c)
target = len(sets) // 100
print(f"target: at most {target} sets flagged wrongly (1%): {'met' if len(wrong) <= target else 'not met'}; the list allows {ratchet}")
sys.exit(1 if unlisted or len(wrong) > ratchet else 0)
PY
